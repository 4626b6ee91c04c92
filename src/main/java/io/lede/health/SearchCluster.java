package io.lede.health;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import com.google.gson.JsonParser;

import io.lede.article.Article;

/**
 * Asks the search cluster directly whether the article index can be searched, and how many documents it holds.
 * <p>
 * It goes through Hibernate Search's own client, so it uses the hosts, credentials and TLS settings the service
 * searches with. One request, {@code GET <read alias>/_count}, answers all three questions a probe has: the cluster
 * answers (else a timeout or a connection error), the index exists (else 404) and its shards can be searched (else
 * 503).
 */
@ApplicationScoped
public class SearchCluster {

    /**
     * What the cluster said about the article index.
     *
     * @param index the name searches use (Hibernate Search's read alias)
     * @param documents documents in the index, or -1 when {@code problem} is set
     * @param problem why the index cannot be searched now, or null when it can
     */
    public record IndexState(String index, long documents, String problem) {

        public boolean searchable() {
            return problem == null;
        }
    }

    private final SearchMapping mapping;
    private final HealthConfig config;

    public SearchCluster(SearchMapping mapping, HealthConfig config) {
        this.mapping = mapping;
        this.config = config;
    }

    /** Never throws and never waits longer than {@code lede.health.search-timeout}. */
    public IndexState articleIndex() {
        String index = readName();
        Duration timeout = config.searchTimeout();
        CompletableFuture<Response> answer = new CompletableFuture<>();
        Cancellable request;
        try {
            request = client().performRequestAsync(new Request("GET", "/" + index + "/_count"),
                    new ResponseListener() {
                        @Override
                        public void onSuccess(Response response) {
                            answer.complete(response);
                        }

                        @Override
                        public void onFailure(Exception exception) {
                            answer.completeExceptionally(exception);
                        }
                    });
        } catch (RuntimeException e) {
            return new IndexState(index, -1, "the search client is not available: " + e.getMessage());
        }
        try {
            Response response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long count = JsonParser.parseString(EntityUtils.toString(response.getEntity())).getAsJsonObject()
                    .get("count").getAsLong();
            return new IndexState(index, count, null);
        } catch (TimeoutException e) {
            request.cancel();
            return new IndexState(index, -1, "the search cluster did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new IndexState(index, -1, describe(e.getCause()));
        } catch (InterruptedException e) {
            request.cancel();
            Thread.currentThread().interrupt();
            return new IndexState(index, -1, "interrupted");
        } catch (IOException | RuntimeException e) {
            return new IndexState(index, -1, "unexpected answer from the search cluster: " + e);
        }
    }

    private static String describe(Throwable failure) {
        if (failure instanceof ResponseException refused) {
            int status = refused.getResponse().getStatusLine().getStatusCode();
            return status == 404 ? "the index does not exist"
                    : "the search cluster answered " + status + " (" + refused.getResponse().getStatusLine()
                            .getReasonPhrase() + ")";
        }
        return "the search cluster is unreachable: " + failure;
    }

    private RestClient client() {
        return mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    }

    private String readName() {
        return mapping.indexedEntity(Article.class).indexManager().unwrap(ElasticsearchIndexManager.class)
                .descriptor().readName();
    }
}
