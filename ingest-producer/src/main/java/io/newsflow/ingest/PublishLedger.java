package io.newsflow.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Durable record of the inputs a watcher has already handled (published, or sent to the dead-letter topic),
 * so that a restarted watcher does not send them again.
 *
 * <p>Storage: one UTF-8 text file, a header line then one tab-separated entry per line
 * ({@code path size mtime sha256 outcome page_id recorded_at}, path URL-encoded). Each {@link #record} appends
 * one line and forces it to disk before returning; the latest line for a path wins. Opening the ledger
 * compacts it (one line per path) by writing a temporary file, forcing it, and atomically renaming it over
 * the old one, so a crash at any point leaves either the old or the new file. A torn last line (crash during
 * an append) is ignored on load: that input is simply handled again, which the at-least-once contract allows.
 *
 * <p>Thread-safe: methods are synchronized (the watcher records from producer callback threads).
 */
public final class PublishLedger implements AutoCloseable {

    private static final String HEADER = "#newsflow-ingest-ledger v1";

    /**
     * One handled input.
     *
     * @param path        path relative to the watched directory (forward slashes)
     * @param size        file size in bytes when handled
     * @param mtimeMillis last-modified time when handled
     * @param sha256      lower-case hex SHA-256 of the bytes that were read
     * @param outcome     {@code PUBLISHED} or {@code DEAD_LETTER:<reason>}
     * @param pageId      page id the input was keyed with
     * @param recordedAt  epoch millis when the entry was written
     */
    public record Entry(String path, long size, long mtimeMillis, String sha256, String outcome, String pageId, long recordedAt) {
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(pageId, "pageId");
        }

        /** True when the file still has the size and mtime it had when handled. */
        public boolean sameFileState(long currentSize, long currentMtimeMillis) {
            return size == currentSize && mtimeMillis == currentMtimeMillis;
        }

        String toLine() {
            return String.join("\t", encode(path), Long.toString(size), Long.toString(mtimeMillis), sha256,
                    encode(outcome), encode(pageId), Long.toString(recordedAt));
        }

        static Entry parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 7 || f[3].length() != 64) {
                return null;
            }
            try {
                return new Entry(decode(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], decode(f[4]),
                        decode(f[5]), Long.parseLong(f[6]));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private final FileChannel channel;
    private final Writer writer;

    private PublishLedger(Path file, Map<String, Entry> entries, FileChannel channel) {
        this.file = file;
        this.entries = entries;
        this.channel = channel;
        this.writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
    }

    /** Opens (creating if needed) and compacts the ledger at {@code file}. */
    public static PublishLedger open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (Files.exists(file)) {
            // Lenient decoding: a torn last line may end inside a multi-byte character.
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            if (!lines.isEmpty() && !lines.get(0).equals(HEADER)) {
                throw new IOException("ledger " + file + " is not a newsflow ingest ledger (first line '"
                        + lines.get(0) + "'); move it away or choose another --state-dir");
            }
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                Entry e = Entry.parse(line);
                if (e != null) {
                    entries.put(e.path(), e);
                }
            }
        }
        Path tmp = parent.resolve(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             Writer w = new BufferedWriter(Channels.newWriter(out, StandardCharsets.UTF_8))) {
            w.write(HEADER);
            w.write('\n');
            for (Entry e : entries.values()) {
                w.write(e.toLine());
                w.write('\n');
            }
            w.flush();
            out.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new PublishLedger(file, entries, channel);
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<Entry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public synchronized int size() {
        return entries.size();
    }

    /** Appends an entry and forces it to disk; it supersedes any earlier entry for the same path. */
    public synchronized void record(Entry entry) {
        try {
            writer.write(entry.toLine());
            writer.write('\n');
            writer.flush();
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to ingest ledger " + file, e);
        }
        entries.put(entry.path(), entry);
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
