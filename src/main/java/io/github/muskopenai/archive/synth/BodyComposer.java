package io.github.muskopenai.archive.synth;

import java.util.SplittableRandom;

/**
 * Writes email bodies from the {@link TextModel}: paragraphs of generated sentences up to a
 * length drawn from the {@link BodyShape}, sometimes with a greeting, a numbered list, a run of
 * redaction blocks, a {@code <redacted>} placeholder, a link placeholder or a sign-off, at the
 * rates the source has them.
 * <p>
 * Every line ends with sentence punctuation or is a redaction, link, name or "-handle" line, so
 * none can be read as structure ("From:", "On … wrote:", "===", "3 emails", a dated heading).
 */
final class BodyComposer {

    private static final int MAX_SENTENCE = 600;
    private static final int MIN_QUOTABLE_WORDS = 4;

    private final TextModel text;
    private final BodyShape shape;

    BodyComposer(TextModel text, BodyShape shape) {
        this.text = text;
        this.shape = shape;
    }

    /** A body from {@code sender}; {@code addressee} (or null) may be greeted. */
    Body compose(SplittableRandom random, Person sender, Person addressee) {
        int target = shape.length(random);
        Draft draft = new Draft(random, target);
        if (addressee != null && target > 300 && random.nextInt(4) == 0) {
            draft.out.append(addressee.first()).append(random.nextBoolean() ? "–" : ",").append("\n\n");
        }
        boolean list = target > 800 && random.nextInt(5) == 0;
        boolean placeholder = random.nextDouble() < shape.placeholderShare();
        boolean block = random.nextDouble() < shape.blockShare();
        boolean link = random.nextDouble() < shape.linkShare();
        while (draft.out.length() < target) {
            if (block && random.nextInt(3) == 0) {
                draft.out.append("█".repeat(shape.blockLength(random))).append(random.nextBoolean() ? "\n\n" : " ");
                block = false;
            }
            if (list && draft.out.length() > target / 3) {
                list(draft);
                list = false;
            } else {
                paragraph(draft, placeholder);
                placeholder = false;
            }
            if (link && random.nextInt(2) == 0) {
                draft.out.append(shape.linkText(random)).append("\n\n");
                link = false;
            }
        }
        // A short body ends before its marks had their turn; it still gets them, at the source's rates.
        if (block) {
            draft.out.insert(0, "█".repeat(shape.blockLength(random)) + " ");
        }
        if (link) {
            draft.out.append(shape.linkText(random)).append("\n\n");
        }
        signOff(random, sender, draft.out);
        return new Body(draft.out.toString().strip(), draft.quotable);
    }

    private void paragraph(Draft draft, boolean placeholder) {
        int sentences = 1 + draft.random.nextInt(draft.target < 200 ? 2 : 5);
        int redactAt = placeholder ? draft.random.nextInt(sentences) : -1;
        for (int i = 0; i < sentences && (i == 0 || draft.out.length() < draft.target); i++) {
            if (i > 0) {
                draft.out.append(draft.random.nextInt(10) == 0 ? '\n' : ' ');
            }
            sentence(draft, i == redactAt);
        }
        draft.out.append("\n\n");
    }

    /** A numbered list as the source writes it: every item numbered "1.", rendered by Markdown. */
    private void list(Draft draft) {
        int items = 2 + draft.random.nextInt(5);
        for (int i = 0; i < items; i++) {
            draft.out.append("1. ");
            sentence(draft, false);
            draft.out.append('\n');
        }
        draft.out.append('\n');
    }

    private void sentence(Draft draft, boolean redactLastWord) {
        int begin = draft.out.length();
        int room = Math.max(24, Math.min(MAX_SENTENCE, draft.target - begin));
        text.sentence(draft.random, room, draft.out);
        int lastSpace = draft.out.lastIndexOf(" ");
        if (redactLastWord && lastSpace > begin) {
            char terminal = draft.out.charAt(draft.out.length() - 1);
            draft.out.setLength(lastSpace + 1);
            draft.out.append("<redacted>").append(terminal);
        } else if (draft.quotable == null) {
            String sentence = draft.out.substring(begin);
            if (Words.of(sentence).size() >= MIN_QUOTABLE_WORDS) {
                draft.quotable = sentence;
            }
        }
    }

    private static void signOff(SplittableRandom random, Person sender, StringBuilder out) {
        int kind = random.nextInt(10);
        if (kind < 2) {
            out.append(sender.first()).append('\n');
        } else if (kind == 2) {
            out.append('-').append(Character.toLowerCase(sender.first().charAt(0)))
                    .append(Character.toLowerCase(sender.last().charAt(0))).append('\n');
        }
    }

    /** The body being written. */
    private static final class Draft {
        final SplittableRandom random;
        final int target;
        final StringBuilder out = new StringBuilder();
        String quotable;

        Draft(SplittableRandom random, int target) {
            this.random = random;
            this.target = target;
        }
    }
}
