package io.lede.search;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import io.lede.api.ApiException;
import io.lede.api.Problem;
import io.lede.api.QueryParams;
import io.lede.article.Article;

// The class shares ArticleResource's root path rather than owning "/api/articles/{id}/related": RESTEasy Reactive
// routes a request to the class with the longest matching path first, so a method this class lacks (PATCH) would
// answer 404 instead of 405 (quarkusio/quarkus#27659).
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class RelatedResource {

    private final RelatedArticles related;

    public RelatedResource(RelatedArticles related) {
        this.related = related;
    }

    /** @param articles most similar first */
    public record RelatedResponse(List<RelatedArticles.RelatedArticle> articles) {
    }

    @GET
    @Path("{id}/related")
    @Operation(summary = "Articles like this one",
            description = "Articles sharing most of this one's distinctive words in title and body (more-like-this), "
                    + "most similar first; never the article itself or its duplicates.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RelatedResponse.class)))
    @APIResponse(responseCode = "400", description = "size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RelatedResponse related(@PathParam("id") String id,
            @Parameter(description = "How many, 1 to 50, default 5", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "5")) @QueryParam("size") String size) {
        int count = QueryParams.intParam("size", size, RelatedArticles.DEFAULT_SIZE, 1, RelatedArticles.MAX_SIZE);
        Article article = article(id);
        return new RelatedResponse(related.of(article, count));
    }

    private static Article article(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No article with id " + id + " (ids are UUIDs)");
        }
        Article article = Article.findById(uuid);
        if (article == null) {
            throw ApiException.notFound("No article with id " + id);
        }
        return article;
    }
}
