package io.newsflow.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evolving the Article schema under the pipeline's BACKWARD_TRANSITIVE rule, through the serdes and the registry
 * over HTTP: v2 adds an optional field with a default; old data is read with the new reader and new data with the
 * old (generated) reader.
 */
class SchemaEvolutionTest {
    private static final String TOPIC = Topics.ARTICLES.name();

    private SchemaRegistryServer server;
    private SchemaRegistryClient client;

    @BeforeEach
    void start() {
        server = SchemaRegistryServer.startInMemory(0);
        client = new RestSchemaRegistryClient(server.url());
        Schemas.registerAll(client);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addedOptionalFieldWithDefaultIsReadableBothWays() {
        Schema v1 = Article.getClassSchema();
        Schema v2 = withExtraField(v1, new Schema.Field("section",
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.STRING)),
                "Newspaper section, when known.", JsonProperties.NULL_VALUE));

        AvroSerde<Article> oldSerde = AvroSerde.forTopic(Topics.ARTICLES, client);
        GenericAvroSerde newSerde = new GenericAvroSerde(v2, client);

        // old writer, new reader: the added field takes its default
        Article oldArticle = TestRecords.article();
        byte[] oldBytes = oldSerde.serializer().serialize(TOPIC, oldArticle);
        GenericRecord readByNew = newSerde.deserializer().deserialize(TOPIC, oldBytes);
        assertEquals(v2, readByNew.getSchema());
        assertNull(readByNew.get("section"));
        assertEquals(oldArticle.getTitle(), readByNew.get("title").toString());

        // new writer (registers v2: accepted as compatible), old reader: the extra field is skipped
        GenericRecord newRecord = copyInto(readByNew, v2);
        newRecord.put("section", "要闻");
        byte[] newBytes = newSerde.serializer().serialize(TOPIC, newRecord);
        RegisteredSchema latest = client.getLatest(Topics.ARTICLES.valueSubject());
        assertEquals(2, latest.version());
        assertEquals(v2, latest.schema());
        assertEquals(latest.id(), AvroSerde.schemaId(newBytes));
        Article readByOld = oldSerde.deserializer().deserialize(TOPIC, newBytes);
        assertEquals(oldArticle, readByOld);
    }

    @Test
    void addedRequiredFieldWithoutDefaultIsRejectedAndNothingIsWritten() {
        Schema v1 = Article.getClassSchema();
        Schema bad = withExtraField(v1, new Schema.Field("section", Schema.create(Schema.Type.STRING),
                "Required, no default: old data cannot be read.", null));
        GenericRecord record = new GenericData.Record(bad);
        for (Schema.Field f : v1.getFields()) {
            record.put(f.name(), new GenericData().deepCopy(f.schema(),
                    GenericData.get().getField(toGeneric(TestRecords.article(), v1), f.name(), f.pos())));
        }
        record.put("section", "x");
        GenericAvroSerde serde = new GenericAvroSerde(bad, client);
        SerializationException e = assertThrows(SerializationException.class,
                () -> serde.serializer().serialize(TOPIC, record));
        assertTrue(e.getCause() instanceof SchemaRegistryException se && se.isIncompatible(), e.toString());
        assertEquals(1, client.getLatest(Topics.ARTICLES.valueSubject()).version());
    }

    @Test
    void registerAllSetsBackwardTransitiveOnEveryTopicAndIsIdempotent() {
        var again = Schemas.registerAll(client);
        for (var topic : Topics.all()) {
            assertEquals(CompatibilityLevel.BACKWARD_TRANSITIVE, server.registry().compatibility(topic.valueSubject()));
            RegisteredSchema latest = client.getLatest(topic.valueSubject());
            assertEquals(1, latest.version());
            assertEquals(again.get(topic), latest.id());
        }
    }

    private static Schema withExtraField(Schema base, Schema.Field extra) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : base.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        fields.add(extra);
        return Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false, fields);
    }

    private static GenericRecord copyInto(GenericRecord from, Schema schema) {
        GenericRecord to = new GenericData.Record(schema);
        for (Schema.Field f : schema.getFields()) {
            to.put(f.name(), from.get(f.name()));
        }
        return to;
    }

    private static GenericRecord toGeneric(Article article, Schema schema) {
        // Through the wire format with an in-memory registry: the generic view of a generated record.
        var registry = new io.newsflow.registry.server.InMemorySchemaRegistry();
        byte[] bytes = new AvroSerde<>(Article.class, registry).serialize("x", article);
        return AvroSerde.decodeGeneric(bytes, registry);
    }
}
