package io.github.muskopenai.archive.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.github.muskopenai.archive.api.ApiViews.Event;
import io.github.muskopenai.archive.api.ApiViews.Image;
import io.github.muskopenai.archive.api.ApiViews.MailThread;
import io.github.muskopenai.archive.api.ApiViews.Message;
import io.github.muskopenai.archive.api.ApiViews.Person;
import io.github.muskopenai.archive.api.ApiViews.PersonRef;
import io.github.muskopenai.archive.api.ApiViews.Quote;
import io.github.muskopenai.archive.api.ExpectedExtraction.EmailThread;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Walks every list of the API and compares each record, field by field, with the hand-checked
 * extraction of the document. Messages are matched by their thread's subject and their position
 * in the thread (source order); events by their source line.
 */
@QuarkusTest
class ExtractionMatchesExpectedTest {

    private static final ExpectedExtraction EXPECTED = ExpectedExtraction.load();
    private static final String DOCUMENT = ExpectedExtraction.DOCUMENT_NAME;

    @Test
    void servesEveryMessageAsTheDocumentStatesIt() {
        Map<String, List<Message>> bySubject = messagesBySubject();
        assertThat(bySubject.keySet()).containsExactlyInAnyOrderElementsOf(
                EXPECTED.threads().stream().map(EmailThread::subject).toList());
        SoftAssertions softly = new SoftAssertions();
        for (EmailThread thread : EXPECTED.threads()) {
            List<Message> actual = bySubject.get(thread.subject());
            softly.assertThat(actual).as(thread.subject()).hasSameSizeAs(thread.messages());
            for (ExpectedExtraction.Message expected : thread.messages()) {
                if (expected.index() < actual.size()) {
                    compare(softly, thread, expected, actual);
                }
            }
        }
        softly.assertAll();
    }

    private static void compare(SoftAssertions softly, EmailThread thread, ExpectedExtraction.Message expected,
            List<Message> inThread) {
        Message actual = inThread.get(expected.index());
        String where = thread.subject() + " #" + expected.index() + " ";
        softly.assertThat(actual.from().label()).as(where + "from").isEqualTo(expected.from());
        softly.assertThat(labels(actual.to())).as(where + "to").containsExactlyElementsOf(expected.to());
        softly.assertThat(labels(actual.cc())).as(where + "cc").containsExactlyElementsOf(expected.cc());
        softly.assertThat(actual.sentAt()).as(where + "sentAt").isEqualTo(expected.sentAt());
        softly.assertThat(actual.sentAtText()).as(where + "sentAtText").isEqualTo(expected.sentAtText());
        softly.assertThat(actual.timeZone()).as(where + "timeZone").isNull();
        softly.assertThat(actual.quotedOnly()).as(where + "quotedOnly").isEqualTo(expected.quotedOnly());
        softly.assertThat(actual.forwarded()).as(where + "forwarded").isEqualTo(expected.forwarded());
        softly.assertThat(actual.source()).as(where + "source")
                .isEqualTo(new ApiViews.Source(DOCUMENT, expected.firstLine(), expected.lastLine()));
        softly.assertThat(actual.sources()).as(where + "sources").containsExactly(actual.source());
        softly.assertThat(actual.body()).as(where + "body").startsWith(expected.bodyStartsWith())
                .endsWith(expected.bodyEndsWith());
        softly.assertThat(actual.redactions("block")).as(where + "blocks").isEqualTo(expected.redactionBlocks());
        softly.assertThat(actual.redactions("placeholder")).as(where + "placeholders")
                .isEqualTo(expected.redactedPlaceholders());
        softly.assertThat(actual.linkPlaceholders()).as(where + "link placeholders")
                .extracting(ApiViews.LinkPlaceholder::text).containsExactlyElementsOf(expected.linkPlaceholders());
        List<String> quotes = expected.quotesIndex() == null ? List.of() : List.of(inThread.get(expected.quotesIndex()).id());
        List<String> quotedIn = thread.messages().stream()
                .filter(m -> m.quotesIndex() != null && m.quotesIndex() == expected.index())
                .map(m -> inThread.get(m.index()).id()).toList();
        softly.assertThat(actual.quotes()).as(where + "quotes").containsExactlyElementsOf(quotes);
        softly.assertThat(actual.quotedIn()).as(where + "quotedIn").containsExactlyElementsOf(quotedIn);
    }

