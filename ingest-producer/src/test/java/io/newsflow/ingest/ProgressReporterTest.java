package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private static PublishResult result(boolean published, long bytes) {
        PageId id = new PageId("file/x", null, null, null, PageId.Rule.FILE_NAME);
        return new PublishResult("x", id, published ? PublishResult.Outcome.PUBLISHED : PublishResult.Outcome.DEAD_LETTERED,
                published ? null : RejectReason.EMPTY, null, "0".repeat(64), bytes, "t", 0, 0);
    }

    @Test
    void reportsEveryNInputsWithCountsBytesAndRate() {
        List<String> lines = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        ProgressReporter p = new ProgressReporter(3, 0, lines::add, clock::get);
        for (int i = 0; i < 7; i++) {
            clock.addAndGet(500_000_000L); // 0.5 s per input
            p.onResult(result(i != 1, 1_000_000));
        }
        assertEquals(2, lines.size());
        assertEquals("ingest: 5 pages (6.0 MB), 1 dead letters, 0 failed in 3.0 s: 2.0 pages/s, 2.00 MB/s", lines.get(1));
        ProgressReporter.Snapshot s = p.snapshot();
        assertEquals(6, s.pages());
        assertEquals(1, s.deadLetters());
        assertEquals(7_000_000, s.bytes());
    }

    @Test
    void reportsByElapsedTimeOnlyWhenDue() {
        List<String> lines = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        ProgressReporter p = new ProgressReporter(0, 10_000, lines::add, clock::get);
        p.onResult(result(true, 1));
        clock.addAndGet(9_000_000_000L);
        p.onFailure();
        assertTrue(lines.isEmpty());
        clock.addAndGet(1_000_000_000L);
        p.onResult(result(true, 1));
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("1 failed"), lines.get(0));
    }
}
