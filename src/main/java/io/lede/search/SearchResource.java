package io.lede.search;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lede.api.Problem;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over articles")
public class SearchResource {

    private final ArticleSearch search;

    public SearchResource(ArticleSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search articles",
            description = "Ranked by relevance (title above summary above body) with highlighted fragments. "
                    + "An empty q lists every article, newest first. Filters combine: any value within a field, "
                    + "every field given.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SearchResponse search(
            @Parameter(description = "Words to find; all must match (when no article has them all, those "
                    + "with most of them come first). \"quotes\" for a phrase, -word to exclude, "
                    + "a | b for either, pre* for a prefix") @QueryParam("q") String q,
            @Parameter(description = "1-based page number (page × size ≤ 10000)") @QueryParam("page") String page,
            @Parameter(description = "Hits per page, 1 to 100, default 10") @QueryParam("size") String size,
            @Parameter(description = "relevance (default; ties newest first), newest or oldest (articles "
                    + "without a date last)") @QueryParam("sort") String sort,
            @Parameter(description = "Only articles from this source (repeatable: any of them)")
            @QueryParam("source") List<String> sources,
            @Parameter(description = "Only articles by this author (repeatable: any of them)")
            @QueryParam("author") List<String> authors,
            @Parameter(description = "Only articles in this language, ISO 639-1 such as en (repeatable: any of them)")
            @QueryParam("language") List<String> languages,
            @Parameter(description = "Only articles with this tag (repeatable: any of them)")
            @QueryParam("tag") List<String> tags,
            @Parameter(description = "Only articles published on or after this day (ISO date, UTC)")
            @QueryParam("from") String from,
            @Parameter(description = "Only articles published on or before this day (ISO date, UTC)")
            @QueryParam("to") String to) {
        return search.search(SearchRequest.parse(q, page, size, sort,
                SearchFilters.parse(sources, authors, languages, tags, from, to)));
    }
}