    @Test
    void placesEveryRedactionAndLinkPlaceholderWhereTheDocumentHasIt() {
        List<String> lines = ExpectedExtraction.documentLines();
        SoftAssertions softly = new SoftAssertions();
        for (Message message : Pages.all("/api/messages", Message.class)) {
            for (ApiViews.Redaction r : message.redactions()) {
                String inDocument = lines.get(r.line() - 1).substring(r.column() - 1, r.column() - 1 + r.length());
                switch (r.kind()) {
                    case "block" -> softly.assertThat(inDocument).as("block %s", r).matches("█+");
                    case "placeholder", "recipient" -> softly.assertThat(inDocument).as("%s", r).contains("redacted");
                    default -> softly.fail("unknown redaction kind " + r);
                }
                if (r.bodyOffset() != null) {
                    softly.assertThat(message.body().substring(r.bodyOffset(), r.bodyOffset() + r.length()))
                            .as("body at %s", r).isEqualTo(inDocument);
                }
            }
            for (ApiViews.LinkPlaceholder link : message.linkPlaceholders()) {
                int start = link.column() - 1;
                softly.assertThat(lines.get(link.line() - 1).substring(start, start + link.text().length()))
                        .as("document at %s", link).isEqualTo(link.text());
                softly.assertThat(message.body().substring(link.bodyOffset(), link.bodyOffset() + link.text().length()))
                        .as("body at %s", link).isEqualTo(link.text());
            }
        }
        softly.assertAll();
    }

