package io.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.extract.EntityCount;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.PageProducer;
import io.newsflow.ingest.ProgressReporter;
import io.newsflow.ingest.PublishResult;
import io.newsflow.pipeline.ProcessedItem;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.testing.BrokerAndRegistry;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three applications on a real in-JVM KRaft broker with the in-process registry over HTTP, exactly-once:
 * pages published by the ingest producer come out of the last stage with the same items and entities as
 * {@link TextPipeline#process} gives offline, and a corrupt record on an intermediate topic is committed to that
 * stage's dead-letter topic while the pipeline keeps running. Everything is read back with read_committed.
 */
class StreamPipelineIT {

    /** Self-written pages (file name -> content). */
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("it_2026-03-01_p01.txt", StreamTestSupport.TWO_ARTICLE_PAGE);
        PAGES.put("it_2026-03-01_p02.txt", StreamTestSupport.ONE_ARTICLE_PAGE);
        PAGES.put("it_2026-03-02_p01.txt", "## 春季运动会开幕\n\n本报讯(记者刘强)第五届全市中学生春季运动会昨日在体育中心开幕。\n\n"
                + "## 新公交线路开通\n\n本报讯(记者孙悦)连接火车站和大学城的快速公交线路今天开通，上海市交通部门到场。\n");
    }

    @TempDir
    static Path dir;
    @RegisterExtension
    static final BrokerAndRegistry broker = new BrokerAndRegistry();
    static StreamApps apps;

    @BeforeAll
    static void start() throws Exception {
        StreamSettings settings = new StreamSettings(broker.bootstrapServers(), broker.registryUrl(),
                dir.resolve("state"), 2);
        // One thread for normalize and split, two for extract: also exercises per-stage settings.
        apps = StreamApps.start(settings, EnumSet.allOf(Stage.class), broker.registry(), StreamTestSupport.pipeline(),
                Clock.systemUTC(), Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1),
                Map.of(Stage.EXTRACT, Map.of(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2)));
        assertTrue(apps.awaitRunning(Duration.ofSeconds(60)), "applications running: " + apps.failure());
    }

    @AfterAll
    static void stop() {
        if (apps != null) {
            apps.close();
        }
    }

    @Test
    void stageSettingsApplyToThatApplicationOnTopOfTheSettingsForAll() {
        assertEquals(1, apps.apps().get(Stage.NORMALIZE).metadataForLocalThreads().size());
        assertEquals(1, apps.apps().get(Stage.SPLIT).metadataForLocalThreads().size());
        assertEquals(2, apps.apps().get(Stage.EXTRACT).metadataForLocalThreads().size());
    }

    @Test
    void publishedPagesComeOutEnrichedExactlyAsTheOfflinePipelineProcessesThem() throws Exception {
        Map<String, String> contentByPageId = new HashMap<>();
        try (PageProducer producer = PageProducer.create(IngestSettings.defaults(broker.bootstrapServers()),
                broker.registry(), ProgressReporter.silent())) {
            for (var page : PAGES.entrySet()) {
                PublishResult r = producer.publish(page.getKey(),
                        new ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8)))
                        .get(30, TimeUnit.SECONDS);
                assertTrue(r.published(), r.toString());
                contentByPageId.put(r.pageId().id(), page.getValue());
            }
        }
        TextPipeline pipeline = StreamTestSupport.pipeline();
        int expectedCount = PAGES.values().stream().mapToInt(c -> pipeline.process(c).size()).sum();

        List<EnrichedArticle> enriched = readCommitted(Topics.ENRICHED_ARTICLES,
                r -> contentByPageId.containsKey(r.value().getArticle().getPageId()), expectedCount).stream()
                .map(ConsumerRecord::value).toList();
        assertEquals(expectedCount, enriched.size());
        assertEquals(expectedCount, enriched.stream().map(e -> e.getArticle().getArticleId()).distinct().count(),
                "every article exactly once");

        assertSameAsOffline(contentByPageId, enriched);
    }

    /** Per page, the enriched articles equal {@link TextPipeline#process} on the page's text. */
    private static void assertSameAsOffline(Map<String, String> contentByPageId, List<EnrichedArticle> enriched) {
        TextPipeline pipeline = StreamTestSupport.pipeline();
        for (var page : contentByPageId.entrySet()) {
            List<EnrichedArticle> ofPage = enriched.stream()
                    .filter(e -> e.getArticle().getPageId().equals(page.getKey()))
                    .sorted(Comparator.comparing(e -> e.getArticle().getIndex()))
                    .toList();
            List<ProcessedItem> offline = pipeline.process(page.getValue());
            assertEquals(offline.size(), ofPage.size(), "items of " + page.getKey());
            for (int i = 0; i < offline.size(); i++) {
                ProcessedItem want = offline.get(i);
                EnrichedArticle got = ofPage.get(i);
                assertEquals(want.item().title(), got.getArticle().getTitle());
                assertEquals(want.item().byline(), got.getArticle().getByline());
                assertEquals(want.item().body(), got.getArticle().getBody());
                assertEquals(want.item().kind().wireName(), got.getArticle().getKind());
                assertEquals(offline.size(), got.getArticle().getItemCount());
                assertEquals(want.mentions().stream().map(m -> m.canonical() + "/" + m.type()).toList(),
                        got.getMentions().stream().map(m -> m.getCanonical() + "/" + m.getType()).toList());
                assertEquals(want.entities().stream().map(EntityCount::canonical).toList(),
                        got.getEntities().stream().map(e -> e.getCanonical()).toList());
            }
        }
    }

    @Test
    void theFiveSeedPagesGiveTheSameItemsAndEntitiesAsTheOfflinePipeline() throws Exception {
        String shared = System.getProperty("newsflow.shared");
        Path seeds = shared == null ? null : Path.of(shared, "seeds");
        Assumptions.assumeTrue(seeds != null && Files.isDirectory(seeds),
                "skipped: seed pages not found (system property newsflow.shared=" + shared + ")");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, String> contentByPageId = new HashMap<>();
        try (PageProducer producer = PageProducer.create(IngestSettings.defaults(broker.bootstrapServers()),
                broker.registry(), ProgressReporter.silent())) {
            for (Path f : files) {
                PublishResult r = producer.publish(f).get(30, TimeUnit.SECONDS);
                assertTrue(r.published(), r.toString());
                contentByPageId.put(r.pageId().id(), Files.readString(f));
            }
        }
        TextPipeline pipeline = StreamTestSupport.pipeline();
        int expectedCount = contentByPageId.values().stream().mapToInt(c -> pipeline.process(c).size()).sum();
        assertTrue(expectedCount > files.size(), "seed pages hold several items each");
        List<EnrichedArticle> enriched = readCommitted(Topics.ENRICHED_ARTICLES,
                r -> contentByPageId.containsKey(r.value().getArticle().getPageId()), expectedCount).stream()
                .map(ConsumerRecord::value).toList();
        assertEquals(expectedCount, enriched.size());
        assertSameAsOffline(contentByPageId, enriched);
    }

    @Test
    void badInputFilesBecomeIngestDeadLettersWithReasonsWhileGoodPagesFlowThroughAllStages() throws Exception {
        byte[] invalidUtf8 = {(byte) 0xE6, (byte) 0x96, 0x41, 0x42, (byte) 0xFF, 0x0A};
        byte[] binary = {0x00, 0x01, 0x02, 0x03, 0x00, 0x7F, 0x00, 0x10};
        String oversized = "本报讯 超长的稿件。".repeat(1000);
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("bad_2026-05-01_p01.txt", new byte[0]);
        inputs.put("bad_2026-05-01_p02.txt", binary);
        inputs.put("bad_2026-05-01_p03.txt", invalidUtf8);
        inputs.put("bad_2026-05-01_p04.txt", oversized.getBytes(StandardCharsets.UTF_8));
        inputs.put("bad_2026-05-01_p05.txt", StreamTestSupport.ONE_ARTICLE_PAGE.getBytes(StandardCharsets.UTF_8));
        Map<String, String> outcome = new LinkedHashMap<>();
        String goodPageId = null;
        try (PageProducer producer = PageProducer.create(IngestSettings.defaults(broker.bootstrapServers())
                .withMaxPageBytes(8 * 1024), broker.registry(), ProgressReporter.silent())) {
            for (var input : inputs.entrySet()) {
                PublishResult r = producer.publish(input.getKey(), new ByteArrayInputStream(input.getValue()))
                        .get(30, TimeUnit.SECONDS);
                outcome.put(input.getKey(), r.published() ? "published" : r.reason().name());
                if (r.published()) {
                    goodPageId = r.pageId().id();
                }
            }
        }
        assertEquals(List.of("EMPTY", "BINARY", "NOT_UTF8", "TOO_LARGE", "published"),
                List.copyOf(outcome.values()));

        Map<String, DeadLetter> dead = new HashMap<>();
        readCommitted(Topics.DLQ_INGEST, r -> r.value().getSourceName() != null
                && r.value().getSourceName().startsWith("bad_"), 4)
                .forEach(r -> dead.put(r.value().getSourceName(), r.value()));
        assertEquals(4, dead.size(), dead.keySet().toString());
        assertEquals("EMPTY", dead.get("bad_2026-05-01_p01.txt").getErrorClass());
        assertEquals("BINARY", dead.get("bad_2026-05-01_p02.txt").getErrorClass());
        assertEquals("NOT_UTF8", dead.get("bad_2026-05-01_p03.txt").getErrorClass());
        assertEquals("TOO_LARGE", dead.get("bad_2026-05-01_p04.txt").getErrorClass());
        dead.values().forEach(d -> assertTrue(!d.getErrorMessage().isBlank(), d.toString()));

        String pageId = goodPageId;
        List<ConsumerRecord<String, EnrichedArticle>> enriched = readCommitted(Topics.ENRICHED_ARTICLES,
                r -> r.value().getArticle().getPageId().equals(pageId), 1);
        assertEquals(1, enriched.size());
        assertEquals("城西菜市场完成升级", enriched.get(0).value().getArticle().getTitle());
        assertTrue(apps.failure().isEmpty(), "applications keep running: " + apps.failure());
    }

    @Test
    void badRecordsOnAnIntermediateTopicAreCommittedToThatStagesDeadLetterTopicAndThePipelineKeepsRunning()
            throws Exception {
        byte[] garbage = "this is not a normalized page".getBytes(StandardCharsets.UTF_8);
        var unknownLayout = NormalizeTopology.toNormalizedPage(StreamTestSupport.pipeline(),
                StreamTestSupport.rawPage("layout-page", StreamTestSupport.ONE_ARTICLE_PAGE), Clock.systemUTC());
        unknownLayout.setLayout("SCROLL");
        byte[] unknownLayoutBytes = AvroSerde.forTopic(Topics.NORMALIZED_PAGES, broker.registry())
                .serialize(Topics.NORMALIZED_PAGES.name(), unknownLayout);
        var good = NormalizeTopology.toNormalizedPage(StreamTestSupport.pipeline(),
                StreamTestSupport.rawPage("after-bad-page", StreamTestSupport.ONE_ARTICLE_PAGE), Clock.systemUTC());
        byte[] goodBytes = AvroSerde.forTopic(Topics.NORMALIZED_PAGES, broker.registry())
                .serialize(Topics.NORMALIZED_PAGES.name(), good);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            // One partition key for all three, so they are read in this order.
            producer.send(new ProducerRecord<>(Topics.NORMALIZED_PAGES.name(), 0, "corrupt-page", garbage))
                    .get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(Topics.NORMALIZED_PAGES.name(), 0, "layout-page", unknownLayoutBytes))
                    .get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(Topics.NORMALIZED_PAGES.name(), 0, "after-bad-page", goodBytes))
                    .get(30, TimeUnit.SECONDS);
        }
        Map<String, DeadLetter> dead = new HashMap<>();
        readCommitted(Topics.DLQ_SPLIT, 2).forEach(r -> dead.put(r.key(), r.value()));
        assertEquals(Set.of("corrupt-page", "layout-page"), dead.keySet());

        DeadLetter corrupt = dead.get("corrupt-page");
        assertEquals("split", corrupt.getStage());
        assertTrue(corrupt.getErrorClass().endsWith("SerializationException"), corrupt.getErrorClass());
        assertTrue(corrupt.getErrorMessage().contains("magic byte"), corrupt.getErrorMessage());
        assertArrayEquals(garbage, NormalizeTopologyTest.bytes(corrupt.getOriginalValue()));
        assertEquals(Topics.NORMALIZED_PAGES.name(), corrupt.getSourceTopic());

        DeadLetter layout = dead.get("layout-page");
        assertEquals("split", layout.getStage());
        assertEquals(IllegalArgumentException.class.getName(), layout.getErrorClass());
        assertTrue(layout.getErrorMessage().contains("unknown layout 'SCROLL'"), layout.getErrorMessage());
        assertArrayEquals(unknownLayoutBytes, NormalizeTopologyTest.bytes(layout.getOriginalValue()));

        List<ConsumerRecord<String, EnrichedArticle>> after = readCommitted(Topics.ENRICHED_ARTICLES,
                r -> r.value().getArticle().getPageId().equals("after-bad-page"), 1);
        assertEquals(1, after.size(), "the page after the bad ones went through all stages");
        assertTrue(apps.failure().isEmpty(), "applications keep running: " + apps.failure());
    }

    static <V extends org.apache.avro.specific.SpecificRecord> List<ConsumerRecord<String, V>> readCommitted(
            Topic<V> topic, int atLeast) {
        return readCommitted(topic, r -> true, atLeast);
    }

    static <V extends org.apache.avro.specific.SpecificRecord> List<ConsumerRecord<String, V>> readCommitted(
            Topic<V> topic, Predicate<ConsumerRecord<String, V>> keep, int atLeast) {
        return TopicReader.readCommitted(broker.bootstrapServers(), broker.registry(), topic, keep, atLeast);
    }
}
