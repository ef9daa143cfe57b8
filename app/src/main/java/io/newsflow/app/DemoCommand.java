package io.newsflow.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.extract.Extractors;
import io.newsflow.ingest.DirectoryWatcher;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.PageProducer;
import io.newsflow.ingest.ProgressReporter;
import io.newsflow.ingest.PublishResult;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.AvroSerde;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.stream.Stage;
import io.newsflow.stream.StreamApps;
import io.newsflow.stream.StreamSettings;
import io.newsflow.stream.UntilShutdown;
import io.newsflow.stream.replay.ConsumerGroups;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code newsflow demo [DIR] [--once]}: the whole streaming pipeline in one process. Starts a single-node KRaft
 * broker (real Kafka), the Schema Registry, an embedded PostgreSQL and a Kafka Connect worker running the
 * PostgreSQL sink connector ({@link EmbeddedStack}) in a data directory (a fresh temporary one unless
 * {@code --data-dir} is given; a given one keeps broker log, database and Connect state for the next run and for
 * {@code newsflow replay --data-dir}), the three stream applications (exactly-once) and the ingest producer over
 * DIR (default {@code samples/}), and prints each article with its entities as one JSON line on stdout as it is
 * committed. The database connection string (psql and JDBC) is printed on stderr at start-up.
 *
 * <p>Without {@code --once} DIR is watched (files added later are published too) until Ctrl-C, which stops
 * everything cleanly. With {@code --once} the files in DIR are published once; when the pipeline is drained (every
 * application has committed all of its input, every output has been printed and the sink connector has committed
 * every enriched article, i.e. written it to the database) one JSON summary line is printed and the command exits 0
 * ({@code pages}, {@code articles}, {@code entities} = distinct (type, canonical name) pairs over all articles,
 * {@code dead_letters} over all dead-letter topics, {@code db} = row counts of the articles, entities and mentions
 * tables (the whole database, so earlier runs on the same {@code --data-dir} count too),
 * {@code seconds_to_first_article} counted from the first page sent, {@code total_seconds} from the start of the
 * command).
 */
