package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.stream.Stage;
import io.newsflow.stream.StreamApps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void everyStageGetsTheDefaultThreadCountWithoutTheOption() {
        BenchOptions o = BenchOptions.parse(List.of());
        for (Stage stage : Stage.values()) {
            assertEquals(StreamApps.DEFAULT_STREAM_THREADS, o.threads().get(stage), stage.wireName());
        }
    }

    @Test
    void aSingleThreadCountAppliesToAllStages() {
        assertEquals(Map.of(Stage.NORMALIZE, 3, Stage.SPLIT, 3, Stage.EXTRACT, 3),
                BenchOptions.parse(List.of("--threads", "3")).threads());
    }

    @Test
    void perStageThreadCountsLeaveTheOtherStagesAtTheDefault() {
        Map<Stage, Integer> t = BenchOptions.parse(List.of("--threads", "normalize=1, extract=4")).threads();
        assertEquals(1, t.get(Stage.NORMALIZE));
        assertEquals(StreamApps.DEFAULT_STREAM_THREADS, t.get(Stage.SPLIT));
        assertEquals(4, t.get(Stage.EXTRACT));
    }

    @Test
    void anUnknownStageOrABadCountNamesTheOption() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(List.of("--threads", "tokenize=2")));
        assertTrue(unknown.getMessage().startsWith("--threads: ") && unknown.getMessage().contains("tokenize"),
                unknown.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(List.of("--threads", "split=0")));
        assertTrue(zero.getMessage().contains("--threads split"), zero.getMessage());
    }

    @Test
    void theCommitIntervalIsTheApplicationsDefaultUnlessSetForAllStagesOrForSome() {
        assertEquals(Map.of(), BenchOptions.parse(List.of()).commitMs());
        assertEquals(Map.of(Stage.NORMALIZE, 50, Stage.SPLIT, 50, Stage.EXTRACT, 50),
                BenchOptions.parse(List.of("--commit-ms", "50")).commitMs());
        assertEquals(Map.of(Stage.EXTRACT, 200), BenchOptions.parse(List.of("--commit-ms", "extract=200")).commitMs());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(List.of("--commit-ms", "extract=soon")));
        assertTrue(bad.getMessage().startsWith("--commit-ms extract"), bad.getMessage());
    }

    @Test
    void warmUpDefaultsToTheMaximumLoadPageCountAndCanBeSwitchedOff() {
        assertEquals(-1, BenchOptions.parse(List.of()).warmupPages());
        assertEquals(0, BenchOptions.parse(List.of("--warmup-pages", "0")).warmupPages());
        assertEquals(25, BenchOptions.parse(List.of("--warmup-pages", "25")).warmupPages());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(List.of("--warmup-pages", "-1")));
        assertTrue(negative.getMessage().startsWith("--warmup-pages"), negative.getMessage());
    }

    @Test
    void warmUpsWaitForTheJitByDefaultAndOneHundredPercentKeepsThemFixed() {
        assertEquals(BenchOptions.DEFAULT_JIT_QUIET_PERCENT, BenchOptions.parse(List.of()).jitQuietPercent());
        assertEquals(100, BenchOptions.parse(List.of("--jit-quiet-percent", "100")).jitQuietPercent());
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(List.of("--jit-quiet-percent", "101")));
        assertTrue(over.getMessage().startsWith("--jit-quiet-percent"), over.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(List.of("--jit-quiet-percent", "-1")));
        assertTrue(negative.getMessage().startsWith("--jit-quiet-percent"), negative.getMessage());
    }

    @Test
    void pairedRoundsDefaultToFourAndZeroSwitchesThemOff() {
        assertEquals(BenchOptions.DEFAULT_PAIRED_ROUNDS, BenchOptions.parse(List.of()).pairedRounds());
        assertEquals(0, BenchOptions.parse(List.of("--paired-rounds", "0")).pairedRounds());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(List.of("--paired-rounds", "-2")));
        assertTrue(negative.getMessage().startsWith("--paired-rounds"), negative.getMessage());
    }
}
