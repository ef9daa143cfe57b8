package io.newsflow.registry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.CompatibilityLevel;
import io.newsflow.registry.RegisteredSchema;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryException;
import io.newsflow.registry.Schemas;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.RawPage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry server persisting to a compacted topic on a real in-JVM broker: ids survive restarts. */
class SchemaRegistryServerIT {
    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void idsVersionsAndConfigSurviveARegistryRestart() {
        String topic = "_schemas_restart";
        Schema a1 = record("A", "x");
        Schema a2 = SchemaBuilder.record("A").namespace("t").fields().requiredString("x").optionalString("y")
                .endRecord();
        Schema b1 = record("B", "z");
        int idA1;
        int idA2;
        int idB1;
        try (SchemaRegistryServer server = SchemaRegistryServer.start(kafka.bootstrapServers(), 0, topic)) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(server.url());
            idA1 = client.register("a-value", a1);
            idA2 = client.register("a-value", a2);
            idB1 = client.register("b-value", b1);
            client.setCompatibility("b-value", "NONE");
        }
        try (SchemaRegistryServer server = SchemaRegistryServer.start(kafka.bootstrapServers(), 0, topic)) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(server.url()); // fresh: no cache
            assertEquals(a1, client.getById(idA1));
            assertEquals(a2, client.getById(idA2));
            assertEquals(new RegisteredSchema("a-value", idA2, 2, a2), client.getLatest("a-value"));
            assertEquals(new RegisteredSchema("b-value", idB1, 1, b1), client.getLatest("b-value"));
            assertEquals(CompatibilityLevel.NONE, server.registry().compatibility("b-value"));
            assertEquals(CompatibilityLevel.BACKWARD_TRANSITIVE, server.registry().compatibility("a-value"));
            assertEquals(idA1, client.register("a-value", a1), "known schema keeps its id");
            int fresh = client.register("c-value", record("C", "w"));
            assertTrue(fresh > Math.max(idA1, Math.max(idA2, idB1)), "new ids never reuse old ones: " + fresh);
            SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                    () -> client.register("a-value", record("A", "other")));
            assertTrue(e.isIncompatible(), "compatibility still enforced after replay");
        }
    }

    @Test
    void stateTopicIsCompactedWithOnePartition() throws Exception {
        try (SchemaRegistryServer server = SchemaRegistryServer.start(kafka.bootstrapServers(), 0);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            ConfigResource res = new ConfigResource(ConfigResource.Type.TOPIC, SchemaRegistryServer.DEFAULT_TOPIC);
            assertEquals("compact", admin.describeConfigs(List.of(res)).all().get().get(res)
                    .get("cleanup.policy").value());
            assertEquals(1, admin.describeTopics(List.of(SchemaRegistryServer.DEFAULT_TOPIC)).allTopicNames().get()
                    .get(SchemaRegistryServer.DEFAULT_TOPIC).partitions().size());
            assertTrue(server.url().startsWith("http://127.0.0.1:"));
        }
    }

    @Test
    void recordsWrittenBeforeARestartOfBrokerAndRegistryAreStillReadable(@TempDir Path own) throws Exception {
        Path logDir = own.resolve("kafka");
        Topic<RawPage> topic = Topics.RAW_PAGES;
        RawPage page = RawPage.newBuilder().setPageId("p1").setSource("a.txt").setEditionDate(null)
                .setPageNumber(null).setContent("正文").setContentSha256("00".repeat(32)).setByteLength(6)
                .setIngestedAt(Instant.parse("2026-01-01T00:00:00Z")).setFeed("it").build();
        int id;
        try (EmbeddedKafka broker = EmbeddedKafka.start(logDir);
             SchemaRegistryServer server = SchemaRegistryServer.start(broker.bootstrapServers(), 0)) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(server.url());
            id = Schemas.registerAll(client).get(topic);
            broker.createTopic(topic.name(), 1, Map.of());
            try (KafkaProducer<String, RawPage> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                    new StringSerializer(), AvroSerde.forTopic(topic, client).serializer())) {
                producer.send(new ProducerRecord<>(topic.name(), "p1", page)).get();
            }
        }
        try (EmbeddedKafka broker = EmbeddedKafka.start(logDir);
             SchemaRegistryServer server = SchemaRegistryServer.start(broker.bootstrapServers(), 0)) {
            RestSchemaRegistryClient client = new RestSchemaRegistryClient(server.url());
            assertEquals(id, client.getLatest(topic.valueSubject()).id());
            List<RawPage> read = new ArrayList<>();
            try (KafkaConsumer<String, RawPage> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "it-read",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), AvroSerde.forTopic(topic, client).deserializer())) {
                consumer.subscribe(List.of(topic.name()));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (read.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                }
            }
            assertEquals(List.of(page), read);
        }
    }

    @Test
    void blankBootstrapServersAreRejectedNamingTheSetting() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> SchemaRegistryServer.start(" ", 0));
        assertTrue(blank.getMessage().contains("bootstrap"), blank.getMessage());
    }

    private static Schema record(String name, String field) {
        return SchemaBuilder.record(name).namespace("t").fields().requiredString(field).endRecord();
    }
}
