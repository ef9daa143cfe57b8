package io.newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

/** Integration tests on a real in-JVM KRaft broker (one shared broker for the class, plus restart tests). */
class EmbeddedKafkaIT {
    @TempDir
    static Path sharedDir;
    static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.start(sharedDir.resolve("kafka"));
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void producedRecordsAreConsumedInOrder() throws Exception {
        kafka.createTopic("plain", 1, Map.of());
        try (KafkaProducer<String, String> producer = producer(kafka, null)) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("plain", "k" + i, "v" + i)).get(30, TimeUnit.SECONDS);
            }
        }
        List<ConsumerRecord<String, String>> read = consume(kafka, "plain", "read_uncommitted", 5);
        assertEquals(List.of("v0", "v1", "v2", "v3", "v4"), read.stream().map(ConsumerRecord::value).toList());
        assertEquals("k3", read.get(3).key());
    }

    @Test
    void transactionalCommitIsVisibleAndAbortIsNotToReadCommittedConsumers() throws Exception {
        kafka.createTopic("tx", 2, Map.of());
        try (KafkaProducer<String, String> producer = producer(kafka, "tx-test")) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("tx", "a", "aborted-1"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("tx", "a", "committed-1"));
            producer.send(new ProducerRecord<>("tx", "b", "committed-2"));
            producer.commitTransaction();
        }
        List<String> values = consume(kafka, "tx", "read_committed", 2).stream()
                .map(ConsumerRecord::value).sorted().toList();
        assertEquals(List.of("committed-1", "committed-2"), values);
    }

    @Test
    void createTopicIsIdempotentAndAppliesConfigs() throws Exception {
        kafka.createTopic("compacted", 3, Map.of("cleanup.policy", "compact"));
        assertDoesNotThrow(() -> kafka.createTopic("compacted", 3, Map.of("cleanup.policy", "compact")));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertEquals(3, admin.describeTopics(List.of("compacted")).allTopicNames().get()
                    .get("compacted").partitions().size());
            ConfigResource res = new ConfigResource(ConfigResource.Type.TOPIC, "compacted");
            Config cfg = admin.describeConfigs(List.of(res)).all().get().get(res);
            assertEquals("compact", cfg.get("cleanup.policy").value());
        }
    }

    @Test
    void createTopicRejectsInvalidPartitionCount() {
        assertThrows(IllegalArgumentException.class, () -> kafka.createTopic("bad", 0, Map.of()));
    }

    @Test
    void restartOnSameLogDirKeepsTopicsAndCommittedData(@TempDir Path dir) throws Exception {
        Path logDir = dir.resolve("restart");
        try (EmbeddedKafka first = EmbeddedKafka.start(logDir)) {
            first.createTopic("durable", 1, Map.of());
            try (KafkaProducer<String, String> producer = producer(first, "durable-tx")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("durable", "k", "before-restart"));
                producer.commitTransaction();
            }
        }
        assertTrue(Files.exists(logDir.resolve("meta.properties")), "storage was formatted");
        String metaBefore = Files.readString(logDir.resolve("meta.properties"));

        try (EmbeddedKafka second = EmbeddedKafka.start(logDir)) {
            assertEquals(metaBefore, Files.readString(logDir.resolve("meta.properties")),
                    "restart must not re-format the log dir");
            second.createTopic("durable", 1, Map.of()); // exists already: no-op
            try (KafkaProducer<String, String> producer = producer(second, "durable-tx")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("durable", "k", "after-restart"));
                producer.commitTransaction();
            }
            List<String> values = consume(second, "durable", "read_committed", 2).stream()
                    .map(ConsumerRecord::value).toList();
            assertEquals(List.of("before-restart", "after-restart"), values);
        }
    }

    @Test
    void closeTwiceIsSafeAndExplicitPortIsUsed(@TempDir Path dir) throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmbeddedKafka broker = EmbeddedKafka.start(dir.resolve("k"), port);
        assertEquals("127.0.0.1:" + port, broker.bootstrapServers());
        broker.close();
        assertDoesNotThrow(broker::close);
        assertThrows(IllegalStateException.class, () -> broker.createTopic("after-close", 1, Map.of()));
    }

    @Test
    void portAlreadyInUseFailsWithAMessageNamingThePort(@TempDir Path dir) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EmbeddedKafka.start(dir.resolve("k"), port));
            assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        }
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka broker, String transactionalId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> consume(EmbeddedKafka broker, String topic,
                                                                String isolation, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic + "-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            // one more short poll: anything beyond the expected count (e.g. aborted records) must not appear
            consumer.poll(Duration.ofMillis(500)).forEach(out::add);
        }
        assertEquals(expected, out.size(), "records read from " + topic);
        return out;
    }
}
