package io.github.muskopenai.archive.api.message;

import java.util.List;

import io.github.muskopenai.archive.domain.NamedMessages;

/** Turns messages, read with the names of their people, into DTOs. */
public final class MessageViews {

    private MessageViews() {
    }

    public static List<MessageDto> of(NamedMessages messages) {
        return messages.messages().stream().map(m -> MessageDto.from(m, messages.names())).toList();
    }
}
