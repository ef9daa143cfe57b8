package io.newsflow.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw page text (as pulled out of PDF/print pages) into repaired {@link Block}s.
 *
 * <p>Repairs, in order: line level (full-width Latin/digits folded, decoration glyphs and
 * truncation marks dropped, trailing reporter names and photo credits split off, vertical
 * one-character-per-line text joined), paragraph recovery (hard wraps joined using blank-line
 * context, line lengths against the local column width, indents), then block level (Founder-font
 * mojibake per affected run, stray spaces, doubled bold rendering) and furniture recognition.
 *
 * <p>Stateless and thread-safe.
 */
public final class Normalizer {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    /** "...。 王查娜": a reporter name printed after the last sentence of a brief. */
    /** A bare 2–4 character name after a decoration glyph. */
    private static final Pattern DECORATED_NAME = Pattern.compile("[\\p{IsHan}]{2,4}");
    private static final Pattern TRAILING_NAME = Pattern.compile("^(.*[。！？”])[\\s\u3000]+([\\p{IsHan}]{2,4})$");
    private static final double MEDIAN_WIDTH_OF_ONE_LINE_PARAGRAPHS = 50;
    /** Lines narrower than this (labels, bylines, datelines) say nothing about wrapping. */
    private static final double MIN_BODY_LINE_WIDTH = 8;
    /**
     * A page with '#' headings is read as hard-wrapped and double-spaced only when at least this share of its body
     * lines stop mid-sentence (wrapped columns: most; one paragraph per line: few).
     */
    private static final double MIN_MID_SENTENCE_SHARE_OF_WRAPPED_MARKDOWN = 0.6;
    /** A run of at most this many lines without blank lines, in a double-spaced page, is a headline block. */
    private static final int SHORT_TIGHT_GROUP = 3;
    private static final int MIN_LINES_FOR_DOUBLE_SPACED = 8;
    /** Affected blocks after which the whole page is taken to use the shifted font in places. */
    private static final int MOJIBAKE_PAGE_BLOCKS = 2;
    /** Characters a wrapped heading's last line does not carry: punctuation of running text, a subtitle's dash. */
    private static final String WRAPPED_TAIL_STOPS = "，。；！？,;!?—";
    /** Most lines a wrapped heading continues on. */
    private static final int WRAPPED_HEADING_TAIL_LINES = 3;

    /** One raw line after line-level repairs. */
    private static final class Line {
        String text;
        int blankBefore;
        boolean indented;
        int markdownLevel;
        /** Never join this line with the previous/next one. */
        boolean breakBefore;
        boolean breakAfter;
        final Set<BlockFlag> flags = EnumSet.noneOf(BlockFlag.class);
        int rawLength;
        /** Id of the headline block (lines printed tight in a double-spaced page) this line is in; 0 if none. */
        int headlineGroup;
        /** The raw line was a bold run printed twice; {@link #text} holds it once. */
        boolean doubled;

        Line(String text, int blankBefore, boolean indented, int rawLength) {
            this.text = text;
            this.blankBefore = blankBefore;
            this.indented = indented;
            this.rawLength = rawLength;
        }

        /** Text the cached width belongs to; {@code text} is reassigned while the page is repaired. */
        private String widthOf;
        private double width;

        double width() {
            // Column-width estimates ask each line for its width many times (once per neighbour).
            if (widthOf != text) {
                width = Chars.width(text);
                widthOf = text;
            }
            return width;
        }
    }

    public NormalizedText normalize(String raw) {
        List<Line> lines = readLines(raw);
        normalizeBlankUnit(lines);
        double medianWidth = medianWidth(lines);
        Layout layout = detectLayout(lines, medianWidth);
        if (layout != Layout.DOUBLE_SPACED && medianWidth >= MEDIAN_WIDTH_OF_ONE_LINE_PARAGRAPHS) {
            closeLetterSpacing(lines);
            // One paragraph per line: a line that finishes its sentence finishes its paragraph, blank line or not
            // (a feed may leave the blank lines out); a line stopping mid-sentence still runs on into the next.
            for (Line line : lines) {
                if (endsSentenceShiftedOrNot(line.text)) {
                    line.breakAfter = true;
                }
            }
        }
        if (layout != Layout.DOUBLE_SPACED) {
            // there headline lines printed tight are grouped as one headline anyway (markHeadlineGroups)
            joinWrappedHeadings(lines);
        }
        lines = splitOffTrailers(lines);
        lines = joinVerticalText(lines);
        if (layout == Layout.DOUBLE_SPACED) {
            joinHeadingRemainders(lines);
        }
        List<List<Line>> paragraphs = groupParagraphs(lines, layout);
        if (layout != Layout.DOUBLE_SPACED) {
            paragraphs = joinContinuations(paragraphs);
        }
        return new NormalizedText(layout, toBlocks(paragraphs, layout));
    }

