package io.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.testing.BrokerAndRegistry;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.RawPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once across a crash: the split application dies in the middle of a transaction (a stream thread killed
 * by an {@link Error}, which no exception handler catches, so the task is closed dirty and its open transaction
 * aborted), is started again, and the articles topic read with read_committed holds every article exactly once.
 */
class StreamRestartIT {
    private static final int PAGES = 10;
    private static final int CRASH_ON_PAGE = 6;
    /**
     * Streams members do not leave their group on close, so a restarted instance waits until the crashed member's
     * session expires (45 s by default); the broker's minimum keeps this test short.
     */
    private static final Map<String, Object> FAST_FAILOVER =
            Map.of(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);

    @TempDir
    static Path dir;
    @RegisterExtension
    static final BrokerAndRegistry broker = new BrokerAndRegistry();

    /** Self-written page {@code n} with two articles. */
    static String page(int n) {
        return "# 第" + n + "社区举办邻里节\n\n本报记者 王晓" + n + "\n\n第" + n + "社区昨天举办邻里节，居民们参加了"
                + n + "项趣味比赛。\n\n# 第" + n + "小学开设围棋课\n\n本报记者 赵立" + n + "\n\n第" + n
                + "小学本学期开设围棋课，每周两节，报名学生超过一百人。\n";
    }

    /** Wall-clock time that kills the calling stream thread on its {@code crashAt}-th reading. */
    static final class CrashingClock extends Clock {
        private final AtomicInteger calls = new AtomicInteger();
        private final int crashAt;

        CrashingClock(int crashAt) {
            this.crashAt = crashAt;
        }

        @Override
        public Instant instant() {
            if (calls.incrementAndGet() == crashAt) {
                throw new SimulatedCrash();
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("not needed by the topologies");
        }
    }

    /** An Error, not an Exception: bypasses the processing exception handler like a real crash would. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash of the split application");
        }
    }

    @Test
    void splitApplicationKilledMidTransactionAndRestartedWritesEveryArticleExactlyOnce() throws Exception {
        TextPipeline pipeline = StreamTestSupport.pipeline();
        StreamSettings settings = new StreamSettings(broker.bootstrapServers(), broker.registryUrl(),
                dir.resolve("state"), 1);
        Set<String> expectedIds = new HashSet<>();
        List<RawPage> pages = new ArrayList<>();
        for (int n = 1; n <= PAGES; n++) {
            RawPage raw = StreamTestSupport.rawPage("restart-" + n, page(n));
            pages.add(raw);
            int items = pipeline.split(pipeline.normalize(raw.getContent())).size();
            for (int i = 0; i < items; i++) {
                expectedIds.add(ArticleIds.of(raw.getPageId(), i, raw.getContentSha256()));
            }
        }
        assertEquals(2 * PAGES, expectedIds.size(), "two articles per page");

        try (StreamApps normalize = StreamApps.start(settings, EnumSet.of(Stage.NORMALIZE), broker.registry(), pipeline,
                Clock.systemUTC())) {
            assertTrue(normalize.awaitRunning(Duration.ofSeconds(60)));
            publish(pages);
            // All normalized pages are committed before split starts, so split reads them in large batches and
            // the crash hits a transaction that already holds the articles of the pages before it.
            assertEquals(PAGES, countCommitted(Topics.NORMALIZED_PAGES.name(), PAGES, "read_committed"));

            StreamApps crashing = StreamApps.start(settings, EnumSet.of(Stage.SPLIT), broker.registry(), pipeline,
                    new CrashingClock(CRASH_ON_PAGE), FAST_FAILOVER);
            try {
                long deadline = System.nanoTime() + TopicReader.WAIT.toNanos();
                while (crashing.failure().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertTrue(crashing.failure().orElse("").contains("stream thread died"),
                        "split crashed: " + crashing.failure());
            } finally {
                crashing.close();
            }
            int written = countCommitted(Topics.ARTICLES.name(), 0, "read_uncommitted");
            int committedBeforeRestart = countCommitted(Topics.ARTICLES.name(), 0, "read_committed");

            try (StreamApps restarted = StreamApps.start(settings, EnumSet.of(Stage.SPLIT), broker.registry(), pipeline,
                    Clock.systemUTC(), FAST_FAILOVER)) {
                List<String> ids = committedArticleIds(expectedIds.size());
                assertEquals(expectedIds.size(), ids.size(), "no article lost or duplicated: " + ids);
                assertEquals(expectedIds, new HashSet<>(ids));
                assertTrue(restarted.failure().isEmpty());
            }
            assertTrue(written > committedBeforeRestart,
                    "the crash aborted a transaction holding articles (written " + written + ", committed "
                            + committedBeforeRestart + "), so the test exercised the abort path");
        }
    }

    private static void publish(List<RawPage> pages) throws Exception {
        AvroSerde<RawPage> serde = AvroSerde.forTopic(Topics.RAW_PAGES, broker.registry());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            for (RawPage page : pages) {
                producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), page.getPageId(),
                        serde.serialize(Topics.RAW_PAGES.name(), page))).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static int countCommitted(String topic, int atLeast, String isolation) {
        return TopicReader.read(broker.bootstrapServers(), topic, isolation, r -> true, atLeast).size();
    }

    private static List<String> committedArticleIds(int atLeast) {
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, Article> r : TopicReader.readCommitted(broker.bootstrapServers(), broker.registry(),
                Topics.ARTICLES, r -> true, atLeast)) {
            assertEquals(r.key(), r.value().getArticleId());
            ids.add(r.value().getArticleId());
        }
        return ids;
    }
}
