package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishLedgerTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    @TempDir
    Path dir;

    private static PublishLedger.Entry entry(String path, long size, long mtime, String sha) {
        return new PublishLedger.Entry(path, size, mtime, sha, "PUBLISHED", "file/" + path, 1L);
    }

    @Test
    void entriesSurviveARestart() throws IOException {
        Path file = dir.resolve("state/ledger.tsv");
        try (PublishLedger ledger = PublishLedger.open(file)) {
            ledger.record(entry("a.txt", 10, 1000, SHA_A));
            ledger.record(new PublishLedger.Entry("bad file\t%.txt", 0, 2000, SHA_B, "DEAD_LETTER:EMPTY", "file/bad", 2L));
        }
        try (PublishLedger reopened = PublishLedger.open(file)) {
            assertEquals(2, reopened.size());
            assertTrue(reopened.get("a.txt").orElseThrow().sameFileState(10, 1000));
            PublishLedger.Entry bad = reopened.get("bad file\t%.txt").orElseThrow();
            assertEquals("DEAD_LETTER:EMPTY", bad.outcome());
            assertEquals(SHA_B, bad.sha256());
        }
    }

    @Test
    void changedFileStateIsNotTheSameAndLatestEntryWins() throws IOException {
        Path file = dir.resolve("ledger.tsv");
        try (PublishLedger ledger = PublishLedger.open(file)) {
            ledger.record(entry("a.txt", 10, 1000, SHA_A));
            assertFalse(ledger.get("a.txt").orElseThrow().sameFileState(11, 1000));
            assertFalse(ledger.get("a.txt").orElseThrow().sameFileState(10, 1001));
            ledger.record(entry("a.txt", 11, 1001, SHA_B));
        }
        try (PublishLedger reopened = PublishLedger.open(file)) {
            assertEquals(SHA_B, reopened.get("a.txt").orElseThrow().sha256());
        }
        // Opening compacted the file: one header plus one line per path.
        assertEquals(2, Files.readAllLines(file).size());
    }

    @Test
    void tornLastLineIsIgnored() throws IOException {
        Path file = dir.resolve("ledger.tsv");
        try (PublishLedger ledger = PublishLedger.open(file)) {
            ledger.record(entry("a.txt", 10, 1000, SHA_A));
        }
        byte[] torn = ("b.txt\t20\t3000\t" + SHA_B.substring(0, 30) + "\u4e2d").getBytes(StandardCharsets.UTF_8);
        Files.write(file, java.util.Arrays.copyOf(torn, torn.length - 1), StandardOpenOption.APPEND);
        try (PublishLedger reopened = PublishLedger.open(file)) {
            assertEquals(1, reopened.size());
            assertTrue(reopened.get("b.txt").isEmpty());
            reopened.record(entry("c.txt", 1, 1, SHA_A));
        }
        try (PublishLedger again = PublishLedger.open(file)) {
            assertEquals(List.of(true, true), List.of(again.get("a.txt").isPresent(), again.get("c.txt").isPresent()));
        }
    }

    @Test
    void foreignFileIsRefusedWithAHint() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "my notes\n");
        IOException e = assertThrows(IOException.class, () -> PublishLedger.open(file));
        assertTrue(e.getMessage().contains("--state-dir"), e.getMessage());
        assertEquals("my notes\n", Files.readString(file));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        try (PublishLedger ledger = PublishLedger.open(dir.resolve("l.tsv"))) {
            ledger.record(entry("a.txt", 1, 1, SHA_A));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("l.tsv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
