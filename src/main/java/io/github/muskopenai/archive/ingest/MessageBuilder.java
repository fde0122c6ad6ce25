package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.List;

import io.github.muskopenai.archive.ingest.EmailDates.EmailDate;

/** Collects one email while its lines are read: header values, then body lines. */
final class MessageBuilder {

    final int firstLine;
    final boolean quotedOnly;
    final boolean forwarded;
    /** The message whose body quotes this one, or null. */
    final MessageBuilder quotedBy;

    Participant from;
    String sentAtText;
    EmailDate date;
    final List<Participant> to = new ArrayList<>();
    final List<Participant> cc = new ArrayList<>();
    final List<Redaction> recipientRedactions = new ArrayList<>();
    int headerLastLine;
    private final List<Line> lines = new ArrayList<>();
    private String id;
    private String bodyText;

    MessageBuilder(int firstLine, boolean quotedOnly, boolean forwarded, MessageBuilder quotedBy) {
        this.firstLine = firstLine;
        this.quotedOnly = quotedOnly;
        this.forwarded = forwarded;
        this.quotedBy = quotedBy;
        this.headerLastLine = firstLine;
    }

    void bodyLine(Line line) {
        bodyText = null;
        lines.add(line);
    }

    /** The body lines without leading and trailing blank lines. */
    List<Line> body() {
        int start = 0;
        int end = lines.size();
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(start, end);
    }

    boolean hasBody() {
        return !body().isEmpty();
    }

    String bodyText() {
        if (bodyText != null) {
            return bodyText;
        }
        List<Line> body = body();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(body.get(i).text());
        }
        bodyText = text.toString();
        return bodyText;
    }

    int lastLine() {
        List<Line> body = body();
        return body.isEmpty() ? headerLastLine : body.get(body.size() - 1).number();
    }

    /** Content hash: the same email read twice (in one document or two) gets the same id. */
    String id() {
        if (id == null) {
            id = Ids.messageId(key(from), sentAtText, keys(to), keys(cc), bodyText());
        }
        return id;
    }

    ParsedMessage build(String threadId, int position, String subject, List<String> quotes, List<String> quotedIn) {
        List<Line> body = body();
        List<Redaction> redactions = new ArrayList<>(recipientRedactions);
        redactions.addAll(BodyMarkers.redactions(body));
        return new ParsedMessage(id(), threadId, position, quotedOnly ? null : subject, from, List.copyOf(to),
                List.copyOf(cc), date == null ? null : date.dateTime(), sentAtText,
                date == null ? null : date.timeZone(), bodyText(), forwarded, quotedOnly, quotes, quotedIn,
                List.copyOf(redactions), BodyMarkers.links(body), new SourceSpan(firstLine, lastLine()));
    }

    private static String key(Participant participant) {
        if (participant == null) {
            return "";
        }
        return participant.isRedacted() ? participant.redactedText() : participant.name();
    }

    private static String keys(List<Participant> participants) {
        StringBuilder keys = new StringBuilder();
        for (Participant participant : participants) {
            keys.append(key(participant)).append('\u001f');
        }
        return keys.toString();
    }
}
