package io.newsflow.stream;

import io.newsflow.extract.Extractors;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * {@code newsflow stream normalize|split|extract|all --bootstrap-servers H:P --registry-url URL [--state-dir D]
 * [--partitions N]}: runs one stream application, or all three (each its own Kafka Streams instance), until
 * SIGINT/SIGTERM; then each closes cleanly, committing its last transaction. Exit code 0 after a clean stop,
 * 1 when an application fails or a start-up check fails, 2 on a usage error.
 */
public final class StreamCli {
    public static final String USAGE = """
            usage: newsflow stream normalize|split|extract|all --bootstrap-servers HOST:PORT --registry-url URL
                                   [--state-dir DIR] [--partitions N]

              normalize  raw pages -> normalized pages        (application.id newsflow-normalize)
              split      normalized pages -> articles         (application.id newsflow-split)
              extract    articles -> articles with entities   (application.id newsflow-extract)
              all        the three applications in this process

              --bootstrap-servers  Kafka brokers (required)
              --registry-url       Schema Registry base URL (required)
              --state-dir          Kafka Streams state directory (default: <tmp>/newsflow-streams)
              --partitions         partitions for pipeline topics created when missing (default: 3)

            Exactly-once (exactly_once_v2). Records that cannot be read or processed go to
            newsflow.dlq.<stage> with the reason. Runs until Ctrl-C.""";

    /** Longest wait for the applications to close when stopping. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(120);

    private StreamCli() {
    }

    /** Parsed command line. */
    record Options(Set<Stage> stages, String bootstrapServers, String registryUrl, Path stateDir, int partitions,
                   boolean help) {
    }

    /** A command-line mistake, reported with the usage hint and exit code 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(List<String> args) throws UsageException {
        Set<Stage> stages = null;
        String bootstrap = null;
        String registry = null;
        Path stateDir = StreamSettings.defaultStateDir();
        int partitions = StreamSettings.DEFAULT_PARTITIONS;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    return new Options(Set.of(), null, null, stateDir, partitions, true);
                }
                case "--bootstrap-servers" -> bootstrap = value(args, ++i, a);
                case "--registry-url" -> registry = value(args, ++i, a);
                case "--state-dir" -> stateDir = Path.of(value(args, ++i, a));
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--partitions: '" + v + "' is not a number");
                    }
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a);
                    }
                    if (stages != null) {
                        throw new UsageException("one stage only (or 'all'), got a second: " + a);
                    }
                    if (a.equals("all")) {
                        stages = EnumSet.allOf(Stage.class);
                    } else {
                        try {
                            stages = EnumSet.of(Stage.fromWireName(a));
                        } catch (IllegalArgumentException e) {
                            throw new UsageException(e.getMessage() + ", all");
                        }
                    }
                }
            }
        }
        if (stages == null) {
            throw new UsageException("which stage? normalize, split, extract or all");
        }
        return new Options(stages, bootstrap, registry, stateDir, partitions, false);
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    /**
     * The extract application loads the entity extractor at start-up, so a broken model fails the start instead of
     * sending every article to the dead-letter topic. Normalize and split never extract: they get the same
     * extractor behind a deferred loader that only runs if something ever asks it.
     */
    static TextPipeline pipelineFor(Set<Stage> stages) {
        if (stages.contains(Stage.EXTRACT)) {
            return new TextPipeline(Extractors.createDefault());
        }
        return new TextPipeline(new DeferredExtractor(Extractors::createDefault));
    }

    /** Runs as the CLI does: until SIGINT/SIGTERM (a shutdown hook) or until an application fails. */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        return UntilShutdown.run("newsflow-stream-shutdown", CLOSE_WAIT, stop -> run(args, out, err, stop));
    }

    /**
     * Runs until {@code stop} completes (then closes the applications cleanly and returns 0) or an application
     * fails (returns 1).
     */
    public static int run(List<String> args, PrintStream out, PrintStream err, Future<?> stop)
            throws InterruptedException {
        Options options;
        StreamSettings settings;
        try {
            options = parse(args);
            if (options.help()) {
                out.println(USAGE);
                return 0;
            }
            settings = new StreamSettings(options.bootstrapServers(), options.registryUrl(), options.stateDir(),
                    options.partitions());
        } catch (UsageException | IllegalArgumentException e) {
            err.println("newsflow stream: " + e.getMessage());
            err.println("Try 'newsflow stream --help'.");
            return 2;
        }
        SchemaRegistryClient registry = new RestSchemaRegistryClient(settings.registryUrl());
        TextPipeline pipeline;
        try {
            pipeline = pipelineFor(options.stages());
        } catch (RuntimeException e) {
            err.println("newsflow stream: cannot load the entity extractor: " + e.getMessage());
            return 1;
        }
        StreamApps started;
        try {
            started = StreamApps.start(settings, options.stages(), registry, pipeline, Clock.systemUTC());
        } catch (SchemaRegistryException | IllegalStateException e) {
            err.println("newsflow stream: " + e.getMessage());
            return 1;
        }
        try (StreamApps apps = started) {
            err.println("newsflow stream: running " + options.stages().stream().map(Stage::applicationId).toList()
                    + " on " + settings.bootstrapServers() + "; Ctrl-C to stop");
            while (!stop.isDone()) {
                Optional<String> failure = apps.failure();
                if (failure.isPresent()) {
                    err.println("newsflow stream: " + failure.get());
                    return 1;
                }
                Thread.sleep(200);
            }
            err.println("newsflow stream: stopping");
        }
        err.println("newsflow stream: stopped");
        return 0;
    }
}
