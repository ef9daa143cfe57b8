package io.newsflow.normalize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw page text (as pulled out of PDF/print pages) into repaired {@link Block}s.
 *
 * <p>Repairs, in order: line level (full-width Latin/digits folded, decoration glyphs and
 * truncation marks dropped, trailing reporter names and photo credits split off, vertical
 * one-character-per-line text joined), the page's layout ({@link LayoutDetection}) and headline lines
 * broken apart ({@link HeadingLines}), paragraph recovery ({@link Paragraphs}: hard wraps joined using
 * blank-line context, line lengths against the local column width, indents), then block level
 * (Founder-font mojibake per affected run, stray spaces, doubled bold rendering) and furniture recognition.
 *
 * <p>Stateless and thread-safe.
 */
public final class Normalizer {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    /** "...。 王查娜": a reporter name printed after the last sentence of a brief. */
    private static final Pattern TRAILING_NAME = Pattern.compile("^(.*[。！？”])[\\s\u3000]+([\\p{IsHan}]{2,4})$");

    /** Affected blocks after which the whole page is taken to use the shifted font in places. */
    private static final int MOJIBAKE_PAGE_BLOCKS = 2;

    public NormalizedText normalize(String raw) {
        List<PageLine> lines = readLines(raw);
        // a line printed twice in a row would be read twice: as two paragraphs where each line is one
        lines = dropRepeatedLines(lines);
        markShiftedStops(lines);
        LayoutDetection.normalizeBlankUnit(lines);
        double medianWidth = LayoutDetection.medianWidth(lines);
        Layout layout = LayoutDetection.detectLayout(lines, medianWidth);
        if (layout != Layout.DOUBLE_SPACED && LayoutDetection.printsOneParagraphPerLine(lines)) {
            closeLetterSpacing(lines);
            // One paragraph per line: a line that finishes its sentence finishes its paragraph, blank line or not
            // (a feed may leave the blank lines out), and so does a headline line (short, none of the punctuation
            // of running text); a line stopping mid-sentence still runs on into the next (a stray break).
            // Mojibake is repaired later, per block: a sentence of an affected page may still end in 遥 (。) here.
            for (PageLine line : lines) {
                if (Chars.endsSentence(line.text, true) || LayoutDetection.isHeadlineOfParagraphPage(line)) {
                    line.breakAfter = true;
                }
            }
        }
        if (layout != Layout.DOUBLE_SPACED) {
            // there headline lines printed tight are grouped as one headline anyway (markHeadlineGroups)
            HeadingLines.joinWrappedHeadings(lines);
        }
        lines = joinWrappedCreditTails(lines);
        markHeadlineNeighbours(lines);
        lines = splitOffTrailers(lines);
        lines = joinVerticalText(lines);
        if (layout == Layout.DOUBLE_SPACED) {
            HeadingLines.joinHeadingRemainders(lines);
        }
        markSpacedHeadlines(lines);
        List<List<PageLine>> paragraphs = Paragraphs.groupParagraphs(lines, layout);
        if (layout != Layout.DOUBLE_SPACED) {
            paragraphs = Paragraphs.joinContinuations(paragraphs);
        }
        return new NormalizedText(layout, toBlocks(paragraphs, layout));
    }

    // ---------------------------------------------------------------- line level

    /** Longest text of a label in 【】 on a line of its own (【江城观察】, 【图片新闻】). */
    private static final int BRACKETED_LABEL_MAX = 10;

    private static boolean isBracketedLabel(String t) {
        return t.length() >= 3 && t.length() <= BRACKETED_LABEL_MAX + 2 && t.charAt(0) == '【'
                && t.indexOf('】') == t.length() - 1;
    }

    /** Lines with 袁 between Han characters (the shifted font's comma) from which a page is taken to use that font. */
    private static final int SHIFTED_COMMA_LINES = 3;

