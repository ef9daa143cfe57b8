package io.newsflow.ingest;

import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/**
 * The {@code newsflow ingest} command: parses {@link IngestOptions}, then publishes the given inputs once,
 * or watches a directory until stopped. Results go to {@code out} as one JSON object per input plus a
 * summary line, progress and errors to {@code err}.
 */
public final class IngestCli {

    /** Upper bound on waiting for in-flight records when stopping. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** At most this many unacknowledged inputs in one-shot mode, to bound memory on huge directories. */
    private static final int MAX_PENDING = 256;
    /** How long start-up checks wait for the broker. */
    private static final Duration PREFLIGHT_TIMEOUT = Duration.ofSeconds(15);

    private IngestCli() {
    }

    /** Runs the command as the CLI does: watch mode stops on SIGINT/SIGTERM (a shutdown hook). */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        IngestOptions options;
        try {
            options = IngestOptions.parse(args);
        } catch (IngestOptions.UsageException e) {
            err.println("newsflow ingest: " + e.getMessage());
            err.println("Try 'newsflow ingest --help'.");
            return 2;
        }
        if (options.help()) {
            out.println(IngestOptions.USAGE);
            return 0;
        }
        SchemaRegistryClient registry = new RestSchemaRegistryClient(options.registryUrl());
        String unreachable = preflight(options, registry, err, PREFLIGHT_TIMEOUT);
        if (unreachable != null) {
            err.println("newsflow ingest: " + unreachable);
            return 1;
        }
        if (!options.watchMode()) {
            return runOnce(options, registry, in, out, err);
        }
        CompletableFuture<Void> stop = new CompletableFuture<>();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.complete(null);
            try {
                // Keep the JVM alive until the watcher has flushed and recorded what it sent.
                finished.await(STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-ingest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runWatch(options, registry, stop, out, err);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running and has just been released
            }
        }
    }

    /** One-shot mode: publishes every input, waits for all acknowledgements, prints results and a summary. */
    public static int runOnce(IngestOptions options, SchemaRegistryClient registry, InputStream in,
                              PrintStream out, PrintStream err) throws IOException, InterruptedException {
        List<Path> files = expand(options.inputs());
        ProgressReporter progress = reporter(options, err);
        int failed = 0;
        try (PageProducer producer = PageProducer.create(options.settings(), registry, progress)) {
            List<Pending> pending = new ArrayList<>();
            for (Path file : files) {
                CompletableFuture<PublishResult> f = file.equals(IngestOptions.STDIN)
                        ? producer.publish(options.stdinName(), in)
                        : producer.publish(file);
                pending.add(new Pending(file.equals(IngestOptions.STDIN) ? "stdin" : file.toString(), f));
                if (pending.size() >= MAX_PENDING) {
                    failed += report(pending, out, err);
                    pending.clear();
                }
            }
            failed += report(pending, out, err);
        }
        out.println(summary(progress.snapshot()));
        return failed == 0 ? 0 : 1;
    }

    /** Watch mode: runs until {@code stop} completes, then stops cleanly and prints the summary. */
    public static int runWatch(IngestOptions options, SchemaRegistryClient registry, Future<?> stop,
                               PrintStream out, PrintStream err) throws IOException, InterruptedException {
        ProgressReporter progress = reporter(options, err);
        try (PageProducer producer = PageProducer.create(options.settings(), registry, progress)) {
            DirectoryWatcher watcher = DirectoryWatcher.open(options.watchDir(), options.stateDir(), producer, options.timing());
            err.println("newsflow ingest: watching " + watcher.directory() + " (ledger " + watcher.ledger().file()
                    + "); Ctrl-C to stop");
            boolean loopDied = false;
            try {
                watcher.start();
                while (!stop.isDone()) {
                    if (watcher.awaitLoopEnd(Duration.ofMillis(200))) {
                        loopDied = !stop.isDone();
                        break;
                    }
                }
            } finally {
                watcher.close(STOP_TIMEOUT);
            }
            if (loopDied) {
                err.println("newsflow ingest: the watcher on " + watcher.directory() + " stopped on an error (see the log)");
                out.println(summary(progress.snapshot()));
                return 1;
            }
        }
        out.println(summary(progress.snapshot()));
        return 0;
    }

    /**
     * Start-up checks, so that a wrong address fails at once with the option to fix instead of after the
     * producer's timeouts: registers both value schemas (also proving they are compatible with what the
     * registry holds) and asks the cluster for its nodes and the two topics.
     *
     * @return null when everything is reachable, else the error message
     */
    static String preflight(IngestOptions options, SchemaRegistryClient registry, PrintStream err, Duration timeout)
            throws InterruptedException {
        try {
            registry.register(Topics.RAW_PAGES.valueSubject(), RawPage.getClassSchema());
            registry.register(Topics.DLQ_INGEST.valueSubject(), DeadLetter.getClassSchema());
        } catch (RuntimeException e) {
            return "Schema Registry at --registry-url " + options.registryUrl() + " refused or is unreachable: "
                    + PageProducer.rootMessage(e);
        }
        Map<String, Object> config = new HashMap<>();
        options.settings().producerOverrides().forEach((k, v) -> {
            if (k.startsWith("security.") || k.startsWith("sasl.") || k.startsWith("ssl.") || k.equals("client.dns.lookup")) {
                config.put(k, v);
            }
        });
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.settings().bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, options.settings().feedName() + "-preflight");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        Admin admin = Admin.create(config);
        try {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Set<String> topics = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            for (String t : List.of(Topics.RAW_PAGES.name(), Topics.DLQ_INGEST.name())) {
                if (!topics.contains(t)) {
                    err.println("newsflow ingest: warning: topic " + t + " does not exist on "
                            + options.settings().bootstrapServers()
                            + "; the broker will create it with its defaults if auto-creation is enabled");
                }
            }
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            return "cannot reach Kafka at --bootstrap-servers " + options.settings().bootstrapServers() + " within "
                    + timeout.toSeconds() + " s: " + PageProducer.rootMessage(e);
        } finally {
            admin.close(Duration.ofSeconds(2)); // do not wait out the pending calls of an unreachable cluster
        }
        return null;
    }

    private record Pending(String input, CompletableFuture<PublishResult> future) {
    }

    private static int report(List<Pending> pending, PrintStream out, PrintStream err) throws InterruptedException {
        int failed = 0;
        for (Pending p : pending) {
            try {
                out.println(json(p.future().get()));
            } catch (ExecutionException e) {
                failed++;
                err.println("newsflow ingest: could not publish " + p.input() + ": " + PageProducer.rootMessage(e));
            }
        }
        return failed;
    }

    /** Directories given as inputs stand for the regular, non-hidden files directly in them, sorted. */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!input.equals(IngestOptions.STDIN) && Files.isDirectory(input)) {
                List<Path> inDir = new ArrayList<>();
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(input)) {
                    for (Path p : stream) {
                        if (Files.isRegularFile(p) && !DirectoryWatcher.ignored(p.getFileName().toString())) {
                            inDir.add(p);
                        }
                    }
                }
                inDir.sort(null);
                files.addAll(inDir);
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static ProgressReporter reporter(IngestOptions options, PrintStream err) {
        return new ProgressReporter(options.progressEvery(), options.progressSeconds() * 1000L, err::println);
    }

    static String json(PublishResult r) {
        return "{\"source\":" + quote(r.sourceName())
                + ",\"page_id\":" + quote(r.pageId().id())
                + ",\"outcome\":" + quote(r.outcome().name())
                + ",\"reason\":" + (r.reason() == null ? "null" : quote(r.reason().name()))
                + ",\"sha256\":" + quote(r.contentSha256())
                + ",\"bytes\":" + r.bytes()
                + ",\"topic\":" + quote(r.topic())
                + ",\"partition\":" + r.partition()
                + ",\"offset\":" + r.offset() + "}";
    }

    static String summary(ProgressReporter.Snapshot s) {
        return String.format(Locale.ROOT,
                "{\"summary\":true,\"pages\":%d,\"dead_letters\":%d,\"failed\":%d,\"bytes\":%d,\"seconds\":%.3f}",
                s.pages(), s.deadLetters(), s.failed(), s.bytes(), s.seconds());
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
