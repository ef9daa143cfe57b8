package io.newsflow.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.extract.Extractors;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.RestSchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.stream.Stage;
import io.newsflow.stream.StreamSettings;
import io.newsflow.stream.UntilShutdown;
import io.newsflow.stream.replay.Replay;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Future;

/**
 * {@code newsflow replay --from beginning|TIME [--stage S] [--pipeline-version V]}: reprocesses history with the
 * current code under a new pipeline version ({@link Replay}).
 *
 * <p>Two modes. Against a running cluster ({@code --bootstrap-servers --registry-url}): the operator stops every
 * instance of the replayed stream applications first (the command refuses while their consumer groups have
 * members), the replay runs the stages in this process until they have caught up, then the operator starts the
 * applications again; the cluster's sink connector keeps running and receives the replayed records. Against the
 * embedded demo data ({@code --data-dir D} of {@code newsflow demo --data-dir D}): starts broker, registry, Connect
 * with the PostgreSQL sink and PostgreSQL on that directory, replays, waits until the sink has written everything
 * and prints the database row counts.
 *
 * <p>Output: one JSON summary line on stdout ({@code version}, {@code stages}, {@code from}, {@code reset} = new
 * offsets per input partition, {@code reprocess_offsets} = input offsets between them and the end (records plus
 * transaction markers: 0 means nothing to reprocess), with
 * {@code --data-dir} also {@code db} row counts); exit 0 when every stage (and the sink) caught up, 1 on failure
 * or timeout, 2 on a usage error.
 */
public final class ReplayCommand implements Command {
    static final String USAGE = """
            usage: newsflow replay --from beginning|TIME [--stage normalize|split|extract] [--pipeline-version V]
                                   (--data-dir D | --bootstrap-servers HOST:PORT --registry-url URL [--state-dir S])
                                   [--extractor NAME] [--timeout SECONDS]

              --from              'beginning', or the ISO-8601 time of the first record to reprocess
                                  (2026-04-01T08:00:00Z, 2026-04-01T16:00:00+08:00, or a date = 00:00 UTC)
              --stage             first stage to rerun; it re-reads its input topic and the later stages follow
                                  (normalize: the raw pages; split: normalized pages; extract: articles;
                                  default: normalize)
              --pipeline-version  version stamped on the reprocessed records and database rows
                                  (default: <code version>-replay-<UTC time>)
              --data-dir          the data directory of 'newsflow demo --data-dir D' (embedded broker, registry,
                                  Connect sink and PostgreSQL are started on it)
              --bootstrap-servers, --registry-url
                                  a running cluster; stop the stream applications of the replayed stages first
              --state-dir         Kafka Streams state directory in cluster mode (default: <tmp>/newsflow-streams)
              --extractor         entity extractor: default, trained or hanlp (default: default)
              --timeout           give up when not caught up after this many seconds (default: 600)

            Resets the consumer offsets of the first stage's application id on its input topic, runs the stages
            until drained and prints a JSON summary. Topics are never rewritten.""";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** With --data-dir, members of a previous run that crashed are expired by the restarted broker within this. */
    private static final Duration EMBEDDED_INACTIVE_WAIT = Duration.ofSeconds(60);

    private final Clock clock;

    public ReplayCommand() {
        this(Clock.systemUTC());
    }

    ReplayCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String summary() {
        return "reprocess from the raw topic (or a stage's input) with the current code and a new pipeline version";
    }

    /**
     * Parsed options; {@code from == null} means from the beginning. Exactly one of {@code dataDir} and
     * {@code bootstrapServers} is set (unless {@code help}).
     */
    record Options(Instant from, Stage stage, String version, Path dataDir, String bootstrapServers,
                   String registryUrl, Path stateDir, String extractor, Duration timeout, boolean help) {
    }

