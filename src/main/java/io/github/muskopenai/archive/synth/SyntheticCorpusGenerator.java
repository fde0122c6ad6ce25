package io.github.muskopenai.archive.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus for load benchmarks: {@code messages} emails in documents of at most
 * {@code perDocument} each ({@code synthetic-00001.md}, …), in the format of the real document,
 * with words, body lengths and redaction rates learnt from it.
 * <p>
 * The output depends only on the settings and the source document: the same seed and counts give
 * byte-identical files. Each document is written as it is generated, so memory does not grow with
 * the number of messages.
 */
public final class SyntheticCorpusGenerator {

    /** The generator's settings; {@code source} is the real document to learn from. */
    public record Settings(int messages, int perDocument, long seed, Path out, Path source) {

        public static final int DEFAULT_PER_DOCUMENT = 10_000;

        public Settings {
            if (messages < 1) {
                throw new IllegalArgumentException("--messages must be at least 1");
            }
            if (perDocument < 1) {
                throw new IllegalArgumentException("--per-document must be at least 1");
            }
        }
    }

    private static final Pattern GENERATED = Pattern.compile("synthetic-\\d{5,9}\\.md");

    private final SourceModel source;

    public SyntheticCorpusGenerator(Path source) throws IOException {
        this.source = SourceModel.read(source);
    }

    TextModel textModel() {
        return source.text();
    }

    BodyShape bodyShape() {
        return source.bodies();
    }

    /** Generates the corpus; {@code onDocument} sees each document once it is written. */
    public GenerationSummary generate(Settings settings, Consumer<DocumentStats> onDocument) throws IOException {
        Files.createDirectories(settings.out());
        int documents = (settings.messages() + settings.perDocument() - 1) / settings.perDocument();
        Population people = Population.generate(populationSize(settings.messages()), settings.seed() ^ 0x5EED5EEDL);
        BodyComposer bodies = new BodyComposer(source.text(), source.bodies());
        DocumentWriter writer = new DocumentWriter(source.text(), new ThreadFactory(people, source.text(), bodies));
        SplittableRandom master = new SplittableRandom(settings.seed());
        GenerationSummary summary = new GenerationSummary(settings.out(), 0, 0, 0, 0, 0, 0);
        String previous = settings.source().getFileName().toString();
        for (int index = 1; index <= documents; index++) {
            int messages = Math.min(settings.perDocument(), settings.messages() - (index - 1) * settings.perDocument());
            Path file = settings.out().resolve(name(index));
            DocumentWriter.Plan plan = new DocumentWriter.Plan(index, documents, messages, previous, settings.seed());
            DocumentStats stats = writer.write(file, plan, master.split(), summary.threads() + 1);
            summary = summary.plus(stats);
            onDocument.accept(stats);
            previous = stats.name();
        }
        removeStale(settings.out(), documents);
        return summary;
    }

    /** "synthetic-00001.md". */
    static String name(int index) {
        return String.format("synthetic-%05d.md", index);
    }

    /** A few hundred people for small corpora, up to 3,000 for a million messages. */
    static int populationSize(int messages) {
        return Math.max(300, Math.min(3_000, messages / 300));
    }

    /** Deletes generated documents left over from an earlier, larger run into the same directory. */
    private static void removeStale(Path out, int documents) throws IOException {
        List<Path> stale;
        try (Stream<Path> files = Files.list(out)) {
            stale = files.filter(f -> GENERATED.matcher(f.getFileName().toString()).matches())
                    .filter(f -> Long.parseLong(f.getFileName().toString().replaceAll("\\D", "")) > documents)
                    .toList();
        }
        for (Path file : stale) {
            Files.delete(file);
        }
    }
}
