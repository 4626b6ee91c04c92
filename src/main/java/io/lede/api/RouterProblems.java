package io.lede.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Client mistakes that Vert.x catches before a request reaches the REST layer (a Host header it cannot parse, for
 * one) answered as RFC 9457 problems like every other refusal, rather than with Quarkus's own error page, which
 * prints a stack trace in dev and test mode. Server faults still go to Quarkus's handler, which logs them with an
 * error id.
 *
 * <p>Requests Vert.x cannot decode at all (malformed percent-encoding, a request line or headers over
 * {@code quarkus.http.limits}) never reach a router: they get the bare 400, 414 or 431 that Vert.x writes.
 */
@ApplicationScoped
public class RouterProblems {

    private final ObjectMapper json;

    public RouterProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::clientMistake);
    }

    private void clientMistake(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status >= 500 || context.response().headWritten()) {
            context.next();
            return;
        }
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        Throwable failure = context.failure();
        String detail = failure != null && failure.getMessage() != null ? failure.getMessage() : reason;
        Problem problem = new Problem("about:blank", reason, status, detail, context.request().path(), null);
        try {
            context.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }
}
