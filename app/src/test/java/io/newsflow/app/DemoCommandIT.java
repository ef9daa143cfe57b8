package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.extract.EntityCount;
import io.newsflow.extract.Extractors;
import io.newsflow.pipeline.ProcessedItem;
import io.newsflow.pipeline.TextPipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow demo DIR --once} end to end: embedded broker, registry, the three exactly-once applications and
 * the producer and the PostgreSQL sink (embedded Connect + PostgreSQL) in one process; the printed articles, the
 * summary and the database row counts agree with the offline pipeline on the same self-written pages, and a bad
 * input file is counted as a dead letter.
 */
class DemoCommandIT {
    private static final Map<String, String> PAGES = Map.of(
            "2026-04-01_p01.txt", "# 老街改造完工\n\n本报记者 吴敏\n\n老街改造历时一年，沿街二十多家老字号重新开张。\n\n"
                    + "# 夜市人气旺\n\n本报记者 钱多多\n\n南京路夜市每晚吸引上万名游客，市商务局表示将延长营业时间。\n",
            "2026-04-01_p02.txt", "## 图书馆延长开放时间\n\n本报讯(记者冯明)市图书馆从下周起每天开放到晚上九点。\n");

    @TempDir
    Path dir;

    @Test
    void onceRunPrintsEveryArticleWithEntitiesAndASummaryMatchingTheOfflinePipeline() throws Exception {
        for (var page : PAGES.entrySet()) {
            Files.writeString(dir.resolve(page.getKey()), page.getValue());
        }
        Files.write(dir.resolve("2026-04-01_p03.txt"), new byte[0]); // empty: rejected to the ingest dead letters

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new DemoCommand().run(List.of(dir.toString(), "--once", "--extractor", "hanlp", "--timeout", "120"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        JsonNode summary = lines.remove(lines.size() - 1);

        TextPipeline pipeline = new TextPipeline(Extractors.create("hanlp"));
        Set<String> titles = new HashSet<>();
        Set<String> entities = new HashSet<>();
        int articles = 0;
        int mentions = 0;
        for (String content : PAGES.values()) {
            for (ProcessedItem item : pipeline.process(content)) {
                articles++;
                mentions += item.mentions().size();
                titles.add(item.item().title());
                for (EntityCount c : item.entities()) {
                    entities.add(c.type() + "/" + c.canonical());
                }
            }
        }
        assertEquals(3, articles, "the self-written pages hold three articles");
        assertEquals(articles, lines.size(), out.toString(StandardCharsets.UTF_8));
        Set<String> printedTitles = new HashSet<>();
        Set<String> printedEntities = new HashSet<>();
        for (JsonNode a : lines) {
            printedTitles.add(a.get("title").asText());
            a.get("entities").forEach(e -> printedEntities.add(e.get("type").asText() + "/" + e.get("name").asText()));
        }
        assertEquals(titles, printedTitles);
        assertEquals(entities, printedEntities);

        assertEquals(2, summary.get("pages").asInt());
        assertEquals(articles, summary.get("articles").asInt());
        assertEquals(entities.size(), summary.get("entities").asInt());
        assertEquals(1, summary.get("dead_letters").asInt());
        // The sink connector has written every article before the summary: one row each, all mentions.
        JsonNode db = summary.get("db");
        assertEquals(articles, db.get("articles").asInt(), summary.toString());
        assertEquals(mentions, db.get("mentions").asInt(), summary.toString());
        assertEquals(entities.size(), db.get("entities").asInt(), summary.toString());
        assertTrue(mentions > 0, "the self-written pages name people and places");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("psql postgresql://"), err.toString());
        double first = summary.get("seconds_to_first_article").asDouble();
        double total = summary.get("total_seconds").asDouble();
        assertTrue(first > 0 && first < total, summary.toString());
    }

    @Test
    void watchModePrintsArticlesOfFilesAddedLaterAndStopsCleanly() throws Exception {
        Files.writeString(dir.resolve("2026-04-02_p01.txt"), "# 河道清淤工程启动\n\n本报记者 韩雪\n\n城北河道清淤工程昨天启动，预计两个月完工。\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Void> stop = new CompletableFuture<>();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> rc = executor.submit(() -> new DemoCommand().run(
                    List.of(dir.toString(), "--extractor", "hanlp"), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), stop));
            awaitOutput(out, "河道清淤工程启动");
            Files.writeString(dir.resolve("2026-04-02_p02.txt"), "# 社区食堂开业\n\n本报记者 韩雪\n\n东街社区食堂今天开业，老人就餐享受优惠。\n");
            awaitOutput(out, "社区食堂开业");

            stop.complete(null);
            assertEquals(0, rc.get(90, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("stopping"), err.toString(StandardCharsets.UTF_8));
            long lines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
            assertEquals(2, lines, out.toString(StandardCharsets.UTF_8));
        } finally {
            stop.complete(null);
            executor.shutdownNow();
        }
    }

    private static void awaitOutput(ByteArrayOutputStream out, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no article '" + text + "' printed within 90 s: " + out);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void missingDirectoryIsAUsageError() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new DemoCommand().run(List.of(dir.resolve("nope").toString(), "--once"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a directory"), err.toString());
    }
}
