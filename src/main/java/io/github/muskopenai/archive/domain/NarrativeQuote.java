package io.github.muskopenai.archive.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A passage of the narrative that quotes an email (table {@code narrative_quote}); the message
 * is null when the quoted email is not in the corpus.
 */
@Entity
@Immutable
@Table(name = "narrative_quote")
public class NarrativeQuote {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "text", nullable = false)
    public String text;

    @Column(name = "statement_date")
    public LocalDate statementDate;

    @Column(name = "message_id")
    public String messageId;

    /** matched or not-in-corpus. */
    @Column(name = "status", nullable = false)
    public String status;

    @Embedded
    public SourceRef source;
}
