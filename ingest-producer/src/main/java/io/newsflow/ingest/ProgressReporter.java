package io.newsflow.ingest;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Counts handled inputs and reports progress on long runs: a line every {@code everyPages} inputs or when
 * {@code everyMillis} have passed since the last line, whichever comes first (checked as results arrive, so
 * an idle watcher stays quiet). Lines look like
 * {@code ingest: 1200 pages (35.2 MB), 3 dead letters, 0 failed in 12.3 s: 97.5 pages/s, 2.86 MB/s}.
 * Thread-safe.
 */
public final class ProgressReporter {

    /** Counters at one instant. */
    public record Snapshot(long pages, long deadLetters, long failed, long bytes, long elapsedNanos) {
        public double seconds() {
            return elapsedNanos / 1e9;
        }

        public double pagesPerSecond() {
            return seconds() > 0 ? pages / seconds() : 0;
        }

        @Override
        public String toString() {
            double s = seconds();
            return String.format(Locale.ROOT,
                    "%d pages (%.1f MB), %d dead letters, %d failed in %.1f s: %.1f pages/s, %.2f MB/s",
                    pages, bytes / 1e6, deadLetters, failed, s, s > 0 ? (pages + deadLetters) / s : 0.0,
                    s > 0 ? bytes / 1e6 / s : 0.0);
        }
    }

    private final int everyPages;
    private final long everyNanos;
    private final Consumer<String> sink;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long pages;
    private long deadLetters;
    private long failed;
    private long bytes;
    private long lastReportNanos;
    private long lastReportCount;

    /**
     * @param everyPages  report after this many more handled inputs (0 = never by count)
     * @param everyMillis report when this much time passed since the last report (0 = never by time)
     * @param sink        where report lines go
     */
    public ProgressReporter(int everyPages, long everyMillis, Consumer<String> sink) {
        this(everyPages, everyMillis, sink, System::nanoTime);
    }

    ProgressReporter(int everyPages, long everyMillis, Consumer<String> sink, LongSupplier nanoClock) {
        if (everyPages < 0) {
            throw new IllegalArgumentException("--progress-every must be >= 0, got " + everyPages);
        }
        if (everyMillis < 0) {
            throw new IllegalArgumentException("--progress-seconds must be >= 0, got " + everyMillis);
        }
        this.everyPages = everyPages;
        this.everyNanos = everyMillis * 1_000_000L;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastReportNanos = startNanos;
    }

    /** A reporter that never reports (counters still work). */
    public static ProgressReporter silent() {
        return new ProgressReporter(0, 0, line -> { });
    }

    public void onResult(PublishResult result) {
        String line;
        synchronized (this) {
            if (result.published()) {
                pages++;
            } else {
                deadLetters++;
            }
            bytes += result.bytes();
            line = due();
        }
        emit(line);
    }

    public void onFailure() {
        String line;
        synchronized (this) {
            failed++;
            line = due();
        }
        emit(line);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(pages, deadLetters, failed, bytes, nanoClock.getAsLong() - startNanos);
    }

    private String due() {
        long count = pages + deadLetters + failed;
        long now = nanoClock.getAsLong();
        boolean byCount = everyPages > 0 && count - lastReportCount >= everyPages;
        boolean byTime = everyNanos > 0 && now - lastReportNanos >= everyNanos;
        if (!byCount && !byTime) {
            return null;
        }
        lastReportCount = count;
        lastReportNanos = now;
        return "ingest: " + new Snapshot(pages, deadLetters, failed, bytes, now - startNanos);
    }

    private void emit(String line) {
        if (line != null) {
            sink.accept(line); // outside the lock: a slow sink must not block producer callbacks of others
        }
    }
}
