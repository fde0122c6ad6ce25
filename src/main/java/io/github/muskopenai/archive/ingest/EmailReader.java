package io.github.muskopenai.archive.ingest;

import java.util.List;
import java.util.Optional;

import io.github.muskopenai.archive.ingest.EmailDates.EmailDate;

/**
 * Builds threads and messages from email lines: subject lines, header blocks, bodies and the
 * emails quoted inside bodies. {@link ParserRun} decides which lines are email lines.
 */
final class EmailReader {

    /** Longer lines are prose: the subjects of the corpus are a few words. */
    private static final int MAX_SUBJECT_LENGTH = 150;

    private final DocumentLines lines;
    private final IssueLog issues;
    private final People people;
    private final UniqueIds ids;
    private ThreadBuilder thread;
    private MessageBuilder message;

    EmailReader(DocumentLines lines, IssueLog issues, People people, UniqueIds ids) {
        this.lines = lines;
        this.issues = issues;
        this.people = people;
        this.ids = ids;
    }

    boolean hasThread() {
        return thread != null;
    }

    /**
     * Whether {@code line} is the subject of a new thread: a line (plain or heading) that stands
     * apart from what precedes it (a blank line, a {@code ===} line or a heading before it), followed
     * by an optional "3 emails" count, an optional forward marker and a header block. This is the
     * only reliable sign of a new thread; the {@code ===} lines around threads do not pair up. The
     * last line of a body that runs into the next header block is not a subject: a subject is
     * short and is not a sentence ending in a full stop.
     */
    boolean startsThread(Line line, Line previous) {
        if (previous != null && !previous.isBlank() && !EmailHeaders.isFence(previous)
                && !previous.text().startsWith("#")) {
            return false;
        }
        String text = line.text().strip();
        if (text.length() > MAX_SUBJECT_LENGTH || text.endsWith(".")) {
            return false;
        }
        if (line.isBlank() || EmailHeaders.isFence(line) || EmailHeaders.isHeader(line)
                || EmailHeaders.isForwardMarker(line) || EmailHeaders.declaredCount(line) != null
                || EmailHeaders.quoteLine(line.text()).isPresent() || line.text().startsWith("![")) {
            return false;
        }
        int k = 0;
        if (EmailHeaders.declaredCount(lines.peek(k)) != null) {
            k++;
        }
        if (EmailHeaders.isForwardMarker(lines.peek(k))) {
            k++;
        }
        return EmailHeaders.startsBlock(lines.peek(k), lines.peek(k + 1));
    }

    /** Opens a thread at its subject line and takes the count and marker lines that follow it. */
    void openThread(Line subjectLine) {
        String text = subjectLine.text().strip();
        String subject = text.startsWith("#") ? text.replaceFirst("^#+\\s*", "") : text;
        thread = new ThreadBuilder(subject, subjectLine.number());
        Integer count = EmailHeaders.declaredCount(lines.peek(0));
        if (count != null) {
            thread.declaredCount = count;
            thread.declaredLine = lines.next().number();
        }
        if (EmailHeaders.isForwardMarker(lines.peek(0))) {
            lines.next();
            thread.forwarding = true;
        }
    }

    /** Whether a forward marker here introduces a header block. */
    boolean forwardsHere(Line line) {
        return EmailHeaders.isForwardMarker(line) && EmailHeaders.startsBlock(lines.peek(0), lines.peek(1));
    }

    void forwardMarker(Line line) {
        ensureThread(line);
        closeMessage();
        thread.forwarding = true;
    }

    void startMessage(Line line) {
        ensureThread(line);
        closeMessage();
        message = new MessageBuilder(line.number(), false, thread.forwarding, null);
        thread.messages.add(message);
        header(line);
    }

