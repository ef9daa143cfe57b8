package io.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.extract.EntityCount;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.PageProducer;
import io.newsflow.ingest.ProgressReporter;
import io.newsflow.ingest.PublishResult;
import io.newsflow.pipeline.ProcessedItem;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.registry.server.SchemaRegistryServer;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three applications on a real in-JVM KRaft broker with the in-process registry over HTTP, exactly-once:
 * pages published by the ingest producer come out of the last stage with the same items and entities as
 * {@link TextPipeline#process} gives offline, and a corrupt record on an intermediate topic is committed to that
 * stage's dead-letter topic while the pipeline keeps running. Everything is read back with read_committed.
 */
class StreamPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(90);

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
    static EmbeddedKafka kafka;
    static SchemaRegistryServer registryServer;
    static SchemaRegistryClient registry;
    static StreamApps apps;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        registryServer = SchemaRegistryServer.start(kafka.bootstrapServers(), 0);
        registry = new RestSchemaRegistryClient(registryServer.url());
        StreamSettings settings = new StreamSettings(kafka.bootstrapServers(), registryServer.url(),
                dir.resolve("state"), 2);
        apps = StreamApps.start(settings, EnumSet.allOf(Stage.class), registry, StreamTestSupport.pipeline(),
                Clock.systemUTC());
        assertTrue(apps.awaitRunning(Duration.ofSeconds(60)), "applications running: " + apps.failure());
    }

    @AfterAll
    static void stop() {
        if (apps != null) {
            apps.close();
        }
        if (registryServer != null) {
            registryServer.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void publishedPagesComeOutEnrichedExactlyAsTheOfflinePipelineProcessesThem() throws Exception {
        Map<String, String> contentByPageId = new HashMap<>();
        try (PageProducer producer = PageProducer.create(IngestSettings.defaults(kafka.bootstrapServers()),
                registry, ProgressReporter.silent())) {
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

        List<EnrichedArticle> enriched = readCommitted(Topics.ENRICHED_ARTICLES, expectedCount).stream()
                .map(ConsumerRecord::value).toList();
        assertEquals(expectedCount, enriched.size());
        assertEquals(expectedCount, enriched.stream().map(e -> e.getArticle().getArticleId()).distinct().count(),
                "every article exactly once");

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
    void corruptRecordOnAnIntermediateTopicIsCommittedToThatStagesDeadLetterTopic() throws Exception {
        byte[] garbage = "this is not a normalized page".getBytes(StandardCharsets.UTF_8);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.NORMALIZED_PAGES.name(), "corrupt-page", garbage))
                    .get(30, TimeUnit.SECONDS);
        }
        List<ConsumerRecord<String, DeadLetter>> dead = readCommitted(Topics.DLQ_SPLIT, 1);
        assertEquals(1, dead.size());
        DeadLetter letter = dead.get(0).value();
        assertEquals("corrupt-page", dead.get(0).key());
        assertEquals("split", letter.getStage());
        assertTrue(letter.getErrorClass().endsWith("SerializationException"), letter.getErrorClass());
        assertTrue(letter.getErrorMessage().contains("magic byte"), letter.getErrorMessage());
        assertArrayEquals(garbage, NormalizeTopologyTest.bytes(letter.getOriginalValue()));
        assertEquals(Topics.NORMALIZED_PAGES.name(), letter.getSourceTopic());
        assertTrue(apps.failure().isEmpty(), "applications keep running: " + apps.failure());
    }

    /** Reads a whole topic from the beginning with read_committed until {@code atLeast} records arrived. */
    static <V extends org.apache.avro.specific.SpecificRecord> List<ConsumerRecord<String, V>> readCommitted(
            Topic<V> topic, int atLeast) {
        AvroSerde<V> serde = AvroSerde.forTopic(topic, registry);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic.name()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (out.size() < atLeast && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(),
                            serde.deserialize(r.topic(), r.value())));
                }
            }
            // Anything more would be a duplicate: give it a moment to show up.
            long settle = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < settle) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(),
                            serde.deserialize(r.topic(), r.value())));
                }
            }
        }
        return out;
    }
}
