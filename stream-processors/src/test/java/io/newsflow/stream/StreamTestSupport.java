package io.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.extract.Extractors;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.server.InMemorySchemaRegistry;
import io.newsflow.schemas.avro.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

/** Shared fixtures for the topology tests: self-written pages, a fixed clock, drivers with the production config. */
final class StreamTestSupport {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);

    /** A small self-written markdown-style page with two articles. */
    static final String TWO_ARTICLE_PAGE = "# 河畔社区新建图书角\n\n本报记者 李华\n\n"
            + "河畔社区在活动中心新建了一个图书角，居民可以免费借阅。\n\n"
            + "社区主任张建国说，图书角的两千册图书来自市图书馆的捐赠。\n\n"
            + "# 山区学校添置新课桌\n\n本报记者 周红\n\n"
            + "青山县第一中学近日换上了新课桌，学生们十分高兴。\n";

    /** Another self-written page with one article. */
    static final String ONE_ARTICLE_PAGE = "# 城西菜市场完成升级\n\n本报记者 陈静\n\n"
            + "城西菜市场升级改造完成，摊位统一更换了电子秤。\n";

    private static TextPipeline pipeline;

    private StreamTestSupport() {
    }

    /**
     * One pipeline for all topology tests (loading the extractor takes about a second). The HanLP extractor keeps
     * these tests independent of retraining the shipped model; the topologies only pass its output through.
     */
    static synchronized TextPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new TextPipeline(Extractors.create("hanlp"));
        }
        return pipeline;
    }

    /** Reads every pending record of {@code topic} and returns the keys in order. */
    static <K, V> List<K> keys(TestOutputTopic<K, V> topic) {
        return topic.readKeyValuesToList().stream().map(kv -> kv.key).toList();
    }

    static RawPage rawPage(String pageId, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return RawPage.newBuilder()
                .setPageId(pageId)
                .setSource(pageId + ".txt")
                .setEditionDate("2026-03-01")
                .setPageNumber(4)
                .setContent(content)
                .setContentSha256(sha256(bytes))
                .setByteLength(bytes.length)
                .setIngestedAt(CLOCK.instant())
                .setFeed("test")
                .build();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A driver with the production Streams config of {@code stage} (exactly-once, dead-letter handlers). */
    static TopologyTestDriver driver(Stage stage, Topology topology, InMemorySchemaRegistry registry, Path stateDir) {
        return new TopologyTestDriver(topology,
                StreamApps.streamsConfig(stage, "unused:9092", stateDir.toString(), registry));
    }

    /**
     * Like {@link #driver} but at-least-once. TopologyTestDriver's exactly-once simulation (Kafka 4.2) drops the
     * dead-letter records a deserialization handler returns (checked: the same test produces them at-least-once
     * and not exactly-once), so the corrupt-bytes tests use this one; DeadLetterPipelineIT checks the same
     * behaviour with exactly-once on a real broker.
     */
    static TopologyTestDriver atLeastOnceDriver(Stage stage, Topology topology, InMemorySchemaRegistry registry,
                                                Path stateDir) {
        Properties config = StreamApps.streamsConfig(stage, "unused:9092", stateDir.toString(), registry);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return new TopologyTestDriver(topology, config);
    }

    /**
     * Compares {@code topology.describe()} with the committed snapshot {@code topology/<stage>.txt}. Run with
     * {@code -Dnewsflow.updateSnapshots=true} to rewrite the snapshot after an intended change.
     */
    static void assertMatchesSnapshot(Stage stage, Topology topology) {
        String actual = topology.describe().toString();
        String resource = "topology/" + stage.wireName() + ".txt";
        if (Boolean.getBoolean("newsflow.updateSnapshots")) {
            try {
                Path file = Path.of("src/test/resources", resource);
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (InputStream in = StreamTestSupport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing snapshot " + resource
                        + "; create it with -Dnewsflow.updateSnapshots=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual,
                    "topology of " + stage.applicationId() + " changed; if intended, rerun with "
                            + "-Dnewsflow.updateSnapshots=true and commit the snapshot");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