    /**
     * On a page with {@link #SHIFTED_COMMA_LINES} lines or more in the shifted Founder font, a line ending in 遥 ends
     * its sentence (遥 is that font's 。), also under a closing quote (遥冶, 钥冶, 浴冶); words ending in 遥 (逍遥, 遥遥)
     * are left alone.
     */
    private static void markShiftedStops(List<PageLine> lines) {
        int shifted = 0;
        for (PageLine line : lines) {
            int c = line.text.indexOf('袁');
            if (c > 0 && c + 1 < line.text.length() && Chars.isHan(line.text.charAt(c - 1)) && Chars.isHan(line.text.charAt(c + 1))) {
                shifted++;
            }
        }
        if (shifted < SHIFTED_COMMA_LINES) {
            return;
        }
        for (PageLine line : lines) {
            String t = line.text;
            // a quotation's closing mark may follow the stop (…小农户遥冶 is 。”), after a ？ or ！ too (钥冶, 浴冶)
            boolean quoted = t.length() >= 3 && t.endsWith("冶");
            String s = quoted ? t.substring(0, t.length() - 1) : t;
            line.shiftedStop = s.length() >= 2 && (s.endsWith("遥") && !s.endsWith("遥遥") && !s.endsWith("逍遥")
                    || quoted && (s.endsWith("钥") || s.endsWith("浴")));
        }
    }

    /**
     * Reads a feed's labelled field line into the marks a markdown feed gives the same parts: the title a heading,
     * its subtitle a deeper heading right under it, the kicker a headline line above it, the author a byline, the
     * body's first paragraph a paragraph. Returns false when the line is an empty field, to be dropped.
     */
    private static boolean readFeedField(PageLine line) {
        FeedFields.FieldLine field = FeedFields.read(line.text);
        if (field == null) {
            return true;
        }
        if (field.value().isEmpty()) {
            return false;
        }
        line.text = field.value();
        line.breakBefore = line.breakAfter = true;
        switch (field.field()) {
            case TITLE -> line.markdownLevel = 2;
            case SUBTITLE -> line.markdownLevel = 3;
            case AUTHOR, SOURCE -> line.flags.add(BlockFlag.BYLINE);
            case BODY -> line.breakAfter = false;
            default -> { } // the kicker: a plain headline line over the title
        }
        return true;
    }

    /** Shorter lines (a lone mark, a stray character of a wrap) may well stand twice. */
    private static final int MIN_REPEATED_LINE = 4;

