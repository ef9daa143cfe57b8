package io.newsflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller roles) running inside this JVM.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #start(Path)} / {@link #start(Path, int)} return once the broker accepts client requests
 *       on {@link #bootstrapServers()} ({@code 127.0.0.1}, PLAINTEXT).</li>
 *   <li>The log directory is formatted only when it holds no {@code meta.properties}; starting again on the
 *       same directory keeps every topic and committed record (this is a production-style
 *       {@link KafkaRaftServer}, not a test harness).</li>
 *   <li>Internal topics (consumer offsets, transaction state, share-group state) use replication factor 1
 *       and min ISR 1, so idempotent and transactional (exactly-once) producers and Kafka Streams
 *       {@code exactly_once_v2} work on the single node instead of hanging.</li>
 *   <li>Topic auto-creation keeps Kafka's default (enabled); the pipeline creates its topics explicitly
 *       with {@link #createTopic(String, int, Map)}.</li>
 *   <li>{@link #close()} shuts the broker down cleanly (flushing logs, so the next start does no recovery)
 *       and is safe to call more than once. Broker threads are non-daemon: callers must close the broker
 *       (try-with-resources or a shutdown hook) or the JVM will not exit.</li>
 * </ul>
 * Memory is trimmed for a laptop-sized demo: few network/IO threads and a 2 MB log-cleaner dedupe
 * buffer instead of the default 128 MB.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int RANDOM_PORT_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final Admin admin;
    private final String bootstrapServers;
    private final Path logDir;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, Admin admin, String bootstrapServers, Path logDir) {
        this.server = server;
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
    }

    /**
     * Starts a broker on a free port of 127.0.0.1, storing its data under {@code logDir} (created if
     * needed; reused with its data if it was formatted before).
     */
    public static EmbeddedKafka start(Path logDir) {
        RuntimeException last = null;
        // The free port is probed then released before the broker binds it; another process can grab it
        // in between, so a bind failure on a random port is retried with fresh ports.
        for (int attempt = 1; attempt <= RANDOM_PORT_ATTEMPTS; attempt++) {
            try {
                return start(logDir, freePort());
            } catch (PortInUseException e) {
                last = e;
                LOG.warn("Random port was taken before the broker could bind it (attempt {}), retrying", attempt);
            }
        }
        throw last;
    }

    /**
     * Starts a broker listening for clients on {@code 127.0.0.1:port}, storing its data under {@code logDir}.
     *
     * @throws IllegalArgumentException if the port is out of range
     * @throws IllegalStateException    if the broker cannot start (the message names the cause)
     */
    public static EmbeddedKafka start(Path logDir, int port) {
        Objects.requireNonNull(logDir, "logDir");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("Kafka port must be in 1..65535, was " + port);
        }
        Path dir = logDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Kafka log directory " + dir, e);
        }
        int controllerPort = freePortOtherThan(port);
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(dir, port, controllerPort), false);
        formatIfNeeded(config, dir);

        long started = System.nanoTime();
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        String bootstrap = HOST + ":" + port;
        Admin admin = null;
        try {
            server.startup();
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-admin"));
            awaitReady(admin, bootstrap);
        } catch (RuntimeException | Error e) {
            closeQuietly(admin);
            shutdownQuietly(server);
            if (isBindFailure(e)) {
                throw new PortInUseException("Kafka could not bind 127.0.0.1:" + port + " or controller port "
                        + controllerPort + ": already in use", e);
            }
            throw new IllegalStateException("Embedded Kafka failed to start on " + bootstrap + " with log dir "
                    + dir + ": " + e, e);
        }
        LOG.info("Embedded Kafka ready on {} (log dir {}) in {} ms", bootstrap, dir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return new EmbeddedKafka(server, admin, bootstrap, dir);
    }

    /** {@code host:port} for the clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The directory holding the broker's data and metadata log. */
    public Path logDir() {
        return logDir;
    }

    /**
     * Creates a topic with replication factor 1 and waits until every partition has a leader. A topic that
     * already exists is left as it is (its partition count and configs are not changed).
     *
     * @param configs topic-level configs such as {@code cleanup.policy=compact}; may be empty
     */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        Objects.requireNonNull(name, "name");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 for topic " + name + ", was " + partitions);
        }
        ensureOpen();
        NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(configs == null ? Map.of() : configs);
        try {
            admin.createTopics(List.of(topic)).all().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + name + " on " + bootstrapServers
                        + ": " + e.getCause(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + name + " on " + bootstrapServers, e);
        }
        awaitLeaders(name);
    }

    /** Shuts the broker down cleanly and waits for it; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(admin);
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Embedded Kafka on {} stopped", bootstrapServers);
    }

    private synchronized void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Embedded Kafka on " + bootstrapServers + " is closed");
        }
    }

    private void awaitLeaders(String name) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        // The controller acknowledges the creation before the broker has applied the metadata; wait so a
        // producer started right after does not see UNKNOWN_TOPIC_OR_PARTITION.
        while (true) {
            try {
                TopicDescription d = admin.describeTopics(Set.of(name)).allTopicNames()
                        .get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(name);
                if (d != null && d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                // not visible yet: retry until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topic " + name, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topic " + name + " has no leader after " + READY_TIMEOUT);
            }
            sleep(50);
        }
    }

    private static Properties brokerProperties(Path dir, int port, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.toString());

        // Single node: every internal topic must be satisfiable by one replica, or EOS producers and
        // Streams applications block forever waiting for the transaction coordinator.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");

        // Footprint trims for an in-JVM broker.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");
        return p;
    }

    private static void formatIfNeeded(KafkaConfig config, Path dir) {
        if (Files.exists(dir.resolve("meta.properties"))) {
            return; // formatted before: formatting again would fail on the cluster id and must not wipe data
        }
        String clusterId = Uuid.randomUuid().toString();
        Formatter formatter = new Formatter()
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .setNodeId(config.nodeId())
                .setClusterId(clusterId)
                .setControllerListenerName(config.controllerListenerNames().get(0))
                .setMetadataLogDirectory(config.metadataLogDir())
                .setDirectories(config.logDirs());
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka log directory " + dir + ": " + e.getMessage(), e);
        }
        LOG.info("Formatted Kafka log directory {} (cluster id {})", dir, clusterId);
    }

    private static void awaitReady(Admin admin, String bootstrap) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Kafka on " + bootstrap, e);
            }
            sleep(50);
        }
        throw new IllegalStateException("Kafka on " + bootstrap + " not ready after " + READY_TIMEOUT, last);
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A free port that is not {@code port}: probed ports are released before the broker binds them, so the system may
     * hand out the client port again (a broker with both listeners on one port refuses to start).
     */
    static int freePortOtherThan(int port) {
        int other = freePort();
        while (other == port) {
            other = freePort();
        }
        return other;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on " + HOST, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void closeQuietly(Admin admin) {
        if (admin != null) {
            try {
                admin.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("Ignoring error closing admin client", e);
            }
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Error shutting down a broker that failed to start", e);
        }
    }

    /** A random port was taken between probing and binding. */
    private static final class PortInUseException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
