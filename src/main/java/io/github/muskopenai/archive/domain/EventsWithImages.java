package io.github.muskopenai.archive.domain;

import java.util.List;
import java.util.Map;

/** Events with the images shown in each one's section, by event id, in page order. */
public record EventsWithImages(List<Event> events, Map<String, List<Image>> images) {
}
