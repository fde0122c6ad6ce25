package io.github.muskopenai.archive.domain;

import java.util.List;
import java.util.Map;

import io.github.muskopenai.archive.domain.query.Page;

/** A page of events with the images shown in each one's section, by event id. */
public record EventPage(Page<Event> page, Map<String, List<Image>> images) {
}
