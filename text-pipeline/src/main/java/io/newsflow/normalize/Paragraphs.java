package io.newsflow.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph recovery: decides which neighbouring lines of a page are one paragraph. The evidence is the blank
 * lines (in units of the page's spacing), forced breaks the line-level repairs set (bylines, datelines, furniture,
 * markdown headings), indents, finished sentences, and line widths against the local column width: body lines are
 * justified to their column, headline lines are set in larger type and hold fewer characters. On double-spaced
 * pages, short runs of lines printed without the blank line between them are found as headline blocks first.
 * Static functions of one page's lines.
 */
final class Paragraphs {

    /** A run of at most this many lines without blank lines, in a double-spaced page, is a headline block. */
    private static final int SHORT_TIGHT_GROUP = 3;

    /**
     * A subtitle printed under a headline line: it opens with a dash and carries no finished sentence; the line above
     * it neither (a headline may hold a comma: 守山三十年，他把荒坡变成了青山) and ends without punctuation. A body line
     * may open with a dash too (“看家本领” + ———“机器人”———表现亮眼。), but then it or the line above it reads as running
     * text, or the dash stands alone on its line.
     */
    private static boolean isDashedSubtitle(List<PageLine> lines, int i) {
        PageLine line = lines.get(i);
        // a subtitle may hold a comma (——首日签约项目37个，总投资逾420亿元), not a finished sentence
        if (!(i > 0 && line.text.startsWith("——") && Chars.hanCount(line.text) >= 4
                && !Chars.containsAnyChar(line.text, SENTENCE_PUNCT) && (!endsWithComma(line.text) || wrapsSubtitle(lines, i)))) {
            return false;
        }
        String above = lines.get(i - 1).text;
        return !Chars.containsAnyChar(above, RUNNING_TEXT_PUNCT)
                || !Chars.containsAnyChar(above, SENTENCE_PUNCT) && !endsWithPunct(above) && !above.endsWith("、");
    }

