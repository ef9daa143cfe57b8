package io.newsflow.bench;

import io.newsflow.extract.EntityExtractor;
import io.newsflow.extract.Extractors;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.normalize.Normalizer;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.split.Splitter;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of each text-pipeline stage after warm-up. One operation is one pass of a
 * stage over a whole input set ({@link StageInputs}): every page for normalize, split and the full
 * pipeline, every item body for extract. Characters per second are ops/s times the characters one
 * pass reads; {@link StageBenchmarkMain} prints them.
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

    /** Raw pages → normalized pages; returns the number of blocks. */
    @Benchmark
    public int normalize(Pages pages) {
        int blocks = 0;
        for (String raw : pages.inputs.raw()) {
            blocks += pages.normalizer.normalize(raw).blocks().size();
        }
        return blocks;
    }

    /** Normalized pages → items; returns the number of items. */
    @Benchmark
    public int split(Pages pages) {
        int items = 0;
        for (NormalizedText page : pages.inputs.normalized()) {
            items += pages.splitter.split(page).size();
        }
        return items;
    }

    /** Item bodies → entity mentions; returns the number of mentions. */
    @Benchmark
    public int extract(Pages pages, Extraction extraction) {
        int mentions = 0;
        for (String body : pages.inputs.bodies()) {
            mentions += extraction.instance.extract(body).size();
        }
        return mentions;
    }

    /** Raw pages → processed items (all three stages, {@link TextPipeline#process}); returns the number of items. */
    @Benchmark
    public int pipeline(Pages pages, Extraction extraction) {
        int items = 0;
        for (String raw : pages.inputs.raw()) {
            items += extraction.pipeline.process(raw).size();
        }
        return items;
    }
}
