package io.newsflow.sink.postgres;

import static io.newsflow.sink.postgres.Db.count;
import static io.newsflow.sink.postgres.Db.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.embedded.EmbeddedPostgres;
import io.newsflow.sink.postgres.ArticleWriter.Delete;
import io.newsflow.sink.postgres.ArticleWriter.Upsert;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ArticleWriter} and {@link SchemaMigrator} against a real (embedded) PostgreSQL. */
class ArticleWriterIT {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    static Path dir;
    static EmbeddedPostgres pg;
    static int schemaNo;

    Tables tables;
    Connection c;

    @BeforeAll
    static void startDb() {
        pg = EmbeddedPostgres.start(dir.resolve("pg"));
    }

    @AfterAll
    static void stopDb() {
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void freshSchema() throws SQLException {
        // one schema per test: isolated tables without restarting the server
        tables = new Tables("w" + (++schemaNo), "");
        c = pg.connect();
        SchemaMigrator.migrate(c, tables);
        c.setAutoCommit(false);
    }

    private static ArticleRow row(String page, int index, String version, Instant processedAt) {
        return ArticleRow.from(Articles.enriched(page, index, version, processedAt));
    }

    @Test
    void migrationIsIdempotentAndRecordsItsVersion() throws SQLException {
        assertEquals(SchemaMigrator.CURRENT_VERSION, SchemaMigrator.migrate(c, tables));
        assertEquals(SchemaMigrator.CURRENT_VERSION, SchemaMigrator.migrate(c, tables));
        assertEquals(1, count(c, "SELECT count(*) FROM " + tables.schemaVersion()));
    }

    @Test
    void refusesTablesOfANewerSchemaVersion() throws SQLException {
        Db.exec(c, "INSERT INTO " + tables.schemaVersion() + " (version) VALUES (99)");
        c.commit();
        assertThrows(IllegalStateException.class, () -> SchemaMigrator.migrate(c, tables));
    }

    @Test
    void writesArticlesEntitiesAndMentions() throws SQLException {
        ArticleWriter w = new ArticleWriter(tables, true);
        ArticleWriter.Result r = w.write(c, List.of(new Upsert(row("p1", 0, "v1", T0)), new Upsert(row("p1", 1, "v1", T0))));
        assertEquals(2, r.written());
        assertEquals(2, count(c, "SELECT count(*) FROM " + tables.articles()));
        assertEquals(3, count(c, "SELECT count(*) FROM " + tables.entities()));
        assertEquals(8, count(c, "SELECT count(*) FROM " + tables.mentions()));
        assertEquals(List.of("北京@0", "张三@5", "上海@8", "北京@21"), strings(c, "SELECT e.canonical_name || '@' || m.start_offset FROM "
                + tables.mentions() + " m JOIN " + tables.entities() + " e ON e.id = m.entity_id"
                + " WHERE m.article_id = 'p1-0' ORDER BY m.mention_no"));
        assertEquals(List.of("2024-03-05"), strings(c, "SELECT DISTINCT edition_date::text FROM " + tables.articles()));
        assertEquals(java.util.Map.of("articles", 2L, "entities", 3L, "mentions", 8L), tables.rowCounts(c));
    }

    @Test
    void rewritingAnArticleReplacesItsMentionsAndKeepsOneRow() throws SQLException {
        ArticleWriter w = new ArticleWriter(tables, true);
        w.write(c, List.of(new Upsert(row("p1", 0, "v1", T0))));
        w.write(c, List.of(new Upsert(row("p1", 0, "v1", T0)))); // redelivery: same data again
        assertEquals(1, count(c, "SELECT count(*) FROM " + tables.articles()));
        assertEquals(4, count(c, "SELECT count(*) FROM " + tables.mentions()));
        w.write(c, List.of(new Upsert(row("p1", 0, "v2-fewer", T0.plusSeconds(60)))));
        assertEquals(List.of("v2-fewer"), strings(c, "SELECT pipeline_version FROM " + tables.articles()));
        assertEquals(1, count(c, "SELECT count(*) FROM " + tables.mentions()));
    }

    @Test
    void aStaleVersionDoesNotOverwriteANewerOne() throws SQLException {
        ArticleWriter w = new ArticleWriter(tables, true);
        w.write(c, List.of(new Upsert(row("p1", 0, "v2", T0.plusSeconds(60)))));
        ArticleWriter.Result r = w.write(c, List.of(new Upsert(row("p1", 0, "v1-fewer", T0))));
        assertEquals(1, r.skippedStale());
        assertEquals(List.of("v2"), strings(c, "SELECT pipeline_version FROM " + tables.articles()));
        assertEquals(4, count(c, "SELECT count(*) FROM " + tables.mentions()));
    }

    @Test
    void aNewVersionOfAPageRemovesOldItemsItDoesNotProduceAnyMore() throws SQLException {
        ArticleWriter w = new ArticleWriter(tables, true);
        w.write(c, List.of(new Upsert(row("p1", 0, "v1", T0)), new Upsert(row("p1", 1, "v1", T0)),
                new Upsert(row("p2", 0, "v1", T0))));
        // v2 splits p1 into one item only (p1-0): p1-1 must go, p2 (not replayed yet) stays
        ArticleWriter.Result r = w.write(c, List.of(new Upsert(row("p1", 0, "v2", T0.plusSeconds(60)))));
        assertEquals(1, r.superseded());
        assertEquals(List.of("p1-0:v2", "p2-0:v1"), strings(c, "SELECT article_id || ':' || pipeline_version FROM "
                + tables.articles() + " ORDER BY 1"));
        assertEquals(0, count(c, "SELECT count(*) FROM " + tables.mentions() + " m WHERE NOT EXISTS (SELECT 1 FROM "
                + tables.articles() + " a WHERE a.article_id = m.article_id)"));
        assertEquals(8, count(c, "SELECT count(*) FROM " + tables.mentions()));
    }

    @Test
    void supersedingCanBeSwitchedOff() throws SQLException {
        ArticleWriter w = new ArticleWriter(tables, false);
        w.write(c, List.of(new Upsert(row("p1", 0, "v1", T0)), new Upsert(row("p1", 1, "v1", T0))));
        w.write(c, List.of(new Upsert(row("p1", 0, "v2", T0.plusSeconds(60)))));
        assertEquals(2, count(c, "SELECT count(*) FROM " + tables.articles()));
    }

    @Test
    void tombstoneDeletesTheArticleAndItsMentions() throws SQLException {
        ArticleWriter w = new ArticleWriter(tables, true);
        w.write(c, List.of(new Upsert(row("p1", 0, "v1", T0)), new Upsert(row("p1", 1, "v1", T0))));
        ArticleWriter.Result r = w.write(c, List.of(new Delete("p1-0")));
        assertEquals(1, r.deleted());
        assertEquals(List.of("p1-1"), strings(c, "SELECT article_id FROM " + tables.articles()));
        assertEquals(4, count(c, "SELECT count(*) FROM " + tables.mentions()));
    }

    @Test
    void aFailingBatchLeavesNothingBehind() throws SQLException {
        ArticleWriter w = new ArticleWriter(tables, true);
        w.write(c, List.of(new Upsert(row("p1", 0, "v1", T0))));
        EnrichedArticleWithNul bad = new EnrichedArticleWithNul();
        assertThrows(SQLException.class, () -> w.write(c, List.of(new Upsert(row("p1", 0, "v2", T0.plusSeconds(9))),
                new Upsert(bad.row()))));
        assertEquals(List.of("v1"), strings(c, "SELECT pipeline_version FROM " + tables.articles()));
        assertEquals(4, count(c, "SELECT count(*) FROM " + tables.mentions()));
    }

    @Test
    void concurrentWritersOfTheSamePagesDoNotDeadlock() throws Exception {
        ArticleWriter w = new ArticleWriter(tables, true);
        // Two "tasks" write different items of the same pages, in opposite page order, each round a newer
        // version superseding the other's older rows.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Void>> futures = new java.util.ArrayList<>();
            for (int item = 0; item < 2; item++) {
                int index = item;
                futures.add(pool.submit(() -> {
                    try (Connection own = pg.connect()) {
                        own.setAutoCommit(false);
                        for (int round = 0; round < 30; round++) {
                            Instant at = T0.plusSeconds(round);
                            List<Upsert> ops = new java.util.ArrayList<>();
                            for (int page = 0; page < 4; page++) {
                                int p = index == 0 ? page : 3 - page;
                                ops.add(new Upsert(row("p" + p, index, "v" + round, at)));
                            }
                            w.write(own, ops);
                        }
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get(); // a deadlock surfaces here as SQLState 40P01
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, count(c, "SELECT count(*) FROM " + tables.articles()));
        assertEquals(List.of("v29"), strings(c, "SELECT DISTINCT pipeline_version FROM " + tables.articles()));
    }

    /** A row PostgreSQL rejects: text columns cannot hold NUL characters (SQLState 22021). */
    static final class EnrichedArticleWithNul {
        ArticleRow row() {
            var e = Articles.enriched("p9", 0, "v1", T0);
            e.getArticle().setTitle("bad\u0000title");
            return ArticleRow.from(e);
        }
    }
}
