package io.newsflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.RestartRequest;
import org.apache.kafka.connect.runtime.Worker;
import org.apache.kafka.connect.runtime.isolation.LoaderSwap;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.apache.kafka.connect.runtime.rest.ConnectRestServer;
import org.apache.kafka.connect.runtime.rest.RestClient;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneConfig;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.storage.FileOffsetBackingStore;
import org.apache.kafka.connect.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Connect standalone worker running inside this JVM, for the embedded demo and the
 * integration tests.
 *
 * <p>Contract:
 * <ul>
 *   <li>Plugins are found with {@code plugin.discovery=service_load}: a connector must be on the
 *       class path and registered in {@code META-INF/services} (no class-path scan, which takes
 *       seconds).</li>
 *   <li>The worker's default key/value converters are {@code ByteArrayConverter}: connectors receive
 *       the record bytes unchanged and decode them themselves (the project's sinks decode the
 *       Confluent wire format with the project's Avro serde).</li>
 *   <li>Sink consumers read with {@code isolation.level=read_committed}, so records of aborted
 *       exactly-once transactions never reach a sink.</li>
 *   <li>Source offsets go to {@code connect.offsets} in the state directory; sink offsets are
 *       committed to the consumer group {@code connect-<connector name>} on the broker, so a sink
 *       restarted (same name) resumes after its last committed offset.</li>
 *   <li>The REST API listens on {@code 127.0.0.1} on a free port ({@link #restUrl()}), unless
 *       {@code listeners} is overridden.</li>
 * </ul>
 * Connector operations go through the herder and block until the change has taken effect.
 * {@link #close()} stops all connectors (their tasks commit offsets on a clean stop) and the worker.
 */
public final class EmbeddedConnect implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedConnect.class);

    /** How long connector operations wait for the herder and for the RUNNING state. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final Connect<StandaloneHerder> connect;
    private final StandaloneHerder herder;
    private final URI restUrl;

    private EmbeddedConnect(Connect<StandaloneHerder> connect, StandaloneHerder herder, URI restUrl) {
        this.connect = connect;
        this.herder = herder;
        this.restUrl = restUrl;
    }

    /** Starts a worker against {@code bootstrapServers} with the default settings described above. */
    public static EmbeddedConnect start(String bootstrapServers, Path stateDir) {
        return start(bootstrapServers, stateDir, Map.of());
    }

    /**
     * Starts a worker.
     *
     * @param overrides worker properties that replace the defaults (for example
     *                  {@code offset.flush.interval.ms}, how often sink offsets are committed)
     * @throws ConnectException when the worker cannot start (for example the broker is unreachable)
     */
    public static EmbeddedConnect start(String bootstrapServers, Path stateDir, Map<String, String> overrides) {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(stateDir, "stateDir");
        try {
            Files.createDirectories(stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create Connect state directory " + stateDir, e);
        }
        Map<String, String> props = defaultWorkerProps(bootstrapServers, stateDir);
        props.putAll(overrides);

        long t0 = System.nanoTime();
        // Same steps as ConnectStandalone, but without its System.exit on start-up failure: an embedded
        // worker must report the failure to its caller, not end the JVM.
        Plugins plugins = new Plugins(props);
        try (LoaderSwap ignored = plugins.withClassLoader(plugins.delegatingLoader())) {
            StandaloneConfig config = new StandaloneConfig(props);
            String clusterId = config.kafkaClusterId();
            RestClient restClient = new RestClient(config);
            ConnectRestServer rest = new ConnectRestServer(config.rebalanceTimeout(), restClient, props);
            rest.initializeServer();
            URI advertised = rest.advertisedUrl();
            String workerId = advertised.getHost() + ":" + advertised.getPort();
            // Fixed policy "All": connectors may override their client settings
            // (e.g. consumer.override.max.poll.records); an embedded worker has a single trusted user.
            ConnectorClientConfigOverridePolicy policy = new AllConnectorClientConfigOverridePolicy();
            policy.configure(config.originals());
            FileOffsetBackingStore offsets = new FileOffsetBackingStore(
                    plugins.newInternalConverter(true, JsonConverter.class.getName(), Map.of("schemas.enable", "false")));
            offsets.configure(config);
            Worker worker = new Worker(workerId, Time.SYSTEM, plugins, config, offsets, policy);
            StandaloneHerder herder = new StandaloneHerder(worker, clusterId, policy);
            Connect<StandaloneHerder> connect = new Connect<>(herder, rest);
            try {
                connect.start();
                herder.ready();
            } catch (RuntimeException e) {
                connect.stop();
                throw new ConnectException("embedded Connect worker failed to start against " + bootstrapServers
                        + ": " + e.getMessage(), e);
            }
            LOG.info("Connect worker {} started in {} ms, REST at {}", workerId,
                    (System.nanoTime() - t0) / 1_000_000, advertised);
            return new EmbeddedConnect(connect, herder, advertised);
        }
    }

    static Map<String, String> defaultWorkerProps(String bootstrapServers, Path stateDir) {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("plugin.discovery", "service_load");
        props.put("key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        props.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        props.put("offset.storage.file.filename", stateDir.resolve("connect.offsets").toAbsolutePath().toString());
        props.put("consumer.isolation.level", "read_committed");
        props.put("offset.flush.interval.ms", "5000");
        props.put("listeners", "http://127.0.0.1:0");
        return props;
    }

    /** Base URL of the worker's REST API. */
    public URI restUrl() {
        return restUrl;
    }

    /**
     * Creates or replaces connector {@code name} and waits until the connector and all its tasks are
     * RUNNING.
     *
     * @throws ConnectException if the config is rejected (the message carries the validation errors),
     *                          or the connector or a task fails or does not run within the timeout
     */
    public void addConnector(String name, Map<String, String> config) {
        Map<String, String> withName = new HashMap<>(config);
        withName.put("name", name);
        FutureCallback<Object> cb = new FutureCallback<>();
        herder.putConnectorConfig(name, withName, true, (err, result) -> cb.onCompletion(err, result));
        await(cb, "create connector " + name);
        awaitRunning(name, DEFAULT_TIMEOUT);
    }

    /** Restarts the connector and all its tasks and waits until they are RUNNING again. */
    public void restartConnector(String name) {
        FutureCallback<Object> cb = new FutureCallback<>();
        herder.restartConnectorAndTasks(new RestartRequest(name, false, true), (err, result) -> cb.onCompletion(err, result));
        await(cb, "restart connector " + name);
        awaitRunning(name, DEFAULT_TIMEOUT);
    }

    /** Stops and removes the connector; committed sink offsets stay in its consumer group. */
    public void deleteConnector(String name) {
        FutureCallback<Object> cb = new FutureCallback<>();
        herder.deleteConnectorConfig(name, (err, result) -> cb.onCompletion(err, result));
        await(cb, "delete connector " + name);
    }

    /** Current status of the connector and its tasks, as the REST API reports it. */
    public ConnectorStateInfo status(String name) {
        return herder.connectorStatus(name);
    }

    /**
     * Waits until the connector and at least one task report RUNNING and no task reports FAILED.
     *
     * @throws ConnectException with the failure trace when the connector or a task failed, or on timeout
     */
    public void awaitRunning(String name, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "unknown";
        while (System.nanoTime() < deadline) {
            ConnectorStateInfo info;
            try {
                info = herder.connectorStatus(name);
            } catch (RuntimeException notYetKnown) {
                info = null;
            }
            if (info != null) {
                String connectorState = info.connector().state();
                List<ConnectorStateInfo.TaskState> tasks = info.tasks();
                last = connectorState + ", tasks " + tasks.stream().map(t -> t.id() + "=" + t.state()).toList();
                if ("FAILED".equals(connectorState)) {
                    throw new ConnectException("connector " + name + " failed: " + info.connector().trace());
                }
                for (ConnectorStateInfo.TaskState task : tasks) {
                    if ("FAILED".equals(task.state())) {
                        throw new ConnectException("task " + task.id() + " of connector " + name + " failed: " + task.trace());
                    }
                }
                if ("RUNNING".equals(connectorState) && !tasks.isEmpty()
                        && tasks.stream().allMatch(t -> "RUNNING".equals(t.state()))) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectException("interrupted while waiting for connector " + name, e);
            }
        }
        throw new ConnectException("connector " + name + " not RUNNING after " + timeout + " (last state: " + last + ")");
    }

    private static void await(FutureCallback<?> cb, String what) {
        try {
            cb.get(DEFAULT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ConnectException("could not " + what + ": " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new ConnectException("could not " + what + ": no answer from the herder within " + DEFAULT_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("interrupted while trying to " + what, e);
        }
    }

    /** Stops all connectors (tasks commit their offsets) and the worker, including its REST server. */
    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
