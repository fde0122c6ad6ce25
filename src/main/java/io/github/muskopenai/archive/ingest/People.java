package io.github.muskopenai.archive.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people of one document, keyed by the slug of their name. Everyone starts with their first
 * name as an alias; signatures found at the end of their emails are added as they come.
 */
final class People {

    private static final class Builder {
        final String id;
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        int firstHeaderLine;
        int firstMentionLine;
        String description;

        int firstLine() {
            if (firstHeaderLine == 0 || firstMentionLine == 0) {
                return Math.max(firstHeaderLine, firstMentionLine);
            }
            return Math.min(firstHeaderLine, firstMentionLine);
        }

        Builder(String id, String name) {
            this.id = id;
            this.name = name;
            String[] words = name.split(" ");
            if (words.length > 1 && Character.isLetter(words[0].charAt(0))) {
                aliases.add(words[0]);
            }
        }
    }

    private final Map<String, Builder> byId = new LinkedHashMap<>();
    /** Names seen → id: headers repeat the same few names, and slugging is not free. */
    private final Map<String, String> idsByName = new HashMap<>();

    /** The person a header names, recorded as a correspondent. */
    Participant correspondent(String name, int line) {
        Builder person = person(name);
        if (person.firstHeaderLine == 0) {
            person.firstHeaderLine = line;
        }
        return Participant.person(person.id, person.name);
    }

    /** A person the narrative introduces ("Jared Birchall, his wealth manager"). */
    void mention(String name, String description, int line) {
        Builder person = person(name);
        if (person.firstMentionLine == 0) {
            person.firstMentionLine = line;
            person.description = description;
        }
    }

    void alias(String personId, String alias) {
        Builder person = byId.get(personId);
        if (person != null && person.aliases.stream().noneMatch(a -> a.equalsIgnoreCase(alias))) {
            person.aliases.add(alias);
        }
    }

    /** Everyone, in order of first appearance. */
    List<ParsedPerson> build() {
        List<ParsedPerson> people = new ArrayList<>();
        List<Builder> byFirstLine = new ArrayList<>(byId.values());
        byFirstLine.sort(Comparator.comparingInt(Builder::firstLine));
        for (Builder p : byFirstLine) {
            boolean correspondent = p.firstHeaderLine > 0;
            int line = correspondent ? p.firstHeaderLine : p.firstMentionLine;
            people.add(new ParsedPerson(p.id, p.name,
                    correspondent ? PersonRole.CORRESPONDENT : PersonRole.MENTIONED,
                    List.copyOf(p.aliases), p.description, SourceSpan.of(line)));
        }
        return people;
    }

    private Builder person(String name) {
        String id = idsByName.computeIfAbsent(name, People::idOf);
        return byId.computeIfAbsent(id, key -> new Builder(key, name));
    }

    private static String idOf(String name) {
        String id = Ids.slug(name);
        return id.isEmpty() ? "person-" + Ids.hash(8, name) : id;
    }
}
