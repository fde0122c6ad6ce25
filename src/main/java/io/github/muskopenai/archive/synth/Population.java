package io.github.muskopenai.archive.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The synthetic people: unique two-word names built from syllables, ranked so that senders and
 * recipients follow a Zipf law (a few people send and receive most of the mail, as in the source
 * where one person sends half of it).
 */
final class Population {

    static final double EXPONENT = 1.1;

    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t",
        "v", "w", "z", "br", "ch", "dr", "gr", "kr", "sh", "st", "th", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ou"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "th", "x", "nd", "rt"};

    private final List<Person> people;
    private final Zipf zipf;

    private Population(List<Person> people) {
        this.people = List.copyOf(people);
        this.zipf = new Zipf(people.size(), EXPONENT);
    }

    /** {@code size} people with unique names, the same for the same seed. */
    static Population generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> taken = new HashSet<>();
        List<Person> people = new ArrayList<>(size);
        while (people.size() < size) {
            Person person = new Person(word(random, 2 + random.nextInt(2)), word(random, 2 + random.nextInt(2)));
            if (taken.add(person.name().toLowerCase(Locale.ROOT))) {
                people.add(person);
            }
        }
        return new Population(people);
    }

    int size() {
        return people.size();
    }

    Person get(int rank) {
        return people.get(rank);
    }

    /** A Zipf-distributed person. */
    Person draw(SplittableRandom random) {
        return people.get(zipf.next(random));
    }

    /** A Zipf-distributed person not in {@code exclude} (which must leave someone out). */
    Person drawExcept(SplittableRandom random, Set<Person> exclude) {
        for (int attempt = 0; attempt < 64; attempt++) {
            Person person = draw(random);
            if (!exclude.contains(person)) {
                return person;
            }
        }
        return people.stream().filter(p -> !exclude.contains(p)).findFirst().orElseThrow();
    }

    private static String word(SplittableRandom random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            if (i == syllables - 1) {
                word.append(CODAS[random.nextInt(CODAS.length)]);
            }
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }
}
