package io.github.muskopenai.archive.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over one document. Each line is classified with a few lines of lookahead: a line
 * restating a timeline item opens a section; a subject line followed by a header block opens a
 * thread; inside an email everything else is body until the next header block, quote line,
 * {@code ===} line, section or thread. Records go to the sink as soon as they are complete.
 */
final class ParserRun {

    private enum State { PREAMBLE, TIMELINE, NARRATIVE, HEADERS, BODY, AWAIT_HEADER }

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)\\s*");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*)");

    private final String name;
    private final CorpusSink sink;
    private final IssueLog issues;
    private final DocumentLines lines;
    private final People people = new People();
    private final Timeline timeline = new Timeline();
    private final UniqueIds ids = new UniqueIds();
    /** Thread ids apart from event ids: they are different URL spaces. */
    private final UniqueIds threadIds = new UniqueIds();
    private final Preamble preamble = new Preamble();
    private final EmailReader email;
    private final NarrativeReader narrative;
    private SectionBuilder section = new SectionBuilder(null, null, 1);
    private State state = State.PREAMBLE;
    private int threadCount;
    private int messageCount;
    private Line lastNonBlank;
    /** The line before the current one: a thread's subject stands apart from what precedes it. */
    private Line previous;

    ParserRun(String name, InputStream in, CorpusSink sink) {
        this.name = name;
        this.sink = sink;
        this.issues = new IssueLog(name, sink);
        this.lines = new DocumentLines(in, issues, sink);
        this.email = new EmailReader(lines, issues, people, threadIds);
        this.narrative = new NarrativeReader(sink, people, ids, timeline);
    }

    ParseResult run() {
        int current = 0;
        try {
            for (Line line = lines.next(); line != null; line = lines.next()) {
                current = line.number();
                step(line);
            }
        } catch (RuntimeException e) {
            // A parser bug must not take the caller down: the document is refused with the line it hit.
            issues.error(current, "the parser failed on this line (" + e.getClass().getSimpleName() + "); please report it");
            drain();
        }
        return finish();
    }

    /** Reads the rest of the document so its sha256 and line count are still right. */
    private void drain() {
        while (lines.next() != null) {
            // the lines are counted and hashed as they are read
        }
    }

    private void step(Line line) {
        stepLine(line);
        previous = line;
        if (!line.isBlank()) {
            lastNonBlank = line;
        }
    }

    private void stepLine(Line line) {
        switch (state) {
            case PREAMBLE -> {
                if (preamble.accept(line, lines.peek(0), issues)) {
                    return;
                }
                state = State.NARRATIVE;
            }
            case TIMELINE -> {
                if (timelineLine(line)) {
                    return;
                }
                state = State.NARRATIVE;
            }
            case HEADERS -> {
                if (email.header(line)) {
                    return;
                }
                email.endHeaders();
                state = State.BODY;
            }
            default -> {
            }
        }
        dispatch(line);
    }

    private void dispatch(Line line) {
        Optional<Timeline.Item> restated = timeline.restatement(line);
        if (restated.isPresent()) {
            closeThread();
            narrative.read(section);
            section = new SectionBuilder(restated.get(), line.text(), line.number());
            state = State.NARRATIVE;
        } else if (email.startsThread(line, previous)) {
            closeThread();
            section.endParagraph();
            email.openThread(line);
            state = State.AWAIT_HEADER;
        } else if (email.forwardsHere(line)) {
            email.forwardMarker(line);
            state = State.AWAIT_HEADER;
        } else if (EmailHeaders.startsBlock(line, lines.peek(0))) {
            email.startMessage(line);
            state = State.HEADERS;
        } else if (state == State.BODY) {
            bodyLine(line);
        } else if (state == State.AWAIT_HEADER && !line.isBlank()) {
            issues.warning(line.number(), "expected an email header block here");
            closeThread();
            narrativeLine(line);
        } else if (state != State.AWAIT_HEADER) {
            narrativeLine(line);
        }
    }

    private void bodyLine(Line line) {
        if (!EmailHeaders.isFence(line)) {
            email.body(line);
            return;
        }
        // A === line ends the email, but the thread goes on when the next thing is another header block.
        email.closeMessage();
        int k = 0;
        while (lines.peek(k) != null && lines.peek(k).isBlank()) {
            k++;
        }
        if (EmailHeaders.startsBlock(lines.peek(k), lines.peek(k + 1))) {
            state = State.AWAIT_HEADER;
        } else {
            closeThread();
        }
    }

    private void narrativeLine(Line line) {
        state = State.NARRATIVE;
        if (line.isBlank() || EmailHeaders.isFence(line)) {
            section.endParagraph();
            return;
        }
        Matcher image = IMAGE.matcher(line.text());
        if (image.matches()) {
            section.image(line, image.group(1), image.group(2));
            return;
        }
        Matcher heading = HEADING.matcher(line.text());
        if (heading.matches() && timeline.items().isEmpty() && heading.group(1).toLowerCase().contains("timeline")) {
            section.endParagraph();
            state = State.TIMELINE;
            return;
        }
        section.text(line);
        if (heading.matches()) {
            section.endParagraph();
        }
    }

    /** A header line at the very end of the document: the rest of the email was cut off. */
    private void reportTruncatedHeader() {
        if (lastNonBlank != null && state != State.HEADERS && EmailHeaders.isHeader(lastNonBlank)
                && lastNonBlank.text().regionMatches(true, 0, "From:", 0, 5)) {
            issues.error(lastNonBlank.number(), "the document ends with an email header (truncated?)");
        }
    }

    private boolean timelineLine(Line line) {
        if (line.isBlank() && timeline.items().isEmpty()) {
            return true;
        }
        return timeline.acceptItem(line, ids, issues);
    }

    private void closeThread() {
        ParsedThread thread = email.closeThread();
        if (thread != null) {
            sink.thread(thread);
            section.thread(thread);
            threadCount++;
            messageCount += thread.messages().size();
        }
        if (state != State.PREAMBLE && state != State.TIMELINE) {
            state = State.NARRATIVE;
        }
    }

    private ParseResult finish() {
        if (state == State.HEADERS) {
            email.endHeaders();
        }
        reportTruncatedHeader();
        closeThread();
        narrative.read(section);
        for (Timeline.Item item : timeline.unrestated()) {
            issues.warning(item.line(), "timeline item \"" + item.dateText() + "\" is not restated by any section");
            narrative.emitTimelineEvent(item, null, null, List.of());
        }
        if (lines.lineCount() == 0) {
            issues.error(0, "the document is empty");
        } else if (threadCount == 0 && timeline.items().isEmpty()) {
            issues.warning(0, "the document has neither a timeline nor emails");
        } else if (timeline.items().isEmpty()) {
            issues.warning(0, "no \"## Timeline\" list found: the document has no timeline events");
        }
        ParsedDocument document = new ParsedDocument(name, lines.sha256(), lines.lineCount(), preamble.title,
                preamble.date, preamble.sourceTitle, preamble.sourceUrl, preamble.previousPost);
        ParseResult result = new ParseResult(document, people.build(), issues.issues(), threadCount, messageCount,
                narrative.eventCount, narrative.imageCount, narrative.quoteCount);
        sink.end(result);
        return result;
    }
}
