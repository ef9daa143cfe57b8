package io.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamSettingsTest {
    @TempDir
    Path dir;

    @Test
    void validSettingsCreateTheStateDirectory() {
        Path state = dir.resolve("a/b");
        StreamSettings s = new StreamSettings("localhost:9092,other:9093", "http://localhost:8081", state, 3);
        assertTrue(Files.isDirectory(state));
        assertEquals("localhost:9092,other:9093", s.bootstrapServers());
    }

    @Test
    void missingBootstrapServersNamesTheOption() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new StreamSettings(" ", "http://localhost:8081", dir, 3));
        assertTrue(e.getMessage().contains("--bootstrap-servers is required"), e.getMessage());
    }

    @Test
    void bootstrapServerWithoutPortNamesTheOptionAndTheEntry() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new StreamSettings("localhost:9092,broker2", "http://localhost:8081", dir, 3));
        assertTrue(e.getMessage().contains("--bootstrap-servers: 'broker2' is not host:port"), e.getMessage());
    }

    @Test
    void registryUrlMustBeHttp() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new StreamSettings("localhost:9092", "localhost:8081", dir, 3));
        assertTrue(e.getMessage().contains("--registry-url"), e.getMessage());
        var missing = assertThrows(IllegalArgumentException.class,
                () -> new StreamSettings("localhost:9092", null, dir, 3));
        assertTrue(missing.getMessage().contains("--registry-url is required"), missing.getMessage());
    }

    @Test
    void stateDirThatIsAFileNamesTheOption() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        var e = assertThrows(IllegalArgumentException.class,
                () -> new StreamSettings("localhost:9092", "http://localhost:8081", file, 3));
        assertTrue(e.getMessage().contains("--state-dir"), e.getMessage());
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        var e = assertThrows(IllegalArgumentException.class, () -> new StreamSettings("x", "y", dir, 0));
        assertTrue(e.getMessage().contains("--bootstrap-servers"), e.getMessage());
        assertTrue(e.getMessage().contains("--registry-url"), e.getMessage());
        assertTrue(e.getMessage().contains("partitions"), e.getMessage());
    }
}
