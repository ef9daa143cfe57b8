package io.newsflow.ingest;

import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
            try {
                watcher.start();
                stop.get();
            } catch (ExecutionException e) {
                // a failed stop signal is still a stop signal
            } finally {
                watcher.close(STOP_TIMEOUT);
            }
        }
        out.println(summary(progress.snapshot()));
        return 0;
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
