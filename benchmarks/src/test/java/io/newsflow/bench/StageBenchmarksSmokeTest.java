package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that the benchmark state loads its inputs and that every benchmark body really runs its stage.
 * Untimed: the benchmarks themselves run only from the jar, never in the build.
 */
class StageBenchmarksSmokeTest {

    @Test
    void samplesLoadWithTheInputsOfEveryStagePrepared() throws IOException {
        StageInputs samples = StageInputs.load(StageInputs.SAMPLES);

        assertEquals(countTxt(StageInputs.directory(StageInputs.SAMPLES)), samples.raw().size());
        assertEquals(samples.raw().size(), samples.normalized().size());
        assertFalse(samples.bodies().isEmpty(), "the splitter found no items in the samples");
        assertTrue(samples.rawChars() > 0 && samples.normalizedChars() > 0 && samples.bodyChars() > 0);
        assertTrue(samples.bodyChars() <= samples.normalizedChars(),
                "item bodies are made of normalized blocks, so they cannot be longer than all blocks");
    }

    @Test
    void seedsLoadFromTheSharedDirectoryWhenPresent() throws IOException {
        Optional<String> unavailable = StageInputs.unavailableReason(StageInputs.SEEDS);
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "seeds not available, skipping: " + unavailable.orElse(""));

        StageInputs seeds = StageInputs.load(StageInputs.SEEDS);

        assertEquals(countTxt(StageInputs.directory(StageInputs.SEEDS)), seeds.raw().size());
        assertFalse(seeds.bodies().isEmpty());
    }

    @Test
    void aMissingOrEmptyDirectoryIsReportedWithThePropertyToSet(@TempDir Path tmp) {
        String missing = StageInputs.unavailableReason(StageInputs.SEEDS, tmp.resolve("absent")).orElseThrow();
        assertTrue(missing.contains("does not exist") && missing.contains(StageInputs.SHARED_PROPERTY), missing);

        String empty = StageInputs.unavailableReason(StageInputs.SAMPLES, tmp).orElseThrow();
        assertTrue(empty.contains("no *.txt pages") && empty.contains(StageInputs.SAMPLES_PROPERTY), empty);
    }

    @Test
    void aPageFilterKeepsOnlyThePagesWhoseNameStartsWithIt() {
        StageInputs all = StageInputs.load(StageInputs.SAMPLES);
        String first = all.pageNames().get(0);

        StageInputs one = StageInputs.load(StageInputs.SAMPLES, first.substring(0, first.length() - 4));
        assertEquals(List.of(first), one.pageNames());
        assertTrue(one.rawChars() < all.rawChars() || all.pageNames().size() == 1);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StageInputs.load(StageInputs.SAMPLES, "no-such-page"));
        assertTrue(e.getMessage().contains("no-such-page"), e.getMessage());
    }

    @Test
    void anUnknownInputSetIsRejectedNamingTheValidOnes() {
        StageBenchmarks.Pages pages = new StageBenchmarks.Pages();
        pages.inputSet = "nope";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pages::load);
        assertTrue(e.getMessage().contains(StageInputs.SEEDS) && e.getMessage().contains(StageInputs.SAMPLES), e.getMessage());
    }

    @Test
    void everyBenchmarkRunsItsStageOverTheWholeInputSet() {
        StageBenchmarks.Pages pages = new StageBenchmarks.Pages();
        pages.inputSet = StageInputs.SAMPLES;
        pages.load();
        StageBenchmarks.Extraction extraction = new StageBenchmarks.Extraction();
        extraction.extractor = "hanlp";
        extraction.load();
        StageBenchmarks bench = new StageBenchmarks();
        StageBenchmarks.CpuTime cpu = new StageBenchmarks.CpuTime();

        int blocks = pages.inputs.normalized().stream().mapToInt(p -> p.blocks().size()).sum();
        int items = pages.inputs.bodies().size();
        assertEquals(blocks, bench.normalize(pages, cpu));
        assertEquals(items, bench.split(pages, cpu));
        assertTrue(bench.extract(pages, extraction, cpu) > 0, "HanLP found no names in the samples");
        assertEquals(items, bench.pipeline(pages, extraction, cpu));
    }

    @Test
    void cpuTimeCountsTheOperationsBetweenStartAndStop() {
        StageBenchmarks.Pages pages = new StageBenchmarks.Pages();
        pages.inputSet = StageInputs.SAMPLES;
        pages.load();
        StageBenchmarks bench = new StageBenchmarks();
        StageBenchmarks.CpuTime cpu = new StageBenchmarks.CpuTime();

        cpu.reset();
        for (int i = 0; i < 3; i++) {
            cpu.start();
            bench.normalize(pages, cpu);
            cpu.stop();
        }

        assertEquals(3, cpu.cpuTimedOps);
        assertTrue(cpu.cpuNanos > 0, "normalizing the samples three times took no CPU time");
    }

    private static long countTxt(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).count();
        }
    }
}
