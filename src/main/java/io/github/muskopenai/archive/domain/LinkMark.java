package io.github.muskopenai.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A placeholder such as "[Link to news article]" where the source removed a link. */
@Embeddable
public class LinkMark {

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "text", nullable = false)
    public String text;

    @Column(name = "line", nullable = false)
    public int line;

    @Column(name = "col", nullable = false)
    public int column;

    @Column(name = "body_offset", nullable = false)
    public int bodyOffset;
}
