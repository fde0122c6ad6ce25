package io.github.muskopenai.archive.api.graph;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.github.muskopenai.archive.domain.GraphRepository;

/** The correspondence network in the shape of a D3 force layout: nodes and links. */
@Schema(name = "Graph")
public record GraphDto(List<NodeDto> nodes, List<LinkDto> links) {

    /** A person. */
    @Schema(name = "GraphNode")
    public record NodeDto(@Schema(examples = "elon-musk") String id, @Schema(examples = "Elon Musk") String name,
            @Schema(examples = "13") long messagesSent, @Schema(examples = "7") long messagesReceived) {
    }

    /** Messages from source to target, by how target was addressed. */
    @Schema(name = "GraphLink")
    public record LinkDto(
            @Schema(description = "Sender id.", examples = "elon-musk") String source,
            @Schema(description = "Recipient id.", examples = "greg-brockman") String target,
            @Schema(description = "Messages with target in To.", examples = "5") long to,
            @Schema(description = "Messages with target in Cc.", examples = "6") long cc,
            @Schema(examples = "11") long total) {
    }

    static GraphDto from(List<GraphRepository.Node> nodes, List<GraphRepository.Link> links) {
        return new GraphDto(
                nodes.stream().map(n -> new NodeDto(n.id(), n.name(), n.messagesSent(), n.messagesReceived())).toList(),
                links.stream().map(l -> new LinkDto(l.source(), l.target(), l.to(), l.cc(), l.to() + l.cc())).toList());
    }
}
