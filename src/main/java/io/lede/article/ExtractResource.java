package io.lede.article;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lede.api.Problem;
import io.lede.extract.ExtractedArticle;

/** A preview of ingest: what would be stored for a document, without storing it. */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ExtractResource {

    private final DocumentReader documents;
    private final DocumentLimit limit;
    private final ArticleJson json;

    public ExtractResource(DocumentReader documents, DocumentLimit limit, ArticleJson json) {
        this.documents = documents;
        this.limit = limit;
        this.json = json;
    }

    @POST
    @Consumes({ MediaType.TEXT_HTML, DocumentReader.MARKDOWN, MediaType.TEXT_PLAIN })
    @Operation(summary = "Extract an article from a document without storing it",
            description = "Returns the fields ingest would store: title, summary, authors, publishedAt, updatedAt, "
                    + "url, source, language, tags, and the body as plain text with a blank line between paragraphs.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExtractedArticle.class)))
    @APIResponse(responseCode = "400", description = "What ingest would refuse: no headline or text, a url that is "
            + "not http(s)", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413",
            description = "Larger than lede.ingest.max-document-size, or more elements than lede.ingest.max-elements",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractedArticle extract(InputStream body,
            @Parameter(description = "The document's address, if the page does not name its own")
            @QueryParam("url") String url,
            @Context HttpHeaders headers) throws IOException {
        byte[] content = limit.readAll(body, headers);
        return validated(documents.read(content, headers.getMediaType(), url), null);
    }

    /** The same preview for a JSON article that carries its document, as a bulk line or a JSON post would. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract an article from a document in a JSON article without storing it",
            description = "The JSON article carries exactly one of html, markdown or text (and no body). Returns "
                    + "what POST /api/articles would store for it: the extracted fields, with every field the JSON "
                    + "also gives (title, authors, publishedAt, url, source, language, tags, summary) in their place.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ExtractedArticle.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, no document, more than one of body, html, "
            + "markdown and text, or what ingest would refuse",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413",
            description = "Larger than lede.ingest.max-document-size, or more elements than lede.ingest.max-elements",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractedArticle extractJson(InputStream body, @Context HttpHeaders headers) throws IOException {
        ArticleInput input = json.readInput(limit.limited(body, headers));
        return validated(documents.read(input), input.externalId());
    }

    /**
     * The preview answers as ingest would: a document ingest refuses (no headline or text, an address that is not
     * http(s)) gets the same 400 here, naming the fields; one it takes is shown as it would be stored (dates as
     * instants, the language as its code, each name once). {@code updatedAt}, the page's own date of its last
     * change, is not stored: it is shown in the same form.
     */
    private static ExtractedArticle validated(ExtractedArticle article, String externalId) {
        ArticleData stored = ArticleData.from(DocumentReader.toInput(article, externalId));
        return new ExtractedArticle(stored.title(), stored.summary(), stored.authors(),
                stored.publishedAt() == null ? null : stored.publishedAt().toString(),
                ArticleData.instantOf(article.updatedAt()).map(Instant::toString).orElse(null),
                stored.url(), stored.source(), stored.language(), stored.tags(), stored.body());
    }
}
