package io.github.muskopenai.archive.synth;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A generated email with a header block of its own.
 *
 * @param leadingBlank whether a blank line separates the headers from the body, as the source sometimes has
 * @param quoted       an earlier email this one quotes after an "On …, NAME wrote:" line, or null;
 *                     it has a sender, a date and a body only, and the parser counts it as a message
 */
record SynthMessage(Person from, List<Address> to, List<Address> cc, LocalDateTime sentAt, DateStyle style,
        boolean leadingBlank, Body body, Quoted quoted) {

    /** An email known only as quoted in another's body. */
    record Quoted(Person from, LocalDateTime sentAt, Body body) {
    }

    /** The first person among the To entries, or null when all are redacted. */
    Person firstAddressee() {
        return to.stream().map(Address::person).filter(p -> p != null).findFirst().orElse(null);
    }
}
