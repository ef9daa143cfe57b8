package io.newsflow.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.registry.server.InMemorySchemaRegistry;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsConfigTest {
    @TempDir
    Path dir;

    @Test
    void everyStageRunsExactlyOnceAndItsProducersBatchUntilTheCommitFlushes() {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        for (Stage stage : Stage.values()) {
            StreamsConfig config = new StreamsConfig(
                    StreamApps.streamsConfig(stage, "localhost:9092", dir.toString(), registry));
            assertEquals(StreamsConfig.EXACTLY_ONCE_V2, config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
            // What Streams hands to the stream threads' producers, not just what we put in the properties.
            Map<String, Object> producer = config.getProducerConfigs("client");
            assertEquals(StreamApps.PRODUCER_BATCH_BYTES,
                    Integer.parseInt(producer.get(ProducerConfig.BATCH_SIZE_CONFIG).toString()), stage.wireName());
            assertEquals("true", producer.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG).toString(), stage.wireName());
        }
    }
}
