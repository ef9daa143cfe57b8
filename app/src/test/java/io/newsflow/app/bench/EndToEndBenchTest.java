package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EndToEndBenchTest {

    @Test
    void theMaximumLoadPhaseIsSizedByTheFasterReferenceRateSoItLastsTheRequestedSeconds() {
        // extraction alone at 33.4 pages/s, the in-process pipeline measured low at 25.2: 60 s need 2,004 pages
        assertEquals(2004, EndToEndBench.maxLoadPages(60, 33.4, 25.2, 5));
        assertEquals(1800, EndToEndBench.maxLoadPages(60, 25.0, 30.0, 5));
    }

    @Test
    void theMaximumLoadPhaseHasAtLeastOnePagePerTemplate() {
        assertEquals(5, EndToEndBench.maxLoadPages(1, 0.5, 0.4, 5));
    }

    @Test
    void thePairedRatioWeighsEachRoundByItsRatesNotByItsRatio() {
        List<EndToEndBench.Pair> pairs = List.of(new EndToEndBench.Pair(400_000, 500_000),
                new EndToEndBench.Pair(600_000, 600_000));
        assertEquals(0.8, pairs.get(0).ratio(), 1e-12);
        // (400k + 600k) / (500k + 600k), not the mean of 0.8 and 1.0
        assertEquals(1_000_000.0 / 1_100_000.0, EndToEndBench.Pair.ratio(pairs), 1e-12);
        assertTrue(Double.isNaN(EndToEndBench.Pair.ratio(List.of())));
    }
}
