package io.github.muskopenai.archive.ingest;

import java.util.List;

/**
 * An event: a timeline item, or a dated statement of the narrative ("On August 11, 2017, …").
 *
 * @param position         rank in document order
 * @param dateText         the date as written ("Early 2017", "July 13th, 2017")
 * @param title            timeline: the item cleaned of line-wrap artefacts; narrative: the sentence holding the date
 * @param titleRaw         timeline: the item text as written; narrative: null
 * @param section          timeline: the section that restates it, or null when the page has none
 * @param text             timeline: the narrative text of its section; narrative: the paragraph of the statement
 * @param parentId         narrative: the timeline event whose section holds it
 * @param sectionMessageIds timeline: the messages shown in its section, in source order
 * @param source           timeline: the list item; narrative: the statement's lines
 */
public record ParsedEvent(
        String id,
        EventKind kind,
        int position,
        String dateText,
        DateInterval interval,
        String title,
        String titleRaw,
        ParsedSection section,
        String text,
        String parentId,
        List<String> sectionMessageIds,
        SourceSpan source) {
}
