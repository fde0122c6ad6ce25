package io.github.muskopenai.archive.load;

import java.util.function.Consumer;

/**
 * Reports a long load as it goes: messages done, rate and an ETA estimated from the bytes read
 * against the total size of the documents. Prints at most every two seconds.
 */
final class LoadProgress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final long totalBytes;
    private final Consumer<String> out;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private long messages;
    private long bytes;

    LoadProgress(long totalBytes, Consumer<String> out) {
        this.totalBytes = totalBytes;
        this.out = out;
    }

    void bytes(long read) {
        bytes += read;
    }

    void messages(int done) {
        messages += done;
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS) {
            lastReport = now;
            out.accept(line(now));
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private String line(long now) {
        double seconds = (now - start) / 1e9;
        double fraction = totalBytes == 0 ? 1 : Math.min(1, (double) bytes / totalBytes);
        long eta = fraction <= 0 ? 0 : Math.round(seconds / fraction - seconds);
        return String.format("loading: %,d messages, %,.0f messages/s, %.0f%% of %,d bytes read, ETA %d s",
                messages, messages / Math.max(seconds, 1e-9), fraction * 100, totalBytes, eta);
    }
}
