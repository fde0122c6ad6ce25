package io.github.muskopenai.archive.synth;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import io.github.muskopenai.archive.ingest.LinkPlaceholder;
import io.github.muskopenai.archive.ingest.ParsedMessage;
import io.github.muskopenai.archive.ingest.Redaction;

/**
 * How long the real bodies are and how often they carry redactions and link placeholders.
 * <p>
 * Lengths follow a log-normal fitted to the real bodies (the source's 22 bodies run from 31 to
 * 6,672 characters with a median near 460: many one-line replies, a few long memos), capped at
 * {@value #MAX_CHARS} characters.
 */
record BodyShape(double logMean, double logSigma, double blockShare, double placeholderShare,
        double linkShare, int[] blockLengths, List<String> linkTexts) {

    static final int MAX_CHARS = 8_000;
    static final int MIN_CHARS = 12;

    /** Fits the shape to the messages of the source. */
    static BodyShape fit(List<ParsedMessage> messages) {
        double[] logs = messages.stream().mapToDouble(m -> Math.log(Math.max(1, m.body().length()))).toArray();
        double mean = Arrays.stream(logs).average().orElse(Math.log(460));
        double variance = Arrays.stream(logs).map(x -> (x - mean) * (x - mean)).average().orElse(1);
        int[] blocks = messages.stream().flatMap(m -> m.redactions().stream())
                .filter(r -> r.kind() == Redaction.Kind.BLOCK).mapToInt(Redaction::length).toArray();
        List<String> links = messages.stream().flatMap(m -> m.linkPlaceholders().stream())
                .map(LinkPlaceholder::text).distinct().toList();
        double n = Math.max(1, messages.size());
        return new BodyShape(mean, Math.sqrt(variance),
                messages.stream().filter(m -> has(m, Redaction.Kind.BLOCK)).count() / n,
                messages.stream().filter(m -> has(m, Redaction.Kind.PLACEHOLDER)).count() / n,
                messages.stream().filter(m -> !m.linkPlaceholders().isEmpty()).count() / n,
                blocks.length == 0 ? new int[] {32} : blocks,
                links.isEmpty() ? List.of("[Link to article]") : links);
    }

    /** A body length in characters. */
    int length(SplittableRandom random) {
        double length = Math.exp(logMean + logSigma * gaussian(random));
        return (int) Math.max(MIN_CHARS, Math.min(MAX_CHARS, length));
    }

    int blockLength(SplittableRandom random) {
        return blockLengths[random.nextInt(blockLengths.length)];
    }

    String linkText(SplittableRandom random) {
        return linkTexts.get(random.nextInt(linkTexts.size()));
    }

    /** Box–Muller: SplittableRandom has no nextGaussian on Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static boolean has(ParsedMessage message, Redaction.Kind kind) {
        return message.redactions().stream().anyMatch(r -> r.kind() == kind);
    }
}
