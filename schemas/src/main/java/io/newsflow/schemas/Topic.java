package io.newsflow.schemas;

import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * A Kafka topic together with the Avro type of its values. Keys are always UTF-8 strings
 * (page id, article id). Instances live in {@link Topics}; nothing else should spell a topic name.
 *
 * @param name       the topic name on the broker
 * @param valueType  generated Avro class of the record values
 * @param compacted  whether the topic is log-compacted (latest value per key is what matters)
 * @param <V>        value type
 */
public record Topic<V extends SpecificRecord>(String name, Class<V> valueType, boolean compacted) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueType, "valueType");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
    }

    /** Confluent TopicNameStrategy subject for the value schema. */
    public String valueSubject() {
        return name + "-value";
    }
}
