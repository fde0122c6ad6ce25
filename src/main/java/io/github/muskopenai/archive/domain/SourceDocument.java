package io.github.muskopenai.archive.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A loaded source document (table {@code document}). */
@Entity
@Immutable
@Table(name = "document")
public class SourceDocument {

    @Id
    @Column(name = "name")
    public String name;

    @Column(name = "ordinal", nullable = false)
    public int ordinal;

    @Column(name = "sha256", nullable = false)
    public String sha256;

    @Column(name = "title")
    public String title;

    @Column(name = "published_text")
    public String publishedText;

    @Column(name = "source_title")
    public String sourceTitle;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "previous_post")
    public String previousPost;

    @Column(name = "line_count", nullable = false)
    public int lineCount;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "counts", nullable = false)
    public Map<String, Integer> counts;

    /** Warnings kept with the document: {line, severity, message}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "issues", nullable = false)
    public List<Map<String, Object>> issues;
}
