package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatioFactorsTest {

    @Test
    void theThreeFactorsMultiplyToEndToEndOverExtractionAlone() {
        // R42's phase: 2,326 pages of 16,041.8 raw chars in 80.6 s, 157.2 CPU-s of which 85.1 % extract threads
        double chars = 2326 * 16041.8;
        RatioFactors f = RatioFactors.of(chars, 80.6, 157.2, 0.851 * 157.2, 2, 641_702);
        assertEquals(chars / 80.6 / 641_702, f.ratio(), 1e-12);
        assertEquals(0.975, f.coresUsed(), 0.001);
        assertEquals(0.851, f.share(), 1e-9);
        assertEquals(278_920, f.ownRate(), 5); // raw chars per CPU-second of the extract threads
        assertEquals(0.869, f.efficiency(), 0.001); // against 641,702 chars/s ÷ 2 cores alone
    }

    @Test
    void extractThreadsAsFastAsExtractionAloneOnAllCoresHaveEfficiencyOne() {
        // alone: 600k chars/s on 2 cores = 300k per core; the threads did 300k per CPU-second of their own
        RatioFactors f = RatioFactors.of(3_000_000, 10, 20, 10, 2, 600_000);
        assertEquals(1.0, f.efficiency(), 1e-12);
        assertEquals(0.5, f.ratio(), 1e-12); // all cores busy, half of them extracting
        assertTrue(f.line().startsWith("ratio 0.50 = 1.000 of the cores used × 0.500 the extract threads' share"), f.line());
    }

    @Test
    void aPhaseWithoutExtractCpuIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RatioFactors.of(1000, 10, 20, 0, 2, 600_000));
    }
}
