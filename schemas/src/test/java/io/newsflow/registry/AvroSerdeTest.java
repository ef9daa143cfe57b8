package io.newsflow.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.registry.server.InMemorySchemaRegistry;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.schemas.avro.RawPage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Confluent wire format and Avro round trips, against the real in-process registry rules. */
class AvroSerdeTest {
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void serializedBytesAreMagicZeroThenBigEndianSchemaIdThenPlainAvroBinary() throws Exception {
        // Burn a few ids so the id is not 1 and the big-endian layout is visible in more than one byte.
        for (int i = 0; i < 258; i++) {
            registry.register("filler-" + i, Schema.createRecord("F" + i, null, "x", false, java.util.List.of()));
        }
        AvroSerde<RawPage> serde = AvroSerde.forTopic(Topics.RAW_PAGES, registry);
        RawPage page = TestRecords.rawPage();

        byte[] bytes = serde.serializer().serialize(Topics.RAW_PAGES.name(), page);

        int id = registry.getLatest(Topics.RAW_PAGES.valueSubject()).id();
        assertEquals(259, id);
        assertEquals(0x00, bytes[0]);
        assertArrayEquals(new byte[] {0, 0, 1, 3}, Arrays.copyOfRange(bytes, 1, 5), "id 259 = 0x00000103");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(plain, null);
        new SpecificDatumWriter<>(RawPage.class).write(page, encoder);
        encoder.flush();
        assertArrayEquals(plain.toByteArray(), Arrays.copyOfRange(bytes, 5, bytes.length));
        assertEquals(id, AvroSerde.schemaId(bytes));
    }

    @Test
    void serializerRegistersUnderTopicValueSubjectOfTheTopicPassed() {
        AvroSerde<Article> serde = new AvroSerde<>(Article.class, registry);
        serde.serializer().serialize("some.other.topic", TestRecords.article());
        assertEquals(Article.getClassSchema(), registry.getLatest("some.other.topic-value").schema());
    }

    @Test
    void keySerdeUsesKeySubject() {
        AvroSerde<Article> serde = new AvroSerde<>(Article.class, registry);
        serde.configure(java.util.Map.of(), true);
        serde.serializer().serialize("t", TestRecords.article());
        assertEquals(1, registry.getLatest("t-key").version());
    }

    @Test
    void everyPipelineTypeRoundTrips() {
        assertRoundTrip(AvroSerde.forTopic(Topics.RAW_PAGES, registry), Topics.RAW_PAGES.name(), TestRecords.rawPage());
        assertRoundTrip(AvroSerde.forTopic(Topics.NORMALIZED_PAGES, registry), Topics.NORMALIZED_PAGES.name(),
                TestRecords.normalizedPage());
        assertRoundTrip(AvroSerde.forTopic(Topics.ARTICLES, registry), Topics.ARTICLES.name(), TestRecords.article());
        assertRoundTrip(AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, registry), Topics.ENRICHED_ARTICLES.name(),
                TestRecords.enrichedArticle());
        assertRoundTrip(AvroSerde.forTopic(Topics.DLQ_INGEST, registry), Topics.DLQ_INGEST.name(),
                TestRecords.deadLetter());
    }

    @Test
    void sameSchemaOnTwoTopicsSharesOneId() {
        AvroSerde<DeadLetter> serde = new AvroSerde<>(DeadLetter.class, registry);
        byte[] a = serde.serializer().serialize(Topics.DLQ_SPLIT.name(), TestRecords.deadLetter());
        byte[] b = serde.serializer().serialize(Topics.DLQ_EXTRACT.name(), TestRecords.deadLetter());
        assertEquals(AvroSerde.schemaId(a), AvroSerde.schemaId(b));
        assertArrayEquals(a, b);
    }

    @Test
    void nullMapsToNullBothWays() {
        AvroSerde<Article> serde = AvroSerde.forTopic(Topics.ARTICLES, registry);
        assertNull(serde.serializer().serialize("t", null));
        assertNull(serde.deserializer().deserialize("t", null));
        assertNull(AvroSerde.decodeGeneric(null, registry));
    }

    @Test
    void wrongMagicByteIsRejectedWithTheByteInTheMessage() {
        AvroSerde<Article> serde = AvroSerde.forTopic(Topics.ARTICLES, registry);
        byte[] bytes = serde.serializer().serialize("t", TestRecords.article());
        bytes[0] = 0x7b; // '{' as if someone wrote JSON
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("t", bytes));
        assertTrue(e.getMessage().contains("magic byte 0x7b"), e.getMessage());
    }

    @Test
    void unknownSchemaIdIsRejectedNamingTheId() {
        AvroSerde<Article> serde = AvroSerde.forTopic(Topics.ARTICLES, registry);
        byte[] bytes = serde.serializer().serialize("t", TestRecords.article());
        ByteBuffer.wrap(bytes, 1, 4).putInt(424242);
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("t", bytes));
        assertTrue(e.getMessage().contains("Unknown schema id 424242"), e.getMessage());
    }

    @Test
    void truncatedDataIsRejected() {
        AvroSerde<Article> serde = AvroSerde.forTopic(Topics.ARTICLES, registry);
        byte[] bytes = serde.serializer().serialize("t", TestRecords.article());
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 10);
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("t", cut));
        assertTrue(e.getMessage().contains("Cannot deserialize"), e.getMessage());
        SerializationException header = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("t", new byte[] {0, 0, 1}));
        assertTrue(header.getMessage().contains("3 byte(s)"), header.getMessage());
    }

    @Test
    void trailingGarbageIsRejected() {
        AvroSerde<Article> serde = AvroSerde.forTopic(Topics.ARTICLES, registry);
        byte[] bytes = serde.serializer().serialize("t", TestRecords.article());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", longer));
    }

    @Test
    void decodeGenericReadsWithTheWriterSchema() {
        AvroSerde<EnrichedArticle> serde = AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, registry);
        byte[] bytes = serde.serializer().serialize("t", TestRecords.enrichedArticle());
        GenericRecord generic = AvroSerde.decodeGeneric(bytes, registry);
        assertNotNull(generic);
        assertEquals(EnrichedArticle.getClassSchema(), generic.getSchema());
        assertEquals("示例标题", ((GenericRecord) generic.get("article")).get("title").toString());
    }

    @Test
    void incompatibleRegistrationSurfacesAsSerializationException() {
        registry.register("t-value", Article.getClassSchema());
        // A different record with a required field and no default cannot read old Article data.
        AvroSerde<NormalizedPage> serde = new AvroSerde<>(NormalizedPage.class, registry);
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.serializer().serialize("t", TestRecords.normalizedPage()));
        assertTrue(e.getCause() instanceof SchemaRegistryException se && se.isIncompatible(), e.toString());
    }

    private static <T extends org.apache.avro.specific.SpecificRecord> void assertRoundTrip(
            AvroSerde<T> serde, String topic, T value) {
        byte[] bytes = serde.serializer().serialize(topic, value);
        T back = serde.deserializer().deserialize(topic, bytes);
        assertEquals(value, back);
    }
}
