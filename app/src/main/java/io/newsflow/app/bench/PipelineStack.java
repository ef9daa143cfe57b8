package io.newsflow.app.bench;

import io.newsflow.app.BrokerWithRegistry;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.stream.Stage;
import io.newsflow.stream.StreamApps;
import io.newsflow.stream.StreamSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

/**
 * The streaming pipeline alone in this JVM (no sink): a single-node KRaft broker and the Schema Registry storing
 * their data under one directory, and the three exactly-once stream applications, started in that order and
 * RUNNING when {@link #start} returns. The pipeline topics are created by {@link StreamApps} with the requested
 * partition count. {@link #close()} stops everything in reverse order; the data directory is left to the caller.
 */
final class PipelineStack implements AutoCloseable {
    private BrokerWithRegistry broker;
    private StreamApps apps;

    private PipelineStack() {
    }

    /**
     * @param data             broker ({@code kafka/}) and Streams ({@code streams/}) data directory
     * @param partitions       partitions of every pipeline topic
     * @param pipeline         the text pipeline shared by all stream threads (one extractor instance)
     * @param streamsOverrides extra Streams settings on top of {@link StreamApps#streamsConfig}
     * @param stageOverrides   further settings for single stages, on top of those
     * @param runningTimeout   how long the applications may take to reach RUNNING
     * @throws IllegalStateException when a piece cannot start (everything already started is closed)
     */
    static PipelineStack start(Path data, int partitions, TextPipeline pipeline, Map<String, ?> streamsOverrides,
                               Map<Stage, ? extends Map<String, ?>> stageOverrides, Duration runningTimeout) throws InterruptedException {
        PipelineStack stack = new PipelineStack();
        try {
            stack.broker = BrokerWithRegistry.start(data.resolve("kafka"));
            stack.apps = StreamApps.start(new StreamSettings(stack.broker.bootstrapServers(),
                            stack.broker.registryUrl(), data.resolve("streams"), partitions),
                    EnumSet.allOf(Stage.class), stack.broker.registry(), pipeline, Clock.systemUTC(), streamsOverrides,
                    stageOverrides);
            if (!stack.apps.awaitRunning(runningTimeout)) {
                throw new IllegalStateException("stream applications did not start: "
                        + stack.apps.failure().orElse("timed out after " + runningTimeout.toSeconds() + " s"));
            }
            return stack;
        } catch (RuntimeException | InterruptedException e) {
            stack.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    SchemaRegistryClient registry() {
        return broker.registry();
    }

    StreamApps apps() {
        return apps;
    }

    @Override
    public void close() {
        if (apps != null) {
            apps.close();
            apps = null;
        }
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
