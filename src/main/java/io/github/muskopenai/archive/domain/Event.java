package io.github.muskopenai.archive.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * An event (table {@code event}): a timeline item, or a dated statement of the narrative. Its
 * interval runs from {@code startDate} to {@code endDate}, both included.
 */
@Entity
@Immutable
@Table(name = "event")
public class Event {

    @Id
    @Column(name = "id")
    public String id;

    /** timeline or narrative. */
    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "date_text", nullable = false)
    public String dateText;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "precision", nullable = false)
    public String precision;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "title_raw")
    public String titleRaw;

    @Column(name = "section_heading")
    public String sectionHeading;

    @Column(name = "section_first_line")
    public Integer sectionFirstLine;

    @Column(name = "section_last_line")
    public Integer sectionLastLine;

    @Column(name = "text")
    public String text;

    @Column(name = "parent_id")
    public String parentId;

    @Embedded
    public SourceRef source;

    @ElementCollection
    @CollectionTable(name = "event_message", joinColumns = @JoinColumn(name = "event_id"))
    @OrderBy("position")
    public List<EventMessageLink> messages = new ArrayList<>();
}
