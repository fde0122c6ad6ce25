package io.github.muskopenai.archive.api.thread;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.github.muskopenai.archive.api.message.MessageDto;

/** A thread with its messages in source order and the quote links between them. */
@Schema(name = "ThreadDetail", allOf = ThreadDto.class)
public record ThreadDetailDto(
        @JsonUnwrapped ThreadDto thread,
        @Schema(description = "The messages, in source order.") List<MessageDto> messages,
        @Schema(description = "Which message quotes which (\"On …, X wrote:\"). The source states no other reply links.")
        List<LinkDto> links) {

    /** {@code from} quotes {@code to}: to is the reply's quoted original. */
    @Schema(name = "MessageLink")
    public record LinkDto(
            @Schema(enumeration = "quotes") String type,
            @Schema(description = "The quoting message.", examples = "3a2e690e9cfd2e1a") String from,
            @Schema(description = "The quoted message.", examples = "8f164ce47d71b811") String to) {
    }

    static List<LinkDto> links(List<MessageDto> messages) {
        return messages.stream()
                .flatMap(m -> m.quotes().stream().map(quoted -> new LinkDto("quotes", m.id(), quoted)))
                .toList();
    }
}
