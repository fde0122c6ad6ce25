package io.github.muskopenai.archive.ingest;

/**
 * A markdown image of the page.
 *
 * @param eventId the timeline event whose section shows it; null before the first section
 */
public record ParsedImage(String id, String alt, String path, String eventId, int position, SourceSpan source) {
}
