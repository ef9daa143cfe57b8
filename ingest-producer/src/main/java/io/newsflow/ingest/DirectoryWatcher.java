package io.newsflow.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watch mode for the continuous feed: publishes every page file that appears in one directory.
 *
 * <p>Contract:
 * <ul>
 *   <li><b>Which files.</b> Regular files directly in the directory (not sub-directories). Hidden files
 *       (name starting with {@code .}) and temporary files ({@code *.tmp}, {@code *.part}, {@code *.partial},
 *       {@code *.crdownload}, {@code *.swp}, {@code *~}) are ignored, so a feed that writes {@code x.tmp}
 *       and renames it to {@code x.txt} is published once, complete.</li>
 *   <li><b>When.</b> A file is published once it is stable: the same size and modification time on two
 *       checks at least {@code settle} apart. Changes are noticed through a {@link WatchService} and,
 *       as a safety net for missed or overflowed events (network file systems, bursts), through a full
 *       rescan every {@code rescan}; a rescan right at start picks up files that arrived while stopped.</li>
 *   <li><b>Restarts.</b> Each handled file (published, or dead-lettered) is recorded in a
 *       {@link PublishLedger} after the broker acknowledged it, with size, mtime and SHA-256. A file whose
 *       size and mtime match its entry is skipped without reading; a file whose size or mtime changed is read
 *       and hashed: same hash, skipped (a {@code touch}); different hash, published again as a new version
 *       (same page id, new {@code content_sha256}). A crash between the acknowledgement and the ledger write
 *       re-sends that one file after restart (at-least-once).</li>
 *   <li><b>Failures.</b> Bad files go to the dead-letter topic and are recorded, so they are not retried
 *       until they change. A publish that fails for infrastructure reasons is not recorded and is retried on
 *       the next rescan.</li>
 *   <li><b>Stopping.</b> {@link #close()} stops watching, waits for in-flight publishes to be acknowledged
 *       (bounded), and closes the ledger; it does not close the {@link PageProducer}, which the caller owns.</li>
 * </ul>
 */
public final class DirectoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);
    /** Ledger file name used when the state directory is the watched directory itself (hidden, so ignored). */
    public static final String LEDGER_FILE = ".newsflow-ingest-ledger";
    private static final List<String> TEMP_SUFFIXES = List.of(".tmp", ".part", ".partial", ".crdownload", ".swp", "~");

    /**
     * Timing of a watcher.
     *
     * @param settle how long size and mtime must stay unchanged before a file counts as complete
     * @param rescan interval of the full directory rescan
     */
    public record Timing(Duration settle, Duration rescan) {
        public Timing {
            Objects.requireNonNull(settle, "settle");
            Objects.requireNonNull(rescan, "rescan");
            if (settle.isNegative()) {
                throw new IllegalArgumentException("--settle-ms must be >= 0, got " + settle.toMillis());
            }
            if (rescan.toMillis() < 100) {
                throw new IllegalArgumentException("--rescan-seconds must be at least 0.1 s, got " + rescan.toMillis() + " ms");
            }
        }

        public static Timing defaults() {
            return new Timing(Duration.ofSeconds(1), Duration.ofSeconds(10));
        }
    }

    /** What the watcher last saw of a candidate file. */
    private record Observation(long size, long mtimeMillis, long seenAtNanos) {
    }

    private final Path dir;
    private final PageProducer producer;
    private final PublishLedger ledger;
    private final Timing timing;
    private final WatchService watchService;
    private final Map<Path, Observation> candidates = new HashMap<>();
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean loopStarted;
    private boolean closed;
    private Thread thread;

    private DirectoryWatcher(Path dir, PageProducer producer, PublishLedger ledger, Timing timing, WatchService ws) {
        this.dir = dir;
        this.producer = producer;
        this.ledger = ledger;
        this.timing = timing;
        this.watchService = ws;
    }

    /**
     * Opens the ledger and registers the directory; call {@link #run()} (blocking) or {@link #start()}.
     *
     * @param stateDir where the ledger lives; null means the watched directory itself (hidden file)
     */
    public static DirectoryWatcher open(Path dir, Path stateDir, PageProducer producer, Timing timing) throws IOException {
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(timing, "timing");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--watch: " + dir + " is not a directory");
        }
        Path abs = dir.toAbsolutePath().normalize();
        Path ledgerFile = (stateDir == null ? abs : stateDir.toAbsolutePath().normalize())
                .resolve(stateDir == null ? LEDGER_FILE : "ingest-ledger-" + Integer.toHexString(abs.toString().hashCode()) + ".tsv");
        PublishLedger ledger = PublishLedger.open(ledgerFile);
        WatchService ws = abs.getFileSystem().newWatchService();
        try {
            abs.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | RuntimeException e) {
            ws.close();
            ledger.close();
            throw e;
        }
        LOG.info("Watching {} (ledger {}, {} entries)", abs, ledgerFile, ledger.size());
        return new DirectoryWatcher(abs, producer, ledger, timing, ws);
    }

    public Path directory() {
        return dir;
    }

    public PublishLedger ledger() {
        return ledger;
    }

    /** Runs the watch loop on a new (non-daemon) thread. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("watcher already started");
        }
        loopStarted = true; // so that a close() racing with the thread start waits for the loop to end
        thread = new Thread(this::run, "newsflow-ingest-watch");
        thread.start();
    }

    /** Runs the watch loop on the calling thread until {@link #close()} is called from another thread. */
    public void run() {
        loopStarted = true;
        try {
            long nextRescan = 0;
            while (running) {
                long now = System.nanoTime();
                if (now - nextRescan >= 0) {
                    rescan();
                    nextRescan = now + timing.rescan().toNanos();
                }
                long pollMillis = Math.max(20, Math.min(timing.settle().toMillis(), 250));
                WatchKey key = watchService.poll(pollMillis, TimeUnit.MILLISECONDS);
                if (key != null) {
                    drain(key);
                }
                checkCandidates();
            }
        } catch (ClosedWatchServiceException e) {
            // close() was called: normal stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Watcher on {} stopped by an unexpected error", dir, e);
            throw e;
        } finally {
            stopped.countDown();
        }
    }

    private void drain(WatchKey key) {
        boolean overflow = false;
        do {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    overflow = true;
                } else if (event.context() instanceof Path name) {
                    consider(dir.resolve(name));
                }
            }
            if (!key.reset()) {
                LOG.warn("Watched directory {} is no longer accessible; relying on rescans", dir);
                break;
            }
        } while (running && (key = watchService.poll()) != null);
        if (overflow) {
            rescan();
        }
    }

    private void rescan() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", dir, e.getMessage());
            return;
        }
        files.sort(null);
        files.forEach(this::consider);
    }

    /** Adds a file to the candidates unless it is ignored, in flight, or unchanged since it was handled. */
    private void consider(Path file) {
        if (ignored(file.getFileName().toString()) || inFlight.contains(file) || candidates.containsKey(file)) {
            return;
        }
        Optional<BasicFileAttributes> attrs = attributes(file);
        if (attrs.isEmpty() || !attrs.get().isRegularFile()) {
            return;
        }
        long size = attrs.get().size();
        long mtime = attrs.get().lastModifiedTime().toMillis();
        Optional<PublishLedger.Entry> done = ledger.get(relative(file));
        if (done.isPresent() && done.get().sameFileState(size, mtime)) {
            return;
        }
        candidates.put(file, new Observation(size, mtime, System.nanoTime()));
    }

    private void checkCandidates() {
        if (candidates.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        List<Path> ready = new ArrayList<>();
        for (var it = candidates.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Path, Observation> e = it.next();
            Optional<BasicFileAttributes> attrs = attributes(e.getKey());
            if (attrs.isEmpty() || !attrs.get().isRegularFile()) {
                it.remove(); // deleted or renamed away (e.g. a temp file renamed to its final name)
                continue;
            }
            Observation seen = e.getValue();
            long size = attrs.get().size();
            long mtime = attrs.get().lastModifiedTime().toMillis();
            if (size != seen.size() || mtime != seen.mtimeMillis()) {
                e.setValue(new Observation(size, mtime, now)); // still being written: restart the clock
            } else if (now - seen.seenAtNanos() >= timing.settle().toNanos()) {
                ready.add(e.getKey());
                it.remove();
            }
        }
        ready.sort(null);
        for (Path file : ready) {
            if (running) {
                handle(file);
            }
        }
    }

    private void handle(Path file) {
        String rel = relative(file);
        PageInput input = PageInput.read(file, producer.settings().maxPageBytes());
        Optional<BasicFileAttributes> attrs = attributes(file);
        if (attrs.isEmpty()) {
            return; // vanished between the stability check and the read
        }
        long size = attrs.get().size();
        long mtime = attrs.get().lastModifiedTime().toMillis();
        String sha = PageProducer.sha256(input.bytes());
        Optional<PublishLedger.Entry> done = ledger.get(rel);
        if (done.isPresent() && done.get().sha256().equals(sha) && input.readError() == null) {
            // Touched or copied over with the same content: remember the new state, do not re-send.
            PublishLedger.Entry old = done.get();
            ledger.record(new PublishLedger.Entry(rel, size, mtime, sha, old.outcome(), old.pageId(), System.currentTimeMillis()));
            return;
        }
        inFlight.add(file);
        producer.publish(input).whenComplete((result, error) -> {
            try {
                if (error == null) {
                    ledger.record(new PublishLedger.Entry(rel, size, mtime, result.contentSha256(), result.outcomeCode(),
                            result.pageId().id(), System.currentTimeMillis()));
                    LOG.debug("{} -> {} {}", rel, result.outcomeCode(), result.pageId().id());
                } else {
                    LOG.warn("Publishing {} failed; it will be retried on the next rescan: {}", rel,
                            PageProducer.rootMessage(error));
                }
            } catch (UncheckedIOException e) {
                LOG.error("Published {} but could not record it in the ledger; it may be re-sent after a restart", rel, e);
            } finally {
                inFlight.remove(file);
            }
        });
    }

    /** True for names the watcher never publishes: hidden and temporary files. */
    public static boolean ignored(String name) {
        if (name.startsWith(".")) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return TEMP_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private String relative(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits up to {@code timeout} for the watch loop to end (after {@link #close()}, or on an unexpected
     * error, which is logged).
     *
     * @return true when the loop has ended
     */
    public boolean awaitLoopEnd(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Paths currently being published (for tests and status output). */
    public Set<String> inFlight() {
        Set<String> names = new TreeSet<>();
        inFlight.forEach(p -> names.add(relative(p)));
        return names;
    }

    /** Stops the loop, waits up to 30 s for in-flight publishes, and closes the ledger. Idempotent. */
    @Override
    public void close() throws IOException {
        close(Duration.ofSeconds(30));
    }

    public synchronized void close(Duration timeout) throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        running = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            watchService.close();
            if (loopStarted && !stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Watch loop on {} did not stop within {}", dir, timeout);
            }
            producer.flush();
            while (!inFlight.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10); // the completion callbacks record into the ledger after the flush
            }
            if (!inFlight.isEmpty()) {
                LOG.warn("Stopping with {} publishes unacknowledged; they will be re-sent after a restart", inFlight.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ledger.close();
        }
    }
}