    // ---------------------------------------------------------------- line level

    private static List<Line> readLines(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        String[] rawLines = text.split("\r\n|\r|\n", -1);
        List<Line> out = new ArrayList<>();
        int blank = 0;
        boolean pendingBreak = false;
        for (String rawLine : rawLines) {
            String cleaned = stripControl(rawLine);
            if (cleaned.isBlank()) {
                blank++;
                continue;
            }
            boolean indented = !cleaned.isEmpty() && Chars.isSpace(cleaned.charAt(0));
            String t = WidthFolding.fold(cleaned).replace("\uFFFD", "").strip();
            Line line = new Line(t, blank, indented, (int) Math.round(Chars.width(cleaned.strip())));
            blank = 0;
            // Every line of a page passes here; only '#' lines can be markdown headings.
            Matcher md = t.startsWith("#") ? MARKDOWN_HEADING.matcher(t) : null;
            if (md != null && md.matches()) {
                line.markdownLevel = md.group(1).length();
                line.text = md.group(2).strip();
                line.breakBefore = line.breakAfter = true;
            }
            // A bold headline printed twice is twice as wide: collapsed here, before widths decide what is a
            // headline line, it lines up with its column as printed ("春季花展春季花展，，…" tight above its body).
            String single = DoubledRendering.collapse(line.text);
            if (single != line.text) {
                line.text = single;
                line.doubled = true;
                line.rawLength = (int) Math.round(Chars.width(single));
            }
            String undecorated = Bylines.stripDecoration(line.text);
            if (undecorated.length() != line.text.length()) {
                line.flags.add(BlockFlag.DECORATION);
                line.text = undecorated;
                line.breakBefore = true; // a decoration glyph opens a new element
                if (DECORATED_NAME.matcher(undecorated).matches()) {
                    line.flags.add(BlockFlag.BYLINE); // "■张三": a reporter name without a role
                    line.breakAfter = true;
                }
            }
            if (line.text.isEmpty()) {
                pendingBreak = true; // a lone ▼ separates what is around it
                continue;
            }
            if (pendingBreak) {
                line.breakBefore = true;
                pendingBreak = false;
            }
            String furniture = out.size() < Furniture.PAGE_TOP_LINES ? Furniture.classifyPageTop(line.text) : Furniture.classify(line.text);
            if (Bylines.isByline(line.text) || Bylines.isPhotoCredit(line.text) || furniture != null) {
                line.breakBefore = line.breakAfter = true;
            }
            if (Bylines.datelinePrefix(line.text) != null) {
                line.breakBefore = true; // 本报讯 opens a new paragraph even when a headline sits on the line above
            }
            if (isTwoDeckHeadline(line.text)) {
                line.flags.add(BlockFlag.TWO_DECK);
                line.breakBefore = line.breakAfter = true;
            }
            out.add(line);
        }
        return out;
    }

