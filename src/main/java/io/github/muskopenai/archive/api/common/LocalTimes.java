package io.github.muskopenai.archive.api.common;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Formats the corpus's local date-times: ISO without a zone (the source states none) and
 * without seconds unless the source gave some ("2015-11-20T12:29").
 */
public final class LocalTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private LocalTimes() {
    }

    public static String format(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        return (time.getSecond() == 0 ? MINUTES : SECONDS).format(time);
    }
}
