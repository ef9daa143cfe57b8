package io.newsflow.ingest;

import java.util.Objects;

/**
 * What happened to one input once the broker acknowledged it.
 *
 * @param sourceName    the file name or {@code stdin}
 * @param pageId        the record key used (also for dead letters)
 * @param outcome       published as a page, or sent to the dead-letter topic
 * @param reason        why it was dead-lettered; null when published
 * @param message       human-readable reason; null when published
 * @param contentSha256 lower-case hex SHA-256 of the bytes read (for oversized inputs: of the bytes kept)
 * @param bytes         size of the input in bytes
 * @param topic         topic the record was written to
 * @param partition     partition the record was written to
 * @param offset        offset the broker assigned
 */
public record PublishResult(String sourceName, PageId pageId, Outcome outcome, RejectReason reason, String message,
                            String contentSha256, long bytes, String topic, int partition, long offset) {

    /** Where an input ended up. */
    public enum Outcome {
        PUBLISHED,
        DEAD_LETTERED
    }

    public PublishResult {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(topic, "topic");
    }

    public boolean published() {
        return outcome == Outcome.PUBLISHED;
    }

    /** Compact form for ledgers and logs: {@code PUBLISHED} or {@code DEAD_LETTER:<reason>}. */
    public String outcomeCode() {
        return published() ? "PUBLISHED" : "DEAD_LETTER:" + reason;
    }
}
