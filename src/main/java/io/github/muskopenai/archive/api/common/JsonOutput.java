package io.github.muskopenai.archive.api.common;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * How the answers write characters outside the Basic Multilingual Plane (an emoji, say): as their
 * four UTF-8 bytes, as RFC 8259 lets a UTF-8 text do, not as an escaped surrogate pair, which is
 * Jackson's default for strings. Message bodies ({@link Utf8Text}) and a person's correspondents
 * ({@link RawJson}, built by PostgreSQL) reach the answer as UTF-8 bytes, so every other field
 * writes such characters the same way. The value a client parses is the same either way.
 */
@Singleton
public class JsonOutput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }
}
