package io.newsflow.app.bench;

import io.newsflow.app.TempDirs;
import io.newsflow.extract.Extractors;
import io.newsflow.ingest.IngestSettings;
import io.newsflow.ingest.PageProducer;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.registry.AvroSerde;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.RawPage;
import io.newsflow.stream.Stage;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The end-to-end benchmark ({@code newsflow bench}, issue 6 part 2). In one JVM, on the same cores:
 * <ol>
 *   <li><b>extract alone</b>: {@link TextPipeline#extract} over the item bodies of the templates on
 *       {@code extractThreads} threads (after a warm-up), counted in raw-page characters per second: the ceiling
 *       of the pipeline on these cores; then the whole {@link TextPipeline#process} the same way (so the gap
 *       between it and end to end is what Kafka, Avro and Streams cost);</li>
 *   <li>the embedded stack ({@link PipelineStack}: KRaft broker and registry in a temporary directory, the three
 *       exactly-once applications sharing one {@link TextPipeline});</li>
 *   <li><b>warm-up</b>: at least {@code warmupPages} pages (by default as many as the maximum-load phase) sent and
 *       completed end to end in rounds, not measured, and more rounds (up to 4 times as many pages) while the JIT
 *       compilers still take more than {@code jitQuietPercent} of the CPU ({@link JitWatch}): what follows is the
 *       steady state of a long-running pipeline, not the JIT compiling the broker, client and Streams code of a
 *       fresh JVM (the in-process measurements wait for the JIT the same way);</li>
 *   <li><b>extract with the stack idle</b>: the extract-alone measurement again, right before and right after the
 *       maximum-load phase, the stack running without load: how much an idle broker and idle stream applications
 *       slow extraction down (their wake-ups), measured next to the phase (not the ratio's denominator);</li>
 *   <li><b>maximum load</b>: N copies of the templates, each under its own page id, sent as fast as the producer
 *       takes them; throughput = pages (raw characters) ÷ time from the first send to the last page complete;</li>
 *   <li><b>half load</b>: pages sent evenly at 50 % of the measured page rate for {@code seconds}.</li>
 *   <li><b>paired rounds</b> ({@code pairedRounds}, each two windows of {@code seconds}/6): end to end in steady
 *       state (raw characters of the pages completed inside a window that starts once the pipeline is busy and
 *       ends before its backlog runs out), then extraction alone beside the idle stack; the two rates of a round
 *       are measured seconds apart, so the host's drift over minutes, which has moved the alone measurements above
 *       by half within one run, stays out of their ratio (faster changes of the host's speed do not). The idle
 *       stack's wake-ups cost the extraction windows a little, so this ratio errs high where the one of the summary
 *       line errs low.</li>
 * </ol>
 * Page latency = time from handing the raw page to the producer until the last of its {@code item_count}
 * articles is read from {@link Topics#ENRICHED_ARTICLES} with read_committed (i.e. committed by the extract
 * application). Nothing here asserts on time; the numbers are printed.
 */
public final class EndToEndBench {
    private static final String FEED = "newsflow-bench";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** Names of the threads of the in-process measurements. */
    private static final String WORKER_PREFIX = "newsflow-bench-extract-";
    /** The same threads as the kernel names them (15 characters; the harness's tracker shares them). */
    private static final String KERNEL_WORKER_PREFIX = WORKER_PREFIX.substring(0, 15);

    private final BenchOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final Future<?> stop;

    public EndToEndBench(BenchOptions options, PrintStream out, PrintStream err, Future<?> stop) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.stop = stop;
    }

    /** Latency percentiles of one phase, in milliseconds. */
    record Latency(int pages, double p50, double p95, double p99, double max) {
        static Latency of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Latency(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Latency(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }

        /** Nearest-rank percentile. */
        private static double rank(long[] sorted, double p) {
            int i = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    /**
     * A measured extraction (or pipeline) rate.
     *
     * @param wall       raw-page characters per wall-clock second
     * @param cpu        raw-page characters per CPU-second of the worker threads
     * @param otherShare share of the process CPU used by threads other than the workers (the idle stack, JIT, GC)
     *                   when measured next to the load phases; NaN otherwise
     */
    record Rate(double wall, double cpu, double otherShare) {
    }

    /** What a run measured. */
    public record Result(double pagesPerSecond, double charsPerSecond, double cpuCharsPerSecond, Rate extract,
                         Rate pipeline, Latency maxLoad, Latency halfLoad, double halfLoadRate, long peakHeapMb,
                         long peakLiveMb, boolean complete) {
        /**
         * End-to-end ÷ extract-alone raw characters per wall-clock second: the ratio ({@code extract} is the
         * faster of the measurements taken before the stack started and after it closed).
         */
        public double ratio() {
            return charsPerSecond / extract.wall();
        }

        /**
         * The same ratio per CPU-second (end to end: whole process CPU, broker and GC included; extract alone: the
         * worker threads' CPU). Much less sensitive to other load on the machine than the wall-clock ratio.
         */
        public double cpuRatio() {
            return cpuCharsPerSecond / extract.cpu();
        }

        /** The summary line the issue asks for. */
        public String line() {
            return String.format(Locale.ROOT,
                    "e2e pages_per_s=%.2f chars_per_s=%.0f p99_ms_at_half_load=%.0f ratio_to_extract=%.2f peak_heap_mb=%d",
                    pagesPerSecond, charsPerSecond, halfLoad.p99(), ratio(), peakHeapMb);
        }
    }

    /** Runs the benchmark, prints progress to {@code err} and the table and the summary line to {@code out}. */
    public Result run() throws Exception {
        TextPipeline pipeline = new TextPipeline(Extractors.create(options.extractor()));
        Path input = inputDirectory();
        BenchPages pages = BenchPages.load(input, pipeline);
        err.printf(Locale.ROOT, "newsflow bench: %d templates from %s (%d raw chars, %d items)%s%n",
                pages.templates().size(), input.toAbsolutePath().normalize(), pages.totalChars(), pages.totalItems(),
                pages.skipped().isEmpty() ? "" : "; without items, left out: " + pages.skipped());
        double load0 = loadAverage();
        try (HeapWatcher heap = new HeapWatcher()) {
            Rate extract = alone(pages, t -> extractPage(pipeline, t));
            // All three stages in-process: what Kafka, Avro and Streams add is the gap between this and e2e.
            Rate whole = alone(pages, t -> pipeline.process(t.content()));
            double extractCharsPerSecond = extract.wall();
            double pipelineCharsPerSecond = whole.wall();
            double extractPagesPerSecond = extractCharsPerSecond * pages.templates().size() / pages.totalChars();
            double pipelinePagesPerSecond = pipelineCharsPerSecond * pages.templates().size() / pages.totalChars();
            int n = options.pages() > 0 ? options.pages() : maxLoadPages(options.seconds(),
                    extractPagesPerSecond, pipelinePagesPerSecond, pages.templates().size());
            err.printf(Locale.ROOT, "newsflow bench: extract alone %.0f raw chars/s (%.2f pages/s) on %d threads; "
                    + "whole pipeline alone %.0f raw chars/s; maximum-load phase: %d pages%n", extractCharsPerSecond,
                    extractPagesPerSecond, options.extractThreads(), pipelineCharsPerSecond, n);

            int warm = options.warmupPages() >= 0 ? options.warmupPages() : n;
            Phases phases = runPhases(pipeline, pages, warm, n, extract);
            // Again after the stack is gone: on a machine shared with other work the better of the two is the
            // fairer ceiling (the wall-clock rate of a short measurement moves with the neighbours' load).
            Rate extractAfter = stop.isDone() ? extract : alone(pages, t -> extractPage(pipeline, t));
            err.printf(Locale.ROOT, "newsflow bench: extract alone again: %.0f raw chars/s%n", extractAfter.wall());
            Rate best = extractAfter.wall() > extract.wall() ? extractAfter : extract;
            double idleStack = Math.max(phases.nearBefore.wall(), phases.nearAfter.wall());
            Result r = new Result(phases.pagesPerSecond, phases.charsPerSecond, phases.cpuCharsPerSecond, best, whole,
                    phases.maxLatency, phases.halfLatency, phases.rate, heap.peakUsedBytes() >> 20,
                    heap.peakLiveBytes() >> 20, phases.complete);
            printTable(r, pages, n, phases.m, phases.startSeconds, phases.warmup, phases.warmSeconds, phases.deadLetters,
                    new double[] {load0, phases.loadMax, phases.loadEnd, loadAverage()}, extract, extractAfter,
                    phases.nearBefore, phases.nearAfter, idleStack);
            printCpu(phases.cpuByThreads, phases.cpu, phases.jvm);
            printPairs(phases.pairs);
            printFactors(phases, best);
            printTraffic(phases.brokerRequests, phases.switches, phases.maxSeconds);
            out.println(r.line());
            return r;
        }
    }

    /**
     * Pages of the maximum-load phase when {@code --pages} is not given. End to end cannot beat extraction alone
     * on the same cores, so that many pages keep the phase busy for at least {@code seconds}. The in-process
     * pipeline is slower still, but a low measurement of it once left the phase at 54.5 s of 60 (R20 in
     * docs/benchmark-history.md), so the faster of the two reference rates sizes it; never fewer pages than templates.
     */
    static int maxLoadPages(int seconds, double extractPagesPerSecond, double pipelinePagesPerSecond, int templates) {
        double rate = Math.max(extractPagesPerSecond, pipelinePagesPerSecond);
        return (int) Math.max(templates, Math.ceil(seconds * rate));
    }

    /** What the two load phases measured. */
    private record Phases(double pagesPerSecond, double charsPerSecond, double cpuCharsPerSecond, Latency maxLatency,
                          Latency halfLatency, double rate, int m, double startSeconds, Warmup warmup,
                          double warmSeconds,
                          long deadLetters,
                          double loadMax, double loadEnd, Map<String, Long> cpuByThreads, long cpu, JvmWork jvm,
                          Map<String, Long> brokerRequests, Map<String, ContextSwitches.Counts> switches,
                          double maxSeconds, Rate nearBefore, Rate nearAfter, List<Pair> pairs,
                          boolean complete) {
    }

    /**
     * One round of the paired measurement, raw characters per wall-clock second.
     *
     * @param e2e     end to end in steady state
     * @param extract extraction alone beside the idle stack, right after
     */
    record Pair(double e2e, double extract) {
        double ratio() {
            return e2e / extract;
        }

        /** Sum of the end-to-end rates ÷ sum of the extraction rates (equal windows): NaN without rounds. */
        static double ratio(List<Pair> pairs) {
            double e2e = pairs.stream().mapToDouble(Pair::e2e).sum();
            double extract = pairs.stream().mapToDouble(Pair::extract).sum();
            return pairs.isEmpty() ? Double.NaN : e2e / extract;
        }
    }

    private Phases runPhases(TextPipeline pipeline, BenchPages pages, int warm, int n, Rate first) throws Exception {
        Path data = Files.createTempDirectory("newsflow-bench-");
        try {
            long startNanos = System.nanoTime();
            try (PipelineStack stack = PipelineStack.start(data, options.partitions(), pipeline,
                    streamsOverrides(), stageOverrides(), START_TIMEOUT);
                 PageTracker tracker = new PageTracker(stack.bootstrapServers(), stack.registry());
                 KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                         PageProducer.producerProperties(producerSettings(stack.bootstrapServers())),
                         new StringSerializer(), new ByteArraySerializer())) {
                double startSeconds = (System.nanoTime() - startNanos) / 1e9;
                err.printf(Locale.ROOT, "newsflow bench: stack running after %.1f s%n", startSeconds);
                tracker.start();
                Publisher publisher = new Publisher(producer, AvroSerde.forTopic(Topics.RAW_PAGES,
                        stack.registry()), pages, tracker);

                // Warm-up: a long-running pipeline has its Kafka, Streams and Avro code compiled long ago; in a
                // fresh JVM the JIT compilers otherwise take a large share of the 2 cores during the first minutes
                // (tens of CPU-seconds measured), which is start-up cost, not per-page cost. Sent in rounds, so that
                // it can go on past its minimum until the compilers have fallen quiet.
                long w0 = System.nanoTime();
                Warmup warmup = warmUp(publisher, producer, tracker, stack, warm, n);
                double warmSeconds = (System.nanoTime() - w0) / 1e9;
                if (warmup.pages() > 0) {
                    err.printf(Locale.ROOT, "newsflow bench: warm-up: %d pages end to end in %.1f s (not measured); "
                            + "JIT compilers in its last round: %s of the CPU%n", warmup.pages(), warmSeconds,
                            percent(warmup.jitShare()));
                }

                // Extraction right before and right after the maximum-load phase with the stack idle: separates what
                // the stack's mere presence costs extraction (wake-ups of broker and client threads preempting a
                // memory-bound workload) from the host's drift between measurements minutes apart.
                Rate nearBefore = extractNextToLoad(pipeline, pages, "before", first);

                // Maximum load.
                long cpu0 = JitWatch.processCpuNanos();
                ThreadCpu threadCpu = new ThreadCpu();
                BrokerRequests requests = new BrokerRequests();
                ContextSwitches switches = new ContextSwitches();
                JvmWork jvm0 = JvmWork.now();
                long t0 = System.nanoTime();
                for (int i = 0; i < n && !stop.isDone(); i++) {
                    publisher.send("max", i);
                }
                producer.flush();
                boolean maxDone = await(tracker, "max", n, stack);
                long cpu = JitWatch.processCpuNanos() - cpu0;
                Map<String, Long> cpuByThreads = threadCpu.sinceStart();
                Map<String, Long> requestsByApi = requests.sinceStart();
                Map<String, ContextSwitches.Counts> switchesByThreads = switches.sinceStart();
                JvmWork jvm = JvmWork.now().minus(jvm0);
                long window = tracker.lastCompletionNanos("max") - t0;
                int maxCompleted = tracker.completed("max");
                long charsDone = tracker.completedChars("max");
                double pagesPerSecond = maxCompleted / (window / 1e9);
                double charsPerSecond = charsDone / (window / 1e9);
                double cpuCharsPerSecond = charsDone / (cpu / 1e9);
                Latency maxLatency = Latency.of(tracker.latencies("max"));
                double loadMax = loadAverage();
                err.printf(Locale.ROOT, "newsflow bench: maximum load %.2f pages/s, %.0f chars/s%n",
                        pagesPerSecond, charsPerSecond);
                Rate nearAfter = maxDone ? extractNextToLoad(pipeline, pages, "after", nearBefore) : nearBefore;

                // Half load: evenly spaced sends at 50 % of the measured page rate.
                double rate = pagesPerSecond / 2;
                int m = (int) Math.max(1, Math.round(rate * options.seconds()));
                long interval = (long) (1e9 / rate);
                long h0 = System.nanoTime();
                for (int i = 0; i < m && !stop.isDone() && maxDone; i++) {
                    long due = h0 + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    publisher.send("half", i);
                }
                producer.flush();
                boolean halfDone = maxDone && await(tracker, "half", m, stack);
                Latency halfLatency = Latency.of(tracker.latencies("half"));
                double loadEnd = loadAverage();
                List<Pair> pairs = halfDone
                        ? pairedRounds(pipeline, pages, publisher, producer, tracker, stack, pagesPerSecond)
                        : List.of();

                if (publisher.failure.get() != null) {
                    err.println("newsflow bench: a send failed: " + publisher.failure.get());
                }
                return new Phases(pagesPerSecond, charsPerSecond, cpuCharsPerSecond, maxLatency, halfLatency,
                        rate, m, startSeconds, warmup, warmSeconds, tracker.deadLetters(), loadMax, loadEnd, cpuByThreads, cpu,
                        jvm, requestsByApi, switchesByThreads, window / 1e9, nearBefore, nearAfter, pairs,
                        maxDone && halfDone);
            }
        } finally {
            TempDirs.deleteQuietly(data);
        }
    }

    /** Pages sent in the warm-up, and the JIT compilers' share of the CPU during its last round. */
    private record Warmup(int pages, double jitShare) {
    }

    /**
     * Sends warm-up pages in rounds shaped like the maximum-load phase (all of a round's pages at once, N of them,
     * or {@code minimum} if fewer: smaller rounds leave the JIT work of the deeper backlog for the measured phase,
     * measured 1.0 % of the CPU in the last round of N/6 pages, then 4.2 % in the phase) and waits for each round to
     * complete; stops after {@code minimum} pages once the JIT compilers used at most {@code --jit-quiet-percent} of
     * the CPU in a round, or at 4 × {@code minimum} pages.
     */
    private Warmup warmUp(Publisher publisher, KafkaProducer<String, byte[]> producer, PageTracker tracker,
                          PipelineStack stack, int minimum, int n) throws InterruptedException {
        int round = Math.max(1, Math.min(minimum, n));
        JitWatch jit = new JitWatch();
        int sent = 0;
        double share = Double.NaN;
        while (sent < minimum || (share > options.jitQuietPercent() / 100.0 && sent < 4L * minimum)) {
            if (stop.isDone()) {
                break;
            }
            jit.reset();
            for (int i = 0; i < round && !stop.isDone(); i++) {
                publisher.send("warm", sent + i);
            }
            sent += round;
            producer.flush();
            if (!await(tracker, "warm", sent, stack)) {
                err.println("newsflow bench: warm-up did not complete; measuring anyway");
                break;
            }
            share = jit.share();
            err.printf(Locale.ROOT, "newsflow bench: warm-up: %d pages complete; JIT compilers at %s of the CPU in "
                    + "the last %d%n", sent, percent(share), round);
        }
        return new Warmup(sent, share);
    }

    /**
     * The paired rounds (class Javadoc). A round sends, all at once, 1.5 times the pages that the maximum-load rate
     * completes in a ramp and a window, and counts the raw characters of the pages completed inside the window; the
     * ramp (a fifth of a window, at least 0.5 s) lets the first pages through normalize and split first. If the last
     * page completed less than a ramp after the window, the backlog may have run dry inside it (the extract threads
     * idle at the tail): the round is not counted and the next one sends twice as many pages.
     */
    private List<Pair> pairedRounds(TextPipeline pipeline, BenchPages pages, Publisher publisher,
                                    KafkaProducer<String, byte[]> producer, PageTracker tracker, PipelineStack stack,
                                    double pagesPerSecond) throws InterruptedException {
        Duration window = Duration.ofSeconds(Math.max(1, options.seconds() / 6));
        long windowNanos = window.toNanos();
        long rampNanos = Math.max(Duration.ofMillis(500).toNanos(), windowNanos / 5);
        double perRound = Math.max(pages.templates().size(), 1.5 * pagesPerSecond * (rampNanos + windowNanos) / 1e9);
        List<Pair> pairs = new ArrayList<>();
        for (int r = 1; r <= options.pairedRounds() && !stop.isDone(); r++) {
            String phase = "paired-" + r;
            int n = (int) Math.ceil(perRound);
            long t0 = System.nanoTime();
            for (int i = 0; i < n && !stop.isDone(); i++) {
                publisher.send(phase, i);
            }
            producer.flush();
            if (!await(tracker, phase, n, stack)) {
                break;
            }
            long from = t0 + rampNanos;
            long to = from + windowNanos;
            if (tracker.lastCompletionNanos(phase) - to < rampNanos) {
                err.printf(Locale.ROOT, "newsflow bench: paired round %d: %d pages were done too soon after the "
                        + "window; not counted, the next round sends twice as many%n", r, n);
                perRound *= 2;
                continue;
            }
            double e2e = tracker.completedChars(phase, from, to) / (windowNanos / 1e9);
            Rate extract = alone(pages, t -> extractPage(pipeline, t), Duration.ofSeconds(1), window);
            Pair pair = new Pair(e2e, extract.wall());
            pairs.add(pair);
            err.printf(Locale.ROOT, "newsflow bench: paired round %d: end to end %.0f raw chars/s (%d pages), then "
                    + "extraction beside the idle stack %.0f: %.2f%n", r, e2e, n, extract.wall(), pair.ratio());
        }
        return pairs;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "unknown" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private Path inputDirectory() {
        if (options.input() != null) {
            if (!Files.isDirectory(options.input())) {
                throw new IllegalArgumentException("--input: " + options.input().toAbsolutePath()
                        + " is not a directory");
            }
            return options.input();
        }
        Path seeds = Path.of(System.getProperty("newsflow.shared", "../shared")).resolve("seeds");
        if (Files.isDirectory(seeds)) {
            return seeds;
        }
        Path samples = Path.of("samples");
        err.println("newsflow bench: no seeds at " + seeds.toAbsolutePath().normalize()
                + " (set -Dnewsflow.shared=DIR or use --input DIR); using " + samples.toAbsolutePath());
        if (!Files.isDirectory(samples)) {
            throw new IllegalArgumentException("no page templates: neither " + seeds.toAbsolutePath().normalize()
                    + " nor " + samples.toAbsolutePath() + " exists; give --input DIR");
        }
        return samples;
    }

    private Map<String, Object> streamsOverrides() {
        return new HashMap<>(options.streamsOverrides());
    }

    /** {@code num.stream.threads} per stage, and {@code commit.interval.ms} of the stages that set one. */
    private Map<Stage, Map<String, Object>> stageOverrides() {
        Map<Stage, Map<String, Object>> o = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Map<String, Object> settings = new HashMap<>();
            settings.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, options.threads().get(stage));
            Integer commit = options.commitMs().get(stage);
            if (commit != null) {
                settings.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commit);
            }
            o.put(stage, settings);
        }
        return o;
    }

    private IngestSettings producerSettings(String bootstrapServers) {
        IngestSettings d = IngestSettings.defaults(bootstrapServers);
        return new IngestSettings(bootstrapServers, FEED, d.maxPageBytes(), d.maxDeadLetterBytes(),
                d.maxControlRatio(), options.compression(), options.lingerMs(), options.batchBytes(), Map.of());
    }

    /**
     * One stage (or the whole pipeline) alone, no Kafka: each thread works through whole templates in turn
     * (starting at a different one) until the time is up; warm-up first. Returns raw-page characters of the
     * templates done per second.
     */
    private Rate alone(BenchPages pages, Consumer<BenchPages.Template> work) throws InterruptedException {
        return alone(pages, work, Duration.ofSeconds(Math.max(1, Math.min(5, options.seconds() / 10))),
                Duration.ofSeconds(Math.max(2, options.seconds() / 4)));
    }

    /** As {@link #alone(BenchPages, Consumer)}, with the minimum warm-up and the measured time given. */
    private Rate alone(BenchPages pages, Consumer<BenchPages.Template> work, Duration minWarmup, Duration measured)
            throws InterruptedException {
        long warmup = minWarmup.toNanos();
        long measure = measured.toNanos();
        int threads = options.extractThreads();
        long[] chars = new long[threads];
        long[] ended = new long[threads];
        long[] cpu = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long begin = System.nanoTime();
        // Set by this thread once the warm-up is over; the workers start counting at their next template.
        AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                try {
                    // Warm-up (JIT, dictionaries), then count only templates started after it.
                    for (long i = id; System.nanoTime() < measureFrom.get() && !stop.isDone(); i++) {
                        work.accept(pages.template(i));
                    }
                    long until = measureFrom.get() + measure;
                    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                    long cpuStart = mx.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    long done = 0;
                    long i = id;
                    long now = start;
                    while (now < until && !stop.isDone()) {
                        BenchPages.Template page = pages.template(i++);
                        work.accept(page);
                        done += page.chars();
                        now = System.nanoTime();
                    }
                    chars[id] = done;
                    ended[id] = now - start;
                    cpu[id] = mx.getCurrentThreadCpuTime() - cpuStart;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, WORKER_PREFIX + t);
            workers.add(w);
            w.start();
        }
        // The minimum warm-up, then on (up to 4 times as long) while the JIT compilers are still busy.
        Thread.sleep(warmup / 1_000_000);
        JitWatch jit = new JitWatch();
        double share = Double.NaN;
        while (System.nanoTime() - begin < 4 * warmup && !stop.isDone() && failure.get() == null) {
            jit.reset();
            Thread.sleep(1000);
            share = jit.share();
            if (!(share > options.jitQuietPercent() / 100.0)) {
                break;
            }
        }
        measureFrom.set(System.nanoTime());
        err.printf(Locale.ROOT, "newsflow bench: in-process warm-up %.1f s, JIT compilers at %s of the CPU in its "
                + "last second%n", (measureFrom.get() - begin) / 1e9, percent(share));
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("extract-alone measurement failed: " + failure.get(), failure.get());
        }
        double perSecond = 0;
        long allChars = 0;
        long allCpu = 0;
        for (int t = 0; t < threads; t++) {
            perSecond += chars[t] / (ended[t] / 1e9);
            allChars += chars[t];
            allCpu += cpu[t];
        }
        return new Rate(perSecond, allChars / (allCpu / 1e9), Double.NaN);
    }

    private Rate extractNextToLoad(TextPipeline pipeline, BenchPages pages, String when, Rate ifStopped)
            throws InterruptedException {
        if (stop.isDone()) {
            return ifStopped;
        }
        ThreadCpu threads = new ThreadCpu();
        ContextSwitches switches = new ContextSwitches();
        long cpu0 = JitWatch.processCpuNanos();
        long t0 = System.nanoTime();
        Rate r = alone(pages, t -> extractPage(pipeline, t));
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpu = JitWatch.processCpuNanos() - cpu0;
        Map<String, Long> byGroup = threads.sinceStart();
        long others = byGroup.entrySet().stream().filter(e -> !e.getKey().startsWith(WORKER_PREFIX))
                .mapToLong(Map.Entry::getValue).sum();
        StringBuilder busiest = new StringBuilder();
        byGroup.entrySet().stream().filter(e -> !e.getKey().startsWith(WORKER_PREFIX)).limit(4)
                .forEach(e -> busiest.append(String.format(Locale.ROOT, "; %s %.1f %%", e.getKey(),
                        100.0 * e.getValue() / cpu)));
        StringBuilder wakeUps = new StringBuilder();
        switches.sinceStart().entrySet().stream().filter(e -> !e.getKey().startsWith(KERNEL_WORKER_PREFIX))
                .sorted((a, b) -> Long.compare(b.getValue().voluntary(), a.getValue().voluntary())).limit(8)
                .forEach(e -> wakeUps.append(String.format(Locale.ROOT, "; %s %.0f", e.getKey(),
                        e.getValue().voluntary() / seconds)));
        Rate near = new Rate(r.wall(), r.cpu(), cpu <= 0 ? Double.NaN : (double) others / cpu);
        err.printf(Locale.ROOT, "newsflow bench: extract alone %s the maximum-load phase: %.0f raw chars/s; stack idle, "
                + "other threads %s of the CPU%s; their wake-ups per second%s%n", when, near.wall(),
                percent(near.otherShare()), busiest, wakeUps);
        return near;
    }

    private static void extractPage(TextPipeline pipeline, BenchPages.Template page) {
        for (String body : page.bodies()) {
            pipeline.extract(body);
        }
    }

    /** Waits until {@code expected} pages of the phase are complete; false on timeout, stop or failure. */
    private boolean await(PageTracker tracker, String phase, int expected, PipelineStack stack)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(options.timeoutSeconds()).toNanos();
        long nextReport = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (tracker.completed(phase) < expected) {
            if (stop.isDone()) {
                err.println("newsflow bench: stopped");
                return false;
            }
            if (stack.apps().failure().isPresent()) {
                err.println("newsflow bench: " + stack.apps().failure().get());
                return false;
            }
            if (tracker.failure() != null) {
                err.println("newsflow bench: output reader failed: " + tracker.failure());
                return false;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                err.printf(Locale.ROOT, "newsflow bench: %s phase: only %d of %d pages complete after %d s "
                        + "(%d dead letters)%n", phase, tracker.completed(phase), expected,
                        options.timeoutSeconds(), tracker.deadLetters());
                return false;
            }
            if (now > nextReport) {
                err.printf(Locale.ROOT, "newsflow bench: %s phase: %d of %d pages complete%n", phase,
                        tracker.completed(phase), expected);
                nextReport = now + Duration.ofSeconds(15).toNanos();
            }
            // Completion times come from the tracker, not from this loop: polling rarely keeps the harness's
            // wake-ups (each one may preempt an extract thread) out of what it measures.
            Thread.sleep(50);
        }
        return true;
    }

    private void printTable(Result r, BenchPages pages, int n, int m, double startSeconds, Warmup warm,
                            double warmSeconds, long deadLetters,
                            double[] load, Rate extractBefore, Rate extractAfter, Rate nearBefore, Rate nearAfter,
                            double idleStackExtract) {
        int cores = Runtime.getRuntime().availableProcessors();
        long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
        out.printf(Locale.ROOT, "newsflow bench: %d cores, max heap %d MB, Java %s; extractor %s%n", cores, maxHeapMb,
                System.getProperty("java.version"), options.extractor());
        out.printf(Locale.ROOT, "settings: partitions=%d num.stream.threads=%s commit.interval.ms=%s "
                        + "producer compression=%s linger.ms=%d batch.size=%d extract-threads=%d%s%n",
                options.partitions(), perStageText(options.threads(), "default"),
                perStageText(options.commitMs(), "default"), options.compression(),
                options.lingerMs(), options.batchBytes(), options.extractThreads(),
                options.streamsOverrides().isEmpty() ? "" : " streams " + options.streamsOverrides());
        out.printf(Locale.ROOT, "input: %d templates, %d raw chars, %d items (%s)%n", pages.templates().size(),
                pages.totalChars(), pages.totalItems(), pages.directory());
        out.printf(Locale.ROOT, "load average (1 min): start %.2f, after maximum load %.2f, after half load %.2f, "
                + "end %.2f%n", load[0], load[1], load[2], load[3]);
        out.printf(Locale.ROOT, "stack start: %.1f s; warm-up (not measured): %d pages end to end in %.1f s, JIT "
                + "compilers at %s of the CPU in its last round%n", startSeconds, warm.pages(), warmSeconds,
                percent(warm.jitShare()));
        out.println();
        out.printf(Locale.ROOT, "%-28s %8s %9s %11s %12s %8s %8s %8s %8s%n", "phase", "pages", "pages/s",
                "chars/s", "chars/CPU-s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        aloneRow("extract alone, before", extractBefore);
        aloneRow("extract alone, after", extractAfter);
        aloneRow("pipeline alone", r.pipeline());
        aloneRow("extract, stack idle, before", nearBefore);
        aloneRow("extract, stack idle, after", nearAfter);
        out.printf(Locale.ROOT, "(in-process on %d threads; alone: before the stack started and after it closed, the "
                        + "ratio uses the faster; stack idle: right before and after the maximum-load phase, other "
                        + "threads used %s / %s of the CPU)%n", options.extractThreads(), percent(nearBefore.otherShare()),
                percent(nearAfter.otherShare()));
        row("maximum load", r.maxLoad(), String.format(Locale.ROOT, "%.2f", r.pagesPerSecond()),
                String.format(Locale.ROOT, "%.0f", r.charsPerSecond()),
                String.format(Locale.ROOT, "%.0f", r.cpuCharsPerSecond()), n);
        row(String.format(Locale.ROOT, "half load (%.2f pages/s)", r.halfLoadRate()), r.halfLoad(), "-", "-", "-", m);
        out.println();
        out.printf(Locale.ROOT, "peak heap used %d MB (largest live heap after GC %d MB); dead letters %d%s%n",
                r.peakHeapMb(), r.peakLiveMb(), deadLetters,
                r.complete() ? "" : "; INCOMPLETE: figures cover completed pages only");
        out.printf(Locale.ROOT, "e2e ÷ extract alone: %.2f wall-clock, %.2f per CPU-second; ÷ extract with the stack idle "
                        + "(faster of the two): %.2f; e2e ÷ pipeline alone: %.2f wall-clock, %.2f per CPU-second%n",
                r.ratio(), r.cpuRatio(), r.charsPerSecond() / idleStackExtract,
                r.charsPerSecond() / r.pipeline().wall(), r.cpuCharsPerSecond() / r.pipeline().cpu());
    }

    /** "N" when every stage has N, else "stage=N,..." for the stages that have a value; {@code none} for no value. */
    private static String perStageText(Map<Stage, Integer> values, String none) {
        if (values.isEmpty()) {
            return none;
        }
        if (values.size() == Stage.values().length && Set.copyOf(values.values()).size() == 1) {
            return values.values().iterator().next().toString();
        }
        StringBuilder b = new StringBuilder();
        for (Stage stage : Stage.values()) {
            if (values.containsKey(stage)) {
                b.append(b.length() == 0 ? "" : ",").append(stage.wireName()).append('=').append(values.get(stage));
            }
        }
        return b.toString();
    }

    /** Where the CPU went during the maximum-load phase. */
    private void printCpu(Map<String, Long> byGroup, long processCpu, JvmWork jvm) {
        out.printf(Locale.ROOT, "CPU during maximum load: %.1f s in all; by thread group:%n",
                processCpu / 1e9);
        long listed = 0;
        int shown = 0;
        for (var e : byGroup.entrySet()) {
            boolean jvmGroup = e.getKey().equals(ThreadCpu.JIT) || e.getKey().equals(ThreadCpu.GC);
            if (shown >= 12 && !jvmGroup) {
                continue;
            }
            shown++;
            listed += e.getValue();
            out.printf(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / processCpu, e.getKey());
        }
        long rest = processCpu - byGroup.values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "  %5.1f %%  other threads; %5.1f %% not in any live thread (ended threads; GC and JIT "
                        + "where /proc/self/task is not readable)%n",
                100.0 * (processCpu - listed - rest) / processCpu, 100.0 * rest / processCpu);
        out.printf(Locale.ROOT, "  %d garbage collections paused the JVM for %.2f s in all%n", jvm.collections(),
                jvm.gcMillis() / 1e3);
    }

    /** The paired rounds and their ratio. */
    private void printPairs(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            out.println("paired rounds: none counted");
            return;
        }
        StringBuilder rounds = new StringBuilder();
        for (Pair p : pairs) {
            rounds.append(String.format(Locale.ROOT, "%s%.0f / %.0f = %.2f", rounds.length() == 0 ? "" : "; ",
                    p.e2e(), p.extract(), p.ratio()));
        }
        double low = pairs.stream().mapToDouble(Pair::ratio).min().orElseThrow();
        double high = pairs.stream().mapToDouble(Pair::ratio).max().orElseThrow();
        out.printf(Locale.ROOT, "paired rounds (end to end in steady state / extraction beside the idle stack right "
                + "after it, raw chars/s, %d s each): %s%n", Math.max(1, options.seconds() / 6), rounds);
        out.printf(Locale.ROOT, "paired ratio %.2f (rounds %.2f-%.2f)%n", Pair.ratio(pairs), low, high);
    }

    /** The ratio as cores used × the extract threads' share × their efficiency ({@link RatioFactors}). */
    private void printFactors(Phases phases, Rate alone) {
        String extractThreads = Stage.EXTRACT.applicationId() + "-";
        long extractCpu = phases.cpuByThreads.entrySet().stream()
                .filter(e -> e.getKey().startsWith(extractThreads) && e.getKey().contains("StreamThread"))
                .mapToLong(Map.Entry::getValue).sum();
        if (extractCpu <= 0 || phases.cpu <= 0 || phases.maxSeconds <= 0 || alone.wall() <= 0) {
            out.println("ratio factors: not available (no CPU time of the extract stream threads was read)");
            return;
        }
        RatioFactors f = RatioFactors.of(phases.charsPerSecond * phases.maxSeconds, phases.maxSeconds,
                phases.cpu / 1e9, extractCpu / 1e9, Runtime.getRuntime().availableProcessors(), alone.wall());
        out.println(f.line());
    }

    /** What the broker answered and how often threads were switched out during the maximum-load phase. */
    private void printTraffic(Map<String, Long> requests, Map<String, ContextSwitches.Counts> switches, double seconds) {
        if (!requests.isEmpty()) {
            StringBuilder b = new StringBuilder();
            long all = requests.values().stream().mapToLong(Long::longValue).sum();
            requests.entrySet().stream().limit(10).forEach(e -> b.append(String.format(Locale.ROOT, ", %s %.0f",
                    e.getKey(), e.getValue() / seconds)));
            out.printf(Locale.ROOT, "broker requests during maximum load, per second: %.0f in all%s%n", all / seconds,
                    b);
        }
        if (!switches.isEmpty()) {
            ContextSwitches.Counts all = switches.values().stream().reduce(new ContextSwitches.Counts(0, 0),
                    ContextSwitches.Counts::plus);
            StringBuilder b = new StringBuilder();
            switches.entrySet().stream().limit(6).forEach(e -> b.append(String.format(Locale.ROOT, ", %s %.0f/%.0f",
                    e.getKey(), e.getValue().voluntary() / seconds, e.getValue().involuntary() / seconds)));
            out.printf(Locale.ROOT, "context switches during maximum load, per second (voluntary/involuntary): "
                    + "%.0f/%.0f in all%s%n", all.voluntary() / seconds, all.involuntary() / seconds, b);
        }
    }

    /** Garbage collections of this JVM so far (the MXBeans' cumulative counters). */
    record JvmWork(long collections, long gcMillis) {
        static JvmWork now() {
            long n = 0;
            long ms = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                n += Math.max(0, gc.getCollectionCount());
                ms += Math.max(0, gc.getCollectionTime());
            }
            return new JvmWork(n, ms);
        }

        JvmWork minus(JvmWork earlier) {
            return new JvmWork(collections - earlier.collections, gcMillis - earlier.gcMillis);
        }
    }

    private void aloneRow(String phase, Rate rate) {
        out.printf(Locale.ROOT, "%-28s %8s %9s %11.0f %12.0f %8s %8s %8s %8s%n", phase, "-", "-", rate.wall(),
                rate.cpu(), "-", "-", "-", "-");
    }

    private void row(String phase, Latency l, String pagesPerSecond, String charsPerSecond, String cpu, int sent) {
        out.printf(Locale.ROOT, "%-28s %8s %9s %11s %12s %8.0f %8.0f %8.0f %8.0f%n", phase,
                l.pages() == sent ? Integer.toString(sent) : l.pages() + "/" + sent, pagesPerSecond, charsPerSecond,
                cpu, l.p50(), l.p95(), l.p99(), l.max());
    }


    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Sends copies of the templates, each under its own page id, and registers them with the tracker. */
    private static final class Publisher {
        private final KafkaProducer<String, byte[]> producer;
        private final AvroSerde<RawPage> serde;
        private final BenchPages pages;
        private final PageTracker tracker;
        private final List<String> sha256 = new ArrayList<>();
        private final AtomicReference<Exception> failure = new AtomicReference<>();

        Publisher(KafkaProducer<String, byte[]> producer, AvroSerde<RawPage> serde, BenchPages pages,
                  PageTracker tracker) throws NoSuchAlgorithmException {
            this.producer = producer;
            this.serde = serde;
            this.pages = pages;
            this.tracker = tracker;
            for (BenchPages.Template t : pages.templates()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(t.content().getBytes(StandardCharsets.UTF_8));
                sha256.add(HexFormat.of().formatHex(digest));
            }
        }

        void send(String phase, long i) {
            BenchPages.Template t = pages.template(i);
            String id = "bench/" + phase + "/" + i;
            tracker.expect(id, phase, t.items(), t.chars());
            RawPage page = RawPage.newBuilder()
                    .setPageId(id)
                    .setSource(t.name())
                    .setContent(t.content())
                    .setContentSha256(sha256.get((int) (i % pages.templates().size())))
                    .setByteLength(t.content().getBytes(StandardCharsets.UTF_8).length)
                    .setIngestedAt(Instant.now())
                    .setFeed(FEED)
                    .build();
            producer.send(new ProducerRecord<>(Topics.RAW_PAGES.name(), id, serde.serialize(Topics.RAW_PAGES.name(),
                    page)), (md, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                    });
        }
    }
}
