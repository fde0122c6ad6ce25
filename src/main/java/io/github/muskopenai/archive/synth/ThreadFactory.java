package io.github.muskopenai.archive.synth;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds threads: a first email from a Zipf-drawn sender to Zipf-drawn recipients, then replies
 * between the participants, each later than the one before, some quoting an earlier email.
 */
final class ThreadFactory {

    /** Relative frequency of threads of 1..8 messages (quoted emails included). */
    private static final int[] SIZE_WEIGHTS = {30, 22, 16, 11, 8, 6, 4, 3};
    private static final int[] TO_WEIGHTS = {55, 25, 12, 8};
    private static final int[] CC_WEIGHTS = {45, 30, 15, 10};
    private static final DateStyle[] STYLES = {DateStyle.US, DateStyle.US, DateStyle.US, DateStyle.US_COMMA,
        DateStyle.US_COMMA, DateStyle.DAY_FIRST_24H};

    private final Population people;
    private final TextModel text;
    private final BodyComposer bodies;

    ThreadFactory(Population people, TextModel text, BodyComposer bodies) {
        this.people = people;
        this.text = text;
        this.bodies = bodies;
    }

    /** A thread of at most {@code maxMessages} messages whose first email is sent at {@code start}. */
    SynthThread next(SplittableRandom random, int maxMessages, long number, LocalDateTime start) {
        int size = Math.min(maxMessages, 1 + weighted(random, SIZE_WEIGHTS));
        List<SynthMessage> messages = new ArrayList<>();
        List<Boolean> fences = new ArrayList<>();
        LocalDateTime previous = null;
        LocalDateTime at = start;
        int counted = 0;
        while (counted < size) {
            SynthMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
            boolean quotes = counted + 2 <= size && random.nextInt(7) == 0;
            messages.add(message(random, last, previous, at, quotes));
            fences.add(last != null && random.nextInt(8) == 0);
            counted += quotes ? 2 : 1;
            previous = at;
            at = at.plusMinutes(gapMinutes(random));
        }
        return new SynthThread(subject(random, number), random.nextInt(7) == 0, random.nextInt(5) == 0,
                random.nextInt(10) == 0, List.copyOf(messages), List.copyOf(fences));
    }

    private SynthMessage message(SplittableRandom random, SynthMessage last, LocalDateTime previous,
            LocalDateTime at, boolean quotes) {
        Person from;
        List<Address> to;
        List<Address> cc;
        if (last == null) {
            from = people.draw(random);
            Set<Person> taken = new LinkedHashSet<>(List.of(from));
            to = draw(random, 1 + weighted(random, TO_WEIGHTS), taken);
            cc = draw(random, weighted(random, CC_WEIGHTS), taken);
        } else {
            boolean followUp = random.nextInt(5) == 0 || last.firstAddressee() == null;
            from = followUp ? last.from() : last.firstAddressee();
            to = followUp ? last.to() : replyTo(random, last, from);
            cc = last.cc().stream().filter(a -> a.person() == null || !a.person().equals(from)).toList();
        }
        if (random.nextInt(12) == 0) {
            Address redacted = Address.redacted(random.nextInt(4) == 0 ? "<redacted> <redacted>" : "<redacted>");
            if (random.nextBoolean()) {
                to = insert(random, to, redacted);
            } else {
                cc = insert(random, cc, redacted);
            }
        }
        Person addressee = to.stream().map(Address::person).filter(p -> p != null).findFirst().orElse(null);
        SynthMessage.Quoted quoted = quotes ? quoted(random, from, addressee, previous, at) : null;
        DateStyle style = STYLES[random.nextInt(STYLES.length)];
        return new SynthMessage(from, to, cc, at, style, random.nextInt(7) == 0,
                bodies.compose(random, from, addressee), quoted);
    }

    /** The email being answered, dated between the previous email (if any) and this one. */
    private SynthMessage.Quoted quoted(SplittableRandom random, Person from, Person addressee,
            LocalDateTime previous, LocalDateTime at) {
        Person author = addressee != null ? addressee : people.drawExcept(random, Set.of(from));
        long window = previous == null ? 600 : Duration.between(previous, at).toMinutes();
        LocalDateTime sentAt = at.minusMinutes(1 + random.nextLong(Math.max(1, window - 1)));
        return new SynthMessage.Quoted(author, sentAt, bodies.compose(random, author, from));
    }

    /** The list with {@code address} at a random position ("Greg Brockman &lt;redacted&gt;, &lt;redacted&gt;, …"). */
    private static List<Address> insert(SplittableRandom random, List<Address> list, Address address) {
        List<Address> copy = new ArrayList<>(list);
        copy.add(random.nextInt(copy.size() + 1), address);
        return List.copyOf(copy);
    }

    private List<Address> replyTo(SplittableRandom random, SynthMessage last, Person from) {
        List<Address> to = new ArrayList<>();
        to.add(Address.of(last.from()));
        if (random.nextInt(3) == 0) {
            last.to().stream().filter(a -> a.person() != null && !a.person().equals(from)).forEach(to::add);
        }
        return List.copyOf(to);
    }

    private List<Address> draw(SplittableRandom random, int count, Set<Person> taken) {
        List<Address> drawn = new ArrayList<>(count);
        for (int i = 0; i < count && taken.size() < people.size(); i++) {
            Person person = people.drawExcept(random, taken);
            taken.add(person);
            drawn.add(Address.of(person));
        }
        return List.copyOf(drawn);
    }

    private String subject(SplittableRandom random, long number) {
        StringBuilder subject = new StringBuilder();
        int prefix = random.nextInt(20);
        subject.append(prefix < 7 ? "Re: " : prefix < 9 ? "Fwd: " : "");
        String words = String.join(" ", text.fragment(random, 1, 4));
        subject.append(Character.toUpperCase(words.charAt(0))).append(words, 1, words.length());
        return subject.append(" #").append(number).toString();
    }

    /** Minutes to the next email of a thread: mostly within hours, sometimes days. Always at least 2,
     * so that a quoted email fits between two consecutive ones. */
    private static long gapMinutes(SplittableRandom random) {
        int kind = random.nextInt(20);
        return kind < 11 ? 2 + random.nextInt(118) : kind < 17 ? 120 + random.nextInt(1320) : 1440 + random.nextInt(2880);
    }

    private static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
