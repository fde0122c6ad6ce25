package io.github.muskopenai.archive.load;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.github.muskopenai.archive.ingest.ParseIssue;

/**
 * {@code load [--mode if-changed|always] [--force] [FILE|GLOB ...]}: loads documents into the
 * configured database and exits, without serving HTTP. With no files it loads the configured
 * {@code corpus.sources}. Exit codes: 0 loaded or unchanged, 1 refused (parse errors), 2 failure.
 */
@ApplicationScoped
public class LoadCommand {

    static final String USAGE = "usage: load [--mode if-changed|always] [--force] [FILE|GLOB ...]";

    @Inject
    CorpusLoader loader;

    @Inject
    CorpusConfig config;

    PrintStream out = System.out;
    PrintStream err = System.err;

    public int run(String... args) {
        LoadMode mode = LoadMode.IF_CHANGED;
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--force" -> mode = LoadMode.ALWAYS;
                case "--mode" -> {
                    if (i + 1 >= args.length) {
                        err.println(USAGE);
                        return 2;
                    }
                    mode = parseMode(args[++i]);
                    if (mode == null) {
                        err.println(USAGE);
                        return 2;
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        err.println("unknown option " + args[i]);
                        err.println(USAGE);
                        return 2;
                    }
                    sources.add(args[i]);
                }
            }
        }
        try {
            List<Path> files = CorpusSources.resolve(sources.isEmpty() ? config.sources() : sources);
            if (files.isEmpty()) {
                err.println("no documents match " + (sources.isEmpty() ? config.sources() : sources));
                return 2;
            }
            LoadReport report = loader.load(files, mode, out::println);
            for (ParseIssue issue : report.documents().stream().flatMap(d -> d.issues().stream()).toList()) {
                (issue.isError() ? err : out).println(issue);
            }
            (report.outcome() == LoadReport.Outcome.REFUSED ? err : out).println(report.summary());
            return report.outcome() == LoadReport.Outcome.REFUSED ? 1 : 0;
        } catch (LoadException e) {
            err.println("load failed: " + e.getMessage());
            return 2;
        }
    }

    private static LoadMode parseMode(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "if-changed" -> LoadMode.IF_CHANGED;
            case "always" -> LoadMode.ALWAYS;
            default -> null;
        };
    }
}