    /** Parses and validates; errors name the option to change. */
    static Options parse(List<String> args, Instant now) {
        String fromArg = null;
        Stage stage = Stage.NORMALIZE;
        String version = null;
        Path dataDir = null;
        String bootstrap = null;
        String registryUrl = null;
        Path stateDir = null;
        String extractor = "default";
        Duration timeout = Duration.ofSeconds(600);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    return new Options(null, stage, null, null, null, null, null, extractor, timeout, true);
                }
                case "--from" -> fromArg = value(args, ++i, a);
                case "--stage" -> {
                    String v = value(args, ++i, a);
                    try {
                        stage = Stage.fromWireName(v);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--stage: " + e.getMessage());
                    }
                }
                case "--pipeline-version" -> version = value(args, ++i, a);
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
                case "--bootstrap-servers" -> bootstrap = value(args, ++i, a);
                case "--registry-url" -> registryUrl = value(args, ++i, a);
                case "--state-dir" -> stateDir = Path.of(value(args, ++i, a));
                case "--extractor" -> extractor = value(args, ++i, a);
                case "--timeout" -> {
                    String v = value(args, ++i, a);
                    long seconds;
                    try {
                        seconds = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--timeout: '" + v + "' is not a number of seconds");
                    }
                    if (seconds < 1) {
                        throw new IllegalArgumentException("--timeout: must be at least 1 second, got " + v);
                    }
                    timeout = Duration.ofSeconds(seconds);
                }
                default -> throw new IllegalArgumentException(a.startsWith("-") ? "unknown option " + a
                        : "unexpected argument '" + a + "' (replay takes options only)");
            }
        }
        if (fromArg == null) {
            throw new IllegalArgumentException("--from is required: 'beginning' or an ISO-8601 time");
        }
        Instant from = parseFrom(fromArg, now);
        if (version == null) {
            version = Replay.defaultVersion(now);
        }
        String problem = StreamSettings.versionProblem(version);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (!Extractors.NAMES.contains(extractor)) {
            throw new IllegalArgumentException("--extractor: unknown '" + extractor + "'; valid: " + Extractors.NAMES);
        }
        if (dataDir != null) {
            if (bootstrap != null || registryUrl != null || stateDir != null) {
                throw new IllegalArgumentException("--data-dir replays the embedded demo data; it cannot be combined "
                        + "with --bootstrap-servers, --registry-url or --state-dir");
            }
            if (!Files.isDirectory(dataDir.resolve("kafka"))) {
                throw new IllegalArgumentException("--data-dir: " + dataDir.toAbsolutePath() + " holds no demo data "
                        + "(no kafka/ directory); create it with 'newsflow demo --data-dir " + dataDir + "'");
            }
        } else if (bootstrap == null && registryUrl == null) {
            throw new IllegalArgumentException("--data-dir D (embedded demo data) or --bootstrap-servers and "
                    + "--registry-url (a running cluster) is required");
        }
        return new Options(from, stage, version, dataDir, bootstrap, registryUrl, stateDir, extractor, timeout, false);
    }

    /** 'beginning' → null; otherwise an instant, an offset date-time or a date (00:00 UTC). */
    static Instant parseFrom(String v, Instant now) {
        if (v.equals("beginning")) {
            return null;
        }
        Instant t;
        try {
            t = OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e1) {
            try {
                t = LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("--from: '" + v + "' is neither 'beginning' nor an ISO-8601 time "
                        + "with offset such as 2026-04-01T08:00:00Z or a date such as 2026-04-01");
            }
        }
        if (t.isAfter(now.plus(Duration.ofDays(1)))) {
            throw new IllegalArgumentException("--from: " + v + " is in the future");
        }
        return t;
    }

    /**
     * A caution for a replay that re-reads an intermediate topic from the beginning: that topic holds every earlier
     * generation of its records, all of which come out under the new version; null when there is nothing to say.
     */
    static String caution(Options o) {
        if (o.from() != null || o.stage() == Stage.NORMALIZE) {
            return null;
        }
        return "note: " + o.stage().input().name() + " holds every earlier run's records; all of them are "
                + "reprocessed under " + o.version() + ", so items an earlier splitter produced and the current one "
                + "no longer does come back (replay from --stage normalize after a splitter change, or give --from)";
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws Exception {
        return UntilShutdown.run("newsflow-replay-shutdown", Duration.ofMinutes(2), stop -> run(args, out, err, stop));
    }

    /** Runs a replay; {@code stop} (Ctrl-C for the CLI) ends the wait early. */
    int run(List<String> args, PrintStream out, PrintStream err, Future<?> stop) throws Exception {
        long startNanos = System.nanoTime();
        Options o;
        try {
            o = parse(args, clock.instant());
        } catch (IllegalArgumentException e) {
            err.println("newsflow replay: " + e.getMessage());
            err.println("Try 'newsflow replay --help'.");
            return 2;
        }
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        TextPipeline pipeline;
        try {
            pipeline = new TextPipeline(Extractors.create(o.extractor()));
        } catch (RuntimeException e) {
            err.println("newsflow replay: cannot load the entity extractor '" + o.extractor() + "': "
                    + e.getMessage() + " (try --extractor hanlp)");
            return 1;
        }
        String caution = caution(o);
        if (caution != null) {
            err.println("newsflow replay: " + caution);
        }
        Replay.Request request = new Replay.Request(o.from(), o.stage(),
                o.dataDir() != null ? EMBEDDED_INACTIVE_WAIT : Duration.ZERO, o.timeout());
        if (o.dataDir() == null) {
            return runOnCluster(o, request, pipeline, startNanos, out, err, stop);
        }
        return runEmbedded(o, request, pipeline, startNanos, out, err, stop);
    }

    private int runOnCluster(Options o, Replay.Request request, TextPipeline pipeline, long startNanos,
                             PrintStream out, PrintStream err, Future<?> stop) throws Exception {
        StreamSettings settings;
        try {
            settings = new StreamSettings(o.bootstrapServers(), o.registryUrl(),
                    o.stateDir() == null ? StreamSettings.defaultStateDir() : o.stateDir(),
                    StreamSettings.DEFAULT_PARTITIONS, o.version());
        } catch (IllegalArgumentException e) {
            err.println("newsflow replay: " + e.getMessage());
            return 2;
        }
        SchemaRegistryClient registry = new RestSchemaRegistryClient(o.registryUrl());
        Replay.Result result;
        try {
            result = Replay.run(settings, request, registry, pipeline, clock, stop);
        } catch (Replay.GroupActiveException e) {
            err.println("newsflow replay: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // Broker or registry unreachable, topic missing: the message names the setting or the cause.
            err.println("newsflow replay: " + e.getMessage() + " (check --bootstrap-servers and --registry-url)");
            return 1;
        }
        ObjectNode summary = summary(o, result, startNanos);
        out.println(JSON.writeValueAsString(summary));
        err.println("newsflow replay: the sink connector of the cluster receives the replayed records as new ones;"
                + " start the stream applications again");
        return report(result, o, err);
    }

    private int runEmbedded(Options o, Replay.Request request, TextPipeline pipeline, long startNanos,
                            PrintStream out, PrintStream err, Future<?> stop) throws Exception {
        try (EmbeddedStack stack = startStack(o.dataDir(), err)) {
            if (stack == null) {
                return 1;
            }
            StreamSettings settings = new StreamSettings(stack.bootstrapServers(), stack.registryUrl(),
                    o.dataDir().resolve("streams"), 1, o.version());
            Replay.Result result;
            try {
                result = Replay.run(settings, request, stack.registry(), pipeline, clock, stop);
            } catch (Replay.GroupActiveException e) {
                err.println("newsflow replay: " + e.getMessage());
                return 1;
            }
            long deadline = startNanos + o.timeout().toNanos();
            boolean sinkCaughtUp = result.drained() && stack.awaitSinkCaughtUp(deadline, stop);
            ObjectNode summary = summary(o, result, startNanos);
            summary.put("sink_caught_up", sinkCaughtUp);
            ObjectNode db = summary.putObject("db");
            stack.dbCounts().forEach(db::put);
            out.println(JSON.writeValueAsString(summary));
            err.println("newsflow replay: database kept in " + o.dataDir().resolve("postgres") + " (query it while "
                    + "'newsflow demo --data-dir " + o.dataDir() + "' runs)");
            if (result.drained() && !sinkCaughtUp) {
                err.println("newsflow replay: the database sink did not catch up within " + o.timeout().toSeconds()
                        + " s");
                return 1;
            }
            return report(result, o, err);
        }
    }

    private static EmbeddedStack startStack(Path data, PrintStream err) {
        try {
            return EmbeddedStack.start(data, "newsflow replay", err);
        } catch (RuntimeException e) {
            err.println("newsflow replay: cannot start the embedded stack on " + data + ": " + e.getMessage()
                    + " (is 'newsflow demo' still running on it?)");
            return null;
        }
    }

    private static int report(Replay.Result result, Options o, PrintStream err) {
        if (result.failure() != null) {
            err.println("newsflow replay: " + result.failure());
            return 1;
        }
        if (!result.drained()) {
            err.println("newsflow replay: the stages did not catch up within " + o.timeout().toSeconds() + " s");
            return 1;
        }
        return 0;
    }

    private static ObjectNode summary(Options o, Replay.Result result, long startNanos) {
        ObjectNode s = JSON.createObjectNode();
        s.put("version", result.version());
        ArrayNode stages = s.putArray("stages");
        result.stages().forEach(st -> stages.add(st.wireName()));
        s.put("from", o.from() == null ? "beginning" : o.from().toString());
        ObjectNode reset = s.putObject("reset");
        result.resetTo().forEach((tp, offset) -> reset.put(tp.toString(), offset));
        s.put("reprocess_offsets", result.toReprocess());
        s.put("drained", result.drained());
        s.put("total_seconds", Math.round((System.nanoTime() - startNanos) / 1e6) / 1000.0);
        return s;
    }
}
