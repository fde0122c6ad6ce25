package io.github.muskopenai.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Provenance: the document a record was read from and its first and last line there. */
@Embeddable
public class SourceRef {

    @Column(name = "source_document", nullable = false)
    public String document;

    @Column(name = "first_line", nullable = false)
    public int firstLine;

    @Column(name = "last_line", nullable = false)
    public int lastLine;
}
