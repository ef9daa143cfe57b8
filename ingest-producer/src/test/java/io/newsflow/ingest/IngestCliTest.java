package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCliTest {

    @TempDir
    Path dir;

    @Test
    void directoryArgumentsExpandToVisibleCompleteFilesSortedByName() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve(".hidden.txt"), "h");
        Files.writeString(dir.resolve("c.txt.part"), "partial");
        Files.createDirectories(dir.resolve("sub"));
        Path single = Files.writeString(dir.resolve("sub/z.txt"), "z");
        List<Path> files = IngestCli.expand(List.of(dir, IngestOptions.STDIN, single));
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.txt"), IngestOptions.STDIN, single), files);
    }

    @Test
    void ignoredNamesAreHiddenAndTemporaryFiles() {
        for (String name : List.of(".x.txt", "x.tmp", "x.TXT.PART", "x.partial", "x.crdownload", ".x.swp", "x.txt~")) {
            assertTrue(DirectoryWatcher.ignored(name), name);
        }
        for (String name : List.of("x.txt", "2025-07-03_p05.txt", "partial.txt", "tmp")) {
            assertFalse(DirectoryWatcher.ignored(name), name);
        }
    }

    @Test
    void resultLinesAreValidJsonWithEscapedNames() {
        PageId id = new PageId("file/a\"b\\c.txt", null, null, null, PageId.Rule.FILE_NAME);
        PublishResult r = new PublishResult("a\"b\\c\n.txt", id, PublishResult.Outcome.DEAD_LETTERED, RejectReason.BINARY,
                "m", "f".repeat(64), 12, "newsflow.dlq.ingest", 0, 7);
        assertEquals("{\"source\":\"a\\\"b\\\\c\\n.txt\",\"page_id\":\"file/a\\\"b\\\\c.txt\",\"outcome\":\"DEAD_LETTERED\","
                + "\"reason\":\"BINARY\",\"sha256\":\"" + "f".repeat(64) + "\",\"bytes\":12,\"topic\":\"newsflow.dlq.ingest\","
                + "\"partition\":0,\"offset\":7}", IngestCli.json(r));
    }

    @Test
    void helpGoesToStdoutWithExitZero() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = IngestCli.run(List.of("--help"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: newsflow ingest"));
    }
}
