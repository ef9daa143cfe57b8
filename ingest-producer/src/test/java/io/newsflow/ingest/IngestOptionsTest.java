package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestOptionsTest {

    @TempDir
    Path dir;

    private List<String> base(String... more) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", "localhost:9092", "--registry-url", "http://localhost:8081"));
        args.addAll(List.of(more));
        return args;
    }

    private static String error(List<String> args) {
        return assertThrows(IngestOptions.UsageException.class, () -> IngestOptions.parse(args)).getMessage();
    }

    @Test
    void filesAndStdinWithDefaults() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "x");
        IngestOptions o = IngestOptions.parse(base(f.toString(), "-", "--stdin-name", "2025-07-03_p01.txt"));
        assertEquals(List.of(f, IngestOptions.STDIN), o.inputs());
        assertEquals("2025-07-03_p01.txt", o.stdinName());
        assertNull(o.watchDir());
        assertEquals(2L * 1024 * 1024, o.settings().maxPageBytes());
        assertEquals("zstd", o.settings().compression());
        assertEquals(100, o.progressEvery());
    }

    @Test
    void watchModeWithTimingSizesAndInlineValues() {
        IngestOptions o = IngestOptions.parse(base("--watch=" + dir, "--settle-ms", "200", "--rescan-seconds", "0.5",
                "--max-page-bytes", "3m", "--max-dead-letter-bytes", "64k", "--compression", "LZ4",
                "--producer-property", "client.rack=r1", "--state-dir", dir.resolve("state").toString()));
        assertTrue(o.watchMode());
        assertEquals(Duration.ofMillis(200), o.timing().settle());
        assertEquals(Duration.ofMillis(500), o.timing().rescan());
        assertEquals(3L * 1024 * 1024, o.settings().maxPageBytes());
        assertEquals(64 * 1024, o.settings().maxDeadLetterBytes());
        assertEquals("lz4", o.settings().compression());
        assertEquals("r1", o.settings().producerOverrides().get("client.rack"));
    }

    @Test
    void helpNeedsNothingElse() {
        assertTrue(IngestOptions.parse(List.of("--help")).help());
        assertTrue(IngestOptions.USAGE.contains("--bootstrap-servers"));
    }

    @Test
    void missingRequiredOptionsAreNamed() {
        assertTrue(error(List.of("-", "--registry-url", "http://r:1")).contains("--bootstrap-servers"));
        assertTrue(error(List.of("-", "--bootstrap-servers", "k:1")).contains("--registry-url"));
        assertTrue(error(base()).contains("--watch"));
    }

    @Test
    void badValuesNameTheirOption() {
        assertTrue(error(List.of("-", "--bootstrap-servers", "localhost", "--registry-url", "http://r:1"))
                .contains("--bootstrap-servers"));
        assertTrue(error(List.of("-", "--bootstrap-servers", "k:1", "--registry-url", "localhost:8081"))
                .contains("--registry-url"));
        assertTrue(error(base("-", "--max-page-bytes", "lots")).contains("--max-page-bytes"));
        assertTrue(error(base("-", "--max-page-bytes", "0")).contains("--max-page-bytes"));
        assertTrue(error(base("-", "--compression", "brotli")).contains("--compression"));
        assertTrue(error(base("-", "--max-control-ratio", "2")).contains("--max-control-ratio"));
        assertTrue(error(base("--watch", dir.toString(), "--rescan-seconds", "0")).contains("--rescan-seconds"));
        assertTrue(error(base("-", "--producer-property", "novalue")).contains("--producer-property"));
        assertTrue(error(base("-", "--feed")).contains("--feed needs a value"));
        assertTrue(error(base("-", "--feed", "--linger-ms")).contains("--feed"));
        assertTrue(error(base("-", "--frobnicate")).contains("--frobnicate"));
    }

    @Test
    void inconsistentInputsAreRejected() {
        assertTrue(error(base("--watch", dir.resolve("missing").toString())).contains("--watch"));
        assertTrue(error(base("--watch", dir.toString(), "-")).contains("--watch"));
        assertTrue(error(base(dir.resolve("missing.txt").toString())).contains("missing.txt"));
        assertTrue(error(base("-", "-")).contains("more than once"));
        assertTrue(error(base("-", "--state-dir", dir.toString())).contains("--state-dir"));
        assertTrue(error(base(dir.toString(), "--stdin-name", "x.txt")).contains("--stdin-name"));
    }

    @Test
    void sizesAcceptBinarySuffixes() {
        assertEquals(2048, IngestOptions.size("--x", "2k"));
        assertEquals(2 * 1024 * 1024, IngestOptions.size("--x", "2MiB"));
        assertEquals(5, IngestOptions.size("--x", "5"));
        assertThrows(IngestOptions.UsageException.class, () -> IngestOptions.size("--x", "-1"));
    }
}
