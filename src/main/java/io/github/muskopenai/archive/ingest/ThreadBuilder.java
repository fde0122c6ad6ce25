package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects one thread: its subject line, declared count and messages in source order. */
final class ThreadBuilder {

    final String subject;
    final int firstLine;
    Integer declaredCount;
    int declaredLine;
    /** Set at a "Forwarded message" marker: the messages after it are forwarded. */
    boolean forwarding;
    final List<MessageBuilder> messages = new ArrayList<>();

    ThreadBuilder(String subject, int firstLine) {
        this.subject = subject;
        this.firstLine = firstLine;
    }

    ParsedThread build(IssueLog issues, UniqueIds ids) {
        String id = ids.unique(id());
        Map<MessageBuilder, List<String>> quotes = new HashMap<>();
        for (MessageBuilder message : messages) {
            if (message.quotedBy != null) {
                quotes.computeIfAbsent(message.quotedBy, k -> new ArrayList<>()).add(message.id());
            }
        }
        List<ParsedMessage> built = new ArrayList<>();
        for (MessageBuilder message : messages) {
            List<String> quotedIn = message.quotedBy == null ? List.of() : List.of(message.quotedBy.id());
            built.add(message.build(id, built.size(), subject, List.copyOf(quotes.getOrDefault(message, List.of())), quotedIn));
        }
        checkDeclaredCount(issues);
        int lastLine = messages.stream().mapToInt(MessageBuilder::lastLine).max().orElse(firstLine);
        return new ParsedThread(id, subject, declaredCount, List.copyOf(built), new SourceSpan(firstLine, lastLine));
    }

    private String id() {
        if (subject == null) {
            return "untitled-" + messages.get(0).id();
        }
        String slug = Ids.slug(subject);
        return slug.isEmpty() ? "thread-" + Ids.hash(12, subject) : slug;
    }

    private void checkDeclaredCount(IssueLog issues) {
        if (declaredCount == null) {
            return;
        }
        long found = messages.stream().filter(m -> !m.quotedOnly).count();
        if (found != declaredCount) {
            issues.error(declaredLine, "thread \"" + subject + "\" declares " + declaredCount + " emails but "
                    + found + " were found");
        }
    }
}
