package io.github.muskopenai.archive.ingest;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One email, either with a header block of its own or recovered from an "On …, X wrote:" quote.
 *
 * @param id             short content hash (sender, date text, recipients, body), stable across reloads
 * @param threadPosition 0-based position in its thread, in source order
 * @param subject        the subject line of the thread it is listed under; null when known only as quoted
 * @param sentAt         the local date-time the header states, minutes precision, no zone
 * @param sentAtText     the date exactly as written
 * @param timeZone       the zone the source states: always null in this corpus, never guessed
 * @param body           the body lines verbatim, without leading and trailing blank lines
 * @param forwarded      shown under a "Forwarded message" marker
 * @param quotedOnly     known only as a quote inside another message's body
 * @param quotes         ids of messages this one quotes
 * @param quotedIn       ids of messages that quote this one
 */
public record ParsedMessage(
        String id,
        String threadId,
        int threadPosition,
        String subject,
        Participant from,
        List<Participant> to,
        List<Participant> cc,
        LocalDateTime sentAt,
        String sentAtText,
        String timeZone,
        String body,
        boolean forwarded,
        boolean quotedOnly,
        List<String> quotes,
        List<String> quotedIn,
        List<Redaction> redactions,
        List<LinkPlaceholder> linkPlaceholders,
        SourceSpan source) {

    public boolean hasRedactions() {
        return !redactions.isEmpty();
    }
}
