package io.newsflow.bench;

import io.newsflow.extract.EntityExtractor;
import io.newsflow.extract.Extractors;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.normalize.Normalizer;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.split.Splitter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of each text-pipeline stage after warm-up. One operation is one pass of a
 * stage over a whole input set ({@link StageInputs}): every page for normalize, split and the full
 * pipeline, every item body for extract. Characters per second are ops/s times the characters one
 * pass reads; {@link StageBenchmarkMain} prints them, both per wall-clock second and per second of the
 * benchmark thread's CPU time ({@link CpuTime}).
 *
 * <p>Each method returns a count derived from every result (blocks, items, mentions) so that JMH
 * consumes the work and the JIT cannot drop it; the smoke test uses the same counts to check the
 * stages really ran.
 *
 * <p>Defaults are short (2 × 2 s warm-up, 3 × 2 s measurement, 1 fork) so the full matrix finishes in
 * a few minutes on 2 cores; the usual JMH flags (-wi, -i, -w, -r, -f) override them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
@Threads(1)
public class StageBenchmarks {

    /** The pages of one input set and the stateless stages that read them. */
    @State(Scope.Benchmark)
    public static class Pages {
        @Param({StageInputs.SEEDS, StageInputs.SAMPLES})
        public String inputSet;

        /** {@code *} for all pages of the set, else a file-name prefix (e.g. {@code -p page=002}). */
        @Param({StageInputs.ALL_PAGES})
        public String page;

        final Normalizer normalizer = new Normalizer();
        final Splitter splitter = new Splitter();
        StageInputs inputs;

        @Setup(Level.Trial)
        public void load() {
            inputs = StageInputs.load(inputSet, page == null ? StageInputs.ALL_PAGES : page);
        }
    }

    /** One extractor, built once per trial (loading takes about a second and is not measured). */
    @State(Scope.Benchmark)
    public static class Extraction {
        /** A name accepted by {@link Extractors#create(String)}. */
        @Param({"hanlp", "default"})
        public String extractor;

        EntityExtractor instance;
        TextPipeline pipeline;

        @Setup(Level.Trial)
        public void load() {
            instance = Extractors.create(extractor);
            pipeline = new TextPipeline(instance);
        }
    }

    /**
     * CPU time of the benchmark thread per operation, next to JMH's wall-clock score. On a machine
     * shared with other work the thread is descheduled part of the time, which lowers ops/s but not
     * the CPU time an operation needs; chars per CPU-second is the stable figure there. Read per
     * invocation (operations here take 0.1 ms or more, so the two clock reads are negligible; JMH
     * keeps invocation fixtures out of the measured time).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long started;
        /** Thread CPU nanoseconds spent in operations during the iteration. */
        public long cpuNanos;
        /** Operations timed during the iteration. */
        public long cpuTimedOps;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            cpuTimedOps = 0;
        }

        @Setup(Level.Invocation)
        public void start() {
            started = threads.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Invocation)
        public void stop() {
            cpuNanos += threads.getCurrentThreadCpuTime() - started;
            cpuTimedOps++;
        }
    }

    /** Raw pages → normalized pages; returns the number of blocks. */
    @Benchmark
    public int normalize(Pages pages, CpuTime cpu) {
        int blocks = 0;
        for (String raw : pages.inputs.raw()) {
            blocks += pages.normalizer.normalize(raw).blocks().size();
        }
        return blocks;
    }

    /** Normalized pages → items; returns the number of items. */
    @Benchmark
    public int split(Pages pages, CpuTime cpu) {
        int items = 0;
        for (NormalizedText page : pages.inputs.normalized()) {
            items += pages.splitter.split(page).size();
        }
        return items;
    }

    /** Item bodies → entity mentions; returns the number of mentions. */
    @Benchmark
    public int extract(Pages pages, Extraction extraction, CpuTime cpu) {
        int mentions = 0;
        for (String body : pages.inputs.bodies()) {
            mentions += extraction.instance.extract(body).size();
        }
        return mentions;
    }

    /** Raw pages → processed items (all three stages, {@link TextPipeline#process}); returns the number of items. */
    @Benchmark
    public int pipeline(Pages pages, Extraction extraction, CpuTime cpu) {
        int items = 0;
        for (String raw : pages.inputs.raw()) {
            items += extraction.pipeline.process(raw).size();
        }
        return items;
    }
}
