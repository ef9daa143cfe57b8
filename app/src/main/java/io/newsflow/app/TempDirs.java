package io.newsflow.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of the temporary data directories the demo and the benchmark create. */
public final class TempDirs {
    private TempDirs() {
    }

    /** Deletes {@code root} and everything below it, best effort: a temporary directory left behind is harmless. */
    public static void deleteQuietly(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort, see above
                }
            });
        } catch (IOException e) {
            // best effort, see above
        }
    }
}
