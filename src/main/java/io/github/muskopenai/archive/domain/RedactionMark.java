package io.github.muskopenai.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A redaction in a message: a block run, a placeholder in the body, or a redacted recipient. */
@Embeddable
public class RedactionMark {

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "line", nullable = false)
    public int line;

    @Column(name = "col", nullable = false)
    public int column;

    @Column(name = "length", nullable = false)
    public int length;

    @Column(name = "body_offset")
    public Integer bodyOffset;
}
