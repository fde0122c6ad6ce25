package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything parsed from one document, held in memory. */
public final class ParsedCorpus {

    private final List<ParsedThread> threads = new ArrayList<>();
    private final List<ParsedEvent> events = new ArrayList<>();
    private final List<ParsedImage> images = new ArrayList<>();
    private final List<ParsedQuote> quotes = new ArrayList<>();
    private ParseResult result;

    CorpusSink sink() {
        return new CorpusSink() {
            @Override
            public void thread(ParsedThread thread) {
                threads.add(thread);
            }

            @Override
            public void event(ParsedEvent event) {
                events.add(event);
            }

            @Override
            public void image(ParsedImage image) {
                images.add(image);
            }

            @Override
            public void quote(ParsedQuote quote) {
                quotes.add(quote);
            }

            @Override
            public void end(ParseResult end) {
                result = end;
            }
        };
    }

    public ParseResult result() {
        return result;
    }

    public ParsedDocument document() {
        return result.document();
    }

    public List<ParsedPerson> people() {
        return result.people();
    }

    public List<ParseIssue> issues() {
        return result.issues();
    }

    public List<ParsedThread> threads() {
        return threads;
    }

    /** All messages, thread by thread, in source order. */
    public List<ParsedMessage> messages() {
        return threads.stream().flatMap(thread -> thread.messages().stream()).toList();
    }

    /** Events in the order the sink received them (a section's events when it ends). */
    public List<ParsedEvent> events() {
        return events;
    }

    public List<ParsedImage> images() {
        return images;
    }

    public List<ParsedQuote> quotes() {
        return quotes;
    }

    public Optional<ParsedEvent> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
