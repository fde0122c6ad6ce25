package io.github.muskopenai.archive.synth;

/**
 * What the generator wrote into one document, as the parser is expected to count it.
 *
 * @param messages emails with headers plus emails quoted in bodies
 * @param events   timeline items plus dated narrative statements
 * @param quotes   passages of the narrative quoting an email
 */
public record DocumentStats(String name, int messages, int threads, int events, int quotes, long bytes) {
}
