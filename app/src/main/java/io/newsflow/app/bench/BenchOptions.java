package io.newsflow.app.bench;

import io.newsflow.extract.Extractors;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.stream.StreamApps;
import io.newsflow.stream.Stage;
import io.newsflow.stream.StreamSettings;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of one end-to-end benchmark run ({@code newsflow bench}); {@link #parse} validates them and names the
 * option to change.
 *
 * @param pages            pages published at maximum load; 0 = {@code seconds} worth at the measured rate of the
 *                         whole pipeline in-process (so at least that long end to end)
 * @param seconds          target length of each load phase, and of the half-load phase exactly
 * @param partitions       partitions of every pipeline topic
 * @param threads          {@code num.stream.threads} of each of the three applications
 * @param extractThreads   threads of the extract-alone reference measurement
 * @param extractor        entity extractor name ({@link Extractors#NAMES})
 * @param input            directory of page templates; null = {@code <newsflow.shared>/seeds}, else {@code samples/}
 * @param commitMs         Streams {@code commit.interval.ms} of the stages that set one; a stage not in the map keeps
 *                         the applications' default
 * @param compression      bench producer compression
 * @param lingerMs         bench producer {@code linger.ms}
 * @param batchBytes       bench producer {@code batch.size}
 * @param streamsOverrides further Streams settings ({@code --streams-property k=v}), applied to all three apps
 * @param timeoutSeconds   longest wait for one phase's pages to come out
 * @param warmupPages      pages sent end to end and completed before anything is measured; -1 = {@code seconds}
 *                         worth at the in-process pipeline rate, 0 = none
 * @param jitQuietPercent  the warm-ups (end to end, and before each in-process measurement) go on past their
 *                         minimum until the JIT compiler threads use at most this share of the CPU ({@link JitWatch});
 *                         100 = never extend them
 * @param pairedRounds     rounds of the paired measurement after the load phases (end to end in steady state, then
 *                         extraction beside the idle stack, each for S/6 seconds); 0 = none
 */
public record BenchOptions(int pages, int seconds, int partitions, Map<Stage, Integer> threads, int extractThreads, String extractor,
                           Path input, Map<Stage, Integer> commitMs, String compression, int lingerMs, int batchBytes,
                           Map<String, String> streamsOverrides, int timeoutSeconds, int warmupPages,
                           int jitQuietPercent, int pairedRounds, boolean help) {

    /** Steady state: the JIT compilers take no more than this share of the CPU (Linux; see {@link JitWatch}). */
    public static final int DEFAULT_JIT_QUIET_PERCENT = 3;

    /** Rounds of the paired measurement: four pairs take about two minutes with the default 60 s phases. */
    public static final int DEFAULT_PAIRED_ROUNDS = 4;

    public static final String USAGE = """
            usage: newsflow bench [--pages N] [--seconds S] [--partitions P] [--threads T] [--extractor NAME]
                                  [--extract-threads E] [--input DIR] [--commit-ms MS|stage=MS,...] [--compression C]
                                  [--linger-ms MS] [--batch-bytes B] [--streams-property K=V]... [--timeout S]
                                  [--warmup-pages W] [--jit-quiet-percent P] [--paired-rounds K]

              --pages            pages published at maximum load (default: S seconds of extraction alone)
              --seconds          target seconds per load phase (default: 60)
              --partitions       partitions of the pipeline topics (default: %d)
              --threads          num.stream.threads of each stream application: T for all, or per stage,
                                 e.g. normalize=1,split=1,extract=2 (default: %d each)
              --extractor        default, trained or hanlp (default: default)
              --extract-threads  threads of the extract-alone reference (default: available cores, %d)
              --input            page templates (default: <newsflow.shared>/seeds, else samples/)
              --commit-ms        Streams commit.interval.ms: MS for all, or per stage, e.g. extract=200
                                 (default: the applications' default)
              --compression, --linger-ms, --batch-bytes   the bench producer (defaults: the ingest producer's)
              --streams-property K=V   any further Streams setting, e.g. producer.linger.ms=0 (repeatable)
              --timeout          give up on a phase after this many seconds (default: 900)
              --warmup-pages     pages run end to end before measuring, so that the JIT compilation of Kafka,
                                 Streams and Avro code is not measured; 0 = none (default: as for --pages)
              --jit-quiet-percent  extend the warm-ups until the JIT compilers use at most P %% of the CPU,
                                 up to 4 times their length (default: %d; 100 = fixed warm-ups)
              --paired-rounds    rounds of end to end in steady state and extraction beside the idle stack,
                                 S/6 seconds each, alternated after the load phases (default: %d; 0 = none)

            Runs an embedded broker, registry and the three exactly-once stream applications; publishes the
            templates re-keyed as distinct pages, first as fast as possible, then at 50 %% of the measured rate.
            Prints a table, then one line: e2e pages_per_s=.. chars_per_s=.. p99_ms_at_half_load=..
            ratio_to_extract=.. peak_heap_mb=..""".formatted(StreamSettings.DEFAULT_PARTITIONS, StreamApps.DEFAULT_STREAM_THREADS,
            Runtime.getRuntime().availableProcessors(), DEFAULT_JIT_QUIET_PERCENT, DEFAULT_PAIRED_ROUNDS);


    public BenchOptions {
        streamsOverrides = Map.copyOf(streamsOverrides);
        threads = Map.copyOf(threads);
        commitMs = Map.copyOf(commitMs);
    }

    public static BenchOptions parse(List<String> args) {
        int pages = 0;
        int seconds = 60;
        int partitions = StreamSettings.DEFAULT_PARTITIONS;
        Map<Stage, Integer> threads = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            threads.put(stage, StreamApps.DEFAULT_STREAM_THREADS);
        }
        int extractThreads = Runtime.getRuntime().availableProcessors();
        String extractor = "default";
        Path input = null;
        Map<Stage, Integer> commitMs = new EnumMap<>(Stage.class);
        String compression = IngestSettings.DEFAULT_COMPRESSION;
        int lingerMs = IngestSettings.DEFAULT_LINGER_MS;
        int batchBytes = IngestSettings.DEFAULT_BATCH_BYTES;
        Map<String, String> streams = new LinkedHashMap<>();
        int timeout = 900;
        int warmup = -1;
        int jitQuiet = DEFAULT_JIT_QUIET_PERCENT;
        int pairedRounds = DEFAULT_PAIRED_ROUNDS;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h", "--help" -> {
                    return new BenchOptions(0, 0, 1, threads, 1, extractor, null, Map.of(), compression, 0, batchBytes,
                            Map.of(), 1, 0, jitQuiet, 0, true);
                }
                case "--pages" -> pages = number(args, ++i, a, 1);
                case "--seconds" -> seconds = number(args, ++i, a, 1);
                case "--partitions" -> partitions = number(args, ++i, a, 1);
                case "--threads" -> parsePerStage(value(args, ++i, a), a, 1, threads);
                case "--extract-threads" -> extractThreads = number(args, ++i, a, 1);
                case "--extractor" -> extractor = value(args, ++i, a);
                case "--input" -> input = Path.of(value(args, ++i, a));
                case "--commit-ms" -> parsePerStage(value(args, ++i, a), a, 0, commitMs);
                case "--compression" -> compression = value(args, ++i, a);
                case "--linger-ms" -> lingerMs = number(args, ++i, a, 0);
                case "--batch-bytes" -> batchBytes = number(args, ++i, a, 1024);
                case "--timeout" -> timeout = number(args, ++i, a, 1);
                case "--warmup-pages" -> warmup = number(args, ++i, a, 0);
                case "--paired-rounds" -> pairedRounds = number(args, ++i, a, 0);
                case "--jit-quiet-percent" -> {
                    jitQuiet = number(args, ++i, a, 0);
                    if (jitQuiet > 100) {
                        throw new IllegalArgumentException(a + " must be at most 100, got " + jitQuiet);
                    }
                }
                case "--streams-property" -> {
                    String kv = value(args, ++i, a);
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--streams-property: '" + kv + "' is not KEY=VALUE");
                    }
                    streams.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (!Extractors.NAMES.contains(extractor)) {
            throw new IllegalArgumentException("--extractor: unknown '" + extractor + "'; valid: " + Extractors.NAMES);
        }
        // Checked here too (not only by IngestSettings) so a bad value fails before anything starts.
        new IngestSettings("localhost:9092", "newsflow-bench", 1, 0, 0, compression, lingerMs, batchBytes, Map.of());
        return new BenchOptions(pages, seconds, partitions, threads, extractThreads, extractor, input, commitMs,
                compression, lingerMs, batchBytes, streams, timeout, warmup, jitQuiet, pairedRounds, false);
    }

    /** {@code N} for every stage, or {@code stage=N[,stage=N...]} for some; each N at least {@code min}. */
    private static void parsePerStage(String v, String option, int min, Map<Stage, Integer> into) {
        if (!v.contains("=")) {
            int n = number(List.of(v), 0, option, min);
            for (Stage stage : Stage.values()) {
                into.put(stage, n);
            }
            return;
        }
        for (String part : v.split(",")) {
            String[] kv = part.split("=", 2);
            Stage stage;
            try {
                stage = Stage.fromWireName(kv[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage());
            }
            into.put(stage, number(List.of(kv.length > 1 ? kv[1].strip() : ""), 0, option + " " + kv[0].strip(), min));
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int number(List<String> args, int i, String option, int min) {
        String v = value(args, i, option);
        try {
            int n = Integer.parseInt(v);
            if (n < min) {
                throw new IllegalArgumentException(option + " must be at least " + min + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + v + "' is not a whole number");
        }
    }
}