    @Test
    void servesEveryThreadWithItsDeclaredAndFoundCounts() {
        List<MailThread> threads = Pages.all("/api/threads", MailThread.class);
        assertThat(threads).extracting(MailThread::subject)
                .containsExactlyElementsOf(EXPECTED.threads().stream().map(EmailThread::subject).toList());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < threads.size(); i++) {
            MailThread actual = threads.get(i);
            EmailThread expected = EXPECTED.threads().get(i);
            softly.assertThat(actual.declaredCount()).as(expected.subject() + " declaredCount")
                    .isEqualTo(expected.declaredCount());
            softly.assertThat(actual.messageCount()).as(expected.subject() + " messageCount")
                    .isEqualTo(expected.messages().size());
            softly.assertThat(actual.source()).as(expected.subject() + " source")
                    .isEqualTo(new ApiViews.Source(DOCUMENT, expected.firstLine(), expected.lastLine()));
        }
        softly.assertAll();
    }

    @Test
    void servesEveryPersonWithRoleAliasesAndFirstLine() {
        Map<String, Person> people = Pages.all("/api/people", Person.class).stream()
                .collect(Collectors.toMap(Person::id, p -> p));
        assertThat(people.keySet()).containsExactlyInAnyOrderElementsOf(
                EXPECTED.people().stream().map(ExpectedExtraction.Person::id).toList());
        SoftAssertions softly = new SoftAssertions();
        for (ExpectedExtraction.Person expected : EXPECTED.people()) {
            Person actual = people.get(expected.id());
            softly.assertThat(actual.name()).as(expected.id() + " name").isEqualTo(expected.name());
            softly.assertThat(actual.role()).as(expected.id() + " role").isEqualTo(expected.role());
            softly.assertThat(actual.aliases()).as(expected.id() + " aliases")
                    .containsExactlyInAnyOrderElementsOf(expected.aliases());
            softly.assertThat(actual.source().firstLine()).as(expected.id() + " line").isEqualTo(expected.firstLine());
            softly.assertThat(actual.source().document()).as(expected.id() + " document").isEqualTo(DOCUMENT);
        }
        softly.assertAll();
    }

    @Test
    void servesEveryEventWithItsDatesSectionParentAndMessages() {
        List<Event> events = Pages.all("/api/events", Event.class, "sort", "position");
        Map<Integer, Event> byLine = events.stream().collect(Collectors.toMap(e -> e.source().firstLine(), e -> e));
        Map<String, Event> byId = events.stream().collect(Collectors.toMap(Event::id, e -> e));
        Map<String, String> subjectOfMessage = subjectOfMessage();
        assertThat(byLine.keySet()).containsExactlyInAnyOrderElementsOf(
                EXPECTED.events().stream().map(ExpectedExtraction.Event::line).toList());
        SoftAssertions softly = new SoftAssertions();
        for (ExpectedExtraction.Event expected : EXPECTED.events()) {
            Event actual = byLine.get(expected.line());
            String where = "event at line " + expected.line() + " ";
            softly.assertThat(Arrays.asList(actual.kind(), actual.dateText(), actual.start(), actual.end(), actual.precision()))
                    .as(where + "kind, dateText, start, end, precision").containsExactly(expected.kind(),
                            expected.dateText(), expected.start(), expected.end(), expected.precision());
            softly.assertThat(actual.title()).as(where + "title").isEqualTo(expected.title());
            softly.assertThat(actual.titleRaw()).as(where + "titleRaw").isEqualTo(expected.titleRaw());
            softly.assertThat(actual.section() == null ? null : actual.section().heading()).as(where + "section heading")
                    .isEqualTo(expected.sectionHeading());
            softly.assertThat(actual.section() == null ? null : actual.section().firstLine()).as(where + "section line")
                    .isEqualTo(expected.sectionLine());
            softly.assertThat(actual.parentId() == null ? null : byId.get(actual.parentId()).title()).as(where + "parent")
                    .isEqualTo(expected.parentTitle());
            if (expected.kind().equals("timeline")) {
                softly.assertThat(actual.messageIds().stream().map(subjectOfMessage::get).distinct().toList())
                        .as(where + "section threads").containsExactlyElementsOf(expected.threadSubjects());
            }
        }
        softly.assertAll();
    }

    @Test
    void servesEveryNarrativeQuoteWithItsEventAndMessage() {
        Map<String, List<Message>> bySubject = messagesBySubject();
        Map<Quote, Event> owner = new LinkedHashMap<>();
        for (Event event : Pages.all("/api/events", Event.class)) {
            given().get("/api/events/{id}", event.id()).then().statusCode(200).extract().jsonPath()
                    .getList("quotes", Quote.class).forEach(q -> owner.put(q, event));
        }
        assertThat(owner).hasSameSizeAs(EXPECTED.quotes());
        SoftAssertions softly = new SoftAssertions();
        for (ExpectedExtraction.Quote expected : EXPECTED.quotes()) {
            List<Quote> found = owner.keySet().stream().filter(q -> q.source().firstLine() == expected.line()
                    && q.text().startsWith(expected.textStartsWith())).toList();
            softly.assertThat(found).as("quote at line %d: %s", expected.line(), expected.textStartsWith()).hasSize(1);
            if (found.size() != 1) {
                continue;
            }
            Quote actual = found.get(0);
            Event event = owner.get(actual);
            if (expected.eventDateText() == null) {
                softly.assertThat(Arrays.asList(event.kind(), event.title())).as("owner of %s", expected)
                        .containsExactly("timeline", expected.sectionTitle());
            } else {
                softly.assertThat(Arrays.asList(event.kind(), event.dateText())).as("owner of %s", expected)
                        .containsExactly("narrative", expected.eventDateText());
            }
            ExpectedExtraction.MessageRef ref = expected.message();
            softly.assertThat(actual.messageId()).as("message of %s", expected)
                    .isEqualTo(ref == null ? null : bySubject.get(ref.threadSubject()).get(ref.index()).id());
            softly.assertThat(actual.status()).as("status of %s", expected).isEqualTo(ref == null ? "not-in-corpus" : "matched");
        }
        softly.assertAll();
    }

    @Test
    void servesEveryImageWithTheEventWhoseSectionShowsIt() {
        Map<String, String> sectionOfImage = new HashMap<>();
        List<Image> shown = new ArrayList<>();
        for (Event event : Pages.all("/api/events", Event.class)) {
            event.images().forEach(image -> sectionOfImage.put(image.path() + "@" + image.source().firstLine(), event.title()));
            shown.addAll(event.images());
        }
        List<ExpectedExtraction.Image> inSections = EXPECTED.images().stream().filter(i -> i.sectionTitle() != null).toList();
        assertThat(shown).extracting(i -> i.alt() + " | " + i.path() + " @" + i.source().firstLine())
                .containsExactlyInAnyOrderElementsOf(inSections.stream().map(i -> i.alt() + " | " + i.path() + " @" + i.line()).toList());
        inSections.forEach(i -> assertThat(sectionOfImage.get(i.path() + "@" + i.line())).as(i.alt()).isEqualTo(i.sectionTitle()));
        assertThat(given().get("/api/corpus").then().statusCode(200).extract().jsonPath().getLong("counts.images"))
                .as("images, including the one before the first section").isEqualTo(EXPECTED.images().size());
    }

    /** Every message, grouped by its thread's subject, in source order within each thread. */
    private static Map<String, List<Message>> messagesBySubject() {
        Map<String, String> subjects = Pages.all("/api/threads", MailThread.class).stream()
                .collect(Collectors.toMap(MailThread::id, MailThread::subject));
        List<Message> messages = Pages.all("/api/messages", Message.class);
        assertThat(messages).extracting(Message::id).doesNotHaveDuplicates();
        return messages.stream().sorted(Comparator.comparingInt(m -> m.source().firstLine()))
                .collect(Collectors.groupingBy(m -> subjects.get(m.threadId()), LinkedHashMap::new, Collectors.toList()));
    }

    private static Map<String, String> subjectOfMessage() {
        Map<String, String> subjects = new HashMap<>();
        messagesBySubject().forEach((subject, messages) -> messages.forEach(m -> subjects.put(m.id(), subject)));
        return subjects;
    }

    private static List<String> labels(List<PersonRef> refs) {
        return refs.stream().map(PersonRef::label).toList();
    }
}
