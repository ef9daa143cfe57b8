package io.newsflow.sink.postgres;

import static io.newsflow.sink.postgres.Db.count;
import static io.newsflow.sink.postgres.Db.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.embedded.EmbeddedPostgres;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PostgresSinkTask} driven directly with hand-built records (wire-format bytes from the project's
 * serde and an in-process registry) against an embedded PostgreSQL: put, flush, preCommit, bad records,
 * transient failures.
 */
class PostgresSinkTaskIT {
    private static final String TOPIC = Topics.ENRICHED_ARTICLES.name();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path dir;
    static int pgPort;
    static EmbeddedPostgres pg;
    static SchemaRegistryServer registry;
    static AvroSerde<EnrichedArticle> serde;
    static int schemaNo;

    private final List<PostgresSinkTask> tasks = new ArrayList<>();
    private String schema;
    private long offset;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        pg = EmbeddedPostgres.start(dir.resolve("pg"), pgPort);
        registry = SchemaRegistryServer.startInMemory(0);
        serde = AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, new RestSchemaRegistryClient(registry.url()));
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @AfterEach
    void stopTasks() {
        tasks.forEach(PostgresSinkTask::stop);
    }

    private Map<String, String> props() {
        Map<String, String> p = new HashMap<>();
        p.put("connection.url", pg.jdbcUrl());
        p.put("connection.user", pg.user());
        p.put("schema.registry.url", registry.url());
        p.put("db.schema", schema == null ? (schema = "t" + (++schemaNo)) : schema);
        p.put("batch.size", "2");
        p.put("max.retries", "2");
        p.put("retry.backoff.ms", "100");
        return p;
    }

    private PostgresSinkTask task(RecordingSinkTaskContext ctx, Map<String, String> props) {
        PostgresSinkTask t = new PostgresSinkTask();
        t.initialize(ctx);
        t.start(props);
        tasks.add(t);
        return t;
    }

    private SinkRecord record(EnrichedArticle a) {
        String id = a.getArticle().getArticleId();
        return record(id.getBytes(StandardCharsets.UTF_8), serde.serialize(TOPIC, a));
    }

    private SinkRecord record(byte[] key, byte[] value) {
        return new SinkRecord(TOPIC, 0, Schema.OPTIONAL_BYTES_SCHEMA, key, Schema.OPTIONAL_BYTES_SCHEMA, value, offset++);
    }

    private static EnrichedArticle article(String page, int index, String version, Instant at) {
        return Articles.enriched(page, index, version, at);
    }

    private long rows(String table) throws SQLException {
        try (Connection c = pg.connect()) {
            return count(c, "SELECT count(*) FROM " + schema + "." + table);
        }
    }

    @Test
    void putWritesEveryRecordAcrossSeveralBatchesAndPreCommitReturnsTheDeliveredOffsets() throws SQLException {
        Map<String, String> p = props();
        PostgresSinkTask t = task(new RecordingSinkTaskContext(p, true), p);
        List<SinkRecord> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) { // batch.size=2: three transactions
            records.add(record(article("p1", i, "v1", T0)));
        }
        t.put(records);
        assertEquals(5, rows("articles"));
        assertEquals(20, rows("mentions"));
        assertEquals(3, rows("entities"));
        Map<TopicPartition, OffsetAndMetadata> offsets = Map.of(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(offset));
        t.flush(offsets);
        assertSame(offsets, t.preCommit(offsets));
    }

    @Test
    void redeliveryAndReplayKeepOneRowPerArticleWithTheNewestVersion() throws SQLException {
        Map<String, String> p = props();
        PostgresSinkTask t = task(new RecordingSinkTaskContext(p, true), p);
        List<SinkRecord> v1 = List.of(record(article("p1", 0, "v1", T0)), record(article("p1", 1, "v1", T0)));
        t.put(v1);
        t.put(v1); // redelivered after a crash before the offset commit
        assertEquals(2, rows("articles"));
        assertEquals(8, rows("mentions"));
        t.put(List.of(record(article("p1", 0, "v2-fewer", T0.plusSeconds(5))),
                record(article("p1", 1, "v2-fewer", T0.plusSeconds(5)))));
        try (Connection c = pg.connect()) {
            assertEquals(List.of("v2-fewer"), strings(c, "SELECT DISTINCT pipeline_version FROM " + schema + ".articles"));
        }
        assertEquals(2, rows("articles"));
        assertEquals(2, rows("mentions"));
    }

    @Test
    void badRecordsGoToTheErrantReporterAndTheGoodOnesAreWritten() throws SQLException {
        Map<String, String> p = props();
        RecordingSinkTaskContext ctx = new RecordingSinkTaskContext(p, true);
        PostgresSinkTask t = task(ctx, p);
        EnrichedArticle badDate = article("p2", 0, "v1", T0);
        badDate.getArticle().setEditionDate("yesterday");
        EnrichedArticle nul = article("p3", 0, "v1", T0);
        nul.getArticle().setBody("\u0000" + nul.getArticle().getBody());
        byte[] unknownId = ByteBuffer.allocate(9).put((byte) 0).putInt(987654).putInt(42).array();
        List<SinkRecord> batch = List.of(
                record(article("p1", 0, "v1", T0)),
                record("x".getBytes(StandardCharsets.UTF_8), "garbage, not avro".getBytes(StandardCharsets.UTF_8)),
                record("y".getBytes(StandardCharsets.UTF_8), unknownId),
                record(badDate),
                record(nul), // rejected by PostgreSQL itself (SQLState 22021), isolated by the one-by-one retry
                record(article("p1", 1, "v1", T0)));
        t.put(batch);
        assertEquals(List.of(1L, 2L, 3L, 4L), ctx.reports.stream().map(r -> r.record().kafkaOffset() - batch.get(0).kafkaOffset()).toList());
        assertTrue(ctx.reports.stream().allMatch(r -> r.error() instanceof DataException));
        assertTrue(ctx.reports.get(2).error().getMessage().contains("edition_date"), ctx.reports.get(2).error().getMessage());
        assertEquals(2, rows("articles"));
    }

    @Test
    void withoutAReporterABadRecordFailsTheTaskWithAnExplanation() {
        Map<String, String> p = props();
        PostgresSinkTask t = task(new RecordingSinkTaskContext(p, false), p);
        DataException e = assertThrows(DataException.class, () -> t.put(List.of(record(
                "x".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3}))));
        assertTrue(e.getMessage().contains("errors.tolerance"), e.getMessage());
    }

    @Test
    void tombstoneDeletesTheArticle() throws SQLException {
        Map<String, String> p = props();
        PostgresSinkTask t = task(new RecordingSinkTaskContext(p, true), p);
        t.put(List.of(record(article("p1", 0, "v1", T0)), record(article("p1", 1, "v1", T0))));
        t.put(List.of(record("p1-0".getBytes(StandardCharsets.UTF_8), null)));
        assertEquals(1, rows("articles"));
        assertEquals(4, rows("mentions"));
    }

    @Test
    void databaseOutageIsRetriedWithBackoffThenFailsAfterMaxRetriesAndRecovers() throws SQLException {
        Map<String, String> p = props();
        RecordingSinkTaskContext ctx = new RecordingSinkTaskContext(p, true);
        PostgresSinkTask t = task(ctx, p);
        List<SinkRecord> batch = List.of(record(article("p1", 0, "v1", T0)));
        pg.close();
        try {
            assertThrows(RetriableException.class, () -> t.put(batch));
            assertThrows(RetriableException.class, () -> t.put(batch));
            ConnectException last = assertThrows(ConnectException.class, () -> t.put(batch));
            assertFalse(last instanceof RetriableException, "after max.retries the task must fail");
            assertTrue(last.getMessage().contains("max.retries"), last.getMessage());
            assertEquals(List.of(100L, 200L), ctx.timeouts);
        } finally {
            pg = EmbeddedPostgres.start(dir.resolve("pg"), pgPort);
        }
        // Connect would restart the task; a fresh put succeeds once the database is back.
        PostgresSinkTask again = task(new RecordingSinkTaskContext(p, true), p);
        again.put(batch);
        assertEquals(1, rows("articles"));
    }
}
