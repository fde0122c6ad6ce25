package io.github.muskopenai.archive.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a closed section into records: its timeline event, the dated statements of its narrative
 * ("On August 11, 2017, our AI beat …") as events of their own, its images, the people the
 * narrative introduces, and the passages that quote an email of the section.
 */
final class NarrativeReader {

    private static final Pattern STATEMENT_DATE = Pattern.compile(
            "\\b[Oo]n ((?:" + DateTexts.MONTH_NAMES + ")\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4})\\b");
    private static final Pattern QUOTE = Pattern.compile("“([^“”]+)”");
    /** "Jared Birchall, his wealth manager," introduces an actor with a description. */
    private static final Pattern ACTOR = Pattern.compile(
            "\\b([A-Z][a-z]+(?: [A-Z][a-z]+)+), ((?:his|her|their|our|its|the|a|an|who) [^,.;]+)");

    /** A dated statement found in a paragraph. */
    private record Statement(int dateStart, LocalDate date, String eventId) {
    }

    private final CorpusSink sink;
    private final People people;
    private final UniqueIds ids;
    private final Timeline timeline;
    private int narrativeCount;
    private final UniqueIds imageIds = new UniqueIds();
    private int nextImagePosition = 1;

    NarrativeReader(CorpusSink sink, People people, UniqueIds ids, Timeline timeline) {
        this.sink = sink;
        this.people = people;
        this.ids = ids;
        this.timeline = timeline;
    }

    int eventCount;
    int imageCount;
    int quoteCount;
    /** The section's message bodies, normalised for quote matching as quotes need them. */
    private String[] searchableBodies;

    void read(SectionBuilder section) {
        Timeline.Item item = section.item;
        String sectionEventId = item == null ? null : item.eventId();
        if (item != null) {
            emitTimelineEvent(item, new ParsedSection(section.heading,
                    new SourceSpan(section.headingLine, section.lastLine())), section.text(),
                    section.messages().stream().map(ParsedMessage::id).toList());
        }
        List<ParsedQuote> quotes = new ArrayList<>();
        searchableBodies = null;
        for (Paragraph paragraph : section.paragraphs()) {
            mentions(paragraph);
            List<Statement> statements = statements(paragraph, sectionEventId);
            quotes(paragraph, statements, sectionEventId, section.messages(), quotes);
        }
        for (SectionBuilder.ImageLine image : section.images()) {
            String base = image.path().replaceAll(".*/", "").replaceAll("\\.[^.]*$", "");
            String id = imageIds.unique(Ids.slug(base) + "-" + Ids.hash(6, image.path(), image.alt()));
            sink.image(new ParsedImage(id, image.alt(), image.path(), sectionEventId, nextImagePosition++,
                    SourceSpan.of(image.line().number())));
            imageCount++;
        }
        quotes.forEach(sink::quote);
        quoteCount += quotes.size();
    }

    /** A timeline item that no section restates: an event with no section. */
    void emitTimelineEvent(Timeline.Item item, ParsedSection section, String text, List<String> messageIds) {
        sink.event(new ParsedEvent(item.eventId(), EventKind.TIMELINE, item.index() + 1, item.dateText(),
                item.interval(), item.title(), item.titleRaw(), section, text, null, messageIds,
                SourceSpan.of(item.line())));
        eventCount++;
    }

    private List<Statement> statements(Paragraph paragraph, String parentId) {
        List<Statement> statements = new ArrayList<>();
        Matcher m = STATEMENT_DATE.matcher(paragraph.text());
        while (m.find()) {
            Optional<DateInterval> date = DateTexts.parse(m.group(1));
            if (date.isEmpty()) {
                continue;
            }
            int[] sentence = Sentences.around(paragraph.text(), m.start());
            // An abbreviation inside the date ("Sept. 15") must not end the sentence before the date does.
            while (sentence[1] < m.end()) {
                sentence[1] = Sentences.around(paragraph.text(), sentence[1])[1];
            }
            String title = paragraph.text().substring(sentence[0], sentence[1]);
            String rest = title.substring(0, m.start() - sentence[0]) + title.substring(m.end() - sentence[0]);
            String id = ids.unique(date.get().start() + "-" + Ids.slugOfWords(rest, 5));
            // Timeline events come first in the page, so narrative events rank after all of them.
            int position = timeline.items().size() + ++narrativeCount;
            sink.event(new ParsedEvent(id, EventKind.NARRATIVE, position, m.group(1), date.get(), title,
                    null, null, paragraph.text(), parentId, List.of(), paragraph.span(sentence[0], sentence[1])));
            eventCount++;
            statements.add(new Statement(m.start(), date.get().start(), id));
        }
        return statements;
    }

    private void quotes(Paragraph paragraph, List<Statement> statements, String sectionEventId,
            List<ParsedMessage> messages, List<ParsedQuote> quotes) {
        Matcher m = QUOTE.matcher(paragraph.text());
        if (!m.find()) {
            return;
        }
        m.reset();
        if (searchableBodies == null) {
            searchableBodies = new String[messages.size()];
        }
        while (m.find()) {
            List<String> fragments = QuoteMatcher.fragments(m.group(1));
            String messageId = null;
            for (int i = 0; i < messages.size() && messageId == null; i++) {
                if (searchableBodies[i] == null) {
                    searchableBodies[i] = QuoteMatcher.searchable(messages.get(i).body());
                }
                if (QuoteMatcher.occursIn(fragments, searchableBodies[i])) {
                    messageId = messages.get(i).id();
                }
            }
            if (messageId == null && !QuoteMatcher.introducedAsSpeech(paragraph.text(), m.start())) {
                continue; // a name in quotes, such as a company's official name
            }
            Statement statement = owner(statements, m.start());
            String eventId = statement == null ? sectionEventId : statement.eventId();
            long position = quotes.stream().filter(q -> Objects.equals(q.eventId(), eventId)).count() + 1;
            String id = (eventId == null ? "page" : eventId) + "-quote-" + position;
            quotes.add(new ParsedQuote(id, eventId, (int) position, m.group(1),
                    statement == null ? null : statement.date(), messageId, paragraph.span(m.start(), m.end())));
        }
    }

    /** The statement a quote belongs to: the last one before it in the paragraph, else the first after. */
    private static Statement owner(List<Statement> statements, int quoteStart) {
        Statement owner = null;
        for (Statement statement : statements) {
            if (statement.dateStart() <= quoteStart || owner == null) {
                owner = statement;
            }
        }
        return owner;
    }

    private void mentions(Paragraph paragraph) {
        Matcher m = ACTOR.matcher(paragraph.text());
        while (m.find()) {
            people.mention(m.group(1), m.group(2).strip(), paragraph.lineAt(m.start()));
        }
    }
}
