package io.newsflow.registry;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;

/** Confluent framing shared by the serdes: magic byte 0x00, big-endian 4-byte schema id, Avro binary. */
final class WireFormat {
    static final byte MAGIC_BYTE = 0x0;
    static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    static int register(SchemaRegistryClient client, String topic, boolean isKey, Schema schema) {
        String subject = topic + (isKey ? "-key" : "-value");
        try {
            return client.register(subject, schema);
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot register schema " + schema.getFullName() + " under subject "
                    + subject + ": " + e.getMessage(), e);
        }
    }

    static <D> byte[] encode(int id, D datum, DatumWriter<D> writer, String what) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            out.write(MAGIC_BYTE);
            out.write(ByteBuffer.allocate(4).putInt(id).array());
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(datum, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("Cannot serialize " + what + ": " + e.getMessage(), e);
        }
    }

    static int schemaId(byte[] data) {
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

    static Schema writerSchema(SchemaRegistryClient client, int id, String topic) {
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

    /** Decodes to a GenericRecord, resolving to {@code reader} (the writer schema itself when null). */
    static GenericRecord decodeGeneric(byte[] data, SchemaRegistryClient client, Schema reader, String topic) {
        int id = schemaId(data);
        Schema writer = writerSchema(client, id, topic);
        Object value = decode(new GenericDatumReader<>(writer, reader == null ? writer : reader, GenericData.get()),
                data, (topic == null ? "generic record" : "topic " + topic) + " (schema id " + id + ")");
        if (!(value instanceof GenericRecord record)) {
            throw new SerializationException("Schema id " + id + " is not a record schema but " + writer.getType());
        }
        return record;
    }

    static <R> R decode(DatumReader<R> reader, byte[] data, String what) {
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
            String reason = e instanceof EOFException ? "data truncated" : e.toString();
            throw new SerializationException("Cannot deserialize " + what + ": " + reason, e);
        }
    }
}
