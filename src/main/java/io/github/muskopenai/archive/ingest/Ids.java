package io.github.muskopenai.archive.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stable ids derived from content, so that the same document always yields the same URLs:
 * slugs for people, threads and events, short content hashes for messages.
 */
public final class Ids {

    /** Hex digits of a message id: 64 bits keep a million messages clear of collisions. */
    static final int MESSAGE_ID_LENGTH = 16;

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Ids() {
    }

    /** "Elon Musk" → "elon-musk"; "We rejected Elon's terms" → "we-rejected-elons-terms". */
    public static String slug(String text) {
        String ascii = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = APOSTROPHES.matcher(ascii.toLowerCase()).replaceAll("");
        String slug = NON_ALNUM.matcher(lower).replaceAll("-");
        return trimDashes(slug);
    }

    /** The slug of the first {@code words} words of a text. */
    public static String slugOfWords(String text, int words) {
        String[] parts = slug(text).split("-");
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).limit(words).collect(Collectors.joining("-"));
    }

    /** The first {@code length} hex digits of the sha256 of the parts, separated by NUL. */
    public static String hash(int length, String... parts) {
        MessageDigest digest = sha256();
        for (String part : parts) {
            digest.update((part == null ? "\u0001" : part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, length);
    }

    static String messageId(String... parts) {
        return hash(MESSAGE_ID_LENGTH, parts);
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static MessageDigest sha256() {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest;
    }
}
