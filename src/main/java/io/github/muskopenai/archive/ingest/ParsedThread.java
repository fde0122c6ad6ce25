package io.github.muskopenai.archive.ingest;

import java.util.List;

/**
 * An email thread: a subject line (plain or a heading) and the messages listed under it.
 *
 * @param subject       as written; null when the emails come with no subject line
 * @param declaredCount the count the source states ("3 emails"), or null
 */
public record ParsedThread(String id, String subject, Integer declaredCount, List<ParsedMessage> messages,
        SourceSpan source) {
}
