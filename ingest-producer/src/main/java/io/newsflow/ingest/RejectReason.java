package io.newsflow.ingest;

/**
 * Why an input was not published as a page. The name is written to {@code DeadLetter.error_class} on the
 * ingest dead-letter topic, so these names are part of the topic contract: add, never rename.
 */
public enum RejectReason {
    /** Zero bytes, or nothing but whitespace (including BOM and ideographic spaces). */
    EMPTY,
    /** The bytes are not well-formed UTF-8 (strict decoding: malformed or unmappable input is an error). */
    NOT_UTF8,
    /** Larger than the configured page size limit, or refused by the broker as too large. */
    TOO_LARGE,
    /** Looks like binary data: contains NUL bytes, or too many control characters for text. */
    BINARY,
    /** The input could not be read at all (vanished, permission denied, I/O error, a directory). */
    UNREADABLE
}
