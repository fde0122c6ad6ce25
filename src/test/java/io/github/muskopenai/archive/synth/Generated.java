package io.github.muskopenai.archive.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.muskopenai.archive.ingest.CorpusParser;
import io.github.muskopenai.archive.ingest.ParsedCorpus;

/** A corpus generated into a directory for a test, with what the generator said it wrote. */
record Generated(Path directory, GenerationSummary summary, List<DocumentStats> documents) {

    /** The real document, relative to the project directory (where Maven runs the tests). */
    static final Path SOURCE = Path.of("db", "corpus", "elon-and-openai-2.md");

    private static SyntheticCorpusGenerator generator;

    /** The generator, built once: it parses the real document. */
    static synchronized SyntheticCorpusGenerator generator() {
        if (generator == null) {
            try {
                generator = new SyntheticCorpusGenerator(SOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generator;
    }

    static Generated generate(Path directory, int messages, int perDocument, long seed) throws IOException {
        List<DocumentStats> documents = new ArrayList<>();
        GenerationSummary summary = generator().generate(
                new SyntheticCorpusGenerator.Settings(messages, perDocument, seed, directory, SOURCE), documents::add);
        return new Generated(directory, summary, documents);
    }

    /** Parses one generated document with the project's parser. */
    ParsedCorpus parse(DocumentStats document) {
        try (InputStream in = Files.newInputStream(directory.resolve(document.name()))) {
            return new CorpusParser().parse(document.name(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document, parsed. */
    List<ParsedCorpus> parseAll() {
        return documents.stream().map(this::parse).toList();
    }
}
