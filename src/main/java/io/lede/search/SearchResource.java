package io.lede.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lede.api.Problem;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over articles")
public class SearchResource {

    private final ArticleSearch search;
    private final SearchConfig config;

    public SearchResource(ArticleSearch search, SearchConfig config) {
        this.search = search;
        this.config = config;
    }

    @GET
    @Operation(summary = "Search articles",
            description = "Ranked by relevance (title above summary above body, words close together, recent "
                    + "news a little higher) with highlighted fragments, facet counts and a cursor to the next "
                    + "page. An empty q lists every article, newest first. Filters combine: any value within a "
                    + "field, every field given. The same text under several URLs is one hit, its original's, "
                    + "listing the others in duplicates; their headlines, sources and authors find it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range, or a cursor this query cannot use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResponse search(@BeanParam SearchParams params) {
        return search.search(params.toRequest(config));
    }
}
