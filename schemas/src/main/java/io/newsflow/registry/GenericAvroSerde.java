package io.newsflow.registry;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;

/**
 * {@link org.apache.kafka.common.serialization.Serde} for {@link GenericRecord}s in Confluent's wire format, for code that has a schema but no generated
 * class (tools, replays, schema-evolution checks). Same framing, subject naming, registration and error handling as
 * {@link AvroSerde}. Serializing writes each record with its own schema; deserializing resolves the writer schema
 * to the reader schema given at construction, or returns records in the writer's schema when none was given.
 * Failures are {@link org.apache.kafka.common.errors.SerializationException}s. Thread-safe; {@code null} maps to
 * {@code null}.
 */
public final class GenericAvroSerde extends AbstractAvroSerde<GenericRecord> {
    private final SchemaRegistryClient client;
    private final Schema readerSchema;

    /**
     * @param readerSchema schema records are resolved to when read; {@code null} to read with the writer schema
     */
    public GenericAvroSerde(Schema readerSchema, SchemaRegistryClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.readerSchema = readerSchema;
    }

    /** Serializes {@code data} for {@code topic}, registering its schema under the topic's subject. */
    @Override
    public byte[] serialize(String topic, GenericRecord data) {
        if (data == null) {
            return null;
        }
        Objects.requireNonNull(topic, "topic");
        Schema schema = data.getSchema();
        int id = WireFormat.register(client, topic, isKey(), schema);
        return WireFormat.encode(id, data, new GenericDatumWriter<>(schema, GenericData.get()),
                schema.getFullName() + " for topic " + topic);
    }

    /** Deserializes Confluent-framed bytes; {@code null} gives {@code null}. */
    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        return data == null ? null : WireFormat.decodeGeneric(data, client, readerSchema, topic);
    }
}
