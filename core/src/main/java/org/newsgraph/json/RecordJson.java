package org.newsgraph.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import org.newsgraph.model.NewsRecord;

/**
 * The one place that says how records become JSON and back: ISO dates, fields in declaration
 * order, {@code schema} first. Every module that writes or reads records goes through here.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RecordJson() {}

    /** The shared, thread-safe mapper (configure nothing on it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One record as a single line of JSON (the JSON Lines form {@code analyze} prints). */
    public static String toLine(NewsRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a record written by {@link #toLine}; unknown fields from newer writers are ignored. */
    public static NewsRecord fromJson(String json) {
        try {
            return MAPPER.readValue(json, NewsRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a newsgraph record: " + e.getOriginalMessage(), e);
        }
    }
}
