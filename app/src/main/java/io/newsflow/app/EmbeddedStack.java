package io.newsflow.app;

import io.newsflow.embedded.EmbeddedConnect;
import io.newsflow.embedded.EmbeddedPostgres;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.Topics;
import io.newsflow.sink.postgres.PostgresSinkConfig;
import io.newsflow.sink.postgres.PostgresSinkConnector;
import io.newsflow.sink.postgres.Tables;
import io.newsflow.stream.replay.ConsumerGroups;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The infrastructure of {@code newsflow demo} and {@code newsflow replay --data-dir}, all in this JVM and all
 * stored under one data directory so a later run continues where the previous one stopped: a single-node KRaft
 * broker ({@code kafka/}) with the pipeline topics, the Schema Registry (its schemas live in the broker), an
 * embedded PostgreSQL ({@code postgres/}) and a standalone Kafka Connect worker ({@code connect/}) running the
 * PostgreSQL sink connector on {@link Topics#ENRICHED_ARTICLES}.
 *
 * <p>The sink reads with read_committed (so only what the exactly-once applications committed), sends records
 * it cannot write to {@link Topics#DLQ_SINK} and commits its consumer offsets every second, which is what
 * {@link #sinkCaughtUp()} looks at. Closed in reverse start order.
 */
final class EmbeddedStack implements AutoCloseable {
    static final String CONNECTOR = "newsflow-postgres";
    /** Consumer group of a sink connector: {@code connect-<name>}. */
    static final String SINK_GROUP = "connect-" + CONNECTOR;

    private final Path data;
    private EmbeddedPostgres postgres;
    private BrokerWithRegistry broker;
    private EmbeddedConnect connect;
    private Admin admin;
    /** Reads the enriched topic for {@link #sinkCaughtUp()}; used by the caller's thread only. */
    private KafkaConsumer<byte[], byte[]> probe;

    private EmbeddedStack(Path data) {
        this.data = data;
    }

    /** Starts everything; on failure closes what already started and rethrows. */
    static EmbeddedStack start(Path data, String command, PrintStream err) {
        EmbeddedStack s = new EmbeddedStack(data);
        try {
            s.startAll(command, err);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void startAll(String command, PrintStream err) {
        err.println(command + ": starting PostgreSQL in " + data.resolve("postgres"));
        postgres = EmbeddedPostgres.start(data.resolve("postgres"));
        err.println(command + ": starting Kafka (KRaft) in " + data.resolve("kafka"));
        broker = BrokerWithRegistry.start(data.resolve("kafka"));
        for (String name : Topics.names()) {
            broker.kafka().createTopic(name, 1, Map.of());
        }
        err.println(command + ": broker " + broker.bootstrapServers() + ", registry " + broker.registryUrl());
        // Offsets committed every second: the catch-up check reads them.
        connect = EmbeddedConnect.start(broker.bootstrapServers(), data.resolve("connect"),
                Map.of("offset.flush.interval.ms", "1000"));
        connect.addConnector(CONNECTOR, connectorConfig());
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        admin = Admin.create(p);
        err.println(command + ": PostgreSQL sink running (Connect REST " + connect.restUrl() + ")");
        err.println(command + ": query the database while this runs: psql " + postgres.psqlConnectionString()
                + "  (JDBC " + postgres.jdbcUrl() + ", user " + postgres.user() + ", no password)");
    }

    private Map<String, String> connectorConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("connector.class", PostgresSinkConnector.class.getName());
        c.put("tasks.max", "1");
        c.put("topics", Topics.ENRICHED_ARTICLES.name());
        c.put("key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        c.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        c.put("consumer.override.isolation.level", "read_committed");
        c.put(PostgresSinkConfig.CONNECTION_URL, postgres.jdbcUrl());
        c.put(PostgresSinkConfig.CONNECTION_USER, postgres.user());
        c.put(PostgresSinkConfig.SCHEMA_REGISTRY_URL, broker.registryUrl());
        c.put("errors.tolerance", "all");
        c.put("errors.deadletterqueue.topic.name", Topics.DLQ_SINK.name());
        c.put("errors.deadletterqueue.topic.replication.factor", "1");
        c.put("errors.deadletterqueue.context.headers.enable", "true");
        return c;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    String registryUrl() {
        return broker.registryUrl();
    }

    SchemaRegistryClient registry() {
        return broker.registry();
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    ConsumerGroups groups() {
        return new ConsumerGroups(admin);
    }

    /**
     * True when the sink connector has committed every committed record of the enriched topic: everything the
     * pipeline produced so far is in the database (or in the sink's dead-letter topic).
     *
     * <p>The sink commits "last record + 1", not its consumer position, so on a transactional topic its committed
     * offset stays below the end (the commit marker takes an offset). Hence: behind the end only counts when a
     * read_committed read from the committed offset to the end finds a data record.
     */
    boolean sinkCaughtUp() throws Exception {
        ConsumerGroups groups = groups();
        Map<TopicPartition, Long> committed = groups.committed(SINK_GROUP);
        for (var e : groups.stableEnds(List.of(Topics.ENRICHED_ARTICLES.name())).entrySet()) {
            long from = committed.getOrDefault(e.getKey(), 0L);
            if (from < e.getValue() && hasRecordBetween(e.getKey(), from, e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private boolean hasRecordBetween(TopicPartition tp, long from, long end) {
        if (probe == null) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            probe = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        probe.assign(List.of(tp));
        probe.seek(tp, from);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (probe.position(tp) < end && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : probe.poll(Duration.ofMillis(200))) {
                if (r.offset() < end) {
                    return true;
                }
            }
        }
        return probe.position(tp) < end; // could not read up to the end: not known to be caught up
    }

    /** Waits until {@link #sinkCaughtUp()} holds twice in a row; false on timeout, stop or a failed task. */
    boolean awaitSinkCaughtUp(long deadlineNanos, Future<?> stop) throws Exception {
        int quiet = 0;
        while (System.nanoTime() < deadlineNanos && (stop == null || !stop.isDone())) {
            quiet = sinkCaughtUp() ? quiet + 1 : 0;
            if (quiet >= 2) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Row counts of articles, entities and mentions. */
    Map<String, Long> dbCounts() throws Exception {
        try (Connection c = postgres.connect()) {
            return new Tables("public", "").rowCounts(c);
        }
    }

    @Override
    public void close() {
        if (probe != null) {
            probe.close(Duration.ofSeconds(5));
            probe = null;
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
        if (connect != null) {
            connect.close();
            connect = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