    /**
     * A feed that hard-wraps its text wraps headings too: "## 滨江新区首座零碳示范社区建成并" + "交付使用", or a
     * two-deck headline over two or three lines, the gap between its decks on any of them. An element of tight lines
     * (a blank line or the page edge before and after it) is one heading line when its first line is a markdown
     * heading, or when its lines joined read as a two-deck headline, and the lines after the first (at most
     * {@link #WRAPPED_HEADING_TAIL_LINES}) are no wider than it and carry no punctuation of running text. A
     * "——" subtitle, a byline, a dateline or furniture is never such a line (they break before themselves).
     */
    private static void joinWrappedHeadings(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line head = lines.get(i);
            if (i > 0 && head.blankBefore == 0 && head.markdownLevel == 0) {
                continue; // not the first line of an element ('#' opens one wherever it stands)
            }
            // a plain line or a two-deck one: bylines, datelines, furniture and decorated lines break around
            // themselves; asked first, as nearly every element of a page is a paragraph whose first line fails it
            boolean plain = head.flags.contains(BlockFlag.TWO_DECK) ? head.flags.size() == 1
                    : head.flags.isEmpty() && !head.breakBefore && !head.breakAfter;
            if (head.markdownLevel == 0 && (!plain || Chars.containsAnyChar(head.text, WRAPPED_TAIL_STOPS))) {
                continue;
            }
            int end = i + 1; // exclusive end of the element
            while (end < lines.size() && lines.get(end).blankBefore == 0) {
                end++;
            }
            int tails = end - i - 1;
            if (tails == 0 || tails > WRAPPED_HEADING_TAIL_LINES) {
                continue;
            }
            boolean tailsFit = true;
            StringBuilder joined = new StringBuilder(head.text);
            for (Line tail : lines.subList(i + 1, end)) {
                tailsFit &= isWrappedTail(head, tail);
                joined.append(tail.text);
            }
            if (!tailsFit || head.markdownLevel == 0 && !isTwoDeckHeadline(joined.toString())) {
                continue;
            }
            for (Line tail : lines.subList(i + 1, end)) {
                head.rawLength += tail.rawLength;
                head.flags.addAll(tail.flags);
            }
            head.text = joined.toString();
            if (head.markdownLevel == 0) {
                head.flags.add(BlockFlag.TWO_DECK);
                head.breakBefore = head.breakAfter = true;
            }
            lines.subList(i + 1, end).clear();
        }
    }

    /**
     * In a double-spaced page a headline wraps like the body, with a blank line after each of its lines, so nothing
     * ties its last line to it: "## 江城地铁三号线昨日开通运营首日客流超十万人" + "次", or a plain headline
     * line + "码". A line that reached the column and does not end in punctuation takes the line after it when that
     * line finishes it: one or two Han characters, or, after a '#' heading, a narrower line without the
     * punctuation of running text. Left alone, the remainder becomes a block of its own that no item claims.
     */
    private static void joinHeadingRemainders(List<Line> lines) {
        double column = medianWidth(lines);
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line head = lines.get(i);
            Line tail = lines.get(i + 1);
            boolean headOpen = Math.max(head.width(), head.rawLength) >= column - 1 && !endsWithPunct(head.text)
                    && tail.blankBefore <= 1
                    && (head.markdownLevel > 0 || head.flags.isEmpty() || head.flags.equals(Set.of(BlockFlag.TWO_DECK)));
            if (!headOpen || !tail.flags.isEmpty() || tail.breakBefore || tail.markdownLevel > 0 || tail.indented) {
                continue;
            }
            boolean remainder = tail.text.length() <= 2 && tail.text.chars().allMatch(Chars::isHan);
            boolean headingTail = head.markdownLevel > 0 && tail.width() < head.width()
                    && !Chars.containsAnyChar(tail.text, WRAPPED_TAIL_STOPS) && !Chars.endsSentence(tail.text);
            if (remainder || headingTail) {
                head.text = head.text + tail.text;
                head.rawLength += tail.rawLength;
                lines.remove(i + 1);
            }
        }
    }

    private static double medianWidth(List<Line> lines) {
        double[] widths = lines.stream().mapToDouble(Line::width).sorted().toArray();
        return widths.length == 0 ? 0 : widths[widths.length / 2];
    }

    private static boolean isWrappedTail(Line head, Line tail) {
        boolean onlyDeckFlag = tail.flags.isEmpty() || tail.flags.size() == 1 && tail.flags.contains(BlockFlag.TWO_DECK);
        boolean breaks = tail.breakBefore && !tail.flags.contains(BlockFlag.TWO_DECK); // a byline, dateline, furniture
        return tail.markdownLevel == 0 && !tail.indented && !breaks && onlyDeckFlag && tail.width() <= head.width() + 1
                && !Chars.containsAnyChar(tail.text, WRAPPED_TAIL_STOPS);
    }

    /**
     * "全市新增充电桩超两万个 新能源汽车出行更便捷": two headline decks separated by one space between Han
     * characters. Spaces next to Latin letters or digits ("达 4.8万公里") are the export's spacing of
     * half-width runs, not a deck boundary, and do not count.
     */
    private static boolean isTwoDeckHeadline(String t) {
        if (Chars.endsSentence(t) || Chars.width(t) > 36 || Chars.containsAnyChar(t, "，。、；,;袁遥尧野冶")) {
            return false;
        }
        int[] gap = deckGap(t);
        return gap != null && Chars.hanCount(t.substring(0, gap[0])) >= 4 && Chars.hanCount(t.substring(gap[1])) >= 4;
    }

    /** Start and end of the only run of spaces between two Han characters in {@code t}; null if none or several. */
    private static int[] deckGap(String t) {
        int[] gap = null;
        for (int i = 1; i < t.length(); i++) {
            if (!Chars.isSpace(t.charAt(i)) || Chars.isSpace(t.charAt(i - 1))) {
                continue;
            }
            int end = i;
            while (end < t.length() && Chars.isSpace(t.charAt(end))) {
                end++;
            }
            if (end < t.length() && Chars.isHan(t.charAt(i - 1)) && Chars.isHan(t.charAt(end))) {
                if (gap != null) {
                    return null; // a third deck, or text spaced out character by character
                }
                gap = new int[] {i, end};
            }
        }
        return gap;
    }

    private static String stripControl(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // private-use code points are a font's own glyphs (ornaments, rules) that the export could not map to
            // text: no reader sees a character there (六部门\uE810加速… reads 六部门加速…)
            boolean drop = (c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x200B && c <= 0x200D) || c == '\uFEFF'
                    || (c >= '\uE000' && c <= '\uF8FF');
            if (drop && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && !drop) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * On a page of one paragraph per line, a letter-spaced line ("春 季 花 展   市 民 踏 青 赏 花 忙") is read without its
     * spaces, a wider gap kept as the one space between two decks: twice as wide as printed, a headline tight above
     * its paragraph would otherwise pass for a wrapped line of it. Not done on hard-wrapped pages, where a
     * letter-spaced body line ("全 球 动 力 …", justified to the column) must keep its width among its neighbours.
     */
    private static void closeLetterSpacing(List<Line> lines) {
        for (Line line : lines) {
            String closed = closedLetterSpacing(line.text);
            if (closed == null) {
                continue;
            }
            line.text = closed;
            line.rawLength = (int) Math.round(Chars.width(closed));
            if (isTwoDeckHeadline(closed)) {
                line.flags.add(BlockFlag.TWO_DECK);
                line.breakBefore = line.breakAfter = true;
            }
        }
    }

    /** The text without its letter spacing, or null when fewer than 4 in 5 of its gaps are spaces. */
    static String closedLetterSpacing(String t) {
        int glyphs = 0;
        int spacedGaps = 0;
        StringBuilder out = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            int j = i;
            while (j < t.length() && Chars.isSpace(t.charAt(j))) {
                j++;
            }
            int spaces = j - i;
            if (spaces > 0 && glyphs > 0 && j < t.length()) {
                spacedGaps++;
                if (spaces >= 2) {
                    out.append(' '); // the wider gap between two decks
                }
            }
            if (j < t.length()) {
                out.append(t.charAt(j));
                glyphs++;
            }
            i = j + 1;
        }
        return glyphs >= 4 && spacedGaps >= 0.8 * (glyphs - 1) ? out.toString() : null;
    }

    /**
     * Some exports put two (or more) blank lines after every line where others put one. When most lines follow the
     * same run of k > 1 blank lines, runs are counted in units of k: k blank lines become one, k + 1 become two, and
     * a shorter run becomes none (printed tighter than the page's spacing, as a headline's lines are).
     */
    private static void normalizeBlankUnit(List<Line> lines) {
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
        for (Line l : lines) {
            l.blankBefore = l.blankBefore >= unit ? l.blankBefore - unit + 1 : 0;
        }
    }

    /**
     * DOUBLE_SPACED when most lines are followed by one blank line and lines are short (wrapped
     * columns), '#' headings or not: a converter that writes markdown headings may still hard-wrap the body
     * with a blank line after every line, and only the double-spaced joining puts such a body together again.
     * Otherwise MARKDOWN when '#' headings are present, else PARAGRAPHS. {@code median}: the lines' median width.
     */
    private static Layout detectLayout(List<Line> lines, double median) {
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
                // a markdown feed of short paragraphs looks the same by spacing and width; its lines end sentences
                && (!markdown || shareEndingMidSentence(lines) >= MIN_MID_SENTENCE_SHARE_OF_WRAPPED_MARKDOWN);
        return wrapped ? Layout.DOUBLE_SPACED : otherwise;
    }

    /** Share of the body lines (no heading, at least {@link #MIN_BODY_LINE_WIDTH} wide) that stop inside a sentence. */
    private static double shareEndingMidSentence(List<Line> lines) {
        int body = 0;
        int mid = 0;
        for (Line l : lines) {
            if (l.markdownLevel > 0 || l.width() < MIN_BODY_LINE_WIDTH) {
                continue;
            }
            body++;
            if (!endsSentenceShiftedOrNot(l.text)) {
                mid++;
            }
        }
        return body == 0 ? 0 : (double) mid / body;
    }

    /** Necessary for {@link #TRAILING_NAME}: a space right before the last two to four characters. */
    private static boolean spaceBeforeShortTail(String t) {
        for (int k = 3; k <= 9 && k <= t.length(); k++) { // up to 4 name characters, each maybe a surrogate pair
            char c = t.charAt(t.length() - k);
            if (c == '\u3000' || c == ' ' || (c >= '\t' && c <= '\r')) {
                return true;
            }
        }
        return false;
    }

    /** Splits a trailing reporter name or photo credit off the last sentence of a line. */
    private static List<Line> splitOffTrailers(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Matcher name = TRAILING_NAME.matcher(line.text);
            String credit = Bylines.photoCredit(line.text);
            if (line.text.length() > 8 && spaceBeforeShortTail(line.text) && name.matches()) {
                out.add(withText(line, name.group(1)));
                Line trailer = new Line(name.group(2), 0, false, name.group(2).length());
                trailer.breakBefore = trailer.breakAfter = true;
                trailer.flags.add(BlockFlag.BYLINE);
                out.add(trailer);
            } else if (credit != null && credit.length() < line.text.length()
                    && Chars.endsSentence(line.text.substring(0, line.text.length() - credit.length()).strip())) {
                out.add(withText(line, line.text.substring(0, line.text.length() - credit.length()).strip()));
                Line trailer = new Line(credit, 0, false, credit.length());
                trailer.breakBefore = trailer.breakAfter = true;
                out.add(trailer);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static Line withText(Line line, String text) {
        Line copy = new Line(text, line.blankBefore, line.indented, line.rawLength);
        copy.markdownLevel = line.markdownLevel;
        copy.breakBefore = line.breakBefore;
        copy.doubled = line.doubled;
        copy.flags.addAll(line.flags);
        return copy;
    }

    /** Consecutive one-character lines (vertical print) become one line. */
    private static List<Line> joinVerticalText(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isSingleChar(lines.get(j))) {
                j++;
            }
            if (j - i >= 2) {
                StringBuilder b = new StringBuilder();
                for (int k = i; k < j; k++) {
                    b.append(lines.get(k).text);
                }
                Line v = new Line(b.toString(), lines.get(i).blankBefore, false, j - i);
                v.breakBefore = v.breakAfter = true;
                v.flags.add(BlockFlag.VERTICAL_TEXT);
                v.flags.addAll(lines.get(i).flags);
                out.add(v);
                i = j;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean isSingleChar(Line l) {
        return l.text.length() == 1 && Chars.isHan(l.text.charAt(0)) && l.markdownLevel == 0;
    }

    // ---------------------------------------------------------------- paragraphs

    private static List<List<Line>> groupParagraphs(List<Line> lines, Layout layout) {
        if (layout == Layout.DOUBLE_SPACED) {
            markHeadlineGroups(lines);
        }
        List<List<Line>> paragraphs = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!current.isEmpty() && breakBetween(lines, i - 1, i, layout)) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /** Whether a paragraph boundary lies between line a and line b = a + 1. */
    private static boolean breakBetween(List<Line> lines, int a, int b, Layout layout) {
        Line prev = lines.get(a);
        Line next = lines.get(b);
        if (prev.breakAfter || next.breakBefore || prev.markdownLevel > 0 || next.markdownLevel > 0 || next.indented) {
            return true;
        }
        if (layout == Layout.DOUBLE_SPACED) {
            if (next.blankBefore >= 2) {
                return true;
            }
            if (next.blankBefore == 0 && prev.headlineGroup != 0 && prev.headlineGroup == next.headlineGroup) {
                // In a double-spaced page, a few lines printed without the blank line between them are
                // one element (typically a multi-line headline), distinct from the body around it.
                return false;
            }
        } else if (next.blankBefore >= 1) {
            return true;
        }
        if (next.indented) {
            return true;
        }
        if (prev.headlineGroup != next.headlineGroup) {
            return true;
        }
        double width = prev.width();
        double ref = columnWidth(lines, a);
        if (Chars.endsSentence(prev.text) && width < ref - 1.0) {
            return true;
        }
        // A short unpunctuated line in a column of long ones: a sub-heading or headline line.
        if (isHeadingLike(prev.text, ref)) {
            return true;
        }
        double nextRef = columnWidth(lines, b);
        if (layout == Layout.DOUBLE_SPACED) {
            // Body lines are justified to the column; a paragraph's first line loses at most its indent. A line
            // without punctuation a quarter short of the column is a headline line (larger type): it ends its
            // element where a body line follows, and starts one after a finished sentence. A headline's own
            // lines, all short, stay together.
            boolean prevShort = isShortOpenLine(prev, ref);
            boolean nextShort = isShortOpenLine(next, nextRef);
            if (prevShort && !nextShort || Chars.endsSentence(prev.text) && nextShort) {
                return true;
            }
        }
        // A line clearly wider than the column it runs into is not wrapped at that column: a headline
        // spanning several columns printed right above (or below) the body text.
        if (endsLikeHeadline(prev.text) && !endsWithPunct(next.text)
                && width >= Math.max(nextRef, next.width()) + WIDE_LINE_EXCESS + asciiSlack(prev.text)) {
            return true;
        }
        return Chars.endsSentence(prev.text) && isHeadingLike(next.text, nextRef);
    }

    /** A line at most this share of the column wide, without punctuation, cannot be a wrapped body line. */
    private static final double SHORT_LINE_SHARE = 0.75;

    /** Punctuation a headline line carries rarely and a body line often: lines with it are never taken as short. */
    private static final String BODY_PUNCT = "，。、：；！？,;:!?…—";

    private static boolean isShortOpenLine(Line line, double column) {
        String t = line.text;
        return line.width() <= SHORT_LINE_SHARE * column - asciiSlack(t)
                && !Chars.containsAnyChar(t, BODY_PUNCT) && Bylines.datelinePrefix(t) == null;
    }

    private static boolean isHeadingLike(String text, double column) {
        double w = Chars.width(text);
        return !endsWithPunct(text) && w <= 0.6 * column && w <= 16;
    }

    /**
     * Headlines end in a word, a figure ("增长35.6%") or a closing quote, never in punctuation or a Latin word cut
     * by a wrap hyphen.
     */
    private static boolean endsLikeHeadline(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return Chars.isHan(last) || Chars.isClosingQuote(last) || Chars.isAsciiDigit(last) || last == '%';
    }

    /** A headline line at least this much wider than the column below it. */
    private static final double WIDE_LINE_EXCESS = 5;

    /** Half-width Latin and digits make printed widths uncertain: allow more slack there. */
    private static double asciiSlack(String t) {
        // A plain loop: this runs for most line pairs of a page, where a char stream cost a tenth of normalize.
        for (int i = 0; i < t.length(); i++) {
            if (Chars.isAsciiAlnum(t.charAt(i))) {
                return 2;
            }
        }
        return 0;
    }

    /**
     * In a double-spaced page, finds headline blocks: short runs of lines printed without blank lines
     * between them, whose lines are not simply wrapped at the column width of the text around them (a
     * body paragraph can lose its blank lines too) and hold no full stop. A run that ends in a line at
     * least {@link #BODY_LINE_SHARE} of the column width (headline type is larger) or ending in 的 is a heading
     * followed by the first line of its paragraph: that line is left out, and a heading of one line is kept out of
     * the paragraph below (and out of the one above when that one ends with a finished sentence).
     */
    private static void markHeadlineGroups(List<Line> lines) {
        int id = 0;
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end + 1 < lines.size() && lines.get(end + 1).blankBefore == 0 && !opensElement(lines.get(end + 1))) {
                end++;
            }
            if (end > start) {
                double column = columnWidthAround(lines, start, end);
                int last = end;
                String lastText = lines.get(last).text;
                double bodyLine = Math.min(column - 2.5, BODY_LINE_SHARE * column);
                if (!endsWithPunct(lastText) && (lines.get(last).width() >= bodyLine || endsMidSentence(lastText))) {
                    last--; // heading + first body line
                    Line heading = lines.get(start);
                    if (last == start && !endsWithPunct(heading.text) && heading.width() < BODY_LINE_SHARE * column) {
                        heading.breakAfter = true; // a one-line heading: keep it out of the paragraph below
                        if (start > 0 && Chars.endsSentence(lines.get(start - 1).text)) {
                            heading.breakBefore = true; // ...and out of the finished paragraph above
                        }
                    }
                }
                if (isHeadlineRun(lines, start, last, column)) {
                    id++;
                    for (int k = start; k <= last; k++) {
                        lines.get(k).headlineGroup = id;
                    }
                }
            }
            start = end + 1;
        }
    }

    /**
     * A line at least this share of the column wide, closing a tight run, is taken as the first body line under
     * a heading: headline type is larger, so headline lines hold fewer characters than the column's body lines. Three
     * quarters, not more: that line opens a paragraph, whose indent (two characters) the export often drops, and in
     * a narrow column (16) a few half-width characters take another one or two.
     */
    private static final double BODY_LINE_SHARE = 0.75;

    private static boolean isHeadlineRun(List<Line> lines, int start, int end, double column) {
        int size = end - start + 1;
        if (size < 2 || size > SHORT_TIGHT_GROUP) {
            return false;
        }
        boolean wrappedAtColumn = true;
        for (int k = start; k <= end; k++) {
            Line line = lines.get(k);
            String t = line.text;
            if (t.indexOf('。') >= 0 || t.indexOf('；') >= 0 || line.indented || Bylines.datelinePrefix(t) != null) {
                return false;
            }
            // Half-width Latin and digits make printed widths uncertain: allow more slack there.
            double slack = t.chars().anyMatch(Chars::isAsciiAlnum) ? 3.0 : 1.5;
            if (k < end && Math.abs(Chars.width(t) - column) > slack) {
                wrappedAtColumn = false;
            }
        }
        String last = lines.get(end).text;
        boolean quoteOpen = last.chars().filter(c -> c == '“').count() > last.chars().filter(c -> c == '”').count();
        return !wrappedAtColumn && !quoteOpen;
    }

    private static boolean opensElement(Line l) {
        return l.breakBefore || l.indented;
    }

    /** Column width estimated from up to four lines before and after lines [start, end]. */
    private static double columnWidthAround(List<Line> lines, int start, int end) {
        List<Double> w = new ArrayList<>();
        for (int k = Math.max(0, start - 4); k < start; k++) {
            w.add(lines.get(k).width());
        }
        for (int k = end + 1; k <= Math.min(lines.size() - 1, end + 4); k++) {
            w.add(lines.get(k).width());
        }
        if (w.isEmpty()) {
            return 0;
        }
        w.sort(null);
        return w.size() >= 2 ? w.get(w.size() - 2) : w.get(0);
    }

    /**
     * A line ending in the structural particle 的 is wrapped mid-phrase ("…新馆设立的" / "流动书车…"), so it cannot
     * end a headline. Other function words (与, 在, 以, 为…) also end common words (参与, 现在, 可以, 成为) and are not
     * taken as a sign.
     */
    private static boolean endsMidSentence(String s) {
        return s.endsWith("的") && !s.endsWith("目的");
    }

    private static boolean endsWithPunct(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return Chars.isCjkPunct(c) || ",.;:!?".indexOf(c) >= 0;
    }

    /**
     * Robust local column width: the second widest line among the (up to eight) neighbours of line i, the widest
     * when there is only one neighbour, line i's own width when there is none.
     */
    private static double columnWidth(List<Line> lines, int i) {
        double widest = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int k = Math.max(0, i - 4); k <= Math.min(lines.size() - 1, i + 4); k++) {
            if (k != i) {
                double w = lines.get(k).width();
                n++;
                if (w > widest) {
                    second = widest;
                    widest = w;
                } else if (w > second) {
                    second = w;
                }
            }
        }
        if (n == 0) {
            return lines.get(i).width();
        }
        return n >= 2 ? second : widest;
    }

    /**
     * In blank-line-separated layouts a paragraph is sometimes cut by a stray blank line mid-sentence
     * ("...将加快研究打造" + blank + "大模型生态集聚..."): a long paragraph that ends without
     * punctuation continues into the next body paragraph.
     */
    private static List<List<Line>> joinContinuations(List<List<Line>> paragraphs) {
        List<List<Line>> out = new ArrayList<>();
        for (List<Line> p : paragraphs) {
            if (!out.isEmpty()) {
                List<Line> prev = out.get(out.size() - 1);
                Line prevLast = prev.get(prev.size() - 1);
                Line first = p.get(0);
                String prevText = joinedText(prev);
                boolean prevOpen = !endsWithPunct(prevText) && !endsSentenceShiftedOrNot(prevText) && Chars.width(prevText) >= 30;
                boolean plain = first.blankBefore == 1 && prevLast.markdownLevel == 0 && first.markdownLevel == 0
                        && !prevLast.breakAfter && !first.breakBefore && !first.indented
                        && Furniture.classify(first.text) == null;
                if (prevOpen && plain && Chars.width(joinedText(p)) >= 2) {
                    List<Line> merged = new ArrayList<>(prev);
                    merged.addAll(p);
                    out.set(out.size() - 1, merged);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Whether the text ends a sentence, its full stop possibly in the shifted font (遥, 遥冶 for 。”): layout is read
     * and paragraphs are grouped before mojibake is repaired, and a paragraph of an affected page ends in 遥. No word
     * ends in 遥 at the end of a paragraph (逍遥 would, but not there).
     */
    private static boolean endsSentenceShiftedOrNot(String t) {
        return Chars.endsSentence(t, true);
    }

    private static String joinedText(List<Line> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        for (Line l : lines) {
            texts.add(l.text);
        }
        return LineJoiner.join(texts);
    }

    // ---------------------------------------------------------------- blocks

    /**
     * In a double-spaced page every line of a text flow is followed by one blank line. A paragraph that starts
     * right under a finished, double-spaced paragraph without that blank line comes from another text frame:
     * the extraction jumped there.
     */
    private static boolean jumpsFrame(List<Line> previous, List<Line> paragraph, Layout layout) {
        if (layout != Layout.DOUBLE_SPACED || previous == null || previous.size() < 2 || paragraph.get(0).blankBefore != 0) {
            return false;
        }
        for (int k = 1; k < previous.size(); k++) {
            if (previous.get(k).blankBefore != 1) {
                return false;
            }
        }
        return Chars.endsSentence(previous.get(previous.size() - 1).text);
    }

    private static List<Block> toBlocks(List<List<Line>> paragraphs, Layout layout) {
        List<Block> blocks = new ArrayList<>();
        boolean inAdIndex = false;
        // A page whose text comes through the shifted font in several places makes a short run with a
        // single marker (a headline with 野…冶) credible too.
        int affectedBlocks = 0;
        for (List<Line> p : paragraphs) {
            String text = joinedText(p);
            if (MojibakeRepair.repair(text, false) != text) {
                affectedBlocks++;
            }
        }
        boolean pageAffected = affectedBlocks >= MOJIBAKE_PAGE_BLOCKS;
        List<Line> previous = null;
        for (List<Line> p : paragraphs) {
            Line first = p.get(0);
            Set<BlockFlag> flags = EnumSet.noneOf(BlockFlag.class);
            if (jumpsFrame(previous, p, layout)) {
                flags.add(BlockFlag.FRAME_JUMP);
            }
            previous = p;
            List<Integer> lengths = new ArrayList<>(p.size());
            for (Line l : p) {
                flags.addAll(l.flags);
                lengths.add(l.rawLength);
                if (l.doubled) {
                    flags.add(BlockFlag.DOUBLED_COLLAPSED);
                }
            }
            String text = joinedText(p);
            String repaired = MojibakeRepair.repair(text, pageAffected);
            if (!repaired.equals(text)) {
                flags.add(BlockFlag.MOJIBAKE_REPAIRED);
            }
            if (flags.contains(BlockFlag.BYLINE) || Bylines.isByline(repaired) || Bylines.isPhotoCredit(repaired)) {
                text = SpaceRepair.repairKeepingNameSpaces(repaired);
            } else if (flags.contains(BlockFlag.TWO_DECK) && p.size() == 1) {
                // keep the one space that separates the two decks of a headline, as printed
                String deckLine = repaired.strip();
                int[] gap = deckGap(deckLine);
                text = gap == null ? SpaceRepair.repair(deckLine)
                        : SpaceRepair.repair(deckLine.substring(0, gap[0])) + " " + SpaceRepair.repair(deckLine.substring(gap[1]));
            } else {
                text = SpaceRepair.repair(repaired);
            }
            String collapsed = DoubledRendering.collapse(text);
            if (!collapsed.equals(text)) {
                flags.add(BlockFlag.DOUBLED_COLLAPSED);
                text = collapsed;
            }
            if (text.isEmpty()) {
                continue;
            }
            if (Chars.endsSentence(text)) {
                flags.add(BlockFlag.SENTENCE_END);
            }
            if (Bylines.isByline(text)) {
                flags.add(BlockFlag.BYLINE);
            }
            if (Bylines.isPhotoCredit(text)) {
                flags.add(BlockFlag.PHOTO_CREDIT);
            }
            String furniture = blocks.size() < Furniture.PAGE_TOP_LINES ? Furniture.classifyPageTop(text) : Furniture.classify(text);
            if (furniture == null && p.size() == 1) {
                // the spaces just removed may be what marks the line: 责任编辑 刘洋 美术编辑 陈静
                furniture = Furniture.classify(repaired);
            }
            if (furniture == null && inAdIndex && Chars.width(text) <= 24 && !Chars.endsSentence(text)) {
                furniture = Furniture.AD_INDEX;
            }
            inAdIndex = Furniture.AD_INDEX.equals(furniture);
            if (furniture != null) {
                text = Furniture.PAGE_REF.equals(furniture) ? MojibakeRepair.repairPageRef(text) : text;
            }
            blocks.add(new Block(blocks.size(), text, lengths, first.blankBefore, first.markdownLevel, furniture, flags));
        }
        return blocks;
    }
}
