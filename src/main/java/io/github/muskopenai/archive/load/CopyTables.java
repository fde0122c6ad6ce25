package io.github.muskopenai.archive.load;

import java.util.ArrayList;
import java.util.List;

/** The COPY buffers of a load, in an order where referenced rows come before their referrers. */
final class CopyTables {

    final CopyTable thread = new CopyTable("thread",
            "id", "subject", "declared_count", "position", "source_document", "first_line", "last_line");
    final CopyTable message = new CopyTable("message",
            "id", "thread_id", "thread_position", "sender_id", "sender_redacted_text", "subject", "sent_at",
            "sent_at_text", "time_zone", "body", "forwarded", "quoted_only", "has_redactions", "source_document",
            "first_line", "last_line", "source_offset", "source_length");
    final CopyTable messageSource = new CopyTable("message_source",
            "message_id", "source_document", "first_line", "last_line");
    final CopyTable recipient = new CopyTable("message_recipient",
            "message_id", "kind", "position", "person_id", "redacted_text");
    final CopyTable messageQuote = new CopyTable("message_quote", "quoting_message_id", "quoted_message_id");
    final CopyTable redaction = new CopyTable("redaction",
            "message_id", "position", "kind", "line", "col", "length", "body_offset");
    final CopyTable linkPlaceholder = new CopyTable("link_placeholder",
            "message_id", "position", "text", "line", "col", "body_offset");
    final CopyTable event = new CopyTable("event",
            "id", "kind", "position", "date_text", "start_date", "end_date", "precision", "title", "title_raw",
            "section_heading", "section_first_line", "section_last_line", "text", "parent_id", "source_document",
            "first_line", "last_line");
    final CopyTable eventMessage = new CopyTable("event_message", "event_id", "message_id", "relation", "position");
    final CopyTable image = new CopyTable("image",
            "id", "event_id", "position", "alt", "path", "source_document", "first_line", "last_line");
    final CopyTable quote = new CopyTable("narrative_quote",
            "id", "event_id", "position", "text", "statement_date", "message_id", "status", "source_document",
            "first_line", "last_line");
    final CopyTable person = new CopyTable("person",
            "id", "name", "role", "description", "source_document", "first_line", "last_line");
    final CopyTable personAlias = new CopyTable("person_alias", "person_id", "position", "alias");
    final CopyTable document = new CopyTable("document",
            "name", "ordinal", "sha256", "title", "published_text", "source_title", "source_url", "previous_post",
            "line_count", "loaded_at", "counts", "issues");

    final CopyTable documentText = new CopyTable("document_text", "name", "content");

    private final List<CopyTable> all = List.of(document, documentText, person, personAlias, event, thread, message,
            messageSource, recipient, messageQuote, redaction, linkPlaceholder, eventMessage, image, quote);

    int bufferedChars() {
        int chars = 0;
        for (CopyTable table : all) {
            chars += table.bufferedChars();
        }
        return chars;
    }

    /** Everything buffered, in an order where referenced rows come before their referrers. */
    List<CopyTable.Batch> take() {
        List<CopyTable.Batch> batches = new ArrayList<>();
        for (CopyTable table : all) {
            CopyTable.Batch batch = table.take();
            if (batch != null) {
                batches.add(batch);
            }
        }
        return batches;
    }
}
