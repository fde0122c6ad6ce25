package io.github.muskopenai.archive.ingest;

/**
 * What a document says about itself: its front matter, the page it reproduces and the post
 * before it, plus the sha256 and line count of its bytes.
 */
public record ParsedDocument(
        String name,
        String sha256,
        int lineCount,
        String title,
        String date,
        String sourceTitle,
        String sourceUrl,
        String previousPost) {
}
