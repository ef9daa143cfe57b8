package io.newsflow.registry;

import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Base of {@link AvroSerde} and {@link GenericAvroSerde} (not meant for other subclasses): the serializer and
 * deserializer views delegate to the serde, and {@code configure(.., isKey)} on any of them selects the
 * {@code -key} or {@code -value} subject.
 */
public abstract class AbstractAvroSerde<T> implements Serde<T> {
    private volatile boolean isKey;

    /** Serializes {@code data} for {@code topic}; {@code null} gives {@code null}. */
    public abstract byte[] serialize(String topic, T data);

    /** Deserializes Confluent-framed bytes; {@code null} gives {@code null}. */
    public abstract T deserialize(String topic, byte[] data);

    /** Whether this serde was configured for record keys (subject {@code <topic>-key}). */
    protected final boolean isKey() {
        return isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
    }

    @Override
    public Serializer<T> serializer() {
        return new Serializer<>() {
            @Override
            public void configure(Map<String, ?> configs, boolean key) {
                AbstractAvroSerde.this.configure(configs, key);
            }

            @Override
            public byte[] serialize(String topic, T data) {
                return AbstractAvroSerde.this.serialize(topic, data);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return new Deserializer<>() {
            @Override
            public void configure(Map<String, ?> configs, boolean key) {
                AbstractAvroSerde.this.configure(configs, key);
            }

            @Override
            public T deserialize(String topic, byte[] data) {
                return AbstractAvroSerde.this.deserialize(topic, data);
            }
        };
    }
}
