package io.github.muskopenai.archive.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.muskopenai.archive.ingest.ParsedPerson;
import io.github.muskopenai.archive.ingest.PersonRole;

/**
 * The people of all documents of a load, merged by id: a correspondent in any document is a
 * correspondent; aliases are united; the first document that names a person is their source.
 */
final class PeopleMerger {

    /** A merged person and the document their source line belongs to. */
    record Person(ParsedPerson person, String document) {
    }

    private static final class Merged {
        ParsedPerson first;
        String document;
        PersonRole role;
        String description;
        final Set<String> aliases = new LinkedHashSet<>();
    }

    private final Map<String, Merged> byId = new LinkedHashMap<>();

    void add(String document, List<ParsedPerson> people) {
        for (ParsedPerson person : people) {
            Merged merged = byId.computeIfAbsent(person.id(), id -> new Merged());
            if (merged.first == null) {
                merged.first = person;
                merged.document = document;
                merged.role = person.role();
                merged.description = person.description();
            } else if (person.role() == PersonRole.CORRESPONDENT && merged.role != PersonRole.CORRESPONDENT) {
                merged.role = PersonRole.CORRESPONDENT;
                merged.first = person;
                merged.document = document;
            }
            for (String alias : person.aliases()) {
                if (merged.aliases.stream().noneMatch(a -> a.equalsIgnoreCase(alias))) {
                    merged.aliases.add(alias);
                }
            }
        }
    }

    List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (Merged m : byId.values()) {
            ParsedPerson p = m.first;
            people.add(new Person(new ParsedPerson(p.id(), p.name(), m.role, List.copyOf(m.aliases),
                    m.description, p.source()), m.document));
        }
        return people;
    }
}
