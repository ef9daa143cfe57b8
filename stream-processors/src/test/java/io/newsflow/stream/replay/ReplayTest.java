package io.newsflow.stream.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.stream.Stage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stages a replay runs and the version it stamps by default. */
class ReplayTest {
    @Test
    void replayRunsTheFirstStageAndEveryLaterOne() {
        assertEquals(List.of(Stage.NORMALIZE, Stage.SPLIT, Stage.EXTRACT), Replay.stagesFrom(Stage.NORMALIZE));
        assertEquals(List.of(Stage.SPLIT, Stage.EXTRACT), Replay.stagesFrom(Stage.SPLIT));
        assertEquals(List.of(Stage.EXTRACT), Replay.stagesFrom(Stage.EXTRACT));
    }

    @Test
    void defaultVersionIsTheCodeVersionWithTheUtcTime() {
        assertEquals(TextPipeline.VERSION + "-replay-20260502T101530Z",
                Replay.defaultVersion(Instant.parse("2026-05-02T10:15:30.123Z")));
    }
}
