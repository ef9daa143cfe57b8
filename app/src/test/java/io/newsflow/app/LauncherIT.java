package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.app.ComposeFileTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code ./newsflow} launcher script itself, as a user does, on the jar {@code mvn package} built: the JVM
 * options it chooses must never put anything but articles on the standard output of {@code newsflow process}.
 */
class LauncherIT {

    /** Asks for 1 GB static huge pages: where none are configured (the usual case) the JVM warns at start. */
    private static final String PAGE_SIZE_WARNING = "-XX:+UseLargePages -XX:LargePageSizeInBytes=1g";

    private static Path root;
    private static Path sample;

    @BeforeAll
    static void locate() {
        root = ComposeFileTest.repositoryRoot();
        sample = root.resolve("samples/2025-06-01_p01.txt");
        assertTrue(Files.isRegularFile(root.resolve("app/target/newsflow-app.jar")),
                "run through `mvn verify`: the launcher needs the jar of the package phase");
    }

    @Test
    void jvmWarningsGoToStderrSoProcessOutputStaysJsonLines() throws Exception {
        Result plain = ComposeFileTest.run(List.of("java", "-XX:+UseLargePages", "-XX:LargePageSizeInBytes=1g",
                "-version"), Map.of());
        Assumptions.assumeTrue(plain.out().contains("[warning]"), "the JVM does not warn about "
                + PAGE_SIZE_WARNING + " on this machine (1 GB huge pages are configured), so there is no warning "
                + "to route; stdout was: " + plain.out());

        Result r = launch(Map.of("NEWSFLOW_JAVA_OPTS", "-Xmx1g " + PAGE_SIZE_WARNING));

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("[warning][pagesize]"), "the JVM's warning is on stderr: " + r.err());
        assertJsonLines(r.out());
    }

    @Test
    void defaultOptionsStartWithoutJvmWarnings() throws Exception {
        // A default flag this JVM deprecated or cannot honour here would warn on every start.
        Result r = launch(Map.of());

        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().contains("[warning]"), "no JVM warning with the launcher's defaults: " + r.err());
        assertJsonLines(r.out());
    }

    private static Result launch(Map<String, String> env) throws Exception {
        Result r = ComposeFileTest.run(List.of("bash", root.resolve("newsflow").toString(), "process",
                sample.toString()), env, 180);
        // A rebuild here would run Maven inside this build: sources must not be newer than the packaged jar.
        assertFalse(r.err().contains("newsflow: building"), "the launcher found sources newer than the jar");
        return r;
    }

    private static void assertJsonLines(String out) throws Exception {
        List<String> lines = out.lines().toList();
        assertFalse(lines.isEmpty(), "articles on stdout");
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode item = json.readTree(line);
            assertTrue(item.isObject() && item.hasNonNull("body"), "every stdout line is one item: " + line);
        }
    }
}
