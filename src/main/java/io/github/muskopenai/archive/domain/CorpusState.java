package io.github.muskopenai.archive.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The corpus being served: one row, replaced when a load commits. */
@Entity
@Immutable
@Table(name = "corpus_state")
public class CorpusState {

    @Id
    @Column(name = "singleton")
    public boolean singleton;

    @Column(name = "version", nullable = false)
    public String version;

    @Column(name = "parser_version", nullable = false)
    public String parserVersion;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;
}
