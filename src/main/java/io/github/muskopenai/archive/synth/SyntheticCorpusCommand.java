package io.github.muskopenai.archive.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Command line of the generator:
 * {@code generate --messages N [--per-document M] [--seed S] --out DIR [--source PATH]}.
 * Prints one summary line; returns 0 on success, 1 when writing fails, 2 on bad arguments.
 */
public final class SyntheticCorpusCommand {

    static final String USAGE = "usage: generate --messages N [--per-document M (default 10000)] [--seed S (default 1)]"
            + " --out DIR [--source PATH (default db/corpus/elon-and-openai-2.md)]";
    private static final Set<String> OPTIONS = Set.of("--messages", "--per-document", "--seed", "--out", "--source");

    private SyntheticCorpusCommand() {
    }

    public static void main(String... args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        SyntheticCorpusGenerator.Settings settings;
        try {
            settings = settings(options(args));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        long started = System.nanoTime();
        try {
            GenerationSummary summary = new SyntheticCorpusGenerator(settings.source()).generate(settings, d -> {
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            out.println(String.format(Locale.ROOT,
                    "generated %d documents, %d messages, %d threads, %d bytes in %.2f s into %s",
                    summary.documents(), summary.messages(), summary.threads(), summary.bytes(), seconds,
                    summary.directory()));
            return 0;
        } catch (NoSuchFileException e) {
            err.println("no such file: " + e.getFile());
            return 1;
        } catch (IOException e) {
            err.println("generation failed: " + e);
            return 1;
        }
    }

    private static Map<String, String> options(String... args) {
        Map<String, String> options = new HashMap<>();
        int i = args.length > 0 && args[0].equals("generate") ? 1 : 0;
        for (; i < args.length; i++) {
            String name = args[i];
            String value;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value after " + name);
            }
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            options.put(name, value);
        }
        return options;
    }

    private static SyntheticCorpusGenerator.Settings settings(Map<String, String> options) {
        if (!options.containsKey("--messages") || !options.containsKey("--out")) {
            throw new IllegalArgumentException("--messages and --out are required");
        }
        return new SyntheticCorpusGenerator.Settings(
                (int) number(options, "--messages", null, Integer.MAX_VALUE),
                (int) number(options, "--per-document", (long) SyntheticCorpusGenerator.Settings.DEFAULT_PER_DOCUMENT,
                        Integer.MAX_VALUE),
                number(options, "--seed", 1L, Long.MAX_VALUE),
                Path.of(options.get("--out")),
                Path.of(options.getOrDefault("--source", SourceModel.DEFAULT_SOURCE.toString())));
    }

    private static long number(Map<String, String> options, String name, Long fallback, long max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.replace("_", ""));
            if (number > max) {
                throw new IllegalArgumentException(name + " is too large: " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number: " + value);
        }
    }
}
