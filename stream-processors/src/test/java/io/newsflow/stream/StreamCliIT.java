package io.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.testing.BrokerAndRegistry;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.NormalizedPage;
import io.newsflow.schemas.avro.RawPage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow stream normalize} against a real broker and registry: processes, stops cleanly, clear errors. */
class StreamCliIT {
    @TempDir
    static Path dir;
    @RegisterExtension
    static final BrokerAndRegistry broker = new BrokerAndRegistry();

    @Test
    void normalizeCommandCreatesTopicsProcessesPagesAndStopsCleanly() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Void> stop = new CompletableFuture<>();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> rc = executor.submit(() -> StreamCli.run(List.of("normalize", "--bootstrap-servers",
                            broker.bootstrapServers(), "--registry-url", broker.registryUrl(), "--state-dir",
                            dir.resolve("state").toString(), "--partitions", "2"),
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                    stop));
            RawPage page = StreamTestSupport.rawPage("cli-page", StreamTestSupport.ONE_ARTICLE_PAGE);
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!err.toString(StandardCharsets.UTF_8).contains("running") && System.nanoTime() < deadline) {
                Thread.sleep(100); // topics exist once the command says it is running
            }
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                    new ByteArraySerializer())) {
                byte[] value = AvroSerde.forTopic(Topics.RAW_PAGES, broker.registry())
                        .serialize(Topics.RAW_PAGES.name(), page);
                producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), page.getPageId(), value))
                        .get(30, TimeUnit.SECONDS);
            }
            NormalizedPage normalized = TopicReader.readCommitted(broker.bootstrapServers(), broker.registry(),
                    Topics.NORMALIZED_PAGES, r -> true, 1).get(0).value();
            assertEquals("cli-page", normalized.getPageId());
            assertEquals(2, TopicReader.partitions(broker.bootstrapServers(), Topics.ARTICLES.name()),
                    "missing topics were created with --partitions");

            stop.complete(null);
            assertEquals(0, rc.get(60, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("stopped"), err.toString(StandardCharsets.UTF_8));
        } finally {
            stop.complete(null);
            executor.shutdownNow();
        }
    }

    @Test
    void unreachableRegistryFailsAtStartUpNamingTheUrl() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = StreamCli.run(List.of("split", "--bootstrap-servers", broker.bootstrapServers(), "--registry-url",
                        "http://127.0.0.1:1", "--state-dir", dir.resolve("state2").toString()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                new CompletableFuture<Void>());
        assertEquals(1, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("http://127.0.0.1:1"), err.toString());
    }

}
