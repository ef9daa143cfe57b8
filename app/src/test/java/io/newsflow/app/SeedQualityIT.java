package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real seed pages (../shared/seeds) through {@code process}: no layout residue left, and the
 * split scored against the dev gold with ../shared/tools/eval_split.py. Skipped when ../shared is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedQualityIT {

    private static final Pattern CJK_SPACE_CJK = Pattern.compile("[\\p{IsHan}，。、：；“”？！][ \\t\\u3000]+[\\p{IsHan}，。、：；“”？！]");
    private static final String MOJIBAKE_PUNCT = "袁遥尧野冶";

    private Path shared;
    private final List<JsonNode> items = new ArrayList<>();
    private Path predictions;

    @TempDir
    Path tmp;

    @BeforeAll
    void processSeeds() throws Exception {
        shared = Path.of(System.getProperty("newsflow.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("seeds")), "skipped: " + shared.resolve("seeds") + " not found (the seed pages live beside the repo)");
        List<String> args = new ArrayList<>();
        try (Stream<Path> s = Files.list(shared.resolve("seeds"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> args.add(p.toString()));
        }
        byte[] out = EvalSplit.process(args);
        predictions = Files.write(Files.createTempDirectory("seeds").resolve("pred.jsonl"), out);
        items.addAll(EvalSplit.items(out));
    }

    @Test
    void everySeedYieldsItemsAndNoBodyHasSpacesInsideChineseText() {
        assertTrue(items.size() >= 40, "items: " + items.size());
        for (JsonNode item : items) {
            String body = item.get("body").asText();
            Matcher m = CJK_SPACE_CJK.matcher(body);
            assertFalse(m.find(), () -> item.get("source").asText() + " #" + item.get("index") + ": '" + m.group() + "'");
        }
    }

    @Test
    void theMojibakePageIsRepairedWhileItsRealWordsSurvive() {
        StringBuilder page = new StringBuilder();
        for (JsonNode item : items) {
            if (item.get("source").asText().startsWith("002_")) {
                page.append(item.get("title").asText()).append(item.get("body").asText());
            }
        }
        assertTrue(page.length() > 10_000);
        for (JsonNode item : items) {
            if (!item.get("source").asText().startsWith("002_")) {
                continue;
            }
            String body = item.get("body").asText();
            for (char c : MOJIBAKE_PUNCT.toCharArray()) {
                // a shifted comma/full stop/quote between Chinese characters is what residue looks like
                Matcher m = Pattern.compile("[\\p{IsHan}]" + c + "[\\p{IsHan}]").matcher(body);
                while (m.find()) {
                    String around = body.substring(Math.max(0, m.start() - 2), Math.min(body.length(), m.end() + 2));
                    assertTrue(isRealWord(around), "mojibake left: " + around);
                }
            }
        }
        // the page's real words with the same glyphs are still there
        String all = page.toString();
        assertTrue(all.contains("遥感"), "遥感 lost");
        assertTrue(all.contains("医院") || all.contains("研究院") || all.contains("学院"), "院 words lost");
    }

    private static boolean isRealWord(String s) {
        return Stream.of("遥感", "遥控", "遥远", "野生", "视野", "冶金", "尧").anyMatch(s::contains);
    }

    @Test
    void noHeadlineIsLeftDoubled() {
        Pattern doubled = Pattern.compile("(.{2,})\\1");
        for (JsonNode item : items) {
            String title = item.get("title").asText();
            Matcher m = doubled.matcher(title);
            assertFalse(m.find() && m.group(1).length() * 2 >= title.length() / 2, "doubled headline: " + title);
            assertFalse(title.contains("，，"), title);
        }
    }

    /**
     * The evaluator scores items, titles and probes, not bylines or kinds: here each gold item is found by its first
     * probe and its byline and kind are compared (after NFKC folding, whitespace removed), and the counts printed.
     */
    @Test
    void goldBylinesAndKindsAgree() throws Exception {
        List<Path> goldFiles;
        try (Stream<Path> s = Files.list(shared.resolve("gold"))) {
            goldFiles = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        EvalSplit.Agreement agreement = EvalSplit.agreement(goldFiles, items);
        System.out.println(agreement);
        assertTrue(agreement.found() >= 17, "gold items found by their first probe: " + agreement.found());
        assertTrue(agreement.bylines() >= agreement.found() - 1 && agreement.kinds() >= agreement.found() - 1,
                agreement.differences().toString());
    }

    @Test
    void devGoldScoresMeetTheBar() throws Exception {
        Path tool = shared.resolve("tools/eval_split.py");
        assumeTrue(Files.isRegularFile(tool), "skipped: " + tool + " not found");
        List<String> golds;
        try (Stream<Path> s = Files.list(shared.resolve("gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().map(Path::toString).toList();
        }
        String report = EvalSplit.report(tool, golds, predictions);
        System.out.println(report);
        EvalSplit.Summary summary = EvalSplit.summary(report);
        assertTrue(summary.b3() >= 0.95, report);
        assertTrue(summary.whole() >= 17, report);
        assertTrue(summary.titles() >= 14, report);
    }
}