public final class DemoCommand implements Command {
    static final String USAGE = """
            usage: newsflow demo [DIR] [--once] [--data-dir D] [--extractor NAME] [--timeout SECONDS]

              DIR          pages to publish (default: samples/)
              --once       publish DIR once, wait until the pipeline and the database sink are drained,
                           print a JSON summary (with the database row counts), exit
              --data-dir   broker, registry, Streams, Connect and PostgreSQL data, kept for later runs and for
                           'newsflow replay --data-dir' (default: a temporary directory, deleted on exit)
              --extractor  entity extractor: default, trained or hanlp (default: default)
              --timeout    --once: give up when not drained after this many seconds (default: 300)

            Prints one JSON line per article with entities; logs and the database connection string (psql and
            JDBC, usable while the demo runs) go to stderr. Ctrl-C stops cleanly.""";

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "run broker, registry, the 3 stream apps, the producer over DIR and the PostgreSQL sink in one process";
    }

    record Options(Path dir, boolean once, Path dataDir, String extractor, Duration timeout, boolean help) {
    }

    static Options parse(List<String> args) {
        Path dir = null;
        boolean once = false;
        Path dataDir = null;
        String extractor = "default";
        Duration timeout = Duration.ofSeconds(300);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    return new Options(null, false, null, extractor, timeout, true);
                }
                case "--once" -> once = true;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
                case "--extractor" -> extractor = value(args, ++i, a);
                case "--timeout" -> {
                    String v = value(args, ++i, a);
                    try {
                        timeout = Duration.ofSeconds(Long.parseLong(v));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--timeout: '" + v + "' is not a number of seconds");
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    if (dir != null) {
                        throw new IllegalArgumentException("one DIR only, got " + dir + " and " + a);
                    }
                    dir = Path.of(a);
                }
            }
        }
        dir = dir == null ? Path.of("samples") : dir;
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("DIR: " + dir.toAbsolutePath() + " is not a directory");
        }
        if (!Extractors.NAMES.contains(extractor)) {
            throw new IllegalArgumentException("--extractor: unknown '" + extractor + "'; valid: " + Extractors.NAMES);
        }
        return new Options(dir, once, dataDir, extractor, timeout, false);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        // The hook keeps the JVM alive until everything has closed and the temporary data is deleted.
        return UntilShutdown.run("newsflow-demo-shutdown", STOP_TIMEOUT.multipliedBy(4),
                stop -> run(args, out, err, stop));
    }

    /** Runs the demo until {@code stop} completes (Ctrl-C for the CLI), or with --once until drained. */
    int run(List<String> args, PrintStream out, PrintStream err, Future<?> stop) throws Exception {
        long startNanos = System.nanoTime();
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("newsflow demo: " + e.getMessage());
            err.println("Try 'newsflow demo --help'.");
            return 2;
        }
        if (options.help()) {
            out.println(USAGE);
            return 0;
        }
        TextPipeline pipeline;
        try {
            // Before the broker: a broken model should fail in a second, not after the whole start-up.
            pipeline = new TextPipeline(Extractors.create(options.extractor()));
        } catch (RuntimeException e) {
            err.println("newsflow demo: cannot load the entity extractor '" + options.extractor() + "': "
                    + e.getMessage() + " (try --extractor hanlp)");
            return 1;
        }
        boolean temporary = options.dataDir() == null;
        Path data = temporary ? Files.createTempDirectory("newsflow-demo-") : options.dataDir();
        try (Demo demo = new Demo(data, temporary, out, err)) {
            try {
                demo.start(pipeline);
            } catch (RuntimeException e) {
                err.println("newsflow demo: cannot start: " + e.getMessage());
                return 1;
            }
            if (options.once()) {
                return demo.runOnce(options.dir(), options.timeout(), startNanos, stop);
            }
            return demo.runUntilStopped(options.dir(), stop);
        }
    }

    /** The running pieces, closed in reverse start order. */
    private static final class Demo implements AutoCloseable {
        private final Path data;
        private final boolean temporary;
        private final PrintStream out;
        private final PrintStream err;
        private EmbeddedStack stack;
        private SchemaRegistryClient registry;
        private StreamApps apps;
        private Printer printer;

        Demo(Path data, boolean temporary, PrintStream out, PrintStream err) {
            this.data = data;
            this.temporary = temporary;
            this.out = out;
            this.err = err;
        }

        void start(TextPipeline pipeline) throws Exception {
            stack = EmbeddedStack.start(data, "newsflow demo", err);
            registry = stack.registry();
            apps = StreamApps.start(new StreamSettings(stack.bootstrapServers(), stack.registryUrl(),
                    data.resolve("streams"), 1), EnumSet.allOf(Stage.class), registry, pipeline, Clock.systemUTC());
            if (!apps.awaitRunning(Duration.ofSeconds(60))) {
                throw new IllegalStateException("stream applications did not start: "
                        + apps.failure().orElse("timed out after 60 s"));
            }
            printer = new Printer(stack.bootstrapServers(), registry, out);
            printer.start();
        }

        int runOnce(Path dir, Duration timeout, long startNanos, Future<?> stop) throws Exception {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(Files::isRegularFile)
                        .filter(f -> !DirectoryWatcher.ignored(f.getFileName().toString()))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            int pages = 0;
            printer.markPublishing();
            try (PageProducer producer = PageProducer.create(IngestSettings.defaults(stack.bootstrapServers())
                    .withFeedName("newsflow-demo"), registry, ProgressReporter.silent())) {
                List<CompletableFuture<PublishResult>> pending = new ArrayList<>();
                for (Path f : files) {
                    pending.add(producer.publish(f));
                }
                for (CompletableFuture<PublishResult> p : pending) {
                    PublishResult r = p.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                    if (r.published()) {
                        pages++;
                    } else {
                        err.println("newsflow demo: " + r.sourceName() + " rejected (" + r.outcomeCode() + "): "
                                + r.message());
                    }
                }
            }
            long deadline = startNanos + timeout.toNanos();
            boolean drained = awaitDrained(deadline, stop) && stack.awaitSinkCaughtUp(deadline, stop);
            ObjectNode summary = JSON.createObjectNode();
            summary.put("pages", pages);
            summary.put("articles", printer.articles());
            summary.put("entities", printer.distinctEntities());
            summary.put("dead_letters", printer.deadLetters());
            ObjectNode db = summary.putObject("db");
            stack.dbCounts().forEach(db::put);
            Long first = printer.millisToFirstArticle();
            if (first == null) {
                summary.putNull("seconds_to_first_article");
            } else {
                summary.put("seconds_to_first_article", first / 1000.0);
            }
            summary.put("total_seconds", Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0);
            if (!drained) {
                summary.put("drained", false);
            }
            out.println(JSON.writeValueAsString(summary));
            err.println("newsflow demo: database: psql " + stack.postgres().psqlConnectionString() + " (JDBC "
                    + stack.postgres().jdbcUrl() + ")" + (temporary ? "; stopped and deleted on exit (keep it with "
                    + "--data-dir D and query it while 'newsflow demo --data-dir D' runs)" : "; data kept in " + data));
            if (!drained) {
                err.println("newsflow demo: pipeline or database sink not drained within " + timeout.toSeconds() + " s"
                        + apps.failure().map(f -> ": " + f).orElse(""));
                return 1;
            }
            return 0;
        }

        int runUntilStopped(Path dir, Future<?> stop) throws Exception {
            printer.markPublishing();
            try (PageProducer producer = PageProducer.create(IngestSettings.defaults(stack.bootstrapServers())
                    .withFeedName("newsflow-demo"), registry, ProgressReporter.silent());
                 DirectoryWatcher watcher = DirectoryWatcher.open(dir, data.resolve("ingest"), producer,
                         DirectoryWatcher.Timing.defaults())) {
                watcher.start();
                err.println("newsflow demo: watching " + watcher.directory() + "; Ctrl-C to stop");
                while (!stop.isDone()) {
                    if (apps.failure().isPresent()) {
                        err.println("newsflow demo: " + apps.failure().get());
                        return 1;
                    }
                    if (watcher.awaitLoopEnd(Duration.ofMillis(250))) {
                        err.println("newsflow demo: the directory watcher stopped on an error (see the log)");
                        return 1;
                    }
                }
                err.println("newsflow demo: stopping");
                return 0;
            }
        }

        /**
         * Drained: twice in a row, every application has committed its input topic up to the last stable offset,
         * and the printer has read every output topic up to its last stable offset.
         */
        private boolean awaitDrained(long deadline, Future<?> stop) throws Exception {
            ConsumerGroups groups = stack.groups();
            int quiet = 0;
            while (System.nanoTime() < deadline && apps.failure().isEmpty() && !stop.isDone()) {
                quiet = isDrained(groups) ? quiet + 1 : 0;
                if (quiet >= 2) {
                    return true;
                }
                Thread.sleep(250);
            }
            return false;
        }

        private boolean isDrained(ConsumerGroups groups) throws Exception {
            for (Stage stage : Stage.values()) {
                if (!groups.caughtUp(stage.applicationId(), List.of(stage.input().name()))) {
                    return false;
                }
            }
            return printer.hasRead(groups.stableEnds(Printer.topics()));
        }

        @Override
        public void close() {
            if (printer != null) {
                printer.close();
                printer = null;
            }
            if (apps != null) {
                apps.close();
                apps = null;
            }
            if (stack != null) {
                stack.close();
                stack = null;
            }
            if (temporary) {
                TempDirs.deleteQuietly(data);
            }
        }
    }

    /**
     * Reads the enriched-article topic and the dead-letter topics with read_committed (so only what the
     * exactly-once applications committed), prints each article as a JSON line and keeps the counts.
     */
    private static final class Printer implements AutoCloseable {
        private final KafkaConsumer<String, byte[]> consumer;
        private final AvroSerde<EnrichedArticle> serde;
        private final PrintStream out;
        private final Thread thread;
        private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
        private final Set<String> entities = ConcurrentHashMap.newKeySet();
        private final AtomicLong articles = new AtomicLong();
        private final AtomicLong deadLetters = new AtomicLong();
        private volatile long publishStartNanos;
        private volatile long firstArticleNanos;
        private volatile boolean running = true;

        static List<String> topics() {
            List<String> topics = new ArrayList<>();
            topics.add(Topics.ENRICHED_ARTICLES.name());
            topics.addAll(Topics.deadLetterNames());
            return topics;
        }

        Printer(String bootstrapServers, SchemaRegistryClient registry, PrintStream out) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
            this.serde = AvroSerde.forTopic(Topics.ENRICHED_ARTICLES, registry);
            this.out = out;
            List<TopicPartition> parts = new ArrayList<>();
            for (String t : topics()) {
                consumer.partitionsFor(t).forEach(i -> parts.add(new TopicPartition(t, i.partition())));
            }
            consumer.assign(parts);
            // Only what this run produces: a reused --data-dir keeps earlier output.
            consumer.seekToEnd(parts);
            parts.forEach(tp -> positions.put(tp, consumer.position(tp)));
            this.thread = new Thread(this::loop, "newsflow-demo-printer");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void markPublishing() {
            publishStartNanos = System.nanoTime();
        }

        private void loop() {
            try {
                while (running) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
                        if (r.topic().equals(Topics.ENRICHED_ARTICLES.name())) {
                            print(serde.deserialize(r.topic(), r.value()));
                        } else {
                            deadLetters.incrementAndGet();
                        }
                    }
                    for (TopicPartition tp : consumer.assignment()) {
                        positions.put(tp, consumer.position(tp));
                    }
                }
            } catch (WakeupException e) {
                // close() asked us to stop
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }

        private void print(EnrichedArticle e) {
            if (articles.incrementAndGet() == 1) {
                firstArticleNanos = System.nanoTime();
            }
            var a = e.getArticle();
            ObjectNode line = JSON.createObjectNode();
            line.put("article_id", a.getArticleId());
            line.put("page_id", a.getPageId());
            line.put("index", a.getIndex());
            line.put("item_count", a.getItemCount());
            line.put("kind", a.getKind());
            line.put("title", a.getTitle());
            line.put("byline", a.getByline());
            line.put("body", a.getBody());
            ArrayNode list = line.putArray("entities");
            for (var c : e.getEntities()) {
                list.addObject().put("name", c.getCanonical()).put("type", c.getType()).put("count", c.getCount());
                entities.add(c.getType() + "\u0000" + c.getCanonical());
            }
            try {
                out.println(JSON.writeValueAsString(line));
            } catch (IOException ex) {
                throw new IllegalStateException("cannot write JSON", ex);
            }
        }

        boolean hasRead(Map<TopicPartition, Long> ends) {
            for (var e : ends.entrySet()) {
                if (positions.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                    return false;
                }
            }
            return true;
        }

        long articles() {
            return articles.get();
        }

        long deadLetters() {
            return deadLetters.get();
        }

        int distinctEntities() {
            return new HashSet<>(entities).size();
        }

        /** Milliseconds from the first page sent to the first article printed, or null if none. */
        Long millisToFirstArticle() {
            return firstArticleNanos == 0 ? null : (firstArticleNanos - publishStartNanos) / 1_000_000;
        }

        @Override
        public void close() {
            running = false;
            consumer.wakeup();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
