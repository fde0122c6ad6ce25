package io.github.muskopenai.archive.api.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test's own CSV reader follows RFC 4180 (section 2), so that it can judge the export. */
class Rfc4180Test {

    @Test
    void readsQuotedFieldsWithCommasLineBreaksAndDoubledQuotes() {
        String csv = "a,b,c\r\n\"x, y\",\"line 1\nline 2\r\nline 3\",\"say \"\"hi\"\"\"\r\n,,\r\n";

        assertThat(Rfc4180.parse(csv)).containsExactly(List.of("a", "b", "c"),
                List.of("x, y", "line 1\nline 2\r\nline 3", "say \"hi\""), List.of("", "", ""));
    }

    @Test
    void acceptsALastRecordWithoutLineBreak() {
        assertThat(Rfc4180.parse("a,b\r\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b\n1,2\r\n", "a,b\r1,2\r\n", "a,b\"c\r\n", "\"a\"b,c\r\n", "\"a,b\r\n"})
    void refusesWhatRfc4180DoesNotAllow(String csv) {
        assertThatThrownBy(() -> Rfc4180.parse(csv)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not RFC 4180");
    }
}
