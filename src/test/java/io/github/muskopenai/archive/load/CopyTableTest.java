package io.github.muskopenai.archive.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Rows in PostgreSQL's COPY text format: columns separated by a tab, rows ended by a newline,
 * backslash, tab, newline and carriage return written as {@code \\ \t \n \r}, null as {@code \N}
 * (https://www.postgresql.org/docs/current/sql-copy.html, "Text Format").
 */
class CopyTableTest {

    @Test
    void separatesColumnsByTabAndEndsRowsWithNewline() {
        CopyTable table = new CopyTable("thread", "id", "subject");
        table.row("re-ai-docs", "Re: AI docs");
        table.row("tomorrow-afternoon", "Tomorrow afternoon");

        assertThat(sent(table)).containsExactly(new Copy("COPY thread (id, subject) FROM STDIN",
                "re-ai-docs\tRe: AI docs\ntomorrow-afternoon\tTomorrow afternoon\n"));
        assertThat(table.rowCount()).isEqualTo(2);
    }

    @Test
    void escapesBackslashTabNewlineAndCarriageReturn() {
        CopyTable table = new CopyTable("t", "a");
        table.row("C:\\dir\tcol\nline\r\nend");

        assertThat(sent(table).get(0).data()).isEqualTo("C:\\\\dir\\tcol\\nline\\r\\nend\n");
    }

    @Test
    void writesNullAsBackslashN() {
        CopyTable table = new CopyTable("t", "a", "b", "c");
        table.row(null, "x", null);

        assertThat(sent(table).get(0).data()).isEqualTo("\\N\tx\t\\N\n");
    }

    @Test
    void keepsTheTextBackslashNApartFromNull() {
        CopyTable table = new CopyTable("t", "a", "b");
        table.row("\\N", "\\.");

        assertThat(sent(table).get(0).data()).isEqualTo("\\\\N\t\\\\.\n");
    }

    @Test
    void writesBooleansAsTAndF() {
        CopyTable table = new CopyTable("t", "a", "b");
        table.row(true, false);

        assertThat(sent(table).get(0).data()).isEqualTo("t\tf\n");
    }

    @Test
    void writesDatesAndLocalDateTimesInIsoForm() {
        CopyTable table = new CopyTable("t", "d", "ts", "midnight");
        table.row(LocalDate.of(2015, 11, 20), LocalDateTime.of(2018, 12, 17, 15, 47),
                LocalDateTime.of(2017, 9, 20, 0, 0, 5));

        assertThat(sent(table).get(0).data()).isEqualTo("2015-11-20\t2018-12-17 15:47:00\t2017-09-20 00:00:05\n");
    }

    @Test
    void writesNumbersAsDecimals() {
        CopyTable table = new CopyTable("t", "a", "b", "c");
        table.row(0, -17, 9_876_543_210L);

        assertThat(sent(table).get(0).data()).isEqualTo("0\t-17\t9876543210\n");
    }

    @Test
    void leavesOtherCharactersAlone() {
        CopyTable table = new CopyTable("t", "a");
        table.row("█ “quoted” — Elon–Sam ≤10 \u2028 ' \" , ;");

        assertThat(sent(table).get(0).data()).isEqualTo("█ “quoted” — Elon–Sam ≤10 \u2028 ' \" , ;\n");
    }

    @Test
    void anEmptyStringIsNotNull() {
        CopyTable table = new CopyTable("t", "a", "b");
        table.row("", "");

        assertThat(sent(table).get(0).data()).isEqualTo("\t\n");
    }

    @Test
    void takeEmptiesTheBufferAndGivesNothingWhenEmpty() {
        CopyTable table = new CopyTable("t", "a");
        table.row("x");
        assertThat(table.bufferedChars()).isEqualTo("x\n".length());

        assertThat(table.take()).isNotNull();
        assertThat(table.take()).isNull();
        assertThat(table.bufferedChars()).isZero();
        assertThat(table.rowCount()).isEqualTo(1);
    }

    @Test
    void aBatchIsSentAsOneCopyFromStdin() throws SQLException, IOException {
        CopyTable table = new CopyTable("message_quote", "quoting_message_id", "quoted_message_id");
        table.row("3a2e690e9cfd2e1a", "8f164ce47d71b811");
        RecordingCopyManager copy = new RecordingCopyManager();

        table.take().send(copy);

        assertThat(copy.copies).containsExactly(new Copy(
                "COPY message_quote (quoting_message_id, quoted_message_id) FROM STDIN",
                "3a2e690e9cfd2e1a\t8f164ce47d71b811\n"));
    }

    /** The one batch the table's rows make. */
    private static List<Copy> sent(CopyTable table) {
        CopyTable.Batch batch = table.take();
        return List.of(new Copy(batch.copySql(), batch.rows()));
    }

    record Copy(String sql, String data) {
    }

    /** Records what would be sent to PostgreSQL; its connection is never used. */
    static final class RecordingCopyManager extends CopyManager {

        final List<Copy> copies = new ArrayList<>();

        RecordingCopyManager() throws SQLException {
            super((BaseConnection) Proxy.newProxyInstance(CopyTableTest.class.getClassLoader(),
                    new Class<?>[] {BaseConnection.class}, (proxy, method, args) -> null));
        }

        @Override
        public long copyIn(String sql, Reader from) throws IOException {
            StringWriter data = new StringWriter();
            from.transferTo(data);
            copies.add(new Copy(sql, data.toString()));
            return 0;
        }
    }
}