    /** Applies a header line to the message being read; false when the line is not part of its block. */
    boolean header(Line line) {
        String[] header = EmailHeaders.header(line.text());
        if (header == null) {
            return false;
        }
        String value = header[1];
        switch (header[0]) {
            case "from" -> {
                if (message.from != null) {
                    return false;
                }
                message.from = sender(value, line);
            }
            case "date", "sent" -> {
                if (message.sentAtText != null) {
                    return false;
                }
                date(message, value.strip(), line);
            }
            case "to" -> recipients(value, line, "To:", message.to);
            case "cc" -> recipients(value, line, "Cc:", message.cc);
            default -> issues.info(line.number(), "header \"" + line.text() + "\" is not kept");
        }
        message.headerLastLine = line.number();
        return true;
    }

    void endHeaders() {
        if (message.from == null) {
            issues.error(message.firstLine, "email header block has no From: line");
        }
        if (message.sentAtText == null) {
            issues.error(message.firstLine, "email header block has no Date: line");
        }
    }

    /** A body line; "On …, X wrote:" starts the quoted email. */
    void body(Line line) {
        Optional<EmailHeaders.QuoteLine> quote = EmailHeaders.quoteLine(line.text());
        if (quote.isEmpty()) {
            message.bodyLine(line);
            return;
        }
        MessageBuilder quoted = new MessageBuilder(line.number(), true, message.forwarded, message);
        quoted.from = people.correspondent(quote.get().name(), line.number());
        date(quoted, quote.get().dateText(), line);
        thread.messages.add(quoted);
        message = quoted;
    }

    /** Ends the thread; returns it, or null when there was none. */
    ParsedThread closeThread() {
        closeMessage();
        if (thread == null) {
            return null;
        }
        ThreadBuilder closed = thread;
        thread = null;
        if (closed.messages.isEmpty()) {
            issues.warning(closed.firstLine, "subject line \"" + closed.subject + "\" has no emails after it");
            return null;
        }
        return closed.build(issues, ids);
    }

    void closeMessage() {
        for (MessageBuilder m = message; m != null; m = m.quotedBy) {
            boolean quotesOthers = m != message;
            if (!m.hasBody() && !quotesOthers) {
                issues.error(m.firstLine, "email has a header but no body (truncated?)");
            }
            String signature = BodyMarkers.signature(m.body());
            if (signature != null && m.from != null && !m.from.isRedacted()) {
                people.alias(m.from.personId(), signature);
            }
        }
        message = null;
    }

    private void ensureThread(Line line) {
        if (thread == null) {
            issues.warning(line.number(), "emails without a subject line before them");
            thread = new ThreadBuilder(null, line.number());
        }
    }

    private Participant sender(String value, Line line) {
        List<AddressLists.Entry> entries = AddressLists.parse(value);
        if (entries.isEmpty()) {
            issues.error(line.number(), "From: line names no sender");
            return Participant.redacted(value.strip());
        }
        AddressLists.Entry entry = entries.get(0);
        return entry.isRedacted() ? Participant.redacted(entry.text())
                : people.correspondent(entry.name(), line.number());
    }

    private void recipients(String value, Line line, String prefix, List<Participant> into) {
        int valueColumn = line.text().length() - value.length() + 1;
        for (AddressLists.Entry entry : AddressLists.parse(value)) {
            if (entry.isRedacted()) {
                into.add(Participant.redacted(entry.text()));
                message.recipientRedactions.add(new Redaction(Redaction.Kind.RECIPIENT, line.number(),
                        valueColumn + entry.offset(), entry.text().length(), null));
            } else {
                into.add(people.correspondent(entry.name(), line.number()));
            }
        }
    }

    private void date(MessageBuilder target, String text, Line line) {
        target.sentAtText = text;
        Optional<EmailDate> date = EmailDates.parse(text);
        if (date.isEmpty()) {
            issues.error(line.number(), "cannot read the date \"" + text + "\"");
            return;
        }
        target.date = date.get();
        if (!date.get().weekdayAgrees()) {
            issues.warning(line.number(), "\"" + text + "\" names a weekday that " + date.get().dateTime().toLocalDate()
                    + " is not");
        }
    }
}
