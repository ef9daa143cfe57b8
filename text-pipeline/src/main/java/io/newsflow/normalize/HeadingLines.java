package io.newsflow.normalize;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts headline lines back together that a wrap or the print broke apart, before paragraphs are grouped: a heading
 * a feed hard-wrapped over tight lines, the one- or two-character remainder of a headline wrapped like the body of
 * a double-spaced page, and the two decks of a headline printed on one line with a space between them. Static
 * functions; the join methods rewrite a page's line list in place.
 */
public final class HeadingLines {

    /** Characters a wrapped heading's last line does not carry: punctuation of running text, a subtitle's dash. */
    private static final String WRAPPED_TAIL_STOPS = "，。；！？,;!?—";

    /** Most lines a wrapped heading continues on. */
    private static final int WRAPPED_HEADING_TAIL_LINES = 3;

    /**
     * A feed that hard-wraps its text wraps headings too: "## 滨江新区首座零碳示范社区建成并" + "交付使用", or a
     * two-deck headline over two or three lines, the gap between its decks on any of them. An element of tight lines
     * (a blank line or the page edge before and after it) is one heading line when its first line is a markdown
     * heading, or when its lines joined read as a two-deck headline, and the lines after the first (at most
     * {@link #WRAPPED_HEADING_TAIL_LINES}) are no wider than it and carry no punctuation of running text. A
     * "——" subtitle, a byline, a dateline or furniture is never such a line (they break before themselves).
     */
    static void joinWrappedHeadings(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine head = lines.get(i);
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
            for (PageLine tail : lines.subList(i + 1, end)) {
                tailsFit &= isWrappedTail(head, tail);
                joined.append(tail.text);
            }
            if (!tailsFit || head.markdownLevel == 0 && !isTwoDeckHeadline(joined.toString())) {
                continue;
            }
            for (PageLine tail : lines.subList(i + 1, end)) {
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
    static void joinHeadingRemainders(List<PageLine> lines) {
        double column = LayoutDetection.medianWidth(lines);
        for (int i = 0; i + 1 < lines.size(); i++) {
            PageLine head = lines.get(i);
            PageLine tail = lines.get(i + 1);
            boolean headOpen = Math.max(head.width(), head.rawLength) >= column - 1 && !Paragraphs.endsWithPunct(head.text)
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

    private static boolean isWrappedTail(PageLine head, PageLine tail) {
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
    static boolean isTwoDeckHeadline(String t) {
        if (Chars.endsSentence(t) || Chars.width(t) > 36 || Chars.containsAnyChar(t, "，。、；,;袁遥尧野冶")) {
            return false;
        }
        int[] gap = deckGap(t);
        // a dateline with its reporter spaced off (新华社云岭4月17日电（记者 杜晓明）记者…) opens a paragraph, no headline
        return gap != null && Chars.hanCount(t.substring(0, gap[0])) >= 4 && Chars.hanCount(t.substring(gap[1])) >= 4
                && Bylines.datelinePrefix(t) == null;
    }

    /** Start and end of the only run of spaces between two Han characters in {@code t}; null if none or several. */
    static int[] deckGap(String t) {
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

    private HeadingLines() {
    }

    /** Longest column name ({@link #isColumnName}). */
    static final int COLUMN_NAME_MAX = 6;

    /** A column's name printed over its headline (青禾观察, 长篇连载, 读者来信, 校长手记, 今日谈): at most six characters. */
    private static final Pattern COLUMN_NAME = Pattern.compile(
            "[\\p{IsHan}]{0,4}(?:观察|短评|时评|快评|热评|锐评|评论|论坛|连载|来信|专栏|视点|漫谈|随笔|杂谈|札记|手记|课堂|讲堂|观潮|今日谈"
                    // the genres of advice and case columns: 以案说法, 法官说案, 名医坐堂, 政策问答, 专家支招, 网购维权
                    + "|说法|说案|坐堂|坐诊|问答|答疑|支招|维权|心语"
                    // a box of background printed beside a story: 数据链接, 新闻链接, 知识链接
                    + "|链接)");

    /** Whether {@code text} is a column's name (青禾观察, 读者来信), printed over a headline: never part of the title. */
    public static boolean isColumnName(String text) {
        return text.length() <= COLUMN_NAME_MAX && COLUMN_NAME.matcher(text).matches();
    }
}
