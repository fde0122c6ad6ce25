package io.github.muskopenai.archive.domain;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An email thread (table {@code thread}; named so to stay clear of java.lang.Thread). */
@Entity
@Immutable
@Table(name = "thread")
public class MailThread {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "subject")
    public String subject;

    @Column(name = "declared_count")
    public Integer declaredCount;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "message_count", nullable = false)
    public int messageCount;

    @Column(name = "first_sent_at")
    public LocalDateTime firstSentAt;

    @Column(name = "last_sent_at")
    public LocalDateTime lastSentAt;

    @Embedded
    public SourceRef source;
}
