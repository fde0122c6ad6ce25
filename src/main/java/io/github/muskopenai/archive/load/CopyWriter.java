package io.github.muskopenai.archive.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.muskopenai.archive.ingest.CorpusSink;
import io.github.muskopenai.archive.ingest.LinkPlaceholder;
import io.github.muskopenai.archive.ingest.ParseIssue;
import io.github.muskopenai.archive.ingest.ParseResult;
import io.github.muskopenai.archive.ingest.ParsedEvent;
import io.github.muskopenai.archive.ingest.ParsedImage;
import io.github.muskopenai.archive.ingest.ParsedMessage;
import io.github.muskopenai.archive.ingest.ParsedQuote;
import io.github.muskopenai.archive.ingest.ParsedThread;
import io.github.muskopenai.archive.ingest.Participant;
import io.github.muskopenai.archive.ingest.Redaction;

/**
 * Receives the parser's records and writes them as COPY rows, flushing when the buffers are
 * full, so memory stays flat however large the corpus is. Records already written by an earlier
 * document (the same email in two documents) get a provenance row instead of a second copy.
 * Once a document reports an error, nothing more of it is written: the load will be rolled back.
 */
final class CopyWriter implements CorpusSink {

    /** Buffered characters across all tables before they are sent to PostgreSQL. */
    private static final int FLUSH_CHARS = 8 << 20;

    private final CopyPipeline pipeline;
    private final CopyTables t = new CopyTables();
    private final LongSet messageIds = new LongSet();
    private final Map<String, Integer> threadSizes = new HashMap<>();
    private final Set<String> eventIds = new HashSet<>();
    private final Set<String> imageIds = new HashSet<>();
    private final Set<String> quoteIds = new HashSet<>();
    /**
     * The messages each event is linked to, over the whole load: an event restated by two documents
     * gets the links of both, and a quote adds no link its section already has.
     */
    private final Map<String, LongSet> eventMessages = new HashMap<>();
    private final LoadProgress progress;
    private final DocumentText text = new DocumentText();
    private String document;
    private boolean refused;
    private Map<String, Integer> counts;
    private ParseResult result;

    CopyWriter(CopyPipeline pipeline, LoadProgress progress) {
        this.pipeline = pipeline;
        this.progress = progress;
    }

    CopyTables tables() {
        return t;
    }

    void startDocument(String name) {
        document = name;
        text.clear();
        refused = false;
        result = null;
        counts = new LinkedHashMap<>();
        for (String kind : List.of("threads", "messages", "duplicateMessages", "events", "images", "quotes")) {
            counts.put(kind, 0);
        }
    }

    Map<String, Integer> counts() {
        return counts;
    }

    ParseResult result() {
        return result;
    }

    @Override
    public void line(int number, String line) {
        text.line(number, line);
    }

    /** The document's text row; written last, after its lines are all known. */
    void documentText() {
        t.documentText.row(document, text.content());
    }

    @Override
    public void issue(ParseIssue issue) {
        refused |= issue.isError();
    }

    @Override
    public void end(ParseResult end) {
        result = end;
    }

    @Override
    public void thread(ParsedThread thread) {
        if (refused) {
            return;
        }
        List<ParsedMessage> fresh = new ArrayList<>();
        for (ParsedMessage m : thread.messages()) {
            t.messageSource.row(m.id(), document, m.source().firstLine(), m.source().lastLine());
            if (messageIds.add(Long.parseUnsignedLong(m.id(), 16))) {
                fresh.add(m);
            } else {
                count("duplicateMessages");
            }
        }
        // A thread whose emails are all known already (from another document) adds nothing, not an empty thread.
        if (!fresh.isEmpty() && !threadSizes.containsKey(thread.id())) {
            threadSizes.put(thread.id(), 0);
            t.thread.row(thread.id(), thread.subject(), thread.declaredCount(), threadSizes.size(), document,
                    thread.source().firstLine(), thread.source().lastLine());
            count("threads");
        }
        for (ParsedMessage message : fresh) {
            message(thread.id(), message);
        }
        progress.messages(thread.messages().size());
        flushIfFull();
    }

