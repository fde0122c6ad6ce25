package io.github.muskopenai.archive.synth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.muskopenai.archive.ingest.CorpusParser;
import io.github.muskopenai.archive.ingest.ParsedCorpus;
import io.github.muskopenai.archive.ingest.ParsedMessage;

/**
 * What the generator learns from the real document: the words of its email bodies and the shape
 * of those bodies. The document is read with the project's own parser, so "email body" means
 * exactly what the API serves as one.
 */
record SourceModel(TextModel text, BodyShape bodies) {

    /** The real document, relative to the project directory. */
    static final Path DEFAULT_SOURCE = Path.of("db", "corpus", "elon-and-openai-2.md");

    static SourceModel read(Path source) throws IOException {
        ParsedCorpus corpus;
        try (InputStream in = Files.newInputStream(source)) {
            corpus = new CorpusParser().parse(source.getFileName().toString(), in);
        }
        if (corpus.result().hasErrors()) {
            throw new IOException(source + " does not parse cleanly: " + corpus.result().errors().get(0));
        }
        List<ParsedMessage> messages = corpus.messages();
        return new SourceModel(TextModel.learn(messages.stream().map(ParsedMessage::body).toList()),
                BodyShape.fit(messages));
    }
}
