package io.github.muskopenai.archive.ingest;

import java.time.LocalDate;

/**
 * A passage of the narrative that quotes an email.
 *
 * @param eventId       the narrative event whose statement holds it, else the timeline event of its section
 * @param text          the passage as the narrative writes it, without the quote marks
 * @param statementDate the date the narrative gives (it may differ from the email's), or null
 * @param messageId     the quoted email, or null when it is not in the corpus
 */
public record ParsedQuote(String id, String eventId, int position, String text, LocalDate statementDate,
        String messageId, SourceSpan source) {

    public boolean inCorpus() {
        return messageId != null;
    }
}
