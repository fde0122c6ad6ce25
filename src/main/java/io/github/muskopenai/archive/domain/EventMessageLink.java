package io.github.muskopenai.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A message an event links to: shown in its section ('section') or quoted by it ('quote'). */
@Embeddable
public class EventMessageLink {

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "relation", nullable = false)
    public String relation;

    @Column(name = "position", nullable = false)
    public int position;
}
