package io.newsflow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of one input as read, bounded: at most {@code limit + 1} bytes are kept, so an oversized input
 * is recognised without holding it in memory.
 *
 * @param name      file name (without directories) or a caller-supplied name; null for unnamed stdin
 * @param bytes     the bytes read, at most {@code limit + 1} of them; empty when unreadable
 * @param totalSize the input's full size when known (files), else the number of bytes read
 * @param truncated true when the input holds more bytes than {@code bytes}
 * @param readError why the input could not be read, or null
 */
public record PageInput(String name, byte[] bytes, long totalSize, boolean truncated, String readError) {

    public PageInput {
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The name to report in dead letters and the value's {@code source}: the name or {@code stdin}. */
    public String sourceName() {
        return name == null ? "stdin" : name;
    }

    /** Reads a file, keeping at most {@code limit + 1} bytes. Never throws for I/O problems. */
    public static PageInput read(Path file, long limit) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            return new PageInput(name, new byte[0], 0, false, file + " is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            PageInput read = read(name, in, limit);
            // The file may grow while being read; report the larger of the two sizes.
            return new PageInput(name, read.bytes(), Math.max(size, read.totalSize()), read.truncated(), null);
        } catch (IOException | SecurityException e) {
            return new PageInput(name, new byte[0], 0, false, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Reads a stream to its end, keeping at most {@code limit + 1} bytes and counting the rest. */
    public static PageInput read(String name, InputStream in, long limit) throws IOException {
        int keep = (int) Math.min(Integer.MAX_VALUE - 16, limit + 1);
        byte[] bytes = in.readNBytes(keep);
        long total = bytes.length;
        if (bytes.length == keep) {
            // Drain the rest so that stdin is consumed and the reported size is accurate.
            byte[] skip = new byte[64 * 1024];
            for (int n; (n = in.read(skip)) > 0; ) {
                total += n;
            }
        }
        return new PageInput(name, bytes, total, total > bytes.length, null);
    }

    /** An input that could not be read. */
    public static PageInput unreadable(String name, String why) {
        return new PageInput(name, new byte[0], 0, false, why);
    }
}
