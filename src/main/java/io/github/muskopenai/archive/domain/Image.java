package io.github.muskopenai.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A markdown image of the page and the event whose section shows it (table {@code image}). */
@Entity
@Immutable
@Table(name = "image")
public class Image {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "alt", nullable = false)
    public String alt;

    @Column(name = "path", nullable = false)
    public String path;

    @Embedded
    public SourceRef source;
}