    /**
     * A "——" line stopping at a comma goes on, as a subtitle wrapped over two lines, in a short line below it that
     * carries no punctuation and is not wider (——二手房“以价换量”特征明显， / 改善型需求成为成交主力).
     */
    private static boolean wrapsSubtitle(List<PageLine> lines, int i) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        PageLine next = lines.get(i + 1);
        return !next.indented && !Chars.containsAnyChar(next.text, RUNNING_TEXT_PUNCT) && !endsWithPunct(next.text)
                && next.width() <= lines.get(i).width() && Chars.hanCount(next.text) >= 4;
    }

    /** Punctuation that ends or joins sentences: a subtitle line carries none of it. */
    private static final String SENTENCE_PUNCT = "。；！？;!?";

    /** Punctuation of running text, which headline lines rarely carry. */
    private static final String RUNNING_TEXT_PUNCT = "，。、；！？,;!?";

    /** A line at most this share of the column wide, without punctuation, cannot be a wrapped body line. */
    private static final double SHORT_LINE_SHARE = 0.75;

    /** Punctuation a headline line carries rarely and a body line often: lines with it are never taken as short. */
    private static final String BODY_PUNCT = "，。、：；！？,;:!?…—";

    /** A headline line at least this much wider than the column below it. */
    private static final double WIDE_LINE_EXCESS = 5;

    /**
     * A line at least this share of the column wide, closing a tight run, is taken as the first body line under
     * a heading: headline type is larger, so headline lines hold fewer characters than the column's body lines. Three
     * quarters, not more: that line opens a paragraph, whose indent (two characters) the export often drops, and in
     * a narrow column (16) a few half-width characters take another one or two.
     */
    private static final double BODY_LINE_SHARE = 0.75;

    static List<List<PageLine>> groupParagraphs(List<PageLine> lines, Layout layout) {
        if (layout == Layout.DOUBLE_SPACED) {
            markHeadlineGroups(lines);
        }
        List<List<PageLine>> paragraphs = new ArrayList<>();
        List<PageLine> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
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
    private static boolean breakBetween(List<PageLine> lines, int a, int b, Layout layout) {
        PageLine prev = lines.get(a);
        PageLine next = lines.get(b);
        if (!prev.breakAfter && !next.breakBefore && next.markdownLevel == 0 && prev.markdownLevel == 0
                && next.blankBefore <= (layout == Layout.DOUBLE_SPACED ? 1 : 0) && Bylines.opensUnclosedDateline(prev.text)) {
            return false; // 本报讯（通讯员 钱小满 记者 / 罗家宁）日前…: the reporters' bracket closes on the next line
        }
        if (prev.breakAfter || next.breakBefore || prev.markdownLevel > 0 || next.markdownLevel > 0 || next.indented) {
            return true;
        }
        if (prev.doubled || next.doubled) {
            // bold type printed twice is a headline's: its lines stay together, and apart from plain text
            return prev.doubled != next.doubled;
        }
        if (prev.spacedHeadline != next.spacedHeadline && visibleChars(prev.text) >= 3 && visibleChars(next.text) >= 3) {
            // a headline set letter-spaced (东 澜 港 开 通 第 三) is apart from the kicker or text set solid beside it
            return true;
        }
        if (next.blankBefore <= (layout == Layout.DOUBLE_SPACED ? 1 : 0) && isSentenceTail(prev, next)) {
            // a sentence's last character or two wrapped onto a line of their own (…满意而 / 归。): however the
            // column estimates read the line above, nothing else ends there
            return false;
        }
        if (next.blankBefore <= (layout == Layout.DOUBLE_SPACED ? 1 : 0) && opensWithTrailingPunct(next.text)) {
            // Typesetting never starts a line with a comma or a full stop: such a line is the previous line's
            // text, cut before its punctuation by the extraction, however short that line is.
            return false;
        }
        if (next.blankBefore <= 1 && !next.indented && isSignatureLine(lines, b)) {
            return false; // its signer, printed under the text it signs, closes that paragraph
        }
        if (isSignatureLine(lines, a)) {
            return true; // （省农业农村厅种植业管理处） under a finished text: its signer, nothing runs on from there
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
        } else if (next.blankBefore >= 1 && !(next.blankBefore == 1 && endsWithComma(prev.text))) {
            // a paragraph stopped at a comma goes on below a blank line (a page or column break in the source)
            return true;
        }
        if (next.indented) {
            return true;
        }
        if (prev.headlineGroup != next.headlineGroup) {
            return true;
        }
        if (prev.endsSentence() && (Captions.opensCaption(next.text) || Bylines.opensInterviewTurn(next.text))) {
            return true; // a photo's caption (图为…) or an interview's next turn (记者：…) after a finished paragraph
        }
        if (Bylines.opensNoticeField(next.text) && (prev.endsSentence() || Bylines.opensNoticeField(prev.text))) {
            return true; // a notice's fields, one a line: 时间：… / 地点：… / 报名方式：…
        }
        if (isDashedSubtitle(lines, b) || isDashedSubtitle(lines, a) && !endsWithComma(prev.text)) {
            return true; // a "——" subtitle under a headline line is a block of its own (its wrapped end with it)
        }
        double width = prev.width();
        double ref = columnWidth(lines, a);
        if (prev.endsSentence() && width < ref - 1.0) {
            return true;
        }
        // A short unpunctuated line in a column of long ones: a sub-heading or headline line. Not a line with a full
        // stop inside, nor one with a comma as wide as the next: the wrapped text of a narrower column (a caption
        // beside wider body text).
        if (isHeadingLike(prev.text, ref) && !isNarrowColumnText(prev, next) && !prev.afterRunIn && !isIndentedColumnLine(prev, next)) {
            return true;
        }
        double nextRef = columnWidth(lines, b);
        if (layout == Layout.DOUBLE_SPACED) {
            // Body lines are justified to the column; a paragraph's first line loses at most its indent. A line
            // without punctuation a quarter short of the column is a headline line (larger type): it ends its
            // element where a body line follows, and starts one after a finished sentence. A headline's own
            // lines, all short, stay together.
            boolean prevShort = isShortOpenLine(prev, ref) && !isIndentedColumnLine(prev, next);
            boolean nextShort = isShortOpenLine(next, nextRef);
            if (prevShort && !nextShort || prev.endsSentence() && nextShort) {
                return true;
            }
        }
        // A line clearly wider than the column it runs into is not wrapped at that column: a headline
        // spanning several columns printed right above (or below) the body text.
        if (endsLikeHeadline(prev.text) && !endsWithPunct(next.text)
                && width >= Math.max(nextRef, next.width()) + WIDE_LINE_EXCESS + asciiSlack(prev.text)) {
            return true;
        }
        if (layout != Layout.DOUBLE_SPACED && (endsHeadlineRun(lines, a) || startsHeadlineRun(lines, b)
                || prev.endsSentence() && b + 1 < lines.size() && isHeadlineOverByline(next, lines.get(b + 1)))) {
            return true; // a headline of a hard-wrapped page without blank lines: short, unpunctuated, after a full stop
        }
        if (layout == Layout.PARAGRAPHS && isHeadlineOverWiderText(lines, a, b)) {
            return true;
        }
        // a short line ending in the shifted font's full stop is a sentence's tail (杨帆说遥 under …方便遥冶), no heading
        return prev.endsSentence() && !next.shiftedStop && isHeadingLike(next.text, nextRef);
    }

    /** Least difference in width between a block's unindented first line read as a headline and the line below it. */
    private static final double HEADLINE_OVER_TEXT_MARGIN = 3;
    /** Widest share of the line below it such a first line may take (figures make widths uncertain). */
    private static final double HEADLINE_OVER_TEXT_SHARE = 0.85;

    /**
     * On a page whose blank lines part its paragraphs, a block's first line, not indented, without the punctuation of
     * running text and clearly narrower than the wrapped line below it (1月10日起鹭平东站部分列车运行时刻调整 / 根据铁路
     * 部门新的列车运行图，…): a headline over its text, since a paragraph's first line runs to the column too.
     */
    private static boolean isHeadlineOverWiderText(List<PageLine> lines, int a, int b) {
        PageLine prev = lines.get(a);
        PageLine next = lines.get(b);
        if (a == 0 || prev.blankBefore == 0 || prev.indented || next.indented || next.blankBefore > 0
                || Chars.containsAnyChar(prev.text, RUNNING_TEXT_PUNCT) || !endsLikeHeadline(prev.text) || prev.text.chars().anyMatch(Chars::isLatinLetter)
                || prev.width() + HEADLINE_OVER_TEXT_MARGIN > next.width() || prev.width() > HEADLINE_OVER_TEXT_SHARE * next.width()) {
            // Latin letters make a line's printed width uncertain (a full line of OpenRouter, API reads narrow)
            return false;
        }
        // the line below wraps: it stops mid-sentence or the text runs on under it
        return b + 1 < lines.size() && lines.get(b + 1).blankBefore == 0 && !next.endsSentence();
    }

    /** Fewest characters of a line set letter-spaced ({@link #isLetterSpacedLine}). */
    private static final int LETTER_SPACED_MIN = 4;

    /** Whether a line is set letter-spaced: four characters or more, nearly every two apart by a space. */
    static boolean isLetterSpacedLine(String t) {
        String s = t.strip();
        int visible = visibleChars(s);
        if (visible < LETTER_SPACED_MIN) {
            return false;
        }
        int gaps = 0;
        for (int k = 1; k + 1 < s.length(); k++) {
            if (Chars.isSpace(s.charAt(k)) && !Chars.isSpace(s.charAt(k - 1)) && !Chars.isSpace(s.charAt(k + 1))) {
                gaps++;
            }
        }
        return gaps >= LETTER_SPACED_SHARE * (visible - 1);
    }

    /** Share of the gaps between a letter-spaced line's characters that hold a space. */
    private static final double LETTER_SPACED_SHARE = 0.7;

    private static int visibleChars(String t) {
        int n = 0;
        for (int k = 0; k < t.length(); k++) {
            if (!Chars.isSpace(t.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    /** Whether line {@code a} is a bracketed signer ({@link Bylines#isBracketedSigner}) printed under a finished sentence. */
    private static boolean isSignatureLine(List<PageLine> lines, int a) {
        return a > 0 && Bylines.isBracketedSigner(lines.get(a).text) && lines.get(a - 1).endsSentence();
    }

    /** Longest wrapped sentence tail ({@link #isSentenceTail}), its punctuation included. */
    private static final int SENTENCE_TAIL_MAX = 3;

    private static boolean isSentenceTail(PageLine prev, PageLine next) {
        String t = next.text;
        return t.length() <= SENTENCE_TAIL_MAX && Chars.isHan(t.charAt(0)) && next.endsSentence() && !prev.endsSentence()
                && !endsWithPunct(prev.text) && Chars.isHan(prev.text.charAt(prev.text.length() - 1));
    }

    /** Punctuation that closes what stands before it, so no printed line starts with it. */
    private static final String TRAILING_PUNCT = "，。、；：？！）》」』”";

    private static boolean opensWithTrailingPunct(String t) {
        return !t.isEmpty() && TRAILING_PUNCT.indexOf(t.charAt(0)) >= 0;
    }

    /** An unpunctuated line right above a byline line: the headline it signs, however wide. */
    private static boolean isHeadlineOverByline(PageLine line, PageLine below) {
        return !Chars.containsAnyChar(line.text, BODY_PUNCT) && !line.flags.contains(BlockFlag.BYLINE)
                && (below.flags.contains(BlockFlag.BYLINE) || Bylines.isByline(below.text)) && Bylines.datelinePrefix(line.text) == null;
    }

    /** Most lines of a headline in a hard-wrapped page without blank lines. */
    private static final int HEADLINE_RUN_MAX = 3;

    /**
     * In a page hard-wrapped without blank lines, whether line {@code k} is the last line of a headline: it and the
     * lines of the headline above it (at most {@link #HEADLINE_RUN_MAX} in all) are short and carry no punctuation of
     * running text, the line above them finishes a sentence (or the page or a block starts there), and the line
     * below is not short. A wrapped body line runs to the column; a paragraph's first line loses at most its indent;
     * its last line ends in punctuation. {@link #startsHeadlineRun}: line {@code b} is the first line of such a
     * headline, after a finished sentence.
     */
    private static boolean startsHeadlineRun(List<PageLine> lines, int b) {
        if (b == 0 || !lines.get(b - 1).endsSentence()) {
            return false;
        }
        for (int k = b; k < Math.min(lines.size(), b + HEADLINE_RUN_MAX); k++) {
            if (!isHeadlineRunLine(lines, k)) {
                return false;
            }
            if (endsHeadlineRun(lines, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsHeadlineRun(List<PageLine> lines, int k) {
        // asked for most line pairs of a page: line k's own cheap tests first, the column estimates after
        if (k + 1 >= lines.size() || !mayBeHeadlineRunLine(lines.get(k)) || isHeadlineRunLine(lines, k + 1)) {
            return false;
        }
        int first = k;
        while (first >= 0 && k - first < HEADLINE_RUN_MAX && isHeadlineRunLine(lines, first)) {
            first--;
        }
        if (first == k) {
            return false; // line k itself is not short
        }
        // first: the line above the run (or -1); it must close what came before
        return first < 0 || lines.get(first).endsSentence() || lines.get(first).breakAfter
                || lines.get(first + 1).blankBefore > 0 || lines.get(first + 1).breakBefore;
    }

    /** A short open line that does not end a sentence in the shifted font (…乡村遥 is a paragraph's last line). */
    private static boolean isHeadlineRunLine(List<PageLine> lines, int k) {
        PageLine line = lines.get(k);
        return mayBeHeadlineRunLine(line) && isShortOpenLine(line, columnWidth(lines, k))
                && !(k + 1 < lines.size() && isIndentedColumnLine(line, lines.get(k + 1)));
    }

    /**
     * A paragraph's indented first line that, its indent given back, is as wide as the line below it: the wrapped
     * text of that column, however short the column estimates read it. No headline line is printed with a
     * paragraph's indent.
     */
    private static boolean isIndentedColumnLine(PageLine line, PageLine below) {
        return line.paragraphIndent && !below.indented && Math.abs(line.width() + PARAGRAPH_INDENT - below.width()) <= 1;
    }

    /** The tests of {@link #isHeadlineRunLine} that need no column estimate. */
    private static boolean mayBeHeadlineRunLine(PageLine line) {
        return !line.shiftedStop && !Chars.containsAnyChar(line.text, BODY_PUNCT);
    }

    private static boolean isNarrowColumnText(PageLine prev, PageLine next) {
        // a paragraph's first line gives its indent (two characters) to the column
        double printed = prev.width() + (prev.indented && !next.indented ? PARAGRAPH_INDENT : 0);
        return Chars.containsAnyChar(prev.text, "。！？；")
                || Chars.containsAnyChar(prev.text, "，、：") && Math.abs(printed - next.width()) <= 1;
    }

    /** Width of a paragraph's indent (two full-width spaces). */
    private static final int PARAGRAPH_INDENT = 2;

    private static boolean endsWithComma(String t) {
        return !t.isEmpty() && "，、".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean isShortOpenLine(PageLine line, double column) {
        String t = line.text;
        return line.width() <= SHORT_LINE_SHARE * column - asciiSlack(t) && !line.shiftedStop
                && !Chars.containsAnyChar(t, BODY_PUNCT) && Bylines.datelinePrefix(t) == null;
    }

    private static boolean isHeadingLike(String text, double column) {
        double w = Chars.width(text);
        // a short line opening with a dateline (本报讯 9月18日，云岭县) is the start of a paragraph whose run-in
        // headline took the rest of the printed line
        return !endsWithPunct(text) && w <= 0.6 * column && w <= 16 && Bylines.datelinePrefix(text) == null;
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
    private static void markHeadlineGroups(List<PageLine> lines) {
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
                    PageLine heading = lines.get(start);
                    if (last == start && !endsWithPunct(heading.text) && heading.width() < BODY_LINE_SHARE * column) {
                        heading.breakAfter = true; // a one-line heading: keep it out of the paragraph below
                        if (start > 0 && lines.get(start - 1).endsSentence()) {
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

    private static boolean isHeadlineRun(List<PageLine> lines, int start, int end, double column) {
        int size = end - start + 1;
        if (size < 2 || size > SHORT_TIGHT_GROUP) {
            return false;
        }
        boolean wrappedAtColumn = true;
        for (int k = start; k <= end; k++) {
            PageLine line = lines.get(k);
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

    private static boolean opensElement(PageLine l) {
        return l.breakBefore || l.indented;
    }

    /** Column width estimated from up to four lines before and after lines [start, end]. */
    private static double columnWidthAround(List<PageLine> lines, int start, int end) {
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

    static boolean endsWithPunct(String s) {
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
    private static double columnWidth(List<PageLine> lines, int i) {
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
     * punctuation continues into the next body paragraph (one that ends in punctuation or runs a full line, not a
     * headline below a long kicker).
     */
    static List<List<PageLine>> joinContinuations(List<List<PageLine>> paragraphs) {
        List<List<PageLine>> out = new ArrayList<>();
        for (List<PageLine> p : paragraphs) {
            if (!out.isEmpty()) {
                List<PageLine> prev = out.get(out.size() - 1);
                PageLine prevLast = prev.get(prev.size() - 1);
                PageLine first = p.get(0);
                String prevText = joinedText(prev);
                // paragraphs are grouped before mojibake is repaired: on an affected page one may end in 遥 (。)
                boolean prevOpen = !endsWithPunct(prevText) && !Chars.endsSentence(prevText, true) && Chars.width(prevText) >= 30;
                boolean plain = first.blankBefore == 1 && prevLast.markdownLevel == 0 && first.markdownLevel == 0
                        && !prevLast.breakAfter && !first.breakBefore && !first.indented
                        && Furniture.classify(first.text) == null;
                String text = joinedText(p);
                // the rest of a sentence reads as running text: it finishes the sentence, runs a full line, goes
                // on over more lines or is as wide as the line above it (a wrapped column); one short unfinished
                // line below a long open one is a headline under its kicker (引题) instead
                boolean rest = Chars.endsSentence(text, true) || endsWithPunct(text) || Chars.width(text) >= 30
                        || p.size() > 1 || first.width() >= prevLast.width() - 2;
                if (prevOpen && plain && rest && Chars.width(text) >= 2) {
                    List<PageLine> merged = new ArrayList<>(prev);
                    merged.addAll(p);
                    out.set(out.size() - 1, merged);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    static String joinedText(List<PageLine> lines) {
        List<String> texts = new ArrayList<>(lines.size());
        for (PageLine l : lines) {
            texts.add(l.text);
        }
        return LineJoiner.join(texts);
    }

    private Paragraphs() {
    }
}
