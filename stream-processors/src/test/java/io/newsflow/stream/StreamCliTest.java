package io.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamCliTest {

    @Test
    void parsesOneStageWithItsSettings() throws Exception {
        StreamCli.Options o = StreamCli.parse(List.of("split", "--bootstrap-servers", "b:9092",
                "--registry-url", "http://r:8081", "--state-dir", "/tmp/x", "--partitions", "5"));
        assertEquals(Set.of(Stage.SPLIT), o.stages());
        assertEquals("b:9092", o.bootstrapServers());
        assertEquals("http://r:8081", o.registryUrl());
        assertEquals(Path.of("/tmp/x"), o.stateDir());
        assertEquals(5, o.partitions());
    }

    @Test
    void allMeansTheThreeStages() throws Exception {
        assertEquals(EnumSet.allOf(Stage.class), StreamCli.parse(List.of("all")).stages());
    }

    @Test
    void missingOrUnknownStageIsAUsageError() {
        assertTrue(assertThrows(StreamCli.UsageException.class, () -> StreamCli.parse(List.of()))
                .getMessage().contains("which stage"));
        assertTrue(assertThrows(StreamCli.UsageException.class, () -> StreamCli.parse(List.of("join")))
                .getMessage().contains("unknown stage 'join'"));
        assertTrue(assertThrows(StreamCli.UsageException.class,
                () -> StreamCli.parse(List.of("split", "--registry-url"))).getMessage().contains("needs a value"));
    }

    @Test
    void badSettingsExitWithCode2NamingTheOption() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = StreamCli.run(List.of("normalize", "--registry-url", "http://localhost:8081"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--bootstrap-servers is required"), err.toString());
    }

    @Test
    void normalizeAndSplitDoNotLoadTheExtractorAtStartUp() {
        assertTrue(StreamCli.pipelineFor(EnumSet.of(Stage.NORMALIZE, Stage.SPLIT)).extractor()
                instanceof DeferredExtractor);
    }
}
