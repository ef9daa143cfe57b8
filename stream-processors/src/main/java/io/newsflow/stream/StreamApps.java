package io.newsflow.stream;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.Schemas;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one, two or all three stream applications in this JVM, each as its own {@link KafkaStreams} instance with
 * its own {@code application.id} (so each can be stopped, restarted and scaled independently, exactly as if run in
 * separate processes).
 *
 * <p>Start-up order: register the value schemas ({@link Schemas#registerAll}, which also proves the registry is
 * reachable), check the broker is reachable and create the pipeline topics that are missing, then start the
 * applications. Delivery: {@code exactly_once_v2}
 * within each application; records that fail deserialization or processing go to the stage's dead-letter topic
 * in the same transaction.
 */
public final class StreamApps implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamApps.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    /**
     * {@code num.stream.threads} of each application unless overridden. Two, not Kafka's one: with one thread the
     * extract application (most of the CPU) is capped at one core. On 2 cores, {@code newsflow bench} over the
     * seeds gave 9.9–10.5 instead of 7.1–8.4 pages/s and a half-load p99 of 0.7 s instead of 0.9–2.2 s (two pairs
     * of runs on a shared machine; the README's benchmark tuning table).
     */
    public static final int DEFAULT_STREAM_THREADS = 2;
    /** The stream threads' producer {@code batch.size} (Kafka's default: 16 KB); see {@link #streamsConfig}. */
    public static final int PRODUCER_BATCH_BYTES = 256 * 1024;

    private final Map<Stage, KafkaStreams> apps;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String failure;

    private StreamApps(Map<Stage, KafkaStreams> apps) {
        this.apps = apps;
    }

    /**
     * The Streams configuration of one stage: its {@code application.id}, exactly-once, the dead-letter handlers
     * and their collaborators. Also used by the TopologyTestDriver tests, so they run the production config.
     */
    public static Properties streamsConfig(Stage stage, String bootstrapServers, String stateDir,
                                           SchemaRegistryClient registry) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, stage.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, DEFAULT_STREAM_THREADS);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        p.put(DeadLetters.STAGE_CONFIG, stage.wireName());
        p.put(DeadLetters.REGISTRY_CONFIG, registry);
        // A page in, a page out: start from the earliest record when the application runs for the first time.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Our records are large (a normalized page tens of KB, an enriched article several KB): with the 16 KB
        // default a batch fills after one or two records and goes out at once, so every commit sent many produce
        // requests. Batches now leave at the commit's flush: the broker answered a third of the produce
        // requests and the extract threads were preempted less often (README, Benchmarks).
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
        return p;
    }

    /**
     * Starts the given stages.
     *
     * @throws IllegalStateException naming --bootstrap-servers when the broker cannot be reached
     * @throws io.newsflow.registry.SchemaRegistryException naming the URL when the registry cannot be reached
     */
    public static StreamApps start(StreamSettings settings, Set<Stage> stages, SchemaRegistryClient registry,
                                   TextPipeline pipeline, Clock clock) {
        return start(settings, stages, registry, pipeline, clock, Map.of());
    }

    /**
     * Starts the given stages with extra Streams settings on top of {@link #streamsConfig} (e.g. a shorter
     * {@code consumer.session.timeout.ms} where a crashed instance must be noticed quickly).
     */
    public static StreamApps start(StreamSettings settings, Set<Stage> stages, SchemaRegistryClient registry,
                                   TextPipeline pipeline, Clock clock, Map<String, ?> overrides) {
        return start(settings, stages, registry, pipeline, clock, overrides, Map.of());
    }

    /**
     * Starts the given stages with extra Streams settings for all of them and, on top, for single stages (e.g.
     * {@code num.stream.threads} of the extract application only, when it needs more threads than the others).
     */
    public static StreamApps start(StreamSettings settings, Set<Stage> stages, SchemaRegistryClient registry,
                                   TextPipeline pipeline, Clock clock, Map<String, ?> overrides,
                                   Map<Stage, ? extends Map<String, ?>> stageOverrides) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("no stage to start");
        }
        // Registry first: a wrong --registry-url must not leave topics created behind it.
        Schemas.registerAll(registry);
        ensureTopics(settings);
        PipelineSerdes serdes = PipelineSerdes.create(registry);
        Map<Stage, KafkaStreams> apps = new EnumMap<>(Stage.class);
        StreamApps running = new StreamApps(apps);
        try {
            for (Stage stage : Stage.values()) {
                if (stages.contains(stage)) {
                    Map<String, Object> config = new HashMap<>(overrides);
                    Map<String, ?> own = stageOverrides.get(stage);
                    if (own != null) {
                        config.putAll(own);
                    }
                    apps.put(stage, create(stage, settings, registry, serdes, pipeline, clock, config, running));
                }
            }
        } catch (RuntimeException e) {
            apps.values().forEach(KafkaStreams::close); // release the clients of the stages already built
            throw e;
        }
        apps.values().forEach(KafkaStreams::start);
        return running;
    }

    private static KafkaStreams create(Stage stage, StreamSettings settings, SchemaRegistryClient registry,
                                       PipelineSerdes serdes, TextPipeline pipeline, Clock clock,
                                       Map<String, ?> overrides, StreamApps running) {
        Properties config = streamsConfig(stage, settings.bootstrapServers(), settings.stateDir().toString(),
                registry);
        config.putAll(overrides);
        KafkaStreams streams = new KafkaStreams(stage.topology(pipeline, serdes, clock, settings.pipelineVersion()),
                config);
        streams.setUncaughtExceptionHandler(e -> {
            running.fail(stage, "stream thread died: " + e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("{}: {} -> {}", stage.applicationId(), before, now);
            if (now == KafkaStreams.State.ERROR) {
                running.fail(stage, "entered ERROR state");
            }
        });
        return streams;
    }

    /** Creates the pipeline topics that do not exist yet; fails with a message naming --bootstrap-servers. */
    static void ensureTopics(StreamSettings settings) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(p)) {
            Set<String> existing;
            try {
                existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("cannot reach Kafka at " + settings.bootstrapServers()
                        + " (check --bootstrap-servers): " + e, e);
            }
            List<NewTopic> missing = new ArrayList<>();
            for (String name : Topics.names()) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, Optional.of(settings.topicPartitions()), Optional.empty()));
                }
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) { // another process won the race
                        throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause(), e);
                    }
                } catch (TimeoutException e) {
                    throw new IllegalStateException("timed out creating topic " + entry.getKey() + " on "
                            + settings.bootstrapServers(), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking topics", e);
        }
    }

    private void fail(Stage stage, String why) {
        if (failure == null) {
            failure = stage.applicationId() + " " + why;
        }
        LOG.error("{} {}", stage.applicationId(), why);
        stopped.countDown();
    }

    /** The running applications by stage. */
    public Map<Stage, KafkaStreams> apps() {
        return Map.copyOf(apps);
    }

    /** Waits until every application is RUNNING; false on timeout or failure. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (failure != null) {
                return false;
            }
            if (apps.values().stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Blocks until an application fails or {@link #close()} is called; returns the failure, if any. */
    public Optional<String> awaitStop() throws InterruptedException {
        stopped.await();
        return Optional.ofNullable(failure);
    }

    /** The first failure seen, if any. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Closes every application (each commits its last transaction and leaves its consumer group, so the remaining
     * instances take over its partitions at once and a replay finds the group inactive without waiting for the
     * session timeout), then releases waiters.
     */
    @Override
    public void close() {
        CloseOptions leave = CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT);
        for (var e : apps.entrySet()) {
            if (!e.getValue().close(leave)) {
                LOG.warn("{} did not close within {}", e.getKey().applicationId(), CLOSE_TIMEOUT);
            }
        }
        stopped.countDown();
    }
}
