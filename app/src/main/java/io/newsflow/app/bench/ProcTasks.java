package io.newsflow.app.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The threads of this process as Linux lists them in {@code /proc/self/task}: the only place the JVM's own threads
 * (JIT compilers, GC) and the kernel's per-thread counters can be read. Elsewhere there is nothing to list.
 */
final class ProcTasks {
    private static final Path TASKS = Path.of("/proc/self/task");

    /** Reads one thread's files; {@code comm} is the kernel's name of the thread (a Java name cut to 15 chars). */
    interface TaskReader {
        void read(Path task, String comm) throws IOException;
    }

    private ProcTasks() {
    }

    static boolean readable() {
        return Files.isDirectory(TASKS);
    }

    /**
     * Calls {@code reader} for every live thread. A thread that ends while it is read (its files vanish, or hold
     * less than expected) is skipped. Returns false when the list itself cannot be read.
     */
    static boolean forEach(TaskReader reader) {
        if (!readable()) {
            return false;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    reader.read(task, Files.readString(task.resolve("comm")).strip());
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we looked
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
