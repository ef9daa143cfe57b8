package io.newsflow.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
