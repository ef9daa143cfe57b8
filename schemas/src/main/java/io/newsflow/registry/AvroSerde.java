package io.newsflow.registry;

import io.newsflow.schemas.Topic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka {@link Serde} for a generated Avro class in Confluent's wire format: byte 0 is the magic byte
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
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
    /** First byte of every Confluent-framed record. */
    public static final byte MAGIC_BYTE = 0x0;
    /** Magic byte plus the 4-byte schema id. */
    public static final int HEADER_SIZE = 5;

    private final Class<T> type;
    private final SchemaRegistryClient client;
    private final Schema readerSchema;
    private final SpecificData model;
    private volatile boolean isKey;

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

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
    }

    @Override
    public Serializer<T> serializer() {
        return new Serializer<>() {
            @Override
            public void configure(Map<String, ?> configs, boolean key) {
                AvroSerde.this.configure(configs, key);
            }

            @Override
            public byte[] serialize(String topic, T data) {
                return AvroSerde.this.serialize(topic, data);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return new Deserializer<>() {
            @Override
            public void configure(Map<String, ?> configs, boolean key) {
                AvroSerde.this.configure(configs, key);
            }

            @Override
            public T deserialize(String topic, byte[] data) {
                return AvroSerde.this.deserialize(topic, data);
            }
        };
    }

    /** Serializes {@code data} for {@code topic}, registering its schema under the topic's subject. */
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        Objects.requireNonNull(topic, "topic");
        Schema schema = data.getSchema();
        String subject = topic + (isKey ? "-key" : "-value");
        int id;
        try {
            id = client.register(subject, schema);
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot register schema " + schema.getFullName() + " under subject "
                    + subject + ": " + e.getMessage(), e);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(MAGIC_BYTE);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new SpecificDatumWriter<T>(schema, model).write(data, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("Cannot serialize " + type.getSimpleName() + " for topic " + topic
                    + ": " + e.getMessage(), e);
        }
    }

    /** Deserializes Confluent-framed bytes into {@code T}; {@code null} gives {@code null}. */
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        int id = schemaId(data);
        // The client caches schemas by id; readers are cheap to create (Avro caches the resolution per thread)
        // and are not safe to share between threads, so one is made per call.
        DatumReader<T> reader = new SpecificDatumReader<>(writerSchema(client, id, topic), readerSchema, model);
        return decode(reader, data, "topic " + topic + " as " + type.getSimpleName() + " (schema id " + id + ")");
    }

    /**
     * The schema id of Confluent-framed bytes, after checking the magic byte and the length.
     *
     * @throws SerializationException if the bytes are not Confluent-framed
     */
    public static int schemaId(byte[] data) {
        if (data == null || data.length < HEADER_SIZE) {
            throw new SerializationException("Not Confluent Avro data: " + (data == null ? "null" : data.length
                    + " byte(s)") + ", need at least " + HEADER_SIZE + " (magic byte + 4-byte schema id)");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Not Confluent Avro data: unknown magic byte 0x%02x (expected 0x00)", data[0] & 0xff));
        }
        return ByteBuffer.wrap(data, 1, 4).getInt();
    }

    /**
     * Decodes Confluent-framed bytes into a {@link GenericRecord} with the writer's schema (looked up by the id
     * in the bytes). For tools and dead-letter handling that do not know the type in advance.
     *
     * @return the record, or {@code null} for {@code null} input
     * @throws SerializationException for a wrong magic byte, an unknown id or truncated/corrupt data
     */
    public static GenericRecord decodeGeneric(byte[] data, SchemaRegistryClient client) {
        if (data == null) {
            return null;
        }
        int id = schemaId(data);
        Schema writer = writerSchema(client, id, null);
        Object value = decode(new GenericDatumReader<>(writer, writer, GenericData.get()), data,
                "generic record (schema id " + id + ")");
        if (!(value instanceof GenericRecord record)) {
            throw new SerializationException("Schema id " + id + " is not a record schema but " + writer.getType());
        }
        return record;
    }

    private static Schema writerSchema(SchemaRegistryClient client, int id, String topic) {
        try {
            return client.getById(id);
        } catch (SchemaRegistryException e) {
            String where = topic == null ? "" : " in a record of topic " + topic;
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND || e.httpStatus() == 404) {
                throw new SerializationException("Unknown schema id " + id + where + ": the registry has no such "
                        + "schema (" + e.getMessage() + ")", e);
            }
            throw new SerializationException("Cannot fetch writer schema id " + id + where + ": " + e.getMessage(), e);
        }
    }

    private static <R> R decode(DatumReader<R> reader, byte[] data, String what) {
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, HEADER_SIZE, data.length - HEADER_SIZE, null);
        try {
            R value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new SerializationException("Cannot deserialize " + what + ": "
                        + "trailing bytes after the record (corrupt data or wrong schema id)");
            }
            return value;
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | ClassCastException
                 | NegativeArraySizeException e) {
            String reason = e instanceof java.io.EOFException ? "data truncated" : e.toString();
            throw new SerializationException("Cannot deserialize " + what + ": " + reason, e);
        }
    }
}
