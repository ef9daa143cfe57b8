package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.stream.Stage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option parsing and validation of {@code newsflow replay}: every error names the option to change. */
class ReplayCommandTest {
    private static final Instant NOW = Instant.parse("2026-05-02T10:15:30Z");

    @TempDir
    Path data;

    @BeforeEach
    void demoDataDir() throws Exception {
        Files.createDirectories(data.resolve("kafka"));
    }

    private ReplayCommand.Options parse(String... args) {
        return ReplayCommand.parse(List.of(args), NOW);
    }

    private String error(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> parse(args)).getMessage();
    }

    @Test
    void fromBeginningWithDefaultsReplaysAllStagesUnderATimestampedVersion() {
        ReplayCommand.Options o = parse("--from", "beginning", "--data-dir", data.toString());
        assertNull(o.from());
        assertEquals(Stage.NORMALIZE, o.stage());
        assertEquals(TextPipeline.VERSION + "-replay-20260502T101530Z", o.version());
        assertEquals(data, o.dataDir());
        assertEquals("default", o.extractor());
    }

    @Test
    void fromAcceptsInstantsOffsetsAndDates() {
        assertEquals(Instant.parse("2026-04-01T08:00:00Z"),
                parse("--from", "2026-04-01T08:00:00Z", "--data-dir", data.toString()).from());
        assertEquals(Instant.parse("2026-04-01T08:00:00Z"),
                parse("--from", "2026-04-01T16:00:00+08:00", "--data-dir", data.toString()).from());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"),
                parse("--from", "2026-04-01", "--data-dir", data.toString()).from());
    }

    @Test
    void stageVersionAndClusterOptionsAreTakenAsGiven() {
        ReplayCommand.Options o = parse("--from", "beginning", "--stage", "extract", "--pipeline-version", "2.1-ner",
                "--bootstrap-servers", "kafka:9092", "--registry-url", "http://registry:8081", "--timeout", "30");
        assertEquals(Stage.EXTRACT, o.stage());
        assertEquals("2.1-ner", o.version());
        assertEquals("kafka:9092", o.bootstrapServers());
        assertEquals("http://registry:8081", o.registryUrl());
        assertNull(o.dataDir());
        assertEquals(30, o.timeout().toSeconds());
    }

    @Test
    void replayingAnIntermediateTopicFromTheBeginningComesWithACaution() {
        assertNull(ReplayCommand.caution(parse("--from", "beginning", "--data-dir", data.toString())));
        assertNull(ReplayCommand.caution(parse("--from", "2026-04-01", "--stage", "extract",
                "--data-dir", data.toString())));
        String c = ReplayCommand.caution(parse("--from", "beginning", "--stage", "extract", "--pipeline-version", "v9",
                "--data-dir", data.toString()));
        assertTrue(c.contains("newsflow.articles holds every earlier run's records") && c.contains("v9"), c);
    }

    @Test
    void missingOrMalformedFromIsRejectedNamingFrom() {
        assertTrue(error("--data-dir", data.toString()).startsWith("--from is required"));
        assertTrue(error("--from", "yesterday", "--data-dir", data.toString()).startsWith("--from: 'yesterday'"));
        assertTrue(error("--from", "2026-04-01T08:00:00", "--data-dir", data.toString()).startsWith("--from:"),
                "a time without offset is ambiguous");
        assertTrue(error("--from", "2027-01-01T00:00:00Z", "--data-dir", data.toString()).contains("future"));
        assertTrue(error("--from").startsWith("--from needs a value"));
    }

    @Test
    void unknownStageIsRejectedListingTheValidOnes() {
        String e = error("--from", "beginning", "--stage", "ingest", "--data-dir", data.toString());
        assertTrue(e.startsWith("--stage:") && e.contains("normalize, split, extract"), e);
    }

    @Test
    void invalidPipelineVersionIsRejectedNamingTheOption() {
        assertTrue(error("--from", "beginning", "--pipeline-version", "two words", "--data-dir", data.toString())
                .startsWith("--pipeline-version"));
        assertTrue(error("--from", "beginning", "--pipeline-version", "v".repeat(101), "--data-dir", data.toString())
                .startsWith("--pipeline-version"));
    }

    @Test
    void targetMustBeEitherTheDemoDataDirOrACluster() {
        assertTrue(error("--from", "beginning").contains("--data-dir D (embedded demo data) or --bootstrap-servers"));
        assertTrue(error("--from", "beginning", "--data-dir", data.toString(), "--bootstrap-servers", "k:9092")
                .startsWith("--data-dir replays the embedded demo data; it cannot be combined"));
        String e = error("--from", "beginning", "--data-dir", data.resolve("empty").toString());
        assertTrue(e.startsWith("--data-dir:") && e.contains("holds no demo data"), e);
    }

    @Test
    void badTimeoutExtractorAndStrayArgumentsAreRejected() {
        assertTrue(error("--from", "beginning", "--data-dir", data.toString(), "--timeout", "soon")
                .startsWith("--timeout:"));
        assertTrue(error("--from", "beginning", "--data-dir", data.toString(), "--timeout", "0")
                .startsWith("--timeout:"));
        assertTrue(error("--from", "beginning", "--data-dir", data.toString(), "--extractor", "magic")
                .startsWith("--extractor:"));
        assertTrue(error("--from", "beginning", "--data-dir", data.toString(), "--fast").equals("unknown option --fast"));
        assertTrue(error("--from", "beginning", "pages/").contains("unexpected argument 'pages/'"));
    }

    @Test
    void clusterModeChecksTheConnectionSettingsBeforeConnecting() throws Exception {
        List<String> args = new ArrayList<>(List.of("--from", "beginning", "--bootstrap-servers", "kafka",
                "--registry-url", "ftp://registry", "--state-dir", data.resolve("state").toString(),
                "--extractor", "hanlp"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new ReplayCommand().run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, rc, msg);
        assertTrue(msg.contains("--bootstrap-servers: 'kafka' is not host:port"), msg);
        assertTrue(msg.contains("--registry-url: 'ftp://registry'"), msg);
    }

    @Test
    void usageErrorExitsWith2AndHelpPrintsTheUsage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, new ReplayCommand().run(List.of("--stage", "split"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--from is required"));
        assertEquals(0, new ReplayCommand().run(List.of("--help"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: newsflow replay"));
    }
}
