package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the quality ITs share: pages through {@code newsflow process}, and the predictions scored by the project's
 * evaluator ({@code <shared>/tools/eval_split.py}, run with python3) against gold files.
 */
final class EvalSplit {

    private static final Pattern SUMMARY = Pattern.compile(
            "SUMMARY b3_f1=([0-9.]+) found=(\\d+)/(\\d+) whole=(\\d+)/(\\d+) titles=(\\d+)/(\\d+) leaks=(\\d+)");

    /** The evaluator's last line. */
    record Summary(double b3, int found, int probes, int whole, int items, int titles, int titled, int leaks) {
    }

    private EvalSplit() {
    }

    /** The items {@code process} prints for these page files (JSON Lines); fails the test on a non-zero exit. */
    static byte[] process(List<String> pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ProcessCommand().run(pages, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The evaluator's verbose report of {@code predictions} against {@code golds}; fails the test if it fails. */
    static String report(Path tool, List<String> golds, Path predictions) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", tool.toString()));
        cmd.addAll(golds);
        cmd.addAll(List.of("--pred", predictions.toString(), "--verbose"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), report);
        return report;
    }

    /** Gold items found by their first probe, and how many of them have the gold's byline and kind. */
    record Agreement(int found, int bylines, int kinds, List<String> differences) {
        @Override
        public String toString() {
            return "gold items found " + found + ": bylines agree " + bylines + "/" + found + ", kinds agree " + kinds
                    + "/" + found + (differences.isEmpty() ? "" : "; " + differences);
        }
    }

    /**
     * The evaluator scores items, titles and probes, not bylines or kinds: each gold item is found here by its first
     * probe and its byline and kind are compared (after NFKC folding, whitespace removed).
     */
    static Agreement agreement(List<Path> goldFiles, List<JsonNode> items) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int found = 0;
        int bylines = 0;
        int kinds = 0;
        List<String> differences = new ArrayList<>();
        for (Path file : goldFiles) {
            JsonNode gold = json.readTree(file.toFile());
            String source = gold.get("source").asText();
            for (JsonNode article : gold.get("articles")) {
                String firstProbe = folded(article.get("probes").get(0).asText());
                JsonNode item = items.stream()
                        .filter(i -> i.get("source").asText().equals(source) && folded(i.get("body").asText()).contains(firstProbe))
                        .findFirst().orElse(null);
                if (item == null) {
                    continue; // a missed item is the evaluator's to report
                }
                found++;
                if (folded(item.get("byline").asText()).equals(folded(article.get("byline").asText()))) {
                    bylines++;
                } else {
                    differences.add(source + ": byline '" + item.get("byline").asText() + "', gold '" + article.get("byline").asText() + "'");
                }
                if (item.get("kind").asText().equals(article.get("kind").asText())) {
                    kinds++;
                } else {
                    differences.add(source + ": kind " + item.get("kind").asText() + ", gold " + article.get("kind").asText());
                }
            }
        }
        return new Agreement(found, bylines, kinds, differences);
    }

    /** The items of {@code process} output. */
    static List<JsonNode> items(byte[] jsonLines) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> items = new ArrayList<>();
        for (String line : new String(jsonLines, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                items.add(json.readTree(line));
            }
        }
        return items;
    }

    private static String folded(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    static Summary summary(String report) {
        Matcher m = SUMMARY.matcher(report);
        assertTrue(m.find(), report);
        return new Summary(Double.parseDouble(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)));
    }
}
