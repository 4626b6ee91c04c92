package io.lede.article;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lede.api.ApiException;
import io.lede.api.Problem;
import io.lede.metrics.MeteredIngest;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Store, read, replace and delete articles")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";
    /** One operation in OpenAPI, which has one per path and method: both ways of sending many articles. */
    private static final String BULK_SUMMARY = "Store many articles: newline-delimited JSON, or uploaded files";
    private static final String BULK_DESCRIPTION = "Newline-delimited JSON (application/x-ndjson, or "
            + "application/ndjson, application/jsonl or application/json as Elasticsearch's _bulk takes it): one JSON "
            + "article per line, any number of lines; as for POST /api/articles, a line may carry a web page, "
            + "Markdown or plain text in html, markdown or text instead of body, each line at most "
            + "lede.ingest.max-document-size. Each line gets its own result (line, status 201/200 or 4xx, id or "
            + "error), streamed as lines are stored. Or multipart/form-data: any number of files, each an HTML page, "
            + "Markdown, plain text or a JSON article, told apart by the part's content type, else by extension, "
            + "else by content (markup is a page, other text plain text, anything else a 415 for that file); each "
            + "file gets its own result (part, file, status, id or error), and an upload without a file part is a "
            + "400. Always 200 otherwise: one article's refusal never refuses the others.";

    private final ArticleService articles;
    private final ArticleJson json;
    private final BulkIngest bulk;
    private final DocumentLimit limit;
    private final DocumentReader documents;

    public ArticleResource(ArticleService articles, ArticleJson json, BulkIngest bulk, DocumentLimit limit,
            DocumentReader documents) {
        this.articles = articles;
        this.json = json;
        this.bulk = bulk;
        this.limit = limit;
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @MeteredIngest
    @Operation(summary = "Store an article",
            description = "Creates the article, or updates the one with the same externalId (else the same url). "
                    + "Instead of body, the article may carry the document it comes from in exactly one of html (a "
                    + "whole web page), markdown or text: it is extracted as if posted with that Content-Type, url "
                    + "being its address, and every other field given overrides the extracted value.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "An article with the same externalId or url was updated",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an invalid field, or more than one of body, "
            + "html, markdown and text (each named in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "externalId and url identify two different articles",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413",
            description = "Larger than lede.ingest.max-document-size, or more elements than lede.ingest.max-elements",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(InputStream body, @Context HttpHeaders headers,
            @Context UriInfo uri) throws IOException {
        return stored(articles.upsert(json.read(limit.limited(body, headers))), uri);
    }

    @POST
    @Consumes({ MediaType.TEXT_HTML, DocumentReader.MARKDOWN, MediaType.TEXT_PLAIN })
    @MeteredIngest
    @Operation(summary = "Store an article from a web page, Markdown or plain text",
            description = "The article is extracted from the document (title, authors, dates, canonical URL, "
                    + "source, language, tags and the body without boilerplate), then stored as a JSON post would "
                    + "be. POST /api/extract shows what would be stored.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "An article with the same url was updated",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "No title or no text could be found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413",
            description = "Larger than lede.ingest.max-document-size, or more elements than lede.ingest.max-elements",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createFromDocument(InputStream body,
            @Parameter(description = "The document's address, if the page does not name its own")
            @QueryParam("url") String url,
            @Parameter(description = "Your id for the article; posting it again updates the article")
            @QueryParam("externalId") String externalId,
            @Context HttpHeaders headers, @Context UriInfo uri) throws IOException {
        byte[] content = limit.readAll(body, headers);
        ArticleData data = ArticleData.from(DocumentReader.toInput(
                documents.read(content, headers.getMediaType(), url), externalId));
        return stored(articles.upsert(data), uri);
    }

    private static Response stored(ArticleService.Stored stored, UriInfo uri) {
        ArticleView view = ArticleView.of(stored.article());
        if (!stored.created()) {
            return Response.ok(view).build();
        }
        URI location = uri.getBaseUriBuilder().path(ArticleResource.class).path(view.id().toString()).build();
        return Response.created(location).entity(view).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an article as stored")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@PathParam("id") String id) {
        return articles.find(parseId(id)).map(ArticleView::of)
                .orElseThrow(() -> ApiException.notFound("No article with id " + id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @MeteredIngest
    @Operation(summary = "Replace every field of an article",
            description = "The same JSON as for POST /api/articles, html, markdown or text included.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an invalid field, or more than one of body, "
            + "html, markdown and text (each named in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "externalId or url already identifies another article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413",
            description = "Larger than lede.ingest.max-document-size, or more elements than lede.ingest.max-elements",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView replace(@PathParam("id") String id, InputStream body,
            @Context HttpHeaders headers) throws IOException {
        UUID uuid = parseId(id);
        return ArticleView.of(articles.replace(uuid, json.read(limit.limited(body, headers))));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an article", description = "It leaves search results within about a second.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id) {
        if (!articles.delete(parseId(id))) {
            throw ApiException.notFound("No article with id " + id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("bulk")
    // The other names newline-delimited JSON goes by; application/json as Elasticsearch's _bulk takes it.
    @Consumes({ NDJSON, "application/ndjson", "application/jsonl", "application/x-jsonlines",
        MediaType.APPLICATION_JSON })
    @Operation(summary = BULK_SUMMARY, description = BULK_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(implementation = ArticleInput.class)))
    @APIResponse(responseCode = "200", description = "One result per line or file, then the totals",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public Response bulk(InputStream body) {
        StreamingOutput results = out -> bulk.ingest(body, out);
        return Response.ok(results, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = BULK_SUMMARY, description = BULK_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One result per line or file, then the totals",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    @APIResponse(responseCode = "400", description = "No file part in the upload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More parts than quarkus.http.limits.max-parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response bulkFiles(@RestForm(FileUpload.ALL) List<FileUpload> files, MultipartFormDataInput form) {
        if (files.isEmpty()) {
            // Form fields are not read: "-F 'doc=<page.html'" sends a file's content as a field, not a file.
            throw ApiException.invalid("files", "no file in the upload; send each document as a file part "
                    + "(curl -F 'files=@page.html'), not as a form field's value");
        }
        List<BulkIngest.UploadedFile> uploads = files.stream()
                .map(f -> new BulkIngest.UploadedFile(f.fileName(), f.contentType(), f.uploadedFile(), f.size()))
                .toList();
        // Fields beside the files each get a result saying they were not read, after the files'.
        List<String> fields = form.getValues().entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(value -> !value.isFileItem()).map(value -> e.getKey()))
                .toList();
        StreamingOutput results = out -> bulk.ingestFiles(uploads, fields, out);
        return Response.ok(results, MediaType.APPLICATION_JSON).build();
    }

    /** A malformed id cannot name an article: it is as absent as an unknown one. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No article with id " + id + " (ids are UUIDs)");
        }
    }
}