    private void message(String threadId, ParsedMessage m) {
        count("messages");
        int position = threadSizes.merge(threadId, 1, Integer::sum) - 1;
        Participant from = m.from();
        t.message.row(m.id(), threadId, position, from.personId(), from.redactedText(), m.subject(), m.sentAt(),
                m.sentAtText(), m.timeZone(), m.body(), m.forwarded(), m.quotedOnly(), m.hasRedactions(), document,
                m.source().firstLine(), m.source().lastLine(), text.start(m.source().firstLine()),
                text.length(m.source().firstLine(), m.source().lastLine()));
        recipients(m.id(), "to", m.to());
        recipients(m.id(), "cc", m.cc());
        for (String quoted : m.quotes()) {
            t.messageQuote.row(m.id(), quoted);
        }
        List<Redaction> redactions = m.redactions();
        for (int i = 0; i < redactions.size(); i++) {
            Redaction r = redactions.get(i);
            t.redaction.row(m.id(), i, r.kind().wireName(), r.line(), r.column(), r.length(), r.bodyOffset());
        }
        List<LinkPlaceholder> links = m.linkPlaceholders();
        for (int i = 0; i < links.size(); i++) {
            LinkPlaceholder l = links.get(i);
            t.linkPlaceholder.row(m.id(), i, l.text(), l.line(), l.column(), l.bodyOffset());
        }
    }

    private void recipients(String messageId, String kind, List<Participant> participants) {
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            t.recipient.row(messageId, kind, i, p.personId(), p.redactedText());
        }
    }

    @Override
    public void event(ParsedEvent e) {
        if (refused) {
            return;
        }
        for (String messageId : e.sectionMessageIds()) {
            link(e.id(), messageId, "section");
        }
        if (!eventIds.add(e.id())) {
            return; // restated by an earlier document: its row stands, this document adds its links
        }
        count("events");
        var section = e.section();
        t.event.row(e.id(), e.kind().wireName(), e.position(), e.dateText(), e.interval().start(), e.interval().end(),
                e.interval().precision().wireName(), e.title(), e.titleRaw(), section == null ? null : section.heading(),
                section == null ? null : section.span().firstLine(), section == null ? null : section.span().lastLine(),
                e.text(), e.parentId(), document, e.source().firstLine(), e.source().lastLine());
    }

    private void link(String eventId, String messageId, String relation) {
        LongSet linked = eventMessages.computeIfAbsent(eventId, id -> new LongSet());
        if (linked.add(Long.parseUnsignedLong(messageId, 16))) {
            t.eventMessage.row(eventId, messageId, relation, linked.size());
        }
    }

    @Override
    public void image(ParsedImage image) {
        if (refused || !imageIds.add(image.id())) {
            return;
        }
        count("images");
        t.image.row(image.id(), image.eventId(), image.position(), image.alt(), image.path(), document,
                image.source().firstLine(), image.source().lastLine());
    }

    @Override
    public void quote(ParsedQuote q) {
        if (refused || !quoteIds.add(q.id())) {
            return; // the same quote of the same event, read from an earlier document
        }
        count("quotes");
        t.quote.row(q.id(), q.eventId(), q.position(), q.text(), q.statementDate(), q.messageId(),
                q.inCorpus() ? "matched" : "not-in-corpus", document, q.source().firstLine(), q.source().lastLine());
        if (q.inCorpus() && q.eventId() != null) {
            link(q.eventId(), q.messageId(), "quote");
        }
    }

    private void count(String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private void flushIfFull() {
        if (t.bufferedChars() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Hands the buffered rows to the pipeline (without waiting for them to be stored). */
    void flush() {
        pipeline.send(t.take());
    }

    /** Sends what is buffered and waits until every row is stored. */
    void finish() {
        flush();
        pipeline.await();
    }
}
