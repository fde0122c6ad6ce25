package io.github.muskopenai.archive.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the configured sources (files and glob patterns) into the documents of the corpus,
 * sorted by name. A document's name is its file name, so two sources with the same file name
 * are refused.
 */
public final class CorpusSources {

    private CorpusSources() {
    }

    public static List<Path> resolve(List<String> patterns) {
        List<Path> files = new ArrayList<>();
        for (String pattern : patterns) {
            files.addAll(expand(pattern.strip()));
        }
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            Path other = byName.put(file.getFileName().toString(), file);
            if (other != null && !other.equals(file)) {
                throw new LoadException("two documents are named " + file.getFileName() + ": " + other + " and " + file);
            }
        }
        return byName.values().stream().sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                .toList();
    }

    private static List<Path> expand(String pattern) {
        if (pattern.isEmpty()) {
            return List.of();
        }
        int wildcard = indexOfWildcard(pattern);
        if (wildcard < 0) {
            Path file = Path.of(pattern).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new LoadException("no such document: " + pattern);
            }
            return List.of(file);
        }
        int slash = pattern.lastIndexOf('/', wildcard);
        Path base = Path.of(slash < 0 ? "." : pattern.substring(0, Math.max(slash, 1))).toAbsolutePath().normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(slash + 1));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(base.relativize(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOfWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
