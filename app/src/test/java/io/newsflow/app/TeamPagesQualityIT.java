package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team's own annotated pages ({@code testdata/pages}: twelve pages written for the project by writers who did not
 * see the seeds, in three styles: double-spaced print, single-spaced print, markdown and web feeds) through
 * {@code process}, scored with {@code <shared>/tools/eval_split.py} against their gold. The floors are below the
 * scores measured when each rule was added (see the README) and catch a rule that breaks these layouts. Skipped
 * when the evaluator (beside the repo) is absent.
 */
class TeamPagesQualityIT {

    private static final Path PAGES = Path.of("..", "testdata", "pages");

    @TempDir
    Path tmp;

    @Test
    void teamPagesSplitLikeTheirGold() throws Exception {
        Path tool = Path.of(System.getProperty("newsflow.shared", "../shared")).resolve("tools/eval_split.py");
        assumeTrue(Files.isRegularFile(tool), "skipped: " + tool + " not found (the evaluator lives beside the repo)");
        List<Path> pages;
        List<Path> golds;
        try (Stream<Path> s = Files.list(PAGES)) {
            pages = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (Stream<Path> s = Files.list(PAGES)) {
            golds = s.filter(p -> p.toString().endsWith(".txt.json")).sorted().toList();
        }
        assertEquals(12, pages.size(), "pages in " + PAGES.toAbsolutePath());
        assertEquals(pages.size(), golds.size(), "a gold file per page");

        byte[] out = EvalSplit.process(pages.stream().map(Path::toString).toList());
        Path predictions = Files.write(tmp.resolve("predictions.jsonl"), out);
        String report = EvalSplit.report(tool, golds.stream().map(Path::toString).toList(), predictions);
        List<JsonNode> items = EvalSplit.items(out);
        EvalSplit.Agreement agreement = EvalSplit.agreement(golds, items);
        System.out.println("team pages:\n" + report + "\n" + agreement);

        EvalSplit.Summary summary = EvalSplit.summary(report);
        assertTrue(summary.b3() >= 0.94, report);
        assertTrue(summary.found() >= summary.probes() - 1, report);
        assertTrue(summary.whole() >= 46, report);
        assertTrue(summary.titles() >= 30, report);
        assertTrue(summary.leaks() == 0, report);
        assertTrue(agreement.bylines() >= 48 && agreement.kinds() >= 42, agreement.toString());
    }
}
