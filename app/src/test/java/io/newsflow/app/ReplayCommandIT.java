package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.embedded.EmbeddedPostgres;
import io.newsflow.extract.Extractors;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.schemas.Topics;
import io.newsflow.stream.Stage;
import io.newsflow.stream.StreamApps;
import io.newsflow.stream.StreamSettings;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow demo --once --data-dir D} then {@code newsflow replay ... --data-dir D}, on self-written pages:
 * the demo leaves one database row per article; a replay from the beginning rewrites every row under the new
 * pipeline version (same articles, same mentions, no duplicates, no orphan mentions); a replay of the extract stage
 * alone does the same with its own version; a replay from a time after every record reprocesses nothing; in cluster
 * mode ({@code --bootstrap-servers}) the replay refuses while the stream applications run and works once they are
 * stopped, the running sink picking up the records. The steps share one data directory and run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayCommandIT {
    private static final Map<String, String> PAGES = Map.of(
            "2026-05-02_p01.txt", "# 江边步道贯通\n\n本报记者 周小川\n\n江边步道全线贯通，市园林局在沿线新建了十座驿站。\n\n"
                    + "# 社区医院开诊\n\n本报记者 孙丽\n\n城西社区医院今天开诊，王建国医生介绍了家庭医生签约服务。\n",
            "2026-05-02_p02.txt", "## 书法展开幕\n\n本报讯(记者李青)市美术馆举办书法作品展，展期一个月。\n");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW_0 = Topics.RAW_PAGES.name() + "-0";

    // Static: one directory shared by the ordered steps (an instance field gets a new directory per test).
    @TempDir
    static Path pages;
    @TempDir
    static Path data;

    private Map<String, String> demoRows;
    private long demoMentions;
    private String replayVersion;
    private Instant afterEverything;

    @Test
    @Order(1)
    void demoOnceWritesOneRowPerArticleToTheDatabase() throws Exception {
        for (var page : PAGES.entrySet()) {
            Files.writeString(pages.resolve(page.getKey()), page.getValue());
        }
        Run run = run(new DemoCommand()::run, pages.toString(), "--once", "--data-dir", data.toString(),
                "--extractor", "hanlp", "--timeout", "180");
        assertEquals(0, run.rc, run.err);
        JsonNode summary = run.lastLine();
        assertEquals(3, summary.get("articles").asInt(), run.out);
        assertEquals(3, summary.get("db").get("articles").asInt(), run.out);

        demoRows = versionsByArticle();
        assertEquals(3, demoRows.size());
        assertEquals(Set.of(TextPipeline.VERSION), new HashSet<>(demoRows.values()));
        demoMentions = count("SELECT count(*) FROM mentions");
        assertTrue(demoMentions > 0, "the pages name people and organisations");
        assertEquals(demoMentions, summary.get("db").get("mentions").asLong());
    }

    @Test
    @Order(2)
    void replayFromTheBeginningRewritesEveryRowUnderANewVersion() throws Exception {
        Run run = run(new ReplayCommand()::run, "--from", "beginning", "--data-dir", data.toString(),
                "--extractor", "hanlp", "--timeout", "180");
        assertEquals(0, run.rc, run.err);
        JsonNode summary = run.lastLine();
        replayVersion = summary.get("version").asText();
        assertTrue(replayVersion.startsWith(TextPipeline.VERSION + "-replay-"), replayVersion);
        assertEquals(List.of("normalize", "split", "extract"),
                JSON.convertValue(summary.get("stages"), List.class));
        // Offsets, not records: the producer's transaction markers take offsets too.
        assertTrue(summary.get("reprocess_offsets").asInt() >= 2, "both raw pages are read again: " + summary);
        assertEquals(0, summary.get("reset").get(RAW_0).asInt(), summary.toString());
        assertTrue(summary.get("sink_caught_up").asBoolean(), summary.toString());

        assertDatabaseHoldsTheDemoArticlesUnder(replayVersion);
        assertEquals(3, summary.get("db").get("articles").asInt());
        assertEquals(demoMentions, summary.get("db").get("mentions").asLong());
    }

    @Test
    @Order(3)
    void replayOfTheExtractStageAloneStampsItsVersion() throws Exception {
        Run run = run(new ReplayCommand()::run, "--from", "beginning", "--stage", "extract",
                "--pipeline-version", "extract-only-2", "--data-dir", data.toString(),
                "--extractor", "hanlp", "--timeout", "180");
        assertEquals(0, run.rc, run.err);
        JsonNode summary = run.lastLine();
        assertEquals(List.of("extract"), JSON.convertValue(summary.get("stages"), List.class));
        // The articles topic holds the demo's three articles and the first replay's three.
        assertTrue(summary.get("reprocess_offsets").asInt() >= 6, summary.toString());
        assertDatabaseHoldsTheDemoArticlesUnder("extract-only-2");
        afterEverything = Instant.now();
        Thread.sleep(50);
    }

    @Test
    @Order(4)
    void replayFromATimeAfterEveryRecordReprocessesNothing() throws Exception {
        Run run = run(new ReplayCommand()::run, "--from", afterEverything.toString(), "--pipeline-version", "unused",
                "--data-dir", data.toString(), "--extractor", "hanlp", "--timeout", "120");
        assertEquals(0, run.rc, run.err);
        JsonNode summary = run.lastLine();
        assertEquals(0, summary.get("reprocess_offsets").asInt(), summary.toString());
        assertTrue(summary.get("reset").get(RAW_0).asInt() >= 2,
                "reset to the end of the raw topic, past both pages: " + summary);
        assertDatabaseHoldsTheDemoArticlesUnder("extract-only-2");
    }

    @Test
    @Order(5)
    void clusterModeRefusesWhileTheApplicationsRunAndReplaysOnceTheyAreStopped() throws Exception {
        try (EmbeddedStack stack = EmbeddedStack.start(data, "test", new PrintStream(OutputStream.nullOutputStream()))) {
            String[] args = {"--from", "beginning", "--pipeline-version", "cluster-3",
                    "--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
                    "--state-dir", data.resolve("replay-streams").toString(), "--extractor", "hanlp",
                    "--timeout", "120"};
            StreamSettings running = new StreamSettings(stack.bootstrapServers(), stack.registryUrl(),
                    data.resolve("streams"), 1);
            try (StreamApps apps = StreamApps.start(running, EnumSet.allOf(Stage.class), stack.registry(),
                    new TextPipeline(Extractors.create("hanlp")), Clock.systemUTC())) {
                assertTrue(apps.awaitRunning(Duration.ofSeconds(60)), apps.failure().orElse("not running"));
                Run refused = run(new ReplayCommand()::run, args);
                assertEquals(1, refused.rc, refused.err);
                assertTrue(refused.err.contains("consumer group 'newsflow-normalize' is active")
                        && refused.err.contains("stop every instance"), refused.err);
            }
            Run run = run(new ReplayCommand()::run, args);
            assertEquals(0, run.rc, run.err);
            assertEquals("cluster-3", run.lastLine().get("version").asText());
            // The cluster's sink (here the stack's Connect worker) was left running and receives the records.
            assertTrue(stack.awaitSinkCaughtUp(System.nanoTime() + Duration.ofSeconds(60).toNanos(), null));
        }
        assertDatabaseHoldsTheDemoArticlesUnder("cluster-3");
    }

    private void assertDatabaseHoldsTheDemoArticlesUnder(String version) throws Exception {
        Map<String, String> rows = versionsByArticle();
        assertEquals(demoRows.keySet(), rows.keySet(), "the same articles, one row each");
        assertEquals(Set.of(version), new HashSet<>(rows.values()));
        assertEquals(demoMentions, count("SELECT count(*) FROM mentions"), "mentions replaced, not added");
        assertEquals(0, count("SELECT count(*) FROM mentions m LEFT JOIN articles a USING (article_id)"
                + " WHERE a.article_id IS NULL"), "no orphan mentions");
        assertEquals(0, count("SELECT count(*) - count(DISTINCT (page_id, item_index)) FROM articles"),
                "no duplicate items of a page");
    }

    private Map<String, String> versionsByArticle() throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(data.resolve("postgres"));
             Connection c = pg.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_id, pipeline_version FROM articles")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }

    private long count(String sql) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(data.resolve("postgres"));
             Connection c = pg.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @FunctionalInterface
    private interface Body {
        int run(List<String> args, PrintStream out, PrintStream err, java.util.concurrent.Future<?> stop)
                throws Exception;
    }

    private record Run(int rc, String out, String err) {
        JsonNode lastLine() throws Exception {
            List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
            return JSON.readTree(lines.get(lines.size() - 1));
        }
    }

    private static Run run(Body body, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = body.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new CompletableFuture<Void>());
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
