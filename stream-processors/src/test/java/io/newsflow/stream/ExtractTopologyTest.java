package io.newsflow.stream;

import static io.newsflow.stream.StreamTestSupport.CLOCK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.extract.EntityCount;
import io.newsflow.extract.Mention;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.server.InMemorySchemaRegistry;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractTopologyTest {
    /** Self-written body with a person, a place and an organization, one of them twice. */
    private static final String BODY = "国务院总理李强在北京会见了来访的客人。\n李强表示，中国科学院将加强合作。";

    @TempDir
    Path stateDir;

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final PipelineSerdes serdes = PipelineSerdes.create(registry);
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> input;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        open(StreamTestSupport.driver(Stage.EXTRACT, topology(), registry, stateDir));
    }

    private Topology topology() {
        return ExtractTopology.build(StreamTestSupport.pipeline(), serdes, CLOCK);
    }

    private void open(TopologyTestDriver newDriver) {
        if (driver != null) {
            driver.close();
        }
        driver = newDriver;
        input = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(), serdes.articles().serializer());
        rawBytes = driver.createInputTopic(Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED_ARTICLES.name(), new StringDeserializer(),
                serdes.enrichedArticles().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_EXTRACT.name(), new StringDeserializer(),
                serdes.deadLetters().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static Article article(String id, String body) {
        return Article.newBuilder()
                .setArticleId(id).setPageId("page-1").setSource("page-1.txt").setEditionDate("2026-03-01")
                .setPageNumber(4).setIndex(0).setItemCount(1).setKind("article").setTitle("客人来访")
                .setKicker("").setSubtitle("").setByline("本报记者 李华").setBody(body)
                .setContentSha256("0".repeat(64)).setPipelineVersion(TextPipeline.VERSION)
                .setProcessedAt(CLOCK.instant())
                .build();
    }

    @Test
    void articleGetsTheTextPipelinesMentionsAndEntityCounts() {
        Article a = article("a1", BODY);
        input.pipeInput("a1", a);

        List<KeyValue<String, EnrichedArticle>> out = enriched.readKeyValuesToList();
        assertEquals(1, out.size());
        assertEquals("a1", out.get(0).key);
        EnrichedArticle e = out.get(0).value;
        assertEquals(a, e.getArticle());
        TextPipeline pipeline = StreamTestSupport.pipeline();
        assertEquals(pipeline.extractor().name(), e.getExtractor());
        assertEquals(CLOCK.instant(), e.getExtractedAt());

        List<Mention> expected = pipeline.extract(BODY);
        assertFalse(expected.isEmpty(), "the body names entities");
        assertEquals(expected.size(), e.getMentions().size());
        for (int i = 0; i < expected.size(); i++) {
            Mention m = expected.get(i);
            var got = e.getMentions().get(i);
            assertEquals(m.text(), got.getText());
            assertEquals(m.type().name(), got.getType());
            assertEquals(m.start(), got.getStart());
            assertEquals(m.end(), got.getEnd());
            assertEquals(m.canonical(), got.getCanonical());
            assertEquals(got.getText(), BODY.substring(got.getStart(), got.getEnd()));
        }
        List<EntityCount> counts = EntityCount.summarize(expected);
        assertEquals(counts.size(), e.getEntities().size());
        for (int i = 0; i < counts.size(); i++) {
            assertEquals(counts.get(i).canonical(), e.getEntities().get(i).getCanonical());
            assertEquals(counts.get(i).type().name(), e.getEntities().get(i).getType());
            assertEquals(counts.get(i).count(), e.getEntities().get(i).getCount());
        }
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void articleWithoutEntitiesIsStillPublishedWithEmptyLists() {
        input.pipeInput("a2", article("a2", "天气晴朗，适合出行。"));
        EnrichedArticle e = enriched.readValue();
        assertEquals("a2", e.getArticle().getArticleId());
        assertEquals(StreamTestSupport.pipeline().extract("天气晴朗，适合出行。").size(), e.getMentions().size());
    }

    @Test
    void corruptBytesGoToTheDeadLetterTopicAndTheNextArticleIsEnriched() {
        open(StreamTestSupport.atLeastOnceDriver(Stage.EXTRACT, topology(), registry, stateDir));
        byte[] unknownSchema = {0, 0, 0, 0x7f, 0x7f, 1, 2, 3};
        rawBytes.pipeInput("bad", unknownSchema);
        input.pipeInput("a3", article("a3", BODY));

        List<KeyValue<String, DeadLetter>> dead = deadLetters.readKeyValuesToList();
        assertEquals(1, dead.size());
        DeadLetter letter = dead.get(0).value;
        assertEquals("extract", letter.getStage());
        assertTrue(letter.getErrorClass().endsWith("SerializationException"), letter.getErrorClass());
        assertFalse(letter.getErrorMessage().isBlank());
        assertArrayEquals(unknownSchema, NormalizeTopologyTest.bytes(letter.getOriginalValue()));
        assertArrayEquals("bad".getBytes(StandardCharsets.UTF_8), NormalizeTopologyTest.bytes(letter.getOriginalKey()));
        assertEquals(Topics.ARTICLES.name(), letter.getSourceTopic());
        assertEquals(List.of("a3"), StreamTestSupport.keys(enriched));
    }

    @Test
    void topologyMatchesTheCommittedSnapshot() {
        StreamTestSupport.assertMatchesSnapshot(Stage.EXTRACT, topology());
    }
}
