package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The real {@code docker-compose.yml} through the local {@code docker compose} CLI, with two split instances: a page
 * dropped into the inbox ends up as article rows in the stack's PostgreSQL. Skipped without Docker (and without the
 * compose CLI or the build output); {@link ComposeScriptsIT} checks the same flow with the same scripts and
 * commands on embedded services, and {@link ComposeFileTest} checks the file itself.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackIT {
    private static final Duration WAIT = Duration.ofMinutes(6);

    @Test
    void pageDroppedIntoTheInboxReachesPostgresWithAScaledProcessor(@TempDir Path inbox) throws Exception {
        Path root = ComposeFileTest.repositoryRoot();
        Assumptions.assumeTrue(composeCliWorks(), "no 'docker compose' CLI on this machine");
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve("app/target/newsflow-app.jar"))
                        && Files.isDirectory(root.resolve("sink-connectors/target/newsflow-postgres-sink-plugin")),
                "build first: mvn -B -DskipTests package");

        Map<String, String> env = new HashMap<>();
        for (String port : List.of("NEWSFLOW_KAFKA_PORT", "NEWSFLOW_REGISTRY_PORT", "NEWSFLOW_POSTGRES_PORT",
                "NEWSFLOW_CONNECT_PORT")) {
            env.put(port, String.valueOf(freePort()));
        }
        env.put("NEWSFLOW_INBOX", inbox.toString());
        try (ComposeContainer stack = new ComposeContainer(root.resolve("docker-compose.yml").toFile())
                .withLocalCompose(true)
                .withEnv(env)
                .withScaledService("split", 2)
                .withRemoveVolumes(true)
                .withStartupTimeout(WAIT)) {
            stack.start();
            Files.copy(root.resolve("samples/2025-06-01_p01.txt"), inbox.resolve("2025-06-01_p01.txt.part"));
            Files.move(inbox.resolve("2025-06-01_p01.txt.part"), inbox.resolve("2025-06-01_p01.txt"));

            String jdbc = "jdbc:postgresql://localhost:" + env.get("NEWSFLOW_POSTGRES_PORT") + "/newsflow";
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (articles(jdbc) == 0) {
                if (System.nanoTime() > deadline) {
                    fail("no article of the dropped page in PostgreSQL after " + WAIT);
                }
                Thread.sleep(2000);
            }
            HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + env.get("NEWSFLOW_CONNECT_PORT") + "/connectors/newsflow-postgres/status"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(status.body().contains("RUNNING") && !status.body().contains("FAILED"), status.body());
        }
    }

    private static long articles(String jdbc) {
        try (Connection c = DriverManager.getConnection(jdbc, "newsflow", "newsflow");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM articles WHERE page_id = '2025-06-01/p01'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) { // database or table not there yet
            return 0;
        }
    }

    private static boolean composeCliWorks() {
        try {
            Process p = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
