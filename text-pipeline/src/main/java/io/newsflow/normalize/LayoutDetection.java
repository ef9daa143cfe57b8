package io.newsflow.normalize;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * Reads how a page is laid out before its lines are joined: the page's unit of blank lines (some exports put two
 * after every line), its median line width, and its {@link Layout}: hard-wrapped columns with a blank line after
 * every line ({@link Layout#DOUBLE_SPACED}), markdown headings, or plain paragraphs. Static functions of one page's
 * lines; {@link #normalizeBlankUnit} rewrites their blank-line counts in place.
 */
final class LayoutDetection {

    /** A median line at least this wide: the page prints one paragraph per line, not wrapped columns. */
    static final double MEDIAN_WIDTH_OF_ONE_LINE_PARAGRAPHS = 50;

    /** Lines narrower than this (labels, bylines, datelines) say nothing about wrapping. */
    private static final double MIN_BODY_LINE_WIDTH = 8;

    /**
     * A page with '#' headings is read as hard-wrapped and double-spaced only when at least this share of its body
     * lines stop mid-sentence (wrapped columns: most; one paragraph per line: few).
     */
    private static final double MIN_MID_SENTENCE_SHARE_OF_WRAPPED_MARKDOWN = 0.6;

    /**
     * A page without headings is read as hard-wrapped and double-spaced only when at least this share of its body
     * lines stop mid-sentence: wrapped columns about 0.65 and more on the pages we have (a small page of two- and
     * three-line paragraphs a little less), short paragraphs one per line 0.45 and less (headlines and bracketed
     * credits count as stopping mid-sentence).
     */
    private static final double MIN_MID_SENTENCE_SHARE_OF_WRAPPED = 0.5;

    /** Fewer lines than this are too little text to tell wrapped columns from short paragraphs. */
    private static final int MIN_LINES_FOR_DOUBLE_SPACED = 8;

    /**
     * Some exports put two (or more) blank lines after every line where others put one. When most lines follow the
     * same run of k > 1 blank lines, runs are counted in units of k: k blank lines become one, k + 1 become two, and
     * a shorter run becomes none (printed tighter than the page's spacing, as a headline's lines are).
     */
    static void normalizeBlankUnit(List<PageLine> lines) {
        if (lines.size() < MIN_LINES_FOR_DOUBLE_SPACED) {
            return;
        }
        Map<Integer, Integer> runs = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            runs.merge(lines.get(i).blankBefore, 1, Integer::sum);
        }
        Map.Entry<Integer, Integer> most = Collections.max(runs.entrySet(), Map.Entry.comparingByValue());
        int unit = most.getKey();
        if (unit < 2 || most.getValue() < 0.6 * (lines.size() - 1)) {
            return;
        }
        for (PageLine l : lines) {
            l.blankBefore = l.blankBefore >= unit ? l.blankBefore - unit + 1 : 0;
        }
    }

    static double medianWidth(List<PageLine> lines) {
        return median(lines.stream().mapToDouble(PageLine::width));
    }

    /**
     * The median width of the lines at least {@link #MIN_PARAGRAPH_LINE_WIDTH} wide: a page of one paragraph per line
     * is told by its paragraphs, which headlines, bylines and labels between them (a third of the lines on a page of
     * briefs) must not outvote.
     */
    static double medianParagraphWidth(List<PageLine> lines) {
        return median(lines.stream().mapToDouble(PageLine::width).filter(w -> w >= MIN_PARAGRAPH_LINE_WIDTH));
    }

    /**
     * A wide line of running text (with its punctuation) that finishes its sentence this often: the page prints one
     * paragraph per line however wide its paragraphs are. Hard-wrapped columns finish a sentence at about one line in
     * three and fewer (a paragraph's last line, often too narrow to count); short paragraphs one per line at nearly
     * every line.
     */
    private static final double MIN_SENTENCE_END_SHARE_OF_ONE_LINE_PARAGRAPHS = 0.7;

    /** Fewer wide lines of running text than this are too few to tell one paragraph per line by their sentence ends. */
    private static final int MIN_WIDE_LINES_FOR_SENTENCE_ENDS = 3;

    /**
     * Whether the page prints one paragraph per line rather than hard-wrapping its columns: its paragraph lines are
     * wider than a newspaper column, or nearly all of them finish a sentence (short paragraphs, whose width says
     * nothing).
     */
    static boolean printsOneParagraphPerLine(List<PageLine> lines) {
        return medianParagraphWidth(lines) >= MEDIAN_WIDTH_OF_ONE_LINE_PARAGRAPHS || linesFinishTheirSentences(lines);
    }

    /** Nearly every wide line of running text finishes its sentence: short paragraphs, one per line. */
    private static boolean linesFinishTheirSentences(List<PageLine> lines) {
        int wide = 0;
        int finished = 0;
        for (PageLine l : lines) {
            // headlines and bylines (no punctuation of running text) are no evidence either way, nor a markdown
            // image line (![](…jpg): its "!" is no exclamation)
            if (l.markdownLevel > 0 || l.width() < MIN_PARAGRAPH_LINE_WIDTH || l.text.startsWith("![")
                    || !Chars.containsAnyChar(l.text, RUNNING_TEXT_PUNCT + "袁遥")) {
                continue;
            }
            wide++;
            // read before mojibake is repaired: on an affected page a sentence ends in 遥 (。)
            if (Chars.endsSentence(l.text, true)) {
                finished++;
            }
        }
        return wide >= MIN_WIDE_LINES_FOR_SENTENCE_ENDS && finished >= MIN_SENTENCE_END_SHARE_OF_ONE_LINE_PARAGRAPHS * wide;
    }

    /** Widest a headline line of a one-paragraph-per-line page is taken to be (a long two-deck title fits). */
    private static final double MAX_HEADLINE_LINE_WIDTH = 36;

    /** Punctuation of running text: a line with it is (part of) a paragraph, not a headline. */
    private static final String RUNNING_TEXT_PUNCT = "，。；！？,;!?";

    /**
     * On a page of one paragraph per line, a line that is a headline rather than the start of a paragraph broken by a
     * stray line break: at most {@link #MAX_HEADLINE_LINE_WIDTH} wide and without the punctuation of running text
     * (a colon may stand in a title, 院 is the shifted font's colon and a real character), and no quote or bracket
     * left open (…笑着说：“我们最初 goes on below).
     */
    static boolean isHeadlineOfParagraphPage(PageLine line) {
        String t = line.text;
        return line.width() <= MAX_HEADLINE_LINE_WIDTH && !Chars.containsAnyChar(t, RUNNING_TEXT_PUNCT)
                && !Chars.containsAnyChar(t, "袁遥") && count(t, '“') <= count(t, '”') && count(t, '（') <= count(t, '）')
                && count(t, '(') <= count(t, ')') && count(t, '《') <= count(t, '》');
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = t.indexOf(c); i >= 0; i = t.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    /** The upper median of the widths, 0 for none. */
    private static double median(DoubleStream widths) {
        double[] sorted = widths.sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    /** Narrower lines are headlines, bylines and labels rather than paragraphs or wrapped lines of them. */
    private static final double MIN_PARAGRAPH_LINE_WIDTH = 12;

    /**
     * DOUBLE_SPACED when most lines are followed by one blank line and lines are short (wrapped
     * columns), '#' headings or not: a converter that writes markdown headings may still hard-wrap the body
     * with a blank line after every line, and only the double-spaced joining puts such a body together again.
     * Otherwise MARKDOWN when '#' headings are present, else PARAGRAPHS. {@code median}: the lines' median width.
     */
    static Layout detectLayout(List<PageLine> lines, double median) {
        boolean markdown = lines.stream().anyMatch(l -> l.markdownLevel > 0);
        Layout otherwise = markdown ? Layout.MARKDOWN : Layout.PARAGRAPHS;
        if (lines.size() < MIN_LINES_FOR_DOUBLE_SPACED) {
            return otherwise; // too little text to tell wrapped columns from short paragraphs
        }
        int oneBlank = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).blankBefore == 1) {
                oneBlank++;
            }
        }
        boolean mostlyDoubleSpaced = oneBlank >= 0.6 * (lines.size() - 1);
        boolean wrapped = mostlyDoubleSpaced && median <= MEDIAN_WIDTH_OF_ONE_LINE_PARAGRAPHS
                // headlines, bylines and labels between short paragraphs must not pull the median under a column's
                && medianParagraphWidth(lines) < MEDIAN_WIDTH_OF_ONE_LINE_PARAGRAPHS
                // a feed of short paragraphs, one per line with blank lines between, looks the same by spacing
                // and width; its lines end sentences, wrapped columns stop mid-sentence
                && shareEndingMidSentence(lines) >= (markdown ? MIN_MID_SENTENCE_SHARE_OF_WRAPPED_MARKDOWN
                        : MIN_MID_SENTENCE_SHARE_OF_WRAPPED)
                // headlines, bylines and datelines between short paragraphs stop mid-sentence too; the paragraphs'
                // own lines tell
                && !linesFinishTheirSentences(lines);
        return wrapped ? Layout.DOUBLE_SPACED : otherwise;
    }

    /** Share of the body lines (no heading, at least {@link #MIN_BODY_LINE_WIDTH} wide) that stop inside a sentence. */
    private static double shareEndingMidSentence(List<PageLine> lines) {
        int body = 0;
        int mid = 0;
        for (PageLine l : lines) {
            if (l.markdownLevel > 0 || l.width() < MIN_BODY_LINE_WIDTH) {
                continue;
            }
            body++;
            // layout is read before mojibake is repaired: on an affected page a sentence ends in 遥 (。)
            if (!Chars.endsSentence(l.text, true)) {
                mid++;
            }
        }
        return body == 0 ? 0 : (double) mid / body;
    }

    private LayoutDetection() {
    }
}
