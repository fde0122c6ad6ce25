package io.github.muskopenai.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A To or Cc entry: a person, or a recipient the source redacts wholly. */
@Embeddable
public class Recipient {

    /** to or cc. */
    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "person_id")
    public String personId;

    @Column(name = "redacted_text")
    public String redactedText;
}
