package io.github.muskopenai.archive.ingest;

import java.util.List;

/**
 * A person: anyone in a From/To/Cc line or an "On …, NAME wrote:" line, and people the
 * narrative names as actors.
 *
 * @param id          stable slug of the name, e.g. {@code elon-musk}
 * @param aliases     the first name and signatures such as {@code gdb}, in the order found
 * (people are listed in order of first appearance, in a header or in the narrative)
 * @param description how the narrative introduces the person ("his wealth manager"), or null when it does not
 * @param source      where the person first appears in a header (for mentioned people: the narrative line)
 */
public record ParsedPerson(
        String id,
        String name,
        PersonRole role,
        List<String> aliases,
        String description,
        SourceSpan source) {
}
