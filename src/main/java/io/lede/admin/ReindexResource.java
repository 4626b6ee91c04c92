package io.lede.admin;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.lede.api.Problem;

@Path(ReindexResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operating the service")
public class ReindexResource {

    static final String PATH = "/api/admin/reindex";

    private final Reindexing reindexing;

    public ReindexResource(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    @POST
    @Operation(summary = "Reindex every article",
            description = "Rebuilds every article's index document from the database, in the background and in "
                    + "place: search keeps answering meanwhile. Needed after an upgrade that changed the index "
                    + "mapping, or after editing analysis. Articles written meanwhile reach search when it ends. One "
                    + "runs at a time across all instances sharing the database.")
    @APIResponse(responseCode = "202", description = "Started; Location is where to follow it",
            content = @Content(schema = @Schema(implementation = ReindexStatus.class)))
    @APIResponse(responseCode = "409", description = "A reindex is already running, on this or another instance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        ReindexStatus started = reindexing.start();
        return Response.accepted(started).location(URI.create(PATH)).build();
    }

    @GET
    @Operation(summary = "The latest reindex",
            description = "The latest reindex of any instance: idle (none ever), running, succeeded, failed (with the "
                    + "reason) or interrupted (its instance stopped before it ended), which instance ran it, and how "
                    + "many documents it has indexed")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReindexStatus.class)))
    public ReindexStatus status() {
        return reindexing.status();
    }
}
