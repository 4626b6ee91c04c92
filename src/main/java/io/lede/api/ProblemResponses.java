package io.lede.api;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the error responses of the OpenAPI description (registered with {@code mp.openapi.filter}): what every
 * operation of the API can answer besides what its resource declares.
 * <ul>
 * <li>503, for every operation that reaches the database or the search cluster while it answers: they did not
 * answer ({@link ProblemMapper});</li>
 * <li>401, for every operation: when API keys are set, a request without a valid one;</li>
 * <li>406, for every operation: an Accept header that rules out JSON ({@link RequestHeadersCheck});</li>
 * <li>415, for every operation with a request body: a Content-Type it does not accept;</li>
 * <li>every error response is an {@code application/problem+json} {@link Problem}, including those the OpenAPI
 * generator adds on its own (its bare "Bad Request").</li>
 * </ul>
 */
public class ProblemResponses implements OASFilter {

    private static final String API = "/api/";
    /**
     * Paths whose operations answer without the database or the search cluster: extraction previews, and the
     * reindex endpoint (its status is kept in memory; a reindex runs after its request has been answered).
     */
    public static final Set<String> WITHOUT_BACKENDS = Set.of("/api/extract", "/api/admin/reindex");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openApi.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(API) || path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(operation, !WITHOUT_BACKENDS.contains(path.getKey()));
            }
        }
    }

    private static void complete(Operation operation, boolean usesBackends) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (usesBackends && !responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("The database or the search cluster did not answer; nothing was changed, retry"));
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse()
                    .description("API keys are set (lede.security.api-keys) and none of them was given: always for "
                            + "writes, for reads too with lede.security.protect-reads"));
        }
        if (!responses.hasAPIResponse("406")) {
            responses.addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header rules out application/json, the only type the API answers in"));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", OASFactory.createAPIResponse()
                    .description("A Content-Type this operation does not accept, or binary data sent as text"));
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (isError(response.getKey()) && isEmpty(response.getValue().getContent())) {
                response.getValue().setContent(problem());
            }
        }
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
