package io.newsflow.schemas;

import java.util.Objects;

/**
 * A dead-letter topic written by Kafka Connect itself ({@code errors.deadletterqueue.topic.name} of a sink
 * connector), unlike the stages' {@link Topic}s of {@link io.newsflow.schemas.avro.DeadLetter} records: Connect
 * copies each failed record as it was read, original key and value bytes (here the Confluent wire format of the
 * sink's input topic, or whatever undecodable bytes were there), and puts the failure in record headers whose
 * names start with {@link #ERROR_HEADER_PREFIX} (with {@code errors.deadletterqueue.context.headers.enable=true}).
 * No value schema of ours is registered for it.
 *
 * @param name the topic name on the broker
 */
public record ConnectDeadLetterTopic(String name) {
    /** Prefix of the headers Connect adds: topic, partition, offset, exception class and message of the failure. */
    public static final String ERROR_HEADER_PREFIX = "__connect.errors.";

    public ConnectDeadLetterTopic {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
    }
}
