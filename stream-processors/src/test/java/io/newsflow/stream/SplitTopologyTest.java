package io.newsflow.stream;

import static io.newsflow.stream.StreamTestSupport.CLOCK;
import static io.newsflow.stream.StreamTestSupport.ONE_ARTICLE_PAGE;
import static io.newsflow.stream.StreamTestSupport.TWO_ARTICLE_PAGE;
import static io.newsflow.stream.StreamTestSupport.rawPage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.server.InMemorySchemaRegistry;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.split.Item;
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

class SplitTopologyTest {
    @TempDir
    Path stateDir;

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final PipelineSerdes serdes = PipelineSerdes.create(registry);
    private TopologyTestDriver driver;
    private TestInputTopic<String, NormalizedPage> pages;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        open(StreamTestSupport.driver(Stage.SPLIT, topology(), registry, stateDir));
    }

    private Topology topology() {
        return SplitTopology.build(StreamTestSupport.pipeline(), serdes, CLOCK);
    }

    private void open(TopologyTestDriver newDriver) {
        if (driver != null) {
            driver.close();
        }
        driver = newDriver;
        pages = driver.createInputTopic(Topics.NORMALIZED_PAGES.name(), new StringSerializer(),
                serdes.normalizedPages().serializer());
        rawBytes = driver.createInputTopic(Topics.NORMALIZED_PAGES.name(), new StringSerializer(),
                new ByteArraySerializer());
        articles = driver.createOutputTopic(Topics.ARTICLES.name(), new StringDeserializer(),
                serdes.articles().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_SPLIT.name(), new StringDeserializer(),
                serdes.deadLetters().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static NormalizedPage normalized(String pageId, String content) {
        return NormalizeTopology.toNormalizedPage(StreamTestSupport.pipeline(), rawPage(pageId, content), CLOCK);
    }

    @Test
    void normalizedPageBecomesOneArticlePerItemTheTextPipelineFinds() {
        pages.pipeInput("page-1", normalized("page-1", TWO_ARTICLE_PAGE));

        List<KeyValue<String, Article>> out = articles.readKeyValuesToList();
        TextPipeline pipeline = StreamTestSupport.pipeline();
        List<Item> expected = pipeline.split(pipeline.normalize(TWO_ARTICLE_PAGE));
        assertEquals(2, expected.size(), "the self-written page holds two articles");
        assertEquals(expected.size(), out.size());
        String sha = rawPage("page-1", TWO_ARTICLE_PAGE).getContentSha256();
        for (int i = 0; i < out.size(); i++) {
            Article a = out.get(i).value;
            Item item = expected.get(i);
            assertEquals(ArticleIds.of("page-1", i, sha), out.get(i).key);
            assertEquals(out.get(i).key, a.getArticleId());
            assertEquals(i, a.getIndex());
            assertEquals(expected.size(), a.getItemCount());
            assertEquals(item.kind().wireName(), a.getKind());
            assertEquals(item.title(), a.getTitle());
            assertEquals(item.kicker(), a.getKicker());
            assertEquals(item.subtitle(), a.getSubtitle());
            assertEquals(item.byline(), a.getByline());
            assertEquals(item.body(), a.getBody());
            assertEquals("page-1", a.getPageId());
            assertEquals("page-1.txt", a.getSource());
            assertEquals("2026-03-01", a.getEditionDate());
            assertEquals(4, a.getPageNumber());
            assertEquals(sha, a.getContentSha256());
            assertEquals(TextPipeline.VERSION, a.getPipelineVersion());
            assertEquals(CLOCK.instant(), a.getProcessedAt());
        }
        assertEquals("河畔社区新建图书角", out.get(0).value.getTitle());
        assertEquals("山区学校添置新课桌", out.get(1).value.getTitle());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void samePageContentGivesTheSameArticleIdsAndChangedContentGivesNewOnes() {
        pages.pipeInput("page-1", normalized("page-1", TWO_ARTICLE_PAGE));
        List<String> first = StreamTestSupport.keys(articles);
        pages.pipeInput("page-1", normalized("page-1", TWO_ARTICLE_PAGE));
        List<String> replayed = StreamTestSupport.keys(articles);
        pages.pipeInput("page-1", normalized("page-1", TWO_ARTICLE_PAGE + "\n本报记者 王芳\n\n新增一段补充报道。\n"));
        List<String> changed = StreamTestSupport.keys(articles);

        assertEquals(2, first.size());
        assertEquals(first, replayed);
        assertEquals(first.size(), first.stream().distinct().count(), "ids are unique within a page");
        assertTrue(first.stream().allMatch(id -> id.matches("[0-9a-f]{" + ArticleIds.LENGTH + "}")), first.toString());
        assertTrue(changed.stream().noneMatch(first::contains), "new content, new ids: " + changed);
    }

    @Test
    void articleIdsDoNotDependOnTheApplicationInstance() {
        pages.pipeInput("page-9", normalized("page-9", ONE_ARTICLE_PAGE));
        List<String> here = StreamTestSupport.keys(articles);
        open(StreamTestSupport.driver(Stage.SPLIT, topology(), new InMemorySchemaRegistry(), stateDir));
        pages.pipeInput("page-9", normalized("page-9", ONE_ARTICLE_PAGE));
        assertEquals(here, StreamTestSupport.keys(articles));
        assertEquals(1, here.size());
    }

    @Test
    void pageWithALayoutThisVersionDoesNotKnowGoesToTheDeadLetterTopicAndTheNextPageIsSplit() {
        NormalizedPage bad = normalized("page-x", ONE_ARTICLE_PAGE);
        bad.setLayout("SCROLL");
        byte[] badBytes = serdes.normalizedPages().serialize(Topics.NORMALIZED_PAGES.name(), bad);
        rawBytes.pipeInput("page-x", badBytes);
        pages.pipeInput("page-2", normalized("page-2", ONE_ARTICLE_PAGE));

        List<KeyValue<String, DeadLetter>> dead = deadLetters.readKeyValuesToList();
        assertEquals(1, dead.size());
        assertEquals("page-x", dead.get(0).key);
        DeadLetter letter = dead.get(0).value;
        assertEquals("split", letter.getStage());
        assertEquals(IllegalArgumentException.class.getName(), letter.getErrorClass());
        assertTrue(letter.getErrorMessage().contains("unknown layout 'SCROLL'"), letter.getErrorMessage());
        assertArrayEquals(badBytes, NormalizeTopologyTest.bytes(letter.getOriginalValue()));
        assertEquals(Topics.NORMALIZED_PAGES.name(), letter.getSourceTopic());
        assertEquals(0L, letter.getSourceOffset());

        List<KeyValue<String, Article>> out = articles.readKeyValuesToList();
        assertEquals(1, out.size());
        assertEquals("page-2", out.get(0).value.getPageId());
    }

    @Test
    void corruptBytesGoToTheDeadLetterTopicAndTheNextPageIsSplit() {
        open(StreamTestSupport.atLeastOnceDriver(Stage.SPLIT, topology(), registry, stateDir));
        byte[] truncated = serdes.normalizedPages().serialize(Topics.NORMALIZED_PAGES.name(),
                normalized("page-t", ONE_ARTICLE_PAGE));
        truncated = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        rawBytes.pipeInput("page-t", truncated);
        pages.pipeInput("page-2", normalized("page-2", ONE_ARTICLE_PAGE));

        List<KeyValue<String, DeadLetter>> dead = deadLetters.readKeyValuesToList();
        assertEquals(1, dead.size());
        DeadLetter letter = dead.get(0).value;
        assertEquals("split", letter.getStage());
        assertTrue(letter.getErrorClass().endsWith("SerializationException"), letter.getErrorClass());
        assertArrayEquals(truncated, NormalizeTopologyTest.bytes(letter.getOriginalValue()));
        assertEquals(1, articles.readKeyValuesToList().size());
    }

    @Test
    void topologyMatchesTheCommittedSnapshot() {
        StreamTestSupport.assertMatchesSnapshot(Stage.SPLIT, topology());
    }

    @Test
    void avroBlocksRebuildExactlyTheNormalizedTextTheyCameFrom() {
        TextPipeline pipeline = StreamTestSupport.pipeline();
        assertEquals(pipeline.normalize(TWO_ARTICLE_PAGE),
                SplitTopology.toNormalizedText(normalized("page-1", TWO_ARTICLE_PAGE)));
        assertNotEquals(0, pipeline.normalize(TWO_ARTICLE_PAGE).blocks().size());
    }
}
