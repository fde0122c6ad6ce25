package io.github.muskopenai.archive.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A person of the corpus (table {@code person}); rows are written only by the loader. */
@Entity
@Immutable
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "name", nullable = false)
    public String name;

    /** correspondent or mentioned. */
    @Column(name = "role", nullable = false)
    public String role;

    @Column(name = "description")
    public String description;

    @Column(name = "messages_sent", nullable = false)
    public int messagesSent;

    @Column(name = "messages_received", nullable = false)
    public int messagesReceived;

    @Column(name = "first_message_at")
    public LocalDateTime firstMessageAt;

    @Column(name = "last_message_at")
    public LocalDateTime lastMessageAt;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    @Embedded
    public SourceRef source;
}
