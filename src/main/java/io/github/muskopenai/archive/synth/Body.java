package io.github.muskopenai.archive.synth;

/**
 * A generated email body.
 *
 * @param text     the body lines joined with newlines, no leading or trailing blank line
 * @param quotable a plain sentence of the body (no redactions, at least four words) that the
 *                 narrative may quote, or null
 */
record Body(String text, String quotable) {
}
