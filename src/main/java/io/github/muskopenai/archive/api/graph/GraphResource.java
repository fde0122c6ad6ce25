package io.github.muskopenai.archive.api.graph;

import java.time.LocalDateTime;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.github.muskopenai.archive.api.common.CorpusStateStamp;
import io.github.muskopenai.archive.api.common.QueryParams;
import io.github.muskopenai.archive.domain.GraphRepository;

/** Who wrote to whom. */
@Path("/api/graph")
@Tag(name = "Graph", description = "The correspondence network, shaped for D3 force layouts.")
@Transactional
@CorpusStateStamp
public class GraphResource {

    @Inject
    GraphRepository graph;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGraph", summary = "The correspondence network",
            description = "Nodes are people who sent or received messages in the window; links count the messages each"
                    + " sender sent to each recipient, by To and Cc. Wholly redacted recipients are not people and do"
                    + " not appear.")
    public GraphDto get(
            @QueryParam("after") @Parameter(description = "Messages sent on or after (inclusive): date or local date-time.",
                    example = "2017-01-01") String after,
            @QueryParam("before") @Parameter(description = "Messages sent before (exclusive): date or local date-time.",
                    example = "2018-01-01") String before) {
        QueryParams params = new QueryParams();
        LocalDateTime from = params.dateTime("after", after);
        LocalDateTime to = params.dateTime("before", before);
        params.window(from, to);
        params.check();
        return GraphDto.from(graph.nodes(from, to), graph.links(from, to));
    }
}