    /**
     * The page's lines without the copy of a line printed twice in a row (an export's bold rendering at line level):
     * a line with the text of the line right above it, no blank line between, of at least {@link #MIN_REPEATED_LINE}
     * characters.
     */
    private static List<PageLine> dropRepeatedLines(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines.size());
        String above = null;
        for (PageLine line : lines) {
            if (!(line.blankBefore == 0 && line.text.length() >= MIN_REPEATED_LINE && line.text.equals(above))) {
                out.add(line);
            }
            above = line.text;
        }
        return out;
    }

    private static List<PageLine> readLines(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        String[] rawLines = splitLines(text);
        String[] cleanedLines = new String[rawLines.length];
        String[] folded = new String[rawLines.length];
        for (int i = 0; i < rawLines.length; i++) {
            cleanedLines[i] = stripControl(rawLines[i]);
            folded[i] = WidthFolding.fold(cleanedLines[i]).replace("\uFFFD", "");
        }
        BitSet tableRows = TextTables.rows(folded, cleanedLines);
        BitSet tableCaptions = TextTables.captions(folded, tableRows);
        BitSet headedRows = TextTables.headedRows(folded, tableRows);
        BitSet markdownRows = TextTables.markdownRows(folded);
        BitSet listItems = TextTables.bulletedLines(folded);
        List<PageLine> out = new ArrayList<>();
        int blank = 0;
        boolean pendingBreak = false;
        LineFurniture lineFurniture = new LineFurniture();
        for (int r = 0; r < rawLines.length; r++) {
            String cleaned = cleanedLines[r];
            if (cleaned.isBlank()) {
                blank++;
                continue;
            }
            boolean indented = !cleaned.isEmpty() && Chars.isSpace(cleaned.charAt(0));
            // a table's row keeps its cells apart: closing up its spaces would glue them together
            String t = markdownRows.get(r) ? folded[r].strip() : headedRows.get(r) ? TextTables.asSpacedRow(folded[r])
                    : tableRows.get(r) ? TextTables.asRow(folded[r]) : folded[r].strip();
            PageLine line = new PageLine(t, blank, indented, (int) Math.round(Chars.width(cleaned.strip())));
            line.paragraphIndent = indented && Chars.width(cleaned.substring(0, cleaned.length() - cleaned.stripLeading().length())) <= 2;
            blank = 0;
            if (headedRows.get(r) || markdownRows.get(r)) {
                // a row of a table printed for reading: a line of its own, kept as it is, in the listing's text
                line.flags.add(BlockFlag.TABLE_ROW);
                line.breakBefore = line.breakAfter = true;
                out.add(line);
                continue;
            }
            // Every line of a page passes here; only '#' lines can be markdown headings.
            Matcher md = t.startsWith("#") ? MARKDOWN_HEADING.matcher(t) : null;
            if (md != null && md.matches()) {
                line.markdownLevel = md.group(1).length();
                line.text = md.group(2).strip();
                line.breakBefore = line.breakAfter = true;
            } else if (!readFeedField(line)) {
                continue; // an empty field (作者：, 正文：) carries nothing but its label
            }
            if (Chars.isBoxDrawing(line.text.charAt(0))) {
                String inside = Chars.stripBoxDrawing(line.text);
                if (inside.isEmpty()) {
                    pendingBreak = true; // ┌────┐: a box's top or bottom edge separates what is around it
                    continue;
                }
                line.text = inside; // │上证指数　周涨幅1.38%: the box's side is no text
            }
            boolean linkLine = t.contains("](") && Furniture.isLinkLine(t); // read before the link's address goes
            MarkdownInline.Line inline = MarkdownInline.read(line.text);
            if (inline.rule()) {
                pendingBreak = true; // a rule (---) separates what is around it
                continue;
            }
            if (inline.text() != line.text) {
                line.text = inline.text();
                line.breakBefore |= inline.opensParagraph();
                if (inline.listItem()) {
                    line.flags.add(BlockFlag.LIST_ITEM);
                }
                line.rawLength = (int) Math.round(Chars.width(line.text));
            }
            // A bold headline printed twice is twice as wide: collapsed here, before widths decide what is a
            // headline line, it lines up with its column as printed ("春季花展春季花展，，…" tight above its body).
            String single = DoubledRendering.collapseSpacedPairs(line.text);
            single = single != line.text ? single : DoubledRendering.collapseCharPairs(line.text);
            single = single != line.text ? single : DoubledRendering.collapse(line.text);
            if (single != line.text) {
                line.text = single;
                line.doubled = true;
                line.rawLength = (int) Math.round(Chars.width(single));
            }
            String undecorated = listItems.get(r) ? line.text : Bylines.stripDecoration(line.text);
            if (listItems.get(r)) {
                line.flags.add(BlockFlag.LIST_ITEM); // ◆普通高考：6月7日至9日: an item of a list, its bullet kept
                line.breakBefore = true;
            }
            if (undecorated.length() != line.text.length()) {
                line.bullet = line.text.strip().charAt(0);
                line.flags.add(BlockFlag.DECORATION);
                line.text = undecorated;
                line.breakBefore = true; // a decoration glyph opens a new element
                if (Bylines.isDecoratedSignature(undecorated)) {
                    line.flags.add(BlockFlag.BYLINE); // "■张三", "■某某研究院 张三": a signature without a role word
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
            boolean headsListing = tableCaptions.get(r) && headedRows.get(TextTables.nextNonBlank(folded, r));
            String furniture = tableCaptions.get(r) && !headsListing ? Furniture.TABLE : lineFurniture.next(line, linkLine);
            if (Furniture.TABLE.equals(furniture) && line.flags.contains(BlockFlag.LIST_ITEM)) {
                // - 《灯下漫笔》某某 著 | 某出版社 | 定价46.00元: a bulleted entry of a list, its cells apart, is text
                furniture = null;
            }
            if (line.blankBefore == 0 && !out.isEmpty() && out.get(out.size() - 1).flags.contains(BlockFlag.TABLE_ROW)
                    && Furniture.CHART_CREDIT.equals(furniture != null ? furniture : Furniture.classify(line.text))) {
                // the source under a table's last row (数据来源：市统计局): the listing's last line, not a graphic's credit
                furniture = null;
                line.flags.add(BlockFlag.TABLE_ROW);
                line.breakBefore = line.breakAfter = true;
            }
            line.furniture = furniture;
            if (Bylines.isByline(line.text) || Captions.isPhotoCredit(line.text) || furniture != null) {
                line.breakBefore = line.breakAfter = true;
            }
            String[] runIn = Bylines.splitRunInHeadline(line.text);
            boolean decoratedRunIn = false;
            if (runIn == null && line.flags.contains(BlockFlag.DECORATION) && !line.flags.contains(BlockFlag.BYLINE)) {
                runIn = Bylines.splitDecoratedRunIn(line.text);
                decoratedRunIn = runIn != null;
            }
            if (runIn != null) {
                // a brief's run-in headline becomes a line of its own above its dateline; the line keeps its printed
                // width and indent, which tell paragraph recovery that it opens a paragraph of the column's width
                PageLine head = new PageLine(runIn[0], line.blankBefore, line.indented, (int) Math.round(Chars.width(runIn[0])));
                head.breakBefore = head.breakAfter = true;
                if (decoratedRunIn) {
                    // the glyph (■) marked the headline: the text after it is a plain paragraph's first line
                    head.flags.add(BlockFlag.DECORATION);
                    head.bullet = line.bullet;
                    line.flags.remove(BlockFlag.DECORATION);
                    line.bullet = 0;
                }
                out.add(head);
                line.text = runIn[1];
                line.blankBefore = 0;
                line.afterRunIn = true;
            }
            if (Bylines.datelinePrefix(line.text) != null) {
                line.breakBefore = true; // 本报讯 opens a new paragraph even when a headline sits on the line above
                line.text = Bylines.bracketSpacedReporters(line.text);
            }
            if (Chars.isWireEndMark(line.text)) {
                line.breakAfter = true; // a wire story's end mark on a line of its own: what follows is another story
            }
            if (HeadingLines.isTwoDeckHeadline(line.text)) {
                line.flags.add(BlockFlag.TWO_DECK);
                line.breakBefore = line.breakAfter = true;
            }
            if (isBracketedLabel(line.text)) {
                line.breakBefore = line.breakAfter = true; // 【江城观察】: a column's label over its headline
            }
            out.add(line);
        }
        return out;
    }

    /** A two-character name set to the width of three (林　舟): a writer's signature, never text. */
    private static final Pattern SPACED_SHORT_NAME = Pattern.compile("[\\p{IsHan}][\\u3000 ]{1,2}[\\p{IsHan}]");

    /**
     * Marks the lines printed tight around a headline that are not part of it: a column's name right above the
     * headline's first line (青禾观察 / 让“家门口的医院”更有温度), and a two-character name set to the width of three
     * right below a headline line (林　舟), the column's writer. Without the break, a double-spaced page's headline
     * group or a single-spaced page's wrap joins them into the title.
     */
    private static void markHeadlineNeighbours(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            String t = line.text;
            // (over another short line, a section's name say, the grouping of the headline lines is left alone)
            if (i + 1 < lines.size() && lines.get(i + 1).blankBefore <= 1 && !lines.get(i + 1).endsSentence()
                    && lines.get(i + 1).text.length() > HeadingLines.COLUMN_NAME_MAX && HeadingLines.isColumnName(t)) {
                line.breakAfter = true;
                lines.get(i + 1).breakBefore = true;
            } else if (t.length() <= 4 && i > 0 && Surnames.isSurname(t.charAt(0)) && !lines.get(i - 1).endsSentence()
                    && SPACED_SHORT_NAME.matcher(t).matches() && !isLetterSpaced(lines.get(i - 1).text)) {
                line.breakBefore = line.breakAfter = true;
                line.flags.add(BlockFlag.BYLINE);
            }
        }
    }

    /** Whether a line spaces out its Han characters (生 成 式): a letter-spaced headline's last two may stand alone. */
    /** Most letter-spaced lines a page may have for them to be read as its headlines' ({@link PageLine#spacedHeadline}). */
    private static final int SPACED_HEADLINE_LINES_MAX = 6;

    private static void markSpacedHeadlines(List<PageLine> lines) {
        List<PageLine> spaced = new ArrayList<>();
        for (PageLine l : lines) {
            if (Paragraphs.isLetterSpacedLine(l.text)) {
                spaced.add(l);
                if (spaced.size() > SPACED_HEADLINE_LINES_MAX) {
                    return;
                }
            }
        }
        spaced.forEach(l -> l.spacedHeadline = true);
    }

    private static boolean isLetterSpaced(String t) {
        for (int k = 1; k + 1 < t.length(); k++) {
            if (Chars.isSpace(t.charAt(k)) && Chars.isHan(t.charAt(k - 1)) && Chars.isHan(t.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Longest photographer's part of a credit wrapped after its role word (本报记者 + 杜若 摄). */
    private static final int CREDIT_TAIL_MAX = 8;

    /**
     * A photo credit wrapped before its last character ("…参赛。本报记者 马骏" + "摄"), after its role word ("…活动。本报记者"
     * + "杜若 摄"), inside its role word ("…乐趣。本报记" + "者 贺明川 摄") or the photographer's name ("…亩。新华社记者 林" +
     * "澈 摄"), or inside brackets ("…左右。韦嘉 摄（新" + "华社发）", "…摊点。新华社发（萨勒" + "赫·阿里摄）"): the tail goes
     * back to its line, so the credit ends the caption there.
     */
    private static List<PageLine> joinWrappedCreditTails(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines.size());
        for (PageLine line : lines) {
            String t = line.text;
            boolean lone = t.equals("摄") || t.equals("/摄") || t.equals("／摄");
            String aboveText = out.isEmpty() ? "" : out.get(out.size() - 1).text;
            boolean afterRole = !lone && t.endsWith("摄") && t.length() <= CREDIT_TAIL_MAX
                    && (aboveText.endsWith("记者") || aboveText.endsWith("通讯员"));
            // 韦嘉 摄（新 + 华社发）: the credit's source wrapped inside its brackets; 新华社发（萨勒 + 赫·阿里摄）: the
            // photographer's name after the source
            // (every line passes here: the brackets above are looked for only under a short line ending in one)
            boolean inBrackets = false;
            if (!lone && !afterRole && t.endsWith("）") && t.length() <= CREDIT_TAIL_MAX && t.indexOf('（') < 0) {
                int open = aboveText.lastIndexOf('（');
                int shot = aboveText.lastIndexOf('摄');
                inBrackets = open > aboveText.lastIndexOf('）') && aboveText.length() - open <= CREDIT_TAIL_MAX
                        && (open > shot && shot >= 0 || t.endsWith("摄）"));
            }
            // 本报记 + 者 贺明川 摄: the line broke inside the role word; 新华社记者 林 + 澈 摄: inside the name
            boolean brokenInside = !lone && !afterRole && !inBrackets && t.endsWith("摄") && t.length() <= CREDIT_TAIL_MAX + 2
                    && (brokenRoleWord(aboveText, t) || NAME_TAIL.matcher(t).matches() && NAME_HEAD.matcher(aboveText).find());
            if (!out.isEmpty() && line.blankBefore <= 1 && (lone || afterRole || inBrackets || brokenInside)) {
                PageLine above = out.get(out.size() - 1);
                String joined = above.text + (afterRole ? " " : "") + t;
                if (Captions.photoCredit(joined) != null) {
                    above.text = joined;
                    above.rawLength += line.rawLength;
                    above.breakAfter = true;
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    /** Whether {@code above} ends with the start of a role word (本报记, 通讯) and {@code below} opens with its rest. */
    private static boolean brokenRoleWord(String above, String below) {
        for (String role : CREDIT_ROLES) {
            for (int k = 1; k < role.length(); k++) {
                if (above.endsWith(role.substring(0, k)) && below.startsWith(role.substring(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] CREDIT_ROLES = {"记者", "通讯员"};
    /** The end of a photographer's name and 摄 (澈 摄), on the line after its role word and first character. */
    private static final Pattern NAME_TAIL = Pattern.compile("[\\p{IsHan}]{1,2}\\s*[/／]?\\s*摄");
    private static final Pattern NAME_HEAD = Pattern.compile("(?:记者|通讯员)\\s*[\\p{IsHan}]{1,2}$");

    /**
     * The lines of {@code text} between CR LF, CR or LF, trailing empty lines included: what
     * {@code text.split("\r\n|\r|\n", -1)} gives, without a regular expression on every page.
     */
    static String[] splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(new String[0]);
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
    private static void closeLetterSpacing(List<PageLine> lines) {
        for (PageLine line : lines) {
            String closed = closedLetterSpacing(line.text);
            if (closed == null) {
                continue;
            }
            line.text = closed;
            line.rawLength = (int) Math.round(Chars.width(closed));
            if (HeadingLines.isTwoDeckHeadline(closed)) {
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

    /**
     * Where a bracketed byline (（记者 许嘉禾）) starts at the end of a line, right after a finished sentence; -1 if the line
     * does not end so.
     */
    private static int closingSignatureAt(String t) {
        if (!(t.endsWith("）") || t.endsWith(")"))) {
            return -1;
        }
        int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
        if (open <= 0 || !Chars.endsSentence(t.substring(0, open).strip())) {
            return -1;
        }
        return Bylines.closingSignature(t.substring(open)) != null ? open : -1;
    }

    /**
     * Splits a trailing reporter name, bracketed byline or photo credit off the last sentence of a line, and a jump
     * marker off its end or start.
     */
    private static List<PageLine> splitOffTrailers(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines.size());
        for (PageLine line : lines) {
            Matcher name = TRAILING_NAME.matcher(line.text);
            String credit = Captions.photoCredit(line.text);
            Furniture.InlineJump jump;
            int signed;
            if (line.text.length() > 8 && spaceBeforeShortTail(line.text) && name.matches()) {
                out.add(withText(line, name.group(1)));
                PageLine trailer = new PageLine(name.group(2), 0, false, name.group(2).length());
                trailer.breakBefore = trailer.breakAfter = true;
                trailer.flags.add(BlockFlag.BYLINE);
                out.add(trailer);
            } else if (credit != null && credit.length() < line.text.length()
                    && Chars.endsSentence(line.text.substring(0, line.text.length() - credit.length()).strip())) {
                out.add(withText(line, line.text.substring(0, line.text.length() - credit.length()).strip()));
                PageLine trailer = new PageLine(credit, 0, false, credit.length());
                trailer.breakBefore = trailer.breakAfter = true;
                out.add(trailer);
            } else if ((signed = closingSignatureAt(line.text)) > 0) {
                // （记者 X）printed right after the last sentence on its line: the article's byline, not its text
                out.add(withText(line, line.text.substring(0, signed).strip()));
                String signature = line.text.substring(signed);
                PageLine trailer = new PageLine(signature, 0, false, signature.length());
                trailer.breakBefore = trailer.breakAfter = true;
                trailer.flags.add(BlockFlag.BYLINE);
                out.add(trailer);
            } else if ((jump = Furniture.inlineJump(line.text)) != null) {
                // a jump marker printed inside the paragraph's line is furniture of its own
                if (jump.atEnd()) {
                    out.add(withText(line, jump.text()));
                    out.add(jumpMarker(jump.marker(), 0));
                } else {
                    out.add(jumpMarker(jump.marker(), line.blankBefore));
                    PageLine rest = withText(line, jump.text());
                    rest.blankBefore = 0;
                    out.add(rest);
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static PageLine jumpMarker(String marker, int blankBefore) {
        PageLine line = new PageLine(marker, blankBefore, false, marker.length());
        line.breakBefore = line.breakAfter = true;
        return line;
    }

    private static PageLine withText(PageLine line, String text) {
        PageLine copy = new PageLine(text, line.blankBefore, line.indented, line.rawLength);
        copy.markdownLevel = line.markdownLevel;
        copy.breakBefore = line.breakBefore;
        copy.doubled = line.doubled;
        copy.flags.addAll(line.flags);
        return copy;
    }

    /** Consecutive one-character lines (vertical print) become one line. */
    private static List<PageLine> joinVerticalText(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines.size());
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
                PageLine v = new PageLine(b.toString(), lines.get(i).blankBefore, false, j - i);
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

    private static boolean isSingleChar(PageLine l) {
        return l.text.length() == 1 && Chars.isHan(l.text.charAt(0)) && l.markdownLevel == 0;
    }

    // ---------------------------------------------------------------- blocks

    /**
     * In a double-spaced page every line of a text flow is followed by one blank line. A paragraph that starts
     * right under a finished, double-spaced paragraph without that blank line comes from another text frame:
     * the extraction jumped there.
     */
    private static boolean jumpsFrame(List<PageLine> previous, List<PageLine> paragraph, Layout layout) {
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

    private static List<Block> toBlocks(List<List<PageLine>> paragraphs, Layout layout) {
        List<Block> blocks = new ArrayList<>();
        boolean inAdIndex = false;
        // A page whose text comes through the shifted font in several places makes a short run with a
        // single marker (a headline with 野…冶) credible too.
        int affectedBlocks = 0;
        for (List<PageLine> p : paragraphs) {
            String text = Paragraphs.joinedText(p);
            if (MojibakeRepair.repair(text, false) != text) {
                affectedBlocks++;
            }
        }
        boolean pageAffected = affectedBlocks >= MOJIBAKE_PAGE_BLOCKS;
        List<PageLine> previous = null;
        String above = null; // the previous paragraph's text as printed
        for (List<PageLine> p : paragraphs) {
            PageLine first = p.get(0);
            Set<BlockFlag> flags = EnumSet.noneOf(BlockFlag.class);
            if (jumpsFrame(previous, p, layout)) {
                flags.add(BlockFlag.FRAME_JUMP);
            }
            previous = p;
            List<Integer> lengths = new ArrayList<>(p.size());
            for (PageLine l : p) {
                flags.addAll(l.flags);
                lengths.add(l.rawLength);
                if (l.doubled) {
                    flags.add(BlockFlag.DOUBLED_COLLAPSED);
                }
            }
            String text = Paragraphs.joinedText(p);
            String repaired = MojibakeRepair.repair(text, pageAffected);
            String tail = pageAffected && repaired.equals(text) ? MojibakeRepair.repairQuestionTail(text, above) : null;
            repaired = tail != null ? tail : repaired;
            above = text;
            if (!repaired.equals(text)) {
                flags.add(BlockFlag.MOJIBAKE_REPAIRED);
            }
            if (flags.contains(BlockFlag.TABLE_ROW)) {
                // its cells stay apart, and no line pattern of furniture applies to a row of figures
                blocks.add(new Block(blocks.size(), repaired, lengths, first.blankBefore, 0, null, flags));
                continue;
            }
            if (flags.contains(BlockFlag.BYLINE) || Bylines.isByline(repaired) || Captions.isPhotoCredit(repaired)) {
                text = SpaceRepair.repairKeepingNameSpaces(repaired);
            } else if (flags.contains(BlockFlag.TWO_DECK) && p.size() == 1) {
                // keep the one space that separates the two decks of a headline, as printed
                String deckLine = repaired.strip();
                int[] gap = HeadingLines.deckGap(deckLine);
                text = gap == null ? SpaceRepair.repair(deckLine)
                        : SpaceRepair.repair(deckLine.substring(0, gap[0])) + " " + SpaceRepair.repair(deckLine.substring(gap[1]));
            } else {
                // a letter-spaced headline closes its figures too (突 破 8 0 0 亿 元 reads 突破800亿元), which the
                // character rule keeps apart as it keeps "Tiger Neo 2024" apart
                String closed = p.size() == 1 && isLetterSpaced(repaired) ? closedLetterSpacing(repaired.strip()) : null;
                text = SpaceRepair.repair(closed != null ? closed : repaired);
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
            if (Captions.isPhotoCredit(text)) {
                flags.add(BlockFlag.PHOTO_CREDIT);
            }
            String furniture = blocks.size() < Furniture.PAGE_TOP_LINES ? Furniture.classifyPageTopBlock(text) : Furniture.classify(text);
            if (furniture == null && p.size() == 1) {
                // the spaces just removed may be what marks the line: 责任编辑 刘洋 美术编辑 陈静
                furniture = Furniture.classify(repaired);
            }
            if (furniture == null && p.size() == 1) {
                furniture = first.furniture;
            }
            if (furniture == null && p.size() == 1 && flags.contains(BlockFlag.DECORATION)) {
                furniture = Furniture.classifyDecorated(text); // ▶港口城市的夜经济 P12: a teaser
            }
            // (not a headline of two decks naming no page, printed under the index: what follows it is no row either)
            if (furniture == null && inAdIndex && Chars.width(text) <= 24 && !Chars.endsSentence(text)
                    && !(flags.contains(BlockFlag.TWO_DECK) && text.chars().noneMatch(c -> c >= '0' && c <= '9'))) {
                furniture = Furniture.AD_INDEX;
            }
            if (Furniture.TABLE.equals(furniture) && flags.contains(BlockFlag.LIST_ITEM)) {
                furniture = null; // a bulleted entry of a list with its cells apart is text, as on its line
            }
            inAdIndex = Furniture.AD_INDEX.equals(furniture);
            if (furniture != null) {
                text = Furniture.PAGE_REF.equals(furniture) ? MojibakeRepair.repairPageRef(text) : text;
            }
            if (first.bullet != 0 && furniture == null && flags.contains(BlockFlag.SENTENCE_END) && !flags.contains(BlockFlag.BYLINE)
                    && !flags.contains(BlockFlag.PHOTO_CREDIT) && Decorations.isDecoration(first.bullet)) {
                text = first.bullet + text; // a list item's bullet (●5路：取消…站。) is the text's, unlike a heading's ornament
            }
            blocks.add(new Block(blocks.size(), text, lengths, first.blankBefore, first.markdownLevel, furniture, flags));
        }
        return blocks;
    }
}
