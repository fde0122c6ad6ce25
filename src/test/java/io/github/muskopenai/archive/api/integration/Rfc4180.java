package io.github.muskopenai.archive.api.integration;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of RFC 4180 CSV, written for the tests so that the export is checked by a parser
 * other than the one that wrote it: records end with CRLF (the last one may too), fields are
 * separated by commas, and a field with a comma, quote, CR or LF is quoted with quotes doubled.
 * Anything else (a bare LF or CR between records, a quote inside an unquoted field, text after a
 * closing quote, an unterminated quote) is an error.
 */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) == '"') {
                i = quoted(text, i + 1, field);
            } else {
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '"') {
                        throw error("quote inside an unquoted field", i);
                    }
                    field.append(text.charAt(i++));
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i == n) {
                break;
            }
            char c = text.charAt(i);
            if (c == ',') {
                i++;
                if (i == n) {
                    record.add("");
                }
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                throw error("line break that is not CRLF", i);
            }
        }
        if (!record.isEmpty()) {
            records.add(record);
        }
        return records;
    }

    /** Reads a quoted field from just after its opening quote; returns the index after the closing quote. */
    private static int quoted(String text, int start, StringBuilder field) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"') {
                field.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else {
                int after = i + 1;
                if (after < text.length() && ",\r".indexOf(text.charAt(after)) < 0) {
                    throw error("text after a closing quote", after);
                }
                return after;
            }
        }
        throw error("unterminated quoted field", start - 1);
    }

    private static IllegalArgumentException error(String what, int offset) {
        return new IllegalArgumentException("not RFC 4180: " + what + " at offset " + offset);
    }
}
