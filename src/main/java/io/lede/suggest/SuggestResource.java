package io.lede.suggest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lede.api.Problem;

@Path("/api/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggest", description = "Completions for search-as-you-type")
public class SuggestResource {

    private final Suggester suggester;

    public SuggestResource(Suggester suggester) {
        this.suggester = suggester;
    }

    @GET
    @Operation(summary = "Complete what the user is typing",
            description = "Up to size completions that begin with q (case and accents aside): names of people, "
                    + "places and organisations in articles, authors, phrases from headlines (from any word of a "
                    + "headline onward) and whole headlines. Kinds take turns; within a kind, completions from newer "
                    + "articles come first. Duplicates of articles are left out. Text that has nothing to complete "
                    + "(punctuation only) gives no completions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SuggestResponse.class)))
    @APIResponse(responseCode = "400", description = "q missing, blank or too long; size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SuggestResponse suggest(
            @Parameter(description = "What the user has typed so far: the beginning of a word or phrase, "
                    + "1 to 100 characters", required = true) @QueryParam("q") String q,
            @Parameter(description = "Completions wanted, 1 to 10, default 10", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "1", maximum = "10", defaultValue = "10")) @QueryParam("size") String size) {
        return suggester.suggest(SuggestRequest.parse(q, size));
    }
}
