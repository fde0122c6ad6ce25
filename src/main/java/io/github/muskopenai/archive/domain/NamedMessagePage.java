package io.github.muskopenai.archive.domain;

import java.util.Map;

import io.github.muskopenai.archive.domain.query.Page;

/** A page of messages with the display names of the people they name, by person id. */
public record NamedMessagePage(Page<Message> page, Map<String, String> names) {

    public NamedMessages messages() {
        return new NamedMessages(page.items(), names);
    }
}
