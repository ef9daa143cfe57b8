package io.newsflow.stream;

import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.errors.StreamsException;

/**
 * Builds the dead-letter records the two exception handlers hand back to Kafka Streams. Streams sends them with
 * the task's own producer, so under {@code exactly_once_v2} a dead letter is committed atomically with the
 * offset of the record that failed: every bad record ends up exactly once in its stage's dead-letter topic.
 *
 * <p>The handlers are created by Kafka Streams through reflection, so they get their collaborators from the
 * Streams config: {@link #STAGE_CONFIG} (a {@link Stage} or its wire name) and {@link #REGISTRY_CONFIG} (a
 * {@link SchemaRegistryClient} instance).
 */
final class DeadLetters {
    /** Streams config key: the {@link Stage} whose dead-letter topic receives the failed records. */
    static final String STAGE_CONFIG = "newsflow.dead.letter.stage";
    /** Streams config key: the {@link SchemaRegistryClient} used to serialize {@link DeadLetter} values. */
    static final String REGISTRY_CONFIG = "newsflow.dead.letter.registry";

    /** Longest error message kept; longer ones are cut (stack-trace-sized messages bloat the topic). */
    static final int MAX_MESSAGE = 2000;

    private final Stage stage;
    private final AvroSerde<DeadLetter> serde;
    private final Clock clock;

    private DeadLetters(Stage stage, AvroSerde<DeadLetter> serde, Clock clock) {
        this.stage = stage;
        this.serde = serde;
        this.clock = clock;
    }

    static DeadLetters fromConfig(Map<String, ?> configs) {
        Object stage = configs.get(STAGE_CONFIG);
        Object registry = configs.get(REGISTRY_CONFIG);
        if (stage == null) {
            throw new ConfigException(STAGE_CONFIG + " is missing: the dead-letter handlers need the stage");
        }
        if (!(registry instanceof SchemaRegistryClient client)) {
            throw new ConfigException(REGISTRY_CONFIG + " must be a SchemaRegistryClient instance, got "
                    + (registry == null ? "nothing" : registry.getClass().getName()));
        }
        Stage s = stage instanceof Stage st ? st : Stage.fromWireName(stage.toString());
        // One serde for every stage: the subject comes from the topic passed to serialize().
        return new DeadLetters(s, new AvroSerde<>(DeadLetter.class, client), Clock.systemUTC());
    }

    Stage stage() {
        return stage;
    }

    /** The dead-letter record for a failed input record, keyed by the original key bytes. */
    ProducerRecord<byte[], byte[]> record(byte[] key, byte[] value, String topic, int partition, long offset,
                                          Exception error) {
        Throwable cause = reason(error);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        DeadLetter letter = DeadLetter.newBuilder()
                .setStage(stage.wireName())
                .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
                .setOriginalValue(value == null ? null : ByteBuffer.wrap(value))
                .setErrorClass(cause.getClass().getName())
                .setErrorMessage(message)
                .setSourceTopic(topic)
                .setSourcePartition(partition < 0 ? null : partition)
                .setSourceOffset(offset < 0 ? null : offset)
                .setSourceName(null)
                .setFailedAt(clock.instant())
                .build();
        String dlq = stage.deadLetters().name();
        return new ProducerRecord<>(dlq, null, key, serde.serialize(dlq, letter));
    }

    /** Streams wraps processor exceptions; the interesting reason is the innermost one it wrapped. */
    private static Throwable reason(Throwable error) {
        Throwable t = error;
        while (t instanceof StreamsException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
