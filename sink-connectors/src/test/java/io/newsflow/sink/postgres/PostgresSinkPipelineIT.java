package io.newsflow.sink.postgres;

import static io.newsflow.sink.postgres.Db.count;
import static io.newsflow.sink.postgres.Db.strings;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.embedded.EmbeddedConnect;
import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.embedded.EmbeddedPostgres;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.schemas.ConnectDeadLetterTopic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.runtime.isolation.PluginDesc;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector in a real (embedded) Connect worker, reading from a real (embedded) broker and writing to
 * an embedded PostgreSQL, with the project's registry. One broker, database, registry and worker serve all
 * tests; each test uses its own topic, connector name and database schema.
 */
class PostgresSinkPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static EmbeddedPostgres pg;
    static SchemaRegistryServer registry;
    static EmbeddedConnect connect;
    static AvroSerde<EnrichedArticle> serde;

    @BeforeAll
    static void startAll() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        pg = EmbeddedPostgres.start(dir.resolve("pg"));
        registry = SchemaRegistryServer.start(kafka.bootstrapServers(), 0);
        serde = AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, new RestSchemaRegistryClient(registry.url()));
        kafka.createTopic(Topics.DLQ_SINK.name(), 1, Map.of());
        // commit sink offsets every second, so a restart mid-stream resumes from a recent offset
        connect = EmbeddedConnect.start(kafka.bootstrapServers(), dir.resolve("connect"),
                Map.of("offset.flush.interval.ms", "1000"));
    }

    @AfterAll
    static void stopAll() {
        // reverse order; each one guarded so a failed start still releases what did start
        if (connect != null) {
            connect.close();
        }
        if (registry != null) {
            registry.close();
        }
        if (pg != null) {
            pg.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static Map<String, String> connectorConfig(String topic, String schema) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", PostgresSinkConnector.class.getName());
        c.put("tasks.max", "2");
        c.put("topics", topic);
        c.put("key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        c.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        c.put("connection.url", pg.jdbcUrl());
        c.put("connection.user", pg.user());
        c.put("schema.registry.url", registry.url());
        c.put("db.schema", schema);
        c.put("batch.size", "7");
        c.put("errors.tolerance", "all");
        c.put("errors.deadletterqueue.topic.name", Topics.DLQ_SINK.name());
        c.put("errors.deadletterqueue.topic.replication.factor", "1");
        c.put("errors.deadletterqueue.context.headers.enable", "true");
        return c;
    }

    private static KafkaProducer<byte[], byte[]> producer(String transactionalId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(p);
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, EnrichedArticle a) {
        return new ProducerRecord<>(topic, a.getArticle().getArticleId().getBytes(StandardCharsets.UTF_8),
                serde.serialize(topic, a));
    }

    /** Articles of {@code pages} pages with {@code items} items each. */
    private static List<EnrichedArticle> articles(int firstPage, int pages, int items, String version, Instant at) {
        List<EnrichedArticle> out = new ArrayList<>();
        for (int p = firstPage; p < firstPage + pages; p++) {
            for (int i = 0; i < items; i++) {
                out.add(Articles.enriched("page" + p, i, version, at));
            }
        }
        return out;
    }

    private static void send(String topic, List<EnrichedArticle> articles) {
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            for (EnrichedArticle a : articles) {
                producer.send(record(topic, a));
            }
            producer.flush();
        }
    }

    private static long query(String sql) throws SQLException {
        try (Connection c = pg.connect()) {
            return count(c, sql);
        }
    }

    /**
     * Waits for {@code sql} to count {@code expected}; a timeout says what the database last held, where
     * the connector's consumer group stands on the topic and what the tasks report, so a slow or stuck
     * run can be told apart from a lost record.
     */
    private static void awaitCount(String connector, String topic, String sql, long expected) throws Exception {
        long[] last = {-1};
        try {
            Db.await(expected + " from " + sql, WAIT, () -> {
                last[0] = query(sql);
                return last[0] == expected;
            });
        } catch (AssertionError timedOut) {
            throw new AssertionError(timedOut.getMessage() + "; last count " + last[0] + "; "
                    + Diagnostics.connectorState(connect, connector) + "; "
                    + Diagnostics.groupPosition(kafka.bootstrapServers(), "connect-" + connector, topic), timedOut);
        }
    }

    @Test
    void producedArticlesBecomeRowsRestartAddsNoDuplicatesAndReplayReplacesTheVersion() throws Exception {
        String topic = Topics.ENRICHED_ARTICLES.name();
        String schema = "flow";
        kafka.createTopic(topic, 3, Map.of());
        send(topic, articles(0, 5, 4, "v1", T0));
        // An aborted transaction: a read_committed worker must never write it.
        try (KafkaProducer<byte[], byte[]> tx = producer("it-aborted-" + UUID.randomUUID())) {
            tx.initTransactions();
            tx.beginTransaction();
            tx.send(record(topic, Articles.enriched("aborted", 0, "v1", T0)));
            tx.flush();
            tx.abortTransaction();
        }
        connect.addConnector("pg-flow", connectorConfig(topic, schema));
        awaitCount("pg-flow", topic, "SELECT count(*) FROM flow.articles", 20);

        // More records, and a restart of connector and tasks while they are being consumed.
        send(topic, articles(5, 5, 4, "v1", T0));
        connect.restartConnector("pg-flow");
        awaitCount("pg-flow", topic, "SELECT count(*) FROM flow.articles", 40);
        assertEquals(160, query("SELECT count(*) FROM flow.mentions"), "4 mentions per article, none twice");
        assertEquals(3, query("SELECT count(*) FROM flow.entities"));
        assertEquals(0, query("SELECT count(*) FROM flow.articles WHERE page_id = 'aborted'"));

        // Replay: the same articles processed again by a new pipeline version (fewer mentions).
        send(topic, articles(0, 10, 4, "v2-fewer", T0.plusSeconds(3600)));
        awaitCount("pg-flow", topic, "SELECT count(*) FROM flow.articles WHERE pipeline_version = 'v2-fewer'", 40);
        assertEquals(40, query("SELECT count(*) FROM flow.articles"));
        assertEquals(40, query("SELECT count(*) FROM flow.mentions"));
        assertEquals(0, query("SELECT count(*) FROM flow.mentions m WHERE NOT EXISTS"
                + " (SELECT 1 FROM flow.articles a WHERE a.article_id = m.article_id)"));
        ConnectorStateInfo status = connect.status("pg-flow");
        assertEquals("RUNNING", status.connector().state());
        assertEquals(2, status.tasks().size());
        connect.deleteConnector("pg-flow");
    }

    @Test
    void garbageRecordGoesToTheDeadLetterTopicAndTheTaskKeepsRunning() throws Exception {
        String topic = "it.articles.dlq";
        kafka.createTopic(topic, 1, Map.of());
        byte[] garbage = "definitely not avro".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> producer = producer(null)) {
            producer.send(record(topic, Articles.enriched("d", 0, "v1", T0)));
            producer.send(new ProducerRecord<>(topic, "bad-key".getBytes(StandardCharsets.UTF_8), garbage));
            producer.send(record(topic, Articles.enriched("d", 1, "v1", T0)));
            producer.flush();
        }
        connect.addConnector("pg-dlq", connectorConfig(topic, "dlq"));
        awaitCount("pg-dlq", topic, "SELECT count(*) FROM dlq.articles", 2);

        ConsumerRecord<byte[], byte[]> dead = null;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-dlq-reader");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DLQ_SINK.name()));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (dead == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Header h = r.headers().lastHeader(ConnectDeadLetterTopic.ERROR_HEADER_PREFIX + "topic");
                    if (h != null && topic.equals(new String(h.value(), StandardCharsets.UTF_8))) {
                        dead = r;
                    }
                }
            }
        }
        assertNotNull(dead, "no dead letter from " + topic + " on " + Topics.DLQ_SINK.name());
        assertArrayEquals(garbage, dead.value(), "the dead letter keeps the original bytes");
        String reason = new String(dead.headers().lastHeader(ConnectDeadLetterTopic.ERROR_HEADER_PREFIX + "exception.message").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("magic byte"), reason);

        // still running, and still writing
        send(topic, List.of(Articles.enriched("d", 2, "v1", T0)));
        awaitCount("pg-dlq", topic, "SELECT count(*) FROM dlq.articles", 3);
        connect.awaitRunning("pg-dlq", Duration.ofSeconds(5));
        connect.deleteConnector("pg-dlq");
    }

    @Test
    void thePackagedPluginDirectoryWorksInIsolation() throws Exception {
        Path pluginDir = Path.of("target", "newsflow-postgres-sink-plugin").toAbsolutePath();
        assumeTrue(Files.isDirectory(pluginDir), "plugin directory not built (run mvn verify, not just the test)");
        Plugins plugins = new Plugins(Map.of("plugin.path", pluginDir.toString(), "plugin.discovery", "service_load"));
        PluginDesc<SinkConnector> desc = plugins.sinkConnectors().stream()
                .filter(d -> d.className().equals(PostgresSinkConnector.class.getName()))
                .filter(d -> d.location().contains("newsflow-postgres-sink"))
                .findFirst().orElseThrow(() -> new AssertionError("connector not found in " + pluginDir));
        ClassLoader loader = desc.loader();
        // the runtime dependencies come from the plugin directory, not from the test class path
        for (String cls : List.of("io.newsflow.sink.postgres.PostgresSinkTask", "io.newsflow.registry.AvroSerde",
                "io.newsflow.schemas.avro.EnrichedArticle", "org.postgresql.Driver", "org.apache.avro.Schema")) {
            Class<?> c = Class.forName(cls, false, loader);
            assertTrue(c.getProtectionDomain().getCodeSource().getLocation().getPath().contains("newsflow-postgres-sink"),
                    cls + " loaded from " + c.getProtectionDomain().getCodeSource().getLocation());
        }
        // and the task works from there: decode wire-format bytes and write through the plugin's own driver
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            SinkTask task = (SinkTask) loader.loadClass(PostgresSinkTask.class.getName()).getDeclaredConstructor().newInstance();
            assertTrue(task.getClass() != PostgresSinkTask.class, "task class must come from the plugin loader");
            Map<String, String> props = connectorConfig("unused", "isolated");
            task.initialize(new RecordingSinkTaskContext(props, true));
            task.start(props);
            byte[] value = serde.serialize(Topics.ENRICHED_ARTICLES.name(), Articles.enriched("iso", 0, "v1", T0));
            task.put(List.of(new SinkRecord(Topics.ENRICHED_ARTICLES.name(), 0, null, "iso-0".getBytes(StandardCharsets.UTF_8),
                    null, value, 0)));
            task.stop();
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertEquals(1, query("SELECT count(*) FROM isolated.articles"));
        assertEquals(4, query("SELECT count(*) FROM isolated.mentions"));

        List<String> jars;
        try (var files = Files.list(pluginDir.resolve("newsflow-postgres-sink/lib"))) {
            jars = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(jars.stream().noneMatch(j -> j.startsWith("kafka-") || j.startsWith("connect-")), jars.toString());
        assertTrue(Files.isRegularFile(Path.of("target", "newsflow-postgres-sink-plugin.zip")));
    }
}
