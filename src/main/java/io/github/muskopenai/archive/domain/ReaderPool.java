package io.github.muskopenai.archive.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.github.muskopenai.archive.domain.query.Jdbc;
import io.quarkus.agroal.DataSource;

/**
 * The reader role's pool (the one the Hibernate session uses too), for reads of one statement:
 * a message or a person by id, a page of messages or events. Each takes a connection for its
 * statement only (see {@link Jdbc#pool}).
 */
@ApplicationScoped
public class ReaderPool {

    @Inject
    @DataSource("reader")
    AgroalDataSource reader;

    /** A connection of the pool for one piece of work. */
    Jdbc statement() {
        return Jdbc.pool(reader);
    }
}
