package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same articles in another column width must split the same way. The gold seed pages that come one paragraph
 * per line (markdown-ish and paragraph feeds) are hard-wrapped here at a given printed width, as a feed that wraps
 * its text every 15–40 characters would send them: headings included, no closing punctuation at a line start,
 * blank lines between paragraphs kept. The result is scored against the unchanged dev gold. Skipped when ../shared
 * is absent. Double-spaced pages are not re-flowed: that needs their paragraph structure, which is what is being
 * tested; they are checked with their blank lines removed instead.
 */
class RewrappedSeedQualityIT {

    /** A page whose lines are this wide (median, printed width) sends a paragraph per line. */
    private static final double PARAGRAPH_LINE_WIDTH = 45;
    /** Characters Chinese typesetting never puts at the start of a line: they stay on the line above. */
    private static final String NO_LINE_START = "，。、；：！？”’）》」』…,.;:!?)";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "wrapped at {0} characters")
    @ValueSource(ints = {12, 15, 24, 40})
    void paragraphFeedsHardWrappedAtAnotherWidthStillSplitLikeTheGold(int width) throws Exception {
        assertScores(splitTransformed("wrapped at " + width, RewrappedSeedQualityIT::isParagraphPerLine,
                raw -> hardWrap(raw, width)), 0.95, 1);
    }

    /**
     * The same pages as a print export sends them: hard-wrapped, a blank line after every line and no other mark of
     * a paragraph's end, markdown headings included (one of the pages has them). Thresholds are lower than for the
     * paragraph-spaced form: a headline wrapped at the body's width over two lines is ambiguous in this form (about
     * one title in ten keeps only its second line), and these are the scores measured when the test was written
     * (B3 0.944–0.972, 9–11 of 12 titles); before double-spaced markdown was recognised it was 0.51–0.60.
     */
    @ParameterizedTest(name = "wrapped at {0} characters, double-spaced")
    @ValueSource(ints = {18, 22, 26})
    void paragraphFeedsHardWrappedAndDoubleSpacedStillSplitLikeTheGold(int width) throws Exception {
        assertScores(splitTransformed("wrapped at " + width + ", double-spaced", RewrappedSeedQualityIT::isParagraphPerLine,
                raw -> doubleSpace(hardWrap(raw, width))), 0.93, 3);
    }

    /**
     * Every gold page with every blank line removed, as a feed that does not double-space its wraps, or does not
     * separate its paragraphs, sends it: on the hard-wrapped page (000) multi-line headlines come tight against the
     * body, on the others a paragraph ends where its line does. Measured when written: B3 0.982, 15 of 16 titles
     * (000 alone: 1 of 4 titles before a tight headline pair on a single-spaced wrapped page was read as one
     * headline; 001 and 003: B3 0.888 before a finished line ended its paragraph on pages of one paragraph per line).
     */
    @Test
    void pagesWithoutTheirBlankLinesStillSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("blank lines removed", raw -> true,
                raw -> raw.replaceAll("\\n[ \\t\\u3000]*(?=\\n)", "")), 0.95, 1);
    }

    /** Every probe found, B3 F1 at least {@code minB3}, at most {@code titlesMissed} exact titles missed. */
    private static void assertScores(String report, double minB3, int titlesMissed) {
        Matcher m = Pattern.compile("SUMMARY b3_f1=([0-9.]+) found=(\\d+)/(\\d+) whole=(\\d+)/(\\d+) titles=(\\d+)/(\\d+)").matcher(report);
        assertTrue(m.find(), report);
        assertEquals(m.group(3), m.group(2), "every probe found: " + report);
        assertTrue(Double.parseDouble(m.group(1)) >= minB3, report);
        assertTrue(Integer.parseInt(m.group(6)) >= Integer.parseInt(m.group(7)) - titlesMissed, "exact titles: " + report);
    }

    /** The hard-wrapped gold pages with two blank lines after every line where the export put one. */
    @Test
    void hardWrappedPagesTripleSpacedStillSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("triple-spaced", raw -> !isParagraphPerLine(raw),
                raw -> raw.replace("\n\n", "\n\n\n")), 0.95, 1);
    }

    /**
     * Every gold page with its punctuation in the shifted Founder font throughout (，。、“”： as 袁遥尧野冶院).
     * Measured when written: B3 1.000, 15 of 16 titles (0.884, 11 of 16, and one probe lost, before paragraphs
     * ending in 遥 stopped running on into the next, doubled 袁袁 collapsed, a quotation opened by 野 was read as one
     * and a photographer's name before /摄 kept).
     */
    @Test
    void pagesWithShiftedPunctuationThroughoutSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("shifted punctuation", raw -> true, RewrappedSeedQualityIT::shiftPunctuation),
                0.95, 1);
    }

    private static String shiftPunctuation(String raw) {
        String from = "，。、“”：";
        String to = "袁遥尧野冶院";
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            int k = from.indexOf(raw.charAt(i));
            out.append(k >= 0 ? to.charAt(k) : raw.charAt(i));
        }
        return out.toString();
    }

    /**
     * Every gold page with page furniture extracted between its paragraphs, as a multi-column export leaves it: a
     * page reference, an editor's line with or without a colon, the word 广告, a pointer to another page, one after
     * every sixth finished paragraph line. Measured when written: B3 1.000, 16 of 16 titles (0.928, 15 of 19 whole,
     * before furniture around a sub-heading was skipped and editors' lines without a colon were furniture).
     */
    @Test
    void pagesWithFurnitureBetweenTheirParagraphsSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("furniture between paragraphs", raw -> true,
                RewrappedSeedQualityIT::insertFurniture), 0.98, 0);
    }

    private static String insertFurniture(String raw) {
        String[] furniture = {"P16", "责任编辑 刘洋  美术编辑 陈静", "广告", "本版责编：王小明", "（详见第5版）"};
        return insertAfterFinishedLines(raw, 6, n -> new String[] {furniture[(n - 1) % furniture.length]});
    }

    /**
     * Every gold page with a photo printed inside its articles: a caption and a credit between two paragraphs,
     * after every ninth finished paragraph line. Measured when written: B3 0.982, 17 of 19 whole, 14 of 16 titles
     * (0.849 before the text after a photo's credit went on with the article the photo was cut out of). What
     * still fails: a photo after an article's first paragraph (headline, one paragraph, caption, credit reads as a
     * titled photo) and after the first two of a short column.
     */
    @Test
    void pagesWithPhotosInsideTheirArticlesSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("photos inside articles", raw -> true, raw -> insertAfterFinishedLines(raw, 9,
                n -> new String[] {"市民在新落成的城东公园里散步赏花。", "新华社记者 王小尧/摄"})), 0.95, 2);
    }

    /**
     * The same photos, captioned the way a caption often opens (图为…), and inserted after every fifth finished
     * paragraph line, so that more of them land right after an article's first paragraph: a caption that opens so
     * is never a paragraph of the article above it. Measured when written: B3 0.972, 18 of 19 whole, 15 of 16 titles
     * (0.900, 12 of 19 whole, 12 of 16 titles, before a paragraph opening with 图为 began the caption).
     */
    @Test
    void pagesWithPhotosCaptionedTuWeiInsideTheirArticlesSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("photos captioned 图为 inside articles", raw -> true,
                raw -> insertAfterFinishedLines(raw, 5, n -> new String[] {"图为市民在新落成的城东公园里散步赏花。", "新华社记者 王小尧/摄"})),
                0.95, 1);
    }

    /**
     * After every {@code every}-th line ending in 。, the lines {@code inserted} gives for the n-th insertion (from 1),
     * each after a blank line.
     */
    private static String insertAfterFinishedLines(String raw, int every, IntFunction<String[]> inserted) {
        StringBuilder out = new StringBuilder();
        int finished = 0;
        for (String line : raw.split("\n", -1)) {
            out.append(line).append('\n');
            if (line.strip().endsWith("。") && ++finished % every == 0) {
                for (String extra : inserted.apply(finished / every)) {
                    out.append('\n').append(extra).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Every gold page with Windows line ends. */
    @Test
    void pagesWithCarriageReturnLineEndsSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("CRLF line ends", raw -> true, raw -> raw.replace("\n", "\r\n")), 1.0, 0);
    }

    /**
     * The paragraph-per-line gold pages with every heading line (a '#' line, or a line of at most 30 characters
     * without a comma or full stop) rendered bold the way some exports do it: every run of text and of punctuation
     * printed twice ("春季花展春季花展，，…"). Measured when written: B3 0.975, 11 of 12 titles (0.847, 7 of 12, before
     * doubled lines were collapsed before their width was measured).
     */
    @Test
    void paragraphFeedsWithDoubledBoldHeadingsStillSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("doubled headings", RewrappedSeedQualityIT::isParagraphPerLine,
                raw -> mapHeadingLines(raw, RewrappedSeedQualityIT::doubleRuns)), 0.95, 1);
    }

    /**
     * The same headings letter-spaced, one space between glyphs and three at a space ("春 季 花 展   市 民 …").
     * Measured when written: B3 1.000, 12 of 12 titles (0.859, 8 of 12, before letter spacing was closed on pages
     * of one paragraph per line).
     */
    @Test
    void paragraphFeedsWithLetterSpacedHeadingsStillSplitLikeTheGold() throws Exception {
        assertScores(splitTransformed("letter-spaced headings", RewrappedSeedQualityIT::isParagraphPerLine,
                raw -> mapHeadingLines(raw, RewrappedSeedQualityIT::letterSpace)), 0.95, 1);
    }

    private static final Pattern HEADING_MARK = Pattern.compile("^(#+\\s*)?(.*)$");
    private static final Pattern RUN = Pattern.compile("[^，。：；！？、“”‘’《》（）,:;!?()\\s]+|[，。：；！？、“”‘’《》（）,:;!?()\\s]+");

    /** Applies {@code f} to the text of every heading line (its '#' marks kept) of a paragraph-per-line page. */
    private static String mapHeadingLines(String raw, UnaryOperator<String> f) {
        StringBuilder out = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            String s = line.strip();
            boolean heading = s.startsWith("#") || s.length() > 4 && s.length() <= 30 && !s.matches(".*[，。,；].*");
            Matcher m = HEADING_MARK.matcher(s);
            out.append(heading && m.matches() ? (m.group(1) == null ? "" : m.group(1)) + f.apply(m.group(2)) : line)
                    .append('\n');
        }
        return out.toString();
    }

    private static String doubleRuns(String t) {
        StringBuilder out = new StringBuilder();
        Matcher m = RUN.matcher(t);
        while (m.find()) {
            out.append(m.group()).append(m.group());
        }
        return out.toString();
    }

    private static String letterSpace(String t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            out.append(i == 0 ? "" : " ").append(t.charAt(i) == ' ' ? " " : String.valueOf(t.charAt(i)));
        }
        return out.toString();
    }

    private static boolean isParagraphPerLine(String raw) {
        return medianLineWidth(raw) >= PARAGRAPH_LINE_WIDTH;
    }

    /**
     * Transforms the gold pages {@code takes} accepts, splits them, and returns the evaluator's verbose report
     * against the unchanged gold.
     */
    private String splitTransformed(String label, Predicate<String> takes, UnaryOperator<String> transform)
            throws Exception {
        Path shared = Path.of(System.getProperty("newsflow.shared", "../shared"));
        Path tool = shared.resolve("tools/eval_split.py");
        assumeTrue(Files.isDirectory(shared.resolve("gold")) && Files.isRegularFile(tool),
                "skipped: " + shared + " (seeds, gold and tools beside the repo) not found");
        List<String> pages = new ArrayList<>();
        List<String> golds = new ArrayList<>();
        try (Stream<Path> s = Files.list(shared.resolve("gold"))) {
            for (Path gold : s.filter(p -> p.toString().endsWith(".txt.json")).sorted().toList()) {
                String name = gold.getFileName().toString().replaceFirst("\\.json$", "");
                String raw = Files.readString(shared.resolve("seeds").resolve(name));
                if (!takes.test(raw)) {
                    continue;
                }
                // same file name: the evaluator matches predictions to gold by source name
                Path wrapped = Files.createDirectories(tmp.resolve("pages")).resolve(name);
                Files.writeString(wrapped, transform.apply(raw));
                pages.add(wrapped.toString());
                golds.add(gold.toString());
            }
        }
        assumeTrue(!pages.isEmpty(), "skipped: no gold page of this kind (" + label + ")");

        Path predictions = Files.write(tmp.resolve("predictions.jsonl"), EvalSplit.process(pages));
        String report = EvalSplit.report(tool, golds, predictions);
        System.out.println(label + ":\n" + report);
        return report;
    }

    /** Drops the blank lines and puts one after every line: the layout of a double-spaced print export. */
    static String doubleSpace(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.append(line).append("\n\n");
            }
        }
        return out.toString();
    }

    /** Printed width as a typesetter counts it: Han and full-width characters 1, ASCII 1/2. */
    private static double width(char c) {
        return c < 0x2000 && c != '\u00B7' ? 0.5 : 1.0;
    }

    private static double medianLineWidth(String raw) {
        double[] widths = raw.lines().filter(l -> !l.isBlank())
                .mapToDouble(l -> l.strip().chars().mapToDouble(c -> width((char) c)).sum()).sorted().toArray();
        return widths.length == 0 ? 0 : widths[widths.length / 2];
    }

    /** Every line wider than {@code width} is cut into lines of at most that printed width. */
    static String hardWrap(String raw, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            String s = line.stripTrailing();
            double w = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (w + width(c) > width && w > 0 && NO_LINE_START.indexOf(c) < 0) {
                    out.append('\n');
                    w = 0;
                }
                out.append(c);
                w += width(c);
            }
            out.append('\n');
        }
        return out.toString();
    }
}
