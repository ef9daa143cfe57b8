package io.newsflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedConnectIT {
    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static EmbeddedConnect connect;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        connect = EmbeddedConnect.start(kafka.bootstrapServers(), dir.resolve("connect"),
                Map.of("offset.flush.interval.ms", "500"));
    }

    @AfterAll
    static void stop() {
        if (connect != null) {
            connect.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static void send(String topic, String... values) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, v));
            }
            producer.flush();
        }
    }

    private static List<String> awaitLines(Path file, int n) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= n) {
                    return lines;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + n + " lines in " + file);
    }

    @Test
    void serviceLoadedSinkReceivesRawBytesAndSurvivesRestartWithoutRereadingCommittedRecords() throws Exception {
        kafka.createTopic("lines", 1, Map.of());
        Path out = dir.resolve("lines.txt");
        send("lines", "a", "b", "c");
        connect.addConnector("lines-sink", Map.of("connector.class", LinesFileSinkConnector.class.getName(),
                "topics", "lines", "file", out.toString()));
        assertEquals(List.of("a", "b", "c"), awaitLines(out, 3));
        assertEquals("RUNNING", connect.status("lines-sink").connector().state());

        // Wait for an offset commit (every 500 ms), then restart: committed records are not delivered again.
        Thread.sleep(1500);
        connect.restartConnector("lines-sink");
        send("lines", "d");
        assertEquals(List.of("a", "b", "c", "d"), awaitLines(out, 4));

        // the REST API answers on the advertised URL
        HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(connect.restUrl() + "connectors/lines-sink/status")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("RUNNING"), status.body());

        connect.deleteConnector("lines-sink");
        assertThrows(RuntimeException.class, () -> connect.status("lines-sink"));
    }

    @Test
    void invalidConnectorConfigIsRejectedWithTheReason() {
        ConnectException e = assertThrows(ConnectException.class, () -> connect.addConnector("broken",
                Map.of("connector.class", "no.such.Connector", "topics", "x")));
        assertTrue(e.getMessage().contains("no.such.Connector"), e.getMessage());
    }
}
