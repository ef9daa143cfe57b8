package io.newsflow.stream;

import static io.newsflow.stream.StreamTestSupport.CLOCK;
import static io.newsflow.stream.StreamTestSupport.TWO_ARTICLE_PAGE;
import static io.newsflow.stream.StreamTestSupport.ONE_ARTICLE_PAGE;
import static io.newsflow.stream.StreamTestSupport.rawPage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.server.InMemorySchemaRegistry;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.schemas.avro.PageBlock;
import io.newsflow.schemas.avro.RawPage;
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

class NormalizeTopologyTest {
    @TempDir
    Path stateDir;

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final PipelineSerdes serdes = PipelineSerdes.create(registry);
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawPage> pages;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, NormalizedPage> normalized;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        open(StreamTestSupport.driver(Stage.NORMALIZE, topology(), registry, stateDir));
    }

    private Topology topology() {
        return NormalizeTopology.build(StreamTestSupport.pipeline(), serdes, CLOCK);
    }

    private void open(TopologyTestDriver newDriver) {
        if (driver != null) {
            driver.close();
        }
        driver = newDriver;
        pages = driver.createInputTopic(Topics.RAW_PAGES.name(), new StringSerializer(),
                serdes.rawPages().serializer());
        rawBytes = driver.createInputTopic(Topics.RAW_PAGES.name(), new StringSerializer(), new ByteArraySerializer());
        normalized = driver.createOutputTopic(Topics.NORMALIZED_PAGES.name(), new StringDeserializer(),
                serdes.normalizedPages().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_NORMALIZE.name(), new StringDeserializer(),
                serdes.deadLetters().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void rawPageBecomesNormalizedPageWithTheTextPipelinesBlocksOneToOne() {
        pages.pipeInput("page-1", rawPage("page-1", TWO_ARTICLE_PAGE));

        List<KeyValue<String, NormalizedPage>> out = normalized.readKeyValuesToList();
        assertEquals(1, out.size());
        assertEquals("page-1", out.get(0).key);
        NormalizedPage page = out.get(0).value;
        NormalizedText expected = StreamTestSupport.pipeline().normalize(TWO_ARTICLE_PAGE);
        assertEquals(expected.layout().name(), page.getLayout());
        assertEquals(expected.blocks().size(), page.getBlocks().size());
        assertTrue(page.getBlocks().size() >= 6, "headlines, bylines and paragraphs are separate blocks");
        for (int i = 0; i < expected.blocks().size(); i++) {
            Block b = expected.blocks().get(i);
            PageBlock a = page.getBlocks().get(i);
            assertEquals(b.index(), a.getIndex());
            assertEquals(b.text(), a.getText());
            assertEquals(b.lineLengths(), a.getLineLengths());
            assertEquals(b.blankLinesBefore(), a.getBlankLinesBefore());
            assertEquals(b.markdownLevel(), a.getMarkdownLevel());
            assertEquals(b.furniture(), a.getFurniture());
            assertEquals(b.flags().stream().map(Enum::name).sorted().toList(),
                    a.getFlags().stream().sorted().toList());
        }
        assertEquals("河畔社区新建图书角", page.getBlocks().get(0).getText());
        assertEquals(1, page.getBlocks().get(0).getMarkdownLevel());
        RawPage raw = rawPage("page-1", TWO_ARTICLE_PAGE);
        assertEquals(raw.getContentSha256(), page.getContentSha256());
        assertEquals("page-1.txt", page.getSource());
        assertEquals("2026-03-01", page.getEditionDate());
        assertEquals(4, page.getPageNumber());
        assertEquals(TextPipeline.VERSION, page.getPipelineVersion());
        assertEquals(CLOCK.instant(), page.getNormalizedAt());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void corruptBytesGoToTheDeadLetterTopicWithTheReasonAndTheNextPageIsStillNormalized() {
        open(StreamTestSupport.atLeastOnceDriver(Stage.NORMALIZE, topology(), registry, stateDir));
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        rawBytes.pipeInput("broken", garbage);
        pages.pipeInput("page-2", rawPage("page-2", ONE_ARTICLE_PAGE));

        List<KeyValue<String, DeadLetter>> dead = deadLetters.readKeyValuesToList();
        assertEquals(1, dead.size());
        assertEquals("broken", dead.get(0).key);
        DeadLetter letter = dead.get(0).value;
        assertEquals("normalize", letter.getStage());
        assertArrayEquals(garbage, bytes(letter.getOriginalValue()));
        assertArrayEquals("broken".getBytes(StandardCharsets.UTF_8), bytes(letter.getOriginalKey()));
        assertTrue(letter.getErrorClass().endsWith("SerializationException"), letter.getErrorClass());
        assertTrue(letter.getErrorMessage().toLowerCase().contains("magic"), letter.getErrorMessage());
        assertEquals(Topics.RAW_PAGES.name(), letter.getSourceTopic());
        assertEquals(0, letter.getSourcePartition());
        assertEquals(0L, letter.getSourceOffset());
        assertNull(letter.getSourceName());

        List<KeyValue<String, NormalizedPage>> out = normalized.readKeyValuesToList();
        assertEquals(1, out.size());
        assertEquals("page-2", out.get(0).key);
    }

    @Test
    void tombstonesAreDroppedWithoutDeadLetters() {
        pages.pipeInput("page-3", null);
        assertTrue(normalized.isEmpty());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void topologyMatchesTheCommittedSnapshot() {
        StreamTestSupport.assertMatchesSnapshot(Stage.NORMALIZE, topology());
    }

    static byte[] bytes(java.nio.ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
