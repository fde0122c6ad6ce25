package io.github.muskopenai.archive.synth;

import java.util.List;

/**
 * A generated thread.
 *
 * @param subject      unique in the corpus (it carries the thread's number)
 * @param heading      whether the subject is written as a "### " heading
 * @param declareCount whether a "3 emails" line follows the subject (it counts the emails with headers)
 * @param forwarded    whether a "Forwarded message" marker precedes the first header block
 * @param fenceBefore  for each message, whether a {@code ===} line (rather than a blank line)
 *                     separates it from the previous one; the first entry is unused
 */
record SynthThread(String subject, boolean heading, boolean declareCount, boolean forwarded,
        List<SynthMessage> messages, List<Boolean> fenceBefore) {

    /** Messages as the parser counts them: each email with headers plus each quoted email. */
    int size() {
        return messages.size() + (int) messages.stream().filter(m -> m.quoted() != null).count();
    }
}
