package io.github.muskopenai.archive.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.github.muskopenai.archive.ingest.CorpusParser;
import io.github.muskopenai.archive.ingest.CorpusSink;
import io.github.muskopenai.archive.ingest.ParseIssue;
import io.github.muskopenai.archive.ingest.ParseResult;

/**
 * {@code parse FILE|GLOB ...}: parses documents without a database and prints their issues and
 * the parse rate. For checking a document before loading it, and for measuring the parser alone.
 * Exit codes: 0 no errors, 1 errors found, 2 bad arguments.
 */
public final class ParseCommand {

    private ParseCommand() {
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        if (args.length == 0) {
            err.println("usage: parse FILE|GLOB ...");
            return 2;
        }
        List<Path> files;
        try {
            files = CorpusSources.resolve(List.of(args));
        } catch (LoadException e) {
            err.println(e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        long messages = 0;
        long bytes = 0;
        boolean errors = false;
        for (Path file : files) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                ParseResult result = new CorpusParser().parse(file.getFileName().toString(), in, new CorpusSink() {
                });
                messages += result.messageCount();
                bytes += Files.size(file);
                for (ParseIssue issue : result.issues()) {
                    (issue.isError() ? err : out).println(issue);
                }
                errors |= result.hasErrors();
            } catch (IOException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                return 2;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.println(String.format(Locale.ROOT, "parsed %d document(s), %d messages, %d bytes in %.2f s: %.0f messages/s, %.1f MB/s",
                files.size(), messages, bytes, seconds, messages / seconds, bytes / seconds / 1e6));
        return errors ? 1 : 0;
    }
}
