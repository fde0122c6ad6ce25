package io.github.muskopenai.archive.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.Immutable;

/**
 * One email (table {@code message}). {@code sentAt} is the local date-time the source states;
 * {@code timeZone} is null because the source states none.
 */
@Entity
@Immutable
@Table(name = "message")
public class Message {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "thread_id", nullable = false)
    public String threadId;

    @Column(name = "thread_position", nullable = false)
    public int threadPosition;

    @Column(name = "sender_id")
    public String senderId;

    @Column(name = "sender_redacted_text")
    public String senderRedactedText;

    @Column(name = "subject")
    public String subject;

    @Column(name = "sent_at", nullable = false)
    public LocalDateTime sentAt;

    @Column(name = "sent_at_text", nullable = false)
    public String sentAtText;

    @Column(name = "time_zone")
    public String timeZone;

    /** Null in the messages MessageRows reads: they carry {@link #bodyUtf8} instead. */
    @Column(name = "body", nullable = false)
    public String body;

    /**
     * The body as the UTF-8 bytes of its row, in the messages MessageRows reads (the answers write
     * them without decoding them; see api.common.Utf8Text); null in entities Hibernate loads.
     */
    @Transient
    public byte[] bodyUtf8;

    @Column(name = "forwarded", nullable = false)
    public boolean forwarded;

    @Column(name = "quoted_only", nullable = false)
    public boolean quotedOnly;

    @Column(name = "has_redactions", nullable = false)
    public boolean hasRedactions;

    @Embedded
    public SourceRef source;

    @ElementCollection
    @CollectionTable(name = "message_recipient", joinColumns = @JoinColumn(name = "message_id"))
    @OrderBy("kind desc, position")
    public List<Recipient> recipients = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "message_quote", joinColumns = @JoinColumn(name = "quoting_message_id"))
    @Column(name = "quoted_message_id")
    @OrderBy
    public Set<String> quotes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "message_quote", joinColumns = @JoinColumn(name = "quoted_message_id"))
    @Column(name = "quoting_message_id")
    @OrderBy
    public Set<String> quotedIn = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "redaction", joinColumns = @JoinColumn(name = "message_id"))
    @OrderBy("position")
    public List<RedactionMark> redactions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "link_placeholder", joinColumns = @JoinColumn(name = "message_id"))
    @OrderBy("position")
    public List<LinkMark> linkPlaceholders = new ArrayList<>();

    /** Every place the message was read from (an email found in two documents has two). */
    @ElementCollection
    @CollectionTable(name = "message_source", joinColumns = @JoinColumn(name = "message_id"))
    @OrderBy("document, firstLine")
    @AttributeOverride(name = "document", column = @Column(name = "source_document"))
    public List<SourceRef> sources = new ArrayList<>();
}
