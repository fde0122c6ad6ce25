package io.github.muskopenai.archive.domain;

import java.util.List;
import java.util.Map;

/**
 * Messages with the display names of the people they name (sender and recipients), by person id.
 */
public record NamedMessages(List<Message> messages, Map<String, String> names) {
}
