package io.newsflow.registry;

import io.newsflow.schemas.Topic;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DatumReader;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Kafka {@link org.apache.kafka.common.serialization.Serde} for a generated Avro class in Confluent's wire format: byte 0 is the magic byte
 * {@code 0x00}, bytes 1-4 the schema id (big-endian int), then the Avro binary encoding of the record. Data
 * written by this serde is readable by Confluent's {@code KafkaAvroDeserializer} and vice versa.
 *
 * <p>Serializing registers the record's schema under the subject {@code <topic>-value} (or {@code <topic>-key}
 * when configured as a key serde), Confluent's TopicNameStrategy, using the topic passed to
 * {@code serialize}; the id is cached by the client, so only the first record per subject calls the registry.
 * Registration fails (as a {@link SerializationException}) when the subject's compatibility level rejects it.
 *
 * <p>Deserializing looks the writer schema up by the id in the bytes and resolves it against {@code T}'s schema
 * (Avro schema resolution), so records written with an older or newer compatible schema are read as {@code T}.
 * A wrong magic byte, an unknown id, truncated or corrupt data all raise {@link SerializationException} with the
 * reason. {@code null} maps to {@code null} both ways (tombstones).
 *
 * <p>Thread-safe: one instance may be shared by producers and stream threads.
 */
public final class AvroSerde<T extends SpecificRecord> extends AbstractAvroSerde<T> {
    /** First byte of every Confluent-framed record. */
    public static final byte MAGIC_BYTE = WireFormat.MAGIC_BYTE;
    /** Magic byte plus the 4-byte schema id. */
    public static final int HEADER_SIZE = WireFormat.HEADER_SIZE;

    private final Class<T> type;
    private final SchemaRegistryClient client;
    private final Schema readerSchema;
    private final SpecificData model;

    /**
     * @param type   generated Avro class (must have the static {@code SCHEMA$} field generated classes carry)
     * @param client registry used to register writer schemas and look up ids
     */
    public AvroSerde(Class<T> type, SchemaRegistryClient client) {
        this.type = Objects.requireNonNull(type, "type");
        this.client = Objects.requireNonNull(client, "client");
        // The class's own model carries its logical-type conversions (e.g. timestamp-millis <-> Instant).
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
        if (readerSchema == null || readerSchema.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException(type.getName() + " is not a generated Avro record class");
        }
    }

    /** A value serde for the topic's value type. */
    public static <T extends SpecificRecord> AvroSerde<T> forTopic(Topic<T> topic, SchemaRegistryClient client) {
        return new AvroSerde<>(topic.valueType(), client);
    }

    /** The generated class this serde reads and writes. */
    public Class<T> type() {
        return type;
    }

    /** {@code T}'s schema, the reader schema used when deserializing. */
    public Schema readerSchema() {
        return readerSchema;
    }

    /** Serializes {@code data} for {@code topic}, registering its schema under the topic's subject. */
    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        Objects.requireNonNull(topic, "topic");
        Schema schema = data.getSchema();
        int id = WireFormat.register(client, topic, isKey(), schema);
        return WireFormat.encode(id, data, new SpecificDatumWriter<T>(schema, model),
                type.getSimpleName() + " for topic " + topic);
    }

    /** Deserializes Confluent-framed bytes into {@code T}; {@code null} gives {@code null}. */
    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        int id = WireFormat.schemaId(data);
        // The client caches schemas by id; readers are cheap to create (Avro caches the resolution per thread)
        // and are not safe to share between threads, so one is made per call.
        DatumReader<T> reader = new SpecificDatumReader<>(WireFormat.writerSchema(client, id, topic), readerSchema,
                model);
        return WireFormat.decode(reader, data, "topic " + topic + " as " + type.getSimpleName()
                + " (schema id " + id + ")");
    }

    /**
     * The schema id of Confluent-framed bytes, after checking the magic byte and the length.
     *
     * @throws SerializationException if the bytes are not Confluent-framed
     */
    public static int schemaId(byte[] data) {
        return WireFormat.schemaId(data);
    }

    /**
     * Decodes Confluent-framed bytes into a {@link GenericRecord} with the writer's schema (looked up by the id
     * in the bytes). For tools and dead-letter handling that do not know the type in advance.
     *
     * @return the record, or {@code null} for {@code null} input
     * @throws SerializationException for a wrong magic byte, an unknown id or truncated/corrupt data
     */
    public static GenericRecord decodeGeneric(byte[] data, SchemaRegistryClient client) {
        return data == null ? null : WireFormat.decodeGeneric(data, client, null, null);
    }
}
