package io.newsflow.split;

import static io.newsflow.split.Bigrams.union;
import static io.newsflow.split.Bigrams.CLOSING_HEAD_MIN;
import static io.newsflow.split.Bigrams.MIN_MATCH;
import static io.newsflow.split.Bigrams.NO_BIGRAM;
import static io.newsflow.split.Bigrams.headlineChars;
import static io.newsflow.split.Bigrams.joinBigram;
import static io.newsflow.split.Bigrams.overlap;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.BlockFlag;
import io.newsflow.normalize.Bylines;
import io.newsflow.normalize.Chars;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.normalize.Surnames;
import io.newsflow.split.Bigrams.GramSet;
import io.newsflow.split.Bigrams.PageGrams;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalized page into items (articles, briefs, photos, columns, interviews, listings).
 *
 * <p>Print layout does not keep reading order: headlines are printed after their article or in the
 * middle of another one, bylines far from their bodies. So splitting works in five steps:
 * <ol>
 *   <li>each block gets a role (body, headline, byline, credit, label, furniture);</li>
 *   <li>body blocks are cut into <em>segments</em> (one article body each) at bylines, datelines
 *       (本报讯), photo credits, strong headlines (a table's caption and the heading under its last row, a box's
 *       title among them), changes of column width, jumps to another text frame and "scan to read more" prompts; a
 *       weak headline
 *       between two body blocks of one column is a sub-heading and stays in the body, unless it is the headline of
 *       the untitled body above it, printed after that body (it matches that body clearly better than the text
 *       below);</li>
 *   <li>a signed article takes in the sections below it (segments under a short sub-heading unit,
 *       without a byline or dateline of their own; never a table or a box);</li>
 *   <li>headline units (label, kicker, title, subtitle, byline) are matched to segments by the
 *       character-bigram overlap of title and body plus a bonus for printing position, best pairs
 *       first;</li>
 *   <li>a headline no body claimed (or one claimed only for its position) is looked for inside the bodies: a
 *       paragraph after a finished one that matches it clearly, where the text above does not, begins its brief
 *       (briefs run together when the extraction printed their headlines elsewhere). The last (first) line of a
 *       two-line headline block that names the body of the headline printed right below (above) it, not its own,
 *       moves to that headline. Two neighbouring bodies that took the same headline (a standfirst printed above its
 *       article's headline, which the page also prints as a teaser) become one. A segment still without a headline
 *       promotes an early sub-heading to its title.</li>
 * </ol>
 *
 * <p>Headline/body fit is {@link Bigrams}; step 2 is {@link Segmenter}, step 5 {@link StrayHeadlines}. Stateless and
 * thread-safe. Items come back in page order of their bodies.
 */
public final class Splitter {

    /** Position bonus of a headline printed right above a byline and its body (0.3 without the byline). */
    private static final double SIGNED_BELOW_POSITION = 0.6;

    /** Most blocks of a headline stack: kicker, a title over two lines, subtitle. */
    private static final int HEAD_STACK_MAX_BLOCKS = 4;

    /** Most paragraphs of an untitled body printed right above its article's headline block (its lead). */
    static final int LEAD_ABOVE_MAX_BLOCKS = 2;

    /** Longest markdown heading read as a section name when a deeper heading follows it. */
    private static final int SECTION_LABEL_MAX = 4;
    /**
     * Connectives that open sentences of running text, and the speaker marks of an interview's questions and answers
     * (记者：, 问：, 答：, 主持人：): never a headline. A named speaker ("周明远：打造开放生态") may open one.
     */
    private static final Pattern SENTENCE_OPENER = Pattern.compile(
            "(?:与此同时|同时|此外|另外|近日|日前|目前|据悉|据了解|据介绍|其中|但是|然而|因此|所以|而且|不过|对此|为此|首先|其次|最后|事实上|实际上|一方面|另一方面)[，,]"
                    + "|(?:本报记者|记者|问|答|主持人)[：:]");
    /** Longest heading (all its lines) read as a section heading inside a signed article. */
    private static final int SUBHEADING_MAX = 24;
    private static final double MIN_PHOTO_MATCH = 0.34;

    enum Role { BODY, HEAD, BYLINE, CREDIT, LABEL, FURNITURE }

    /** A run of body blocks that forms one item's body. */
    static final class Segment {
        final List<Block> blocks = new ArrayList<>();
        String byline = "";
        String trailingByline = "";
        String credit = "";
        String dateline = "";
        /** Sections were joined under sub-headings: none of them is the headline. */
        boolean sectioned;
        /** A summary printed under a 核心提示-type label: it introduces the article below it. */
        boolean standfirst;
        Unit unit;
        int firstIndex;

        /** Bigrams of {@link #text()}, kept once the segment stopped growing (matching and after). */
        private GramSet grams;

        String text() {
            return textOf(blocks);
        }

        GramSet grams(PageGrams page) {
            if (grams == null) {
                // the blocks' bigrams (cached per page) and the bigrams across the joins: the same set as text()'s
                List<GramSet> parts = new ArrayList<>(blocks.size());
                int[] joins = new int[blocks.size()];
                int n = 0;
                for (int k = 0; k < blocks.size(); k++) {
                    parts.add(page.of(blocks.get(k)));
                    int join = k + 1 < blocks.size() ? joinBigram(blocks.get(k).text(), blocks.get(k + 1).text()) : NO_BIGRAM;
                    if (join != NO_BIGRAM) {
                        joins[n++] = join;
                    }
                }
                grams = union(parts, joins, n);
            }
            return grams;
        }

        /** Blocks were added or removed. */
        void changed() {
            grams = null;
        }
    }

    /** A headline printed as one unit: optional kicker, title, optional subtitle and byline. */
    static final class Unit {
        String kicker = "";
        String title = "";
        String subtitle = "";
        String byline = "";
        int index;
        boolean markdown;
        /** Built from one plain headline line so far: the next one may be its wrapped continuation. */
        boolean oneLine;
        /** The body this headline was printed right after, or null. */
        Segment bodyAbove;
        Segment segment;
        /** Its kicker is a column's bracketed name printed run into the title's first line (【市场观察】理性看待…). */
        boolean labelRunIn;
        /** A block of two decks ({@link Segmenter#splitDecks}): its text, and where its title starts (0: none). */
        String deckText = "";
        int deckCut;
    }

    public List<Item> split(NormalizedText page) {
        List<Block> blocks = page.blocks();
        Role[] roles = new Role[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            roles[i] = roleOf(blocks.get(i));
        }
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (roles[i] == Role.HEAD && isSectionLabel(blocks.get(i), blocks.get(i + 1))) {
                roles[i] = Role.LABEL;
            } else if (i > 0 && roles[i - 1] == Role.HEAD && roles[i + 1] == Role.BODY && isBareSignature(blocks.get(i))) {
                roles[i] = Role.BYLINE;
            } else if (roles[i] == Role.LABEL && roles[i + 1] == Role.BODY && Labels.isBoxName(blocks.get(i).text())) {
                roles[i] = Role.HEAD; // 温馨提示 right over its text: the box has no other title
            } else if (roles[i] == Role.LABEL && roles[i + 1] == Role.BODY && Labels.isEditorsNoteLabel(blocks.get(i).text())) {
                // 【编者按】 on a line of its own over the note: the note is an item of its own, so headed (a note
                // run in, 编者按：…, still opens the article below it)
                roles[i] = Role.HEAD;
            }
        }
        for (int i = 1; i < blocks.size(); i++) {
            // 10月28日（周三）14:30 市老年大学 讲座：秋冬养生与 / 慢病调理: a schedule's row wrapped, its short tail no headline
            Block above = blocks.get(i - 1);
            if (roles[i] == Role.HEAD && roles[i - 1] == Role.BODY && blocks.get(i).blankLinesBefore() == 0
                    && blocks.get(i).text().length() <= ROW_TAIL_MAX && !above.has(BlockFlag.SENTENCE_END)
                    && SCHEDULE_ROW.matcher(above.text()).lookingAt()) {
                roles[i] = Role.BODY;
            }
        }
        markPullQuotes(blocks, roles);
        markVerses(blocks, roles);
        markNoticeSignatures(blocks, roles);
        for (int i = blocks.size() - 2; i >= 0; i--) {
            if (roles[i] == Role.BODY && roles[i + 1] == Role.HEAD && isHeadlinesFirstClause(blocks, roles, i)) {
                roles[i] = Role.HEAD;
            }
        }
        for (int i = 1; i + 1 < blocks.size(); i++) {
            // under a column's name or a headline line; or standing alone between two finished texts (a reply above,
            // the next reader's letter below)
            boolean afterFinishedText = roles[i - 1] == Role.BODY && blocks.get(i - 1).has(BlockFlag.SENTENCE_END)
                    && blocks.get(i).blankLinesBefore() > 0 && blocks.get(i + 1).blankLinesBefore() > 0;
            if (roles[i] == Role.BODY && (roles[i - 1] == Role.HEAD || roles[i - 1] == Role.LABEL || afterFinishedText)
                    && roles[i + 1] == Role.BODY && isQuestionHeadline(blocks.get(i))) {
                roles[i] = Role.HEAD;
            }
        }
        List<Segment> segments = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        boolean blanksSeparateItems = Segmenter.blanksSeparateItems(page.layout(), blocks, roles);
        Segmenter.cut(page.layout(), blocks, roles, blanksSeparateItems, segments, units);
        joinSubsections(blanksSeparateItems, blocks, roles, segments, units);
        PageGrams grams = new PageGrams();
        match(segments, units, grams);
        StrayHeadlines.findUnclaimedHeadlines(blocks, segments, units, grams);
        StrayHeadlines.regroupHeadlineLines(blocks, units, grams);
        joinStandfirsts(segments, grams);
        joinTextBelowItsHeadline(blocks, segments, grams);
        splitSignedTails(blocks, segments, units);
        units.forEach(Segmenter::splitDecks);
        List<Item> items = new ArrayList<>();
        for (Segment s : segments) {
            Item item = toItem(s);
            if (item != null) {
                items.add(item);
            }
        }
        // A headline no body claimed is a teaser (front pages print headlines that point elsewhere);
        // it is kept as an item so that no text is lost.
        for (Unit u : units) {
            if (u.segment == null) {
                items.add(new Item(ItemKind.TEASER, Labels.unbracketedTitle(u.title), u.kicker, u.subtitle, u.byline, List.of()));
            }
        }
        return items;
    }

    // ------------------------------------------------------------------ roles

    static Role roleOf(Block b) {
        String t = b.text();
        if (b.isFurniture()) {
            return Role.FURNITURE;
        }
        if (b.has(BlockFlag.PHOTO_CREDIT)) {
            return Role.CREDIT;
        }
        if (b.has(BlockFlag.BYLINE)) {
            return Role.BYLINE;
        }
        if (b.has(BlockFlag.LIST_ITEM) || b.has(BlockFlag.TABLE_ROW) || Chars.isWireEndMark(t)) {
            return Role.BODY; // （完） wrapped onto a line of its own still ends its story's text
        }
        if (Labels.isBoxLabel(t) || b.has(BlockFlag.VERTICAL_TEXT) && t.length() <= 4
                // one or two characters are a section label, never a headline, but for a notice's title (公　告) and
                // a sentence's wrapped end (归。), which is text
                || t.length() <= 2 && b.markdownLevel() == 0 && !Labels.isNoticeTitle(t) && !b.has(BlockFlag.SENTENCE_END)) {
            return Role.LABEL;
        }
        if (b.markdownLevel() > 0) {
            return Role.HEAD;
        }
        if (DOCUMENT_NUMBER.matcher(t).matches()) {
            return Role.BODY; // （2024）汶0103民初1562号 under a court's notice: the document's number, its first line
        }
        if (Labels.isReplyLabel(t)) {
            return Role.BODY; // 【部门回复】 over the reply to a reader's letter: the letter's text goes on, as when run in
        }
        if (t.startsWith("《") && BOOK_ENTRY.matcher(t).matches()) {
            return Role.BODY; // 《山野手记》 黎青禾 著 北岭文艺出版社: an entry of a list of new books, not a headline
        }
        if (SCHEDULE_ROW.matcher(t).lookingAt()) {
            return Role.BODY; // 10月24日（周六）9:00 某社区 义诊: a row of a schedule; no headline opens with its time
        }
        if (isHeadlineText(t)) {
            return Role.HEAD;
        }
        return Role.BODY;
    }

    /** A book as a list of new books gives it: its title, its author and 著 (编著, 主编, 译), the publisher or not. */
    private static final Pattern BOOK_ENTRY = Pattern.compile(
            "《[^》]{1,30}》\\s*[\\p{IsHan}·]{1,10}\\s*(?:著|编著|主编|译|等著)(?:\\s*[\\p{IsHan}]{2,16})?");

    /** Longest wrapped tail of a schedule's row on a line of its own. */
    private static final int ROW_TAIL_MAX = 8;

    /** A schedule's row: a date, its weekday in brackets or not, then the time of day (10月24日（周六）9:00, 3月5日 14:30). */
    private static final Pattern SCHEDULE_ROW = Pattern.compile("\\d{1,2}月\\d{1,2}日\\s*(?:[（(](?:周|星期)[一二三四五六日天][）)])?\\s*\\d{1,2}[:：]\\d{2}");

    /** A document's number: a year in brackets, a short code, 号 (（2024）汶0103民初1562号, 〔2024〕12号). */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[（(〔\\[]\\d{4}[）)〕\\]][\\p{IsHan}A-Za-z\\d]{1,20}号");

    /** Fewest short unpunctuated blocks under a headline and its byline that are a poem's verses. */
    private static final int VERSE_BLOCKS_MIN = 3;
    /** Widest line of a verse. */
    private static final double VERSE_LINE_MAX = 20;

    /**
     * A poem (秋天的信 / ◎ 阿朵 / 秋天把一封信 / 夹在银杏叶里 …): under a headline and its byline, a run of at least
     * {@link #VERSE_BLOCKS_MIN} blocks of short lines without sentence punctuation reads as headlines, but no headline
     * stands between a byline and its text. They are the poem's body, up to the next headline that has a byline of
     * its own (the next piece) or whatever is not such a block.
     */
    private static void markVerses(List<Block> blocks, Role[] roles) {
        for (int i = 1; i < blocks.size(); i++) {
            boolean poet = roles[i] == Role.BYLINE
                    // a poet's two-character name, its spacing gone (林　默), reads as a section label
                    || roles[i] == Role.LABEL && blocks.get(i).text().length() == 2 && Surnames.isNameRun(blocks.get(i).text());
            if (!poet || roles[i - 1] != Role.HEAD) {
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && roles[end] == Role.HEAD && isVerse(blocks.get(end))
                    && !(end + 1 < blocks.size() && roles[end + 1] == Role.BYLINE)) {
                end++;
            }
            if (end - (i + 1) >= VERSE_BLOCKS_MIN) {
                for (int k = i + 1; k < end; k++) {
                    roles[k] = Role.BODY;
                }
            }
        }
        // a poem whose poet is named on its title's line (## 春分帖 苏禾): under that headline a run of verse lines
        // set tight in stanzas, longer than any headline stack and without the figures of a list of teasers
        for (int i = 1; i < blocks.size(); i++) {
            if (roles[i - 1] != Role.HEAD || roles[i] != Role.HEAD || !isVerse(blocks.get(i))) {
                continue;
            }
            int end = i;
            int lines = 0;
            int tight = 0; // lines printed right under the one above
            while (end < blocks.size() && roles[end] == Role.HEAD && isVerse(blocks.get(end))
                    && blocks.get(end).text().chars().noneMatch(Character::isDigit)) {
                Block b = blocks.get(end);
                lines += b.lineCount();
                tight += b.lineCount() - 1 + (end > i && b.blankLinesBefore() == 0 ? 1 : 0);
                end++;
            }
            if (lines >= UNSIGNED_VERSE_LINES_MIN && 2 * tight >= lines) {
                for (int k = i; k < end; k++) {
                    roles[k] = Role.BODY;
                }
            }
            i = end;
        }
    }

    /** Fewest verse lines that make a poem without a byline between its title and its text ({@link #markVerses}). */
    private static final int UNSIGNED_VERSE_LINES_MIN = 6;

    private static boolean isVerse(Block b) {
        if (b.markdownLevel() > 0 || b.has(BlockFlag.DOUBLED_COLLAPSED) || b.has(BlockFlag.DECORATION)) {
            return false;
        }
        for (int width : b.lineLengths()) {
            if (width > VERSE_LINE_MAX) {
                return false;
            }
        }
        return b.text().chars().noneMatch(c -> "。；！？：".indexOf(c) >= 0);
    }

    /**
     * Pull quotes (“孩子们走出大山的路……” / ——某村小学教师杨帆): a quotation set large inside the article, repeating its text;
     * like a photo printed there, it neither belongs to the body nor cuts it.
     */
    private static void markPullQuotes(List<Block> blocks, Role[] roles) {
        for (int i = 1; i < blocks.size(); i++) {
            int start = roles[i] == Role.HEAD ? pullQuoteStart(blocks, i) : -1;
            for (int k = start; k >= 0 && k <= i; k++) {
                roles[k] = Role.FURNITURE;
            }
        }
    }

    /** Longest speaker line under a pull quote (——白鹭坪村小学教师杨帆). */
    private static final int ATTRIBUTION_MAX = 20;
    /** Longest quotation set as a pull quote. */
    private static final int PULL_QUOTE_MAX = 60;

    /**
     * Where the pull quote whose speaker line is block {@code i} begins, or -1: {@code i} is a dash and a short phrase
     * without punctuation, under one whole finished quotation of at most {@link #PULL_QUOTE_MAX} characters printed in
     * one or two blocks (a large type wraps it).
     */
    private static int pullQuoteStart(List<Block> blocks, int i) {
        String t = blocks.get(i).text();
        if (i == 0 || !t.startsWith("——") || t.length() - 2 > ATTRIBUTION_MAX
                || t.chars().anyMatch(c -> "，。：；！？".indexOf(c) >= 0)) {
            return -1;
        }
        Block last = blocks.get(i - 1);
        String end = last.text();
        if (!end.endsWith("”") || !last.has(BlockFlag.SENTENCE_END)) {
            return -1;
        }
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            String quote = textOf(blocks.subList(k, i));
            if (quote.length() > PULL_QUOTE_MAX) {
                return -1;
            }
            if (quote.startsWith("“") && quote.indexOf('”') == quote.length() - 1) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A line of names only (王小明, 王小明 李华, 华信研究院 王小明), printed between a headline and its body: the writers,
     * signed without a role word or a decoration glyph (a feed that drops the ■ before them). Each name starts with a common
     * surname and does not end like a place; a lone name must have three characters, since two-character words
     * that start with a surname character are common (江城, 高温). The place between headline and body keeps a short
     * phrase that happens to read so (高质量) out elsewhere.
     */
    private static boolean isBareSignature(Block b) {
        String t = b.text().strip();
        if (b.markdownLevel() > 0 || b.lineCount() != 1 || t.length() > 30) {
            return false;
        }
        if (t.length() <= 4 && !t.contains(" ") && !t.contains("\u3000")) {
            return t.length() == 3 && Surnames.isNameRun(t) && PLACE_ENDINGS.indexOf(t.charAt(2)) < 0;
        }
        // several names, or an institution and its writers (华信研究院 王小明), read as after a decoration glyph
        for (String name : t.split("[ \u3000]+")) {
            if (PLACE_ENDINGS.indexOf(name.charAt(name.length() - 1)) >= 0 && Surnames.isNameRun(name)) {
                return false;
            }
        }
        return Bylines.isDecoratedSignature(t);
    }

    /** Longest first clause of a headline printed on a line of its own ({@link #isHeadlinesFirstClause}). */
    private static final int HEADLINE_CLAUSE_MAX = 14;

    /**
     * "“小巷管家”上岗，" over "老城区治理有了新帮手": a short line ending in a comma that opens an element (after a blank
     * line, a furniture or label block, or at the page top) right above a headline line, tight: the headline's first
     * clause, which the comma kept apart from it.
     */
    private static boolean isHeadlinesFirstClause(List<Block> blocks, Role[] roles, int i) {
        Block b = blocks.get(i);
        String t = b.text();
        return b.lineCount() == 1 && t.length() <= HEADLINE_CLAUSE_MAX && t.endsWith("，") && t.indexOf('。') < 0
                && blocks.get(i + 1).blankLinesBefore() == 0 && blocks.get(i + 1).markdownLevel() == 0
                && (i == 0 || b.blankLinesBefore() > 0 || roles[i - 1] == Role.FURNITURE || roles[i - 1] == Role.LABEL);
    }

    /**
     * A question on a line of its own under a column's name or a headline line, over text (读者问医生答 / 孩子反复咳嗽，要不要
     * 查过敏原？ / 读者问：…): the piece's title, though one comma keeps {@link #isHeadlineText} from reading it so
     * anywhere (a question in running text has one too).
     */
    private static boolean isQuestionHeadline(Block b) {
        String t = b.text();
        return b.lineCount() == 1 && t.length() <= QUESTION_HEADLINE_MAX && (t.endsWith("？") || t.endsWith("?"))
                && t.chars().filter(c -> c == '，' || c == ',').count() == 1 && t.chars().noneMatch(c -> "。；：:".indexOf(c) >= 0)
                && !SENTENCE_OPENER.matcher(t).lookingAt() && !Bylines.opensInterviewTurn(t);
    }

    /** Longest question read as a title by {@link #isQuestionHeadline}. */
    private static final int QUESTION_HEADLINE_MAX = 30;

    /** A wire story's end mark alone: （完）, (完). */

    /** Fewest characters on each side of a "——" that parts a headline line into title and subtitle. */
    private static final int INLINE_SUBTITLE_MIN = 4;

    /**
     * Where a "——" parts a headline into its title and a subtitle printed on the same line (守护健康，基层如何
     * 发力——专访区卫生健康局局长), or -1: at least {@link #INLINE_SUBTITLE_MIN} characters before it and after it, once.
     */
    private static int inlineSubtitleDash(String title) {
        int dash = title.indexOf("——");
        if (dash < INLINE_SUBTITLE_MIN || title.indexOf("——", dash + 2) >= 0) {
            return -1;
        }
        int after = dash;
        while (after < title.length() && title.charAt(after) == '—') {
            after++;
        }
        return title.length() - after >= INLINE_SUBTITLE_MIN ? dash : -1;
    }

    /** Last characters of place names: a "name" ending in one is a place (高新区, 金华市). */
    private static final String PLACE_ENDINGS = "省市县区州国村镇乡城江河湖山路街";

    /**
     * "## 评论" right above "### 让绿道真正活起来": a markdown heading of a few characters directly over a deeper one
     * names the section, not an item of its own.
     */
    private static boolean isSectionLabel(Block b, Block next) {
        return b.markdownLevel() > 0 && next.markdownLevel() > b.markdownLevel()
                && headlineChars(b.text()).length() <= SECTION_LABEL_MAX;
    }

    /** A half-width full stop ending a sentence of Chinese text anywhere in {@code t} ({@link Chars#isHalfWidthFullStop}). */
    private static boolean hasHalfWidthFullStop(String t) {
        for (int i = t.indexOf('.'); i > 0; i = t.indexOf('.', i + 1)) {
            if (Chars.isHalfWidthFullStop(t, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The issuers and the date signing a notice under its closing formula (特此公告。 / 某某法院 / 二〇二四年五月十日), short
     * lines printed tight below it, are its text: read as headlines they would head nothing or claim the item above.
     */
    private static void markNoticeSignatures(List<Block> blocks, Role[] roles) {
        for (int i = 1; i < blocks.size(); i++) {
            if (roles[i] == Role.HEAD && roles[i - 1] == Role.BODY && blocks.get(i - 1).has(BlockFlag.SENTENCE_END)
                    && isIssuerAndDate(blocks.get(i).text())) {
                roles[i] = Role.BODY; // 岚州市南坪区人民法院　二〇二四年十一月十一日: issuer and date on one line
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!Labels.closesNotice(blocks.get(i).text()) && !signedByIssuerAndDate(blocks, roles, i)) {
                continue;
            }
            // tight below it, or a blank line apart where the page puts one between paragraphs and the line says
            // what it is (issuers, a date)
            // the date under the issuers too, which alone on its line reads as a page's date (furniture)
            for (int k = i + 1; k < blocks.size() && k <= i + NOTICE_SIGNATURE_LINES
                    && (roles[k] == Role.HEAD || roles[k] == Role.FURNITURE && k > i + 1 && roles[k - 1] == Role.BODY
                    && DATE_LINE.matcher(blocks.get(k).text().strip()).matches())
                    && (blocks.get(k).blankLinesBefore() == 0 || blocks.get(k).blankLinesBefore() == 1 && isIssuerOrDate(blocks.get(k).text()))
                    && blocks.get(k).text().length() <= NOTICE_SIGNER_MAX; k++) {
                roles[k] = Role.BODY;
                if (blocks.get(k).text().endsWith("日")) {
                    break; // the date comes last
                }
            }
        }
    }

    /** An issuer (a company, an office, a bureau) as notices are signed: 某某基金管理有限公司, 某某市交通运输局. */
    static final Pattern ISSUER = Pattern.compile(
            "[\\p{IsHan}（）()]{2,24}(?:公司|集团|局|委员会|委|政府|办公室|中心|银行|协会|学会|学校|学院|大学|医院|法院|检察院|支队|大队)");
    /** A date alone on its line, as under a notice's issuer: 2024年6月13日, 二〇二四年六月十三日. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日");

    /** An issuer and a date on one line, as a notice is signed: 临澄地铁运营有限公司，2025年4月27日。 */
    static boolean isIssuerAndDate(String t) {
        // asked of the last paragraph of every text a heading might continue: a signature is a short line ending in 日
        if (t.length() > NOTICE_SIGNER_MAX + DATE_MAX || !(t.endsWith("日") || t.endsWith("日。"))) {
            return false;
        }
        Matcher date = DATE_AT_END.matcher(t);
        if (!date.find()) {
            return false;
        }
        String issuer = t.substring(0, date.start()).replaceAll("[，,\\s\u3000]+$", "");
        return ISSUER.matcher(issuer).matches();
    }

    /** Longest date of {@link #DATE_AT_END} (二〇二四年十一月十一日。). */
    private static final int DATE_MAX = 14;

    /** A date closing a line, its full stop after it or not. */
    private static final Pattern DATE_AT_END = Pattern.compile("(?:" + DATE_LINE.pattern() + ")[。]?$");

    /** One or more issuers side by side (江城市公安局交通警察支队　江城市城市管理局), or a date, alone on the line. */
    private static boolean isIssuerOrDate(String t) {
        String line = t.strip();
        if (DATE_LINE.matcher(line).matches()) {
            return true;
        }
        for (String part : line.split("[\\s\u3000]+")) {
            if (!ISSUER.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the paragraph at {@code i} is followed, tight, by an issuer's name and a date on lines of their own: a
     * notice signed without the closing formula (…咨询相关事宜。 / 某某基金管理有限公司 / 2024年6月13日).
     */
    private static boolean signedByIssuerAndDate(List<Block> blocks, Role[] roles, int i) {
        if (i + 2 >= blocks.size() || roles[i] != Role.BODY || !blocks.get(i).has(BlockFlag.SENTENCE_END)) {
            return false;
        }
        Block issuer = blocks.get(i + 1);
        Block date = blocks.get(i + 2);
        return roles[i + 1] == Role.HEAD && issuer.blankLinesBefore() == 0 && date.blankLinesBefore() == 0
                && ISSUER.matcher(issuer.text()).matches() && DATE_LINE.matcher(date.text().strip()).matches();
    }

    /** Most lines signing a notice under its closing formula (two issuers and the date). */
    static final int NOTICE_SIGNATURE_LINES = 3;
    /** Longest issuer or date line signing a notice. */
    static final int NOTICE_SIGNER_MAX = 24;

    static boolean isHeadlineText(String t) {
        if (SENTENCE_OPENER.matcher(t).lookingAt() || Bylines.opensNoticeField(t)) {
            return false;
        }
        int len = t.length();
        if (len < 2 || len > 40) {
            return false;
        }
        long commas = t.chars().filter(c -> c == '，' || c == ',').count();
        if (commas >= 2) {
            return false;
        }
        char last = t.charAt(len - 1);
        if (t.indexOf('。') >= 0 || t.indexOf('；') >= 0 || hasHalfWidthFullStop(t)) {
            return false;
        }
        if (last == '？' || last == '！' || last == '?' || last == '!') {
            return len <= 30 && t.indexOf('，') < 0;
        }
        return "，、：,:…—（(“‘《".indexOf(last) < 0;
    }

    // ------------------------------------------------------------------ matching

    private static void match(List<Segment> segments, List<Unit> units, PageGrams grams) {
        // Provisional links (headline right above the body) are confirmed only if no other body
        // fits the headline clearly better.
        record Pair(Segment s, Unit u, double score) { }
        List<Pair> pairs = new ArrayList<>();
        List<String> headlines = new ArrayList<>(units.size());
        for (Unit u : units) {
            headlines.add(headlineChars(u.kicker + u.title + u.subtitle)); // once per headline, not once per body
        }
        for (Segment s : segments) {
            GramSet bodyGrams = s.grams(grams); // once per body, not once per headline
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                double overlap = overlap(headlines.get(k), bodyGrams);
                double position = 0;
                if (s.unit == u) {
                    // headline, byline, body: the standard opening of an article, whatever the text above names
                    // (a caption right above a table names it: its rows share few words with it)
                    position = u.markdown || s.blocks.get(0).has(BlockFlag.TABLE_ROW) ? 1.0
                            : s.byline.isEmpty() ? 0.3 : SIGNED_BELOW_POSITION;
                } else if (u.index > lastIndex(s) && u.index <= lastIndex(s) + 3) {
                    position = 0.1; // printed right after the body
                }
                double score = overlap + position;
                if (s.standfirst && u.index > lastIndex(s)) {
                    continue; // a summary introduces the headline below it: that headline is not its own
                }
                boolean photo = !s.credit.isEmpty();
                if (photo && s.unit != u && overlap < MIN_PHOTO_MATCH) {
                    continue;
                }
                if (photo && s.unit == u && !u.markdown && overlap < MIN_PHOTO_MATCH) {
                    continue;
                }
                if (score >= MIN_MATCH) {
                    pairs.add(new Pair(s, u, score));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score, a.score));
        Set<Segment> takenS = new HashSet<>();
        Set<Unit> takenU = new HashSet<>();
        for (Segment s : segments) {
            s.unit = null;
        }
        for (Pair p : pairs) {
            if (takenS.contains(p.s) || takenU.contains(p.u)) {
                continue;
            }
            takenS.add(p.s);
            takenU.add(p.u);
            p.s.unit = p.u;
            p.u.segment = p.s;
        }
    }

    static String textOf(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            b.append(block.text());
        }
        return b.toString();
    }

    /**
     * A signed article (its headline carries a byline) goes on under its sub-headings until something opens
     * another item: a segment right below it whose only headline is the short unit printed between the two, in
     * the same column, without a byline, dateline or credit of its own, is the article's next section. Its
     * heading becomes a sub-heading in the body, as between two paragraphs. Runs on the provisional links
     * (headline printed right above a body), before matching, so the joined article competes for its headline
     * with all its text and the sub-headings are not offered to other bodies.
     */
    private static void joinSubsections(boolean blanksSeparateItems, List<Block> blocks, Role[] roles,
            List<Segment> segments, List<Unit> units) {
        // where blank lines separate items only (blanksSeparateItems), a heading after one heads an item, not a section
        Segment article = null;
        boolean signed = false;
        for (Iterator<Segment> it = segments.iterator(); it.hasNext(); ) {
            Segment s = it.next();
            if (article != null && (signed || numberedSections(blocks, article, s)) && continuesArticle(blocks, roles, article, s)
                    && !(blanksSeparateItems && blocks.get(lastIndex(article) + 1).blankLinesBefore() >= 1
                    && !Segmenter.isDecoratedSubheading(blocks.get(lastIndex(article) + 1)))) {
                for (int k = lastIndex(article) + 1; k < s.firstIndex; k++) {
                    article.blocks.add(blocks.get(k)); // only headline blocks lie between (checked)
                }
                article.blocks.addAll(s.blocks);
                article.changed();
                article.sectioned = true;
                if (s.unit != null) {
                    units.remove(s.unit);
                }
                it.remove();
                continue;
            }
            article = s;
            signed = isSigned(s);
        }
    }

    /** A section heading numbered in Chinese (一、不拆老房子, （二）留住老街坊): what no item's headline opens with. */
    private static final Pattern NUMBERED_SECTION = Pattern.compile("(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]).+");

    /**
     * Whether every block printed between {@code article} and {@code s} is a numbered section heading: then {@code s}
     * is the article's next section even where the article is not signed (a dated report, a web article), since an
     * item's headline is not numbered so.
     */
    private static boolean numberedSections(List<Block> blocks, Segment article, Segment s) {
        int from = lastIndex(article) + 1;
        for (int k = from; k < s.firstIndex; k++) {
            if (!NUMBERED_SECTION.matcher(blocks.get(k).text()).matches()) {
                return false;
            }
        }
        return from < s.firstIndex;
    }

    private static boolean isSigned(Segment s) {
        boolean byline = !s.byline.isEmpty() || s.unit != null && !s.unit.byline.isEmpty();
        return byline && (s.unit == null || !s.unit.markdown) && s.credit.isEmpty() && s.dateline.isEmpty()
                && s.trailingByline.isEmpty();
    }

    private static boolean continuesArticle(List<Block> blocks, Role[] roles, Segment article, Segment s) {
        if (!s.byline.isEmpty() || !s.credit.isEmpty() || !s.dateline.isEmpty() || !s.trailingByline.isEmpty()
                || !article.trailingByline.isEmpty()) {
            return false;
        }
        int from = lastIndex(article) + 1;
        if (from >= s.firstIndex || Segmenter.columnChanged(Segmenter.lastBlock(article), s.blocks.get(0))) {
            return false; // no heading between the two, or another column
        }
        if (s.blocks.get(0).has(BlockFlag.TABLE_ROW)) {
            return false; // a table under its caption is a listing of its own
        }
        if (opensQuestionTurn(s.blocks.get(0).text()) && article.blocks.stream().noneMatch(b -> opensQuestionTurn(b.text()))) {
            return false; // a reader's question and its answer under an article that asks nothing: a piece of its own
        }
        for (int k = from; k < s.firstIndex; k++) {
            if (roles[k] != Role.HEAD) {
                return false;
            }
        }
        Unit u = s.unit;
        if (u == null) {
            return false;
        }
        boolean printedAbove = u.index >= from && u.index < s.firstIndex;
        return printedAbove && !u.markdown && u.byline.isEmpty() && u.subtitle.isEmpty() && !Labels.isBoxTitle(u.title)
                && !Labels.isNoticeHeadline(u.title)
                && !Labels.isBoxName(u.title) && (u.kicker + u.title).length() <= SUBHEADING_MAX;
    }

    /** Who asks: a reader, named in brackets or not (读者（新港区刘女士）问：…, 网友问：…), or an interviewer (问：, 记者：). */
    private static final Pattern READER_QUESTION = Pattern.compile(
            "(?:(?:读者|网友|市民|听众|观众)(?:[（(][^）)]{1,16}[）)])?问|问|记者|主持人)[：:]");

    /** A paragraph that opens with a question: an interview's (问：, 记者：, 主持人：) or a reader's ({@link #READER_QUESTION}). */
    private static boolean opensQuestionTurn(String t) {
        return READER_QUESTION.matcher(t).lookingAt();
    }

    /** A table under its caption, with a note below it or not: most of its text blocks are the table's rows. */
    private static boolean isListing(Segment s) {
        long rows = s.blocks.stream().filter(b -> b.has(BlockFlag.TABLE_ROW)).count();
        return rows * 2 > s.blocks.size();
    }

    /** Least narrowing of the widest line, in characters, that tells another column's text from a paragraph's. */
    private static final int TAIL_COLUMN_NARROWING = 2;

    /**
     * A story signed at its end and titled under its signature (…。 / （本报记者 某某） / 烘干机“连轴转”), printed right
     * under an article that has a headline and a byline of its own, with no blank line or headline between the two:
     * both texts came out as one segment and the headline under the signature was left unclaimed. The segment is cut
     * where its paragraphs start running in a narrower column after a finished sentence, and the tail, with the
     * signature, goes to that headline. Nothing is cut where no such narrowing is found.
     */
    private static void splitSignedTails(List<Block> blocks, List<Segment> segments, List<Unit> units) {
        for (Unit u : units) {
            if (u.segment != null || u.index < 2 || !blocks.get(u.index - 1).has(BlockFlag.BYLINE)) {
                continue;
            }
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                boolean signedAbove = !s.byline.isEmpty() || s.unit != null && !s.unit.byline.isEmpty();
                if (s.unit == null || !signedAbove || s.trailingByline.isEmpty() || lastIndex(s) != u.index - 2) {
                    continue;
                }
                int cut = narrowingTail(s.blocks);
                if (cut > 0) {
                    Segment tail = new Segment();
                    tail.blocks.addAll(s.blocks.subList(cut, s.blocks.size()));
                    tail.firstIndex = tail.blocks.get(0).index();
                    tail.trailingByline = s.trailingByline;
                    tail.unit = u;
                    u.segment = tail;
                    s.blocks.subList(cut, s.blocks.size()).clear();
                    s.trailingByline = "";
                    s.changed();
                    segments.add(i + 1, tail);
                }
                break;
            }
        }
    }

    /**
     * Where a segment's last paragraphs run in a column narrower than the ones before (the widest line of the first
     * of them at least {@link #TAIL_COLUMN_NARROWING} narrower than the widest before it, none as wide), after a
     * finished sentence: the first of them, or 0.
     */
    private static int narrowingTail(List<Block> body) {
        int before = 0; // the widest line of the blocks before k
        for (int k = 1; k < body.size(); k++) {
            before = Math.max(before, body.get(k - 1).maxLineLength());
            if (!body.get(k - 1).has(BlockFlag.SENTENCE_END) || body.get(k - 1).lineCount() < 2) {
                continue;
            }
            // the first of them clearly narrower, the rest never as wide as before (a line may run one character over)
            boolean narrower = body.get(k).maxLineLength() <= before - TAIL_COLUMN_NARROWING;
            for (int j = k; j < body.size() && narrower; j++) {
                narrower = body.get(j).lineCount() >= 2 && body.get(j).maxLineLength() < before;
            }
            if (narrower) {
                return k;
            }
        }
        return 0;
    }

    private static int lastIndex(Segment s) {
        return Segmenter.lastBlock(s).index();
    }

    /**
     * A standfirst printed above its article's headline becomes a segment of its own, and where the page prints
     * that headline twice (a front-page teaser of an inside article) the standfirst takes the other copy: two
     * neighbouring bodies with one headline. The one above, unsigned and undated, opens the one below; its copy of
     * the headline is left unclaimed (a teaser). Photos keep their own captions; short titles (图片新闻, 短讯) may
     * head several items and do not count. An editor's note (编者按：…) printed above a headline, untitled, opens
     * the article below the same way.
     */
    private static void joinStandfirsts(List<Segment> segments, PageGrams grams) {
        for (int i = segments.size() - 2; i >= 0; i--) {
            Segment above = segments.get(i);
            Segment below = segments.get(i + 1);
            if (below.unit == null || above.unit == below.unit
                    || !above.credit.isEmpty() || !below.credit.isEmpty()
                    || !above.trailingByline.isEmpty() || lastIndex(above) > below.unit.index) {
                continue;
            }
            // a lead signed above it (▶ 本报记者 X / the first paragraph / the headline stack / the rest) brings its
            // byline to an article that has none of its own
            boolean signedLead = !above.byline.isEmpty();
            boolean pageTop = i == 0;
            if (signedLead && (!below.byline.isEmpty() || !below.unit.byline.isEmpty() || !leadAboveStack(above, below, grams, pageTop))
                    || !signedLead && !opensBelow(above, below, grams, pageTop)) {
                continue;
            }
            if (signedLead) {
                below.byline = above.byline;
            }
            below.blocks.addAll(0, above.blocks);
            below.changed();
            below.firstIndex = above.firstIndex;
            if (!above.dateline.isEmpty()) {
                below.dateline = above.dateline;
            }
            if (above.unit != null && isLabelOverLead(above) && below.unit.kicker.isEmpty()) {
                below.unit.kicker = above.unit.title; // 翰墨丹青 / 艺坛人物 over the lead: the article's kicker
                above.unit.segment = below;
            } else if (above.unit != null) {
                above.unit.segment = null;
            }
            segments.remove(i);
        }
    }

    /** Longest headline (its characters) over a lead read as a column's label rather than the lead's own title. */
    private static final int LABEL_OVER_LEAD_MAX = 8;

    /**
     * Whether the headline segment {@code above} took is a short label printed over its text (翰墨丹青 / 艺坛人物 /
     * ▶ 本报记者 X / the lead): no kicker, subtitle or byline of its own, at most {@link #LABEL_OVER_LEAD_MAX}
     * characters.
     */
    private static boolean isLabelOverLead(Segment above) {
        Unit u = above.unit;
        return u != null && u.kicker.isEmpty() && u.subtitle.isEmpty() && u.byline.isEmpty() && u.index < above.firstIndex
                && headlineChars(u.title).length() <= LABEL_OVER_LEAD_MAX;
    }

    /** Least share of a mid-story headline's bigrams the text below it must hold to be the same story's. */
    private static final double REST_MATCH = 0.15;

    /**
     * A headline printed in the middle of its story (新华社柏林6月3日电… / 欧洲多地遭遇罕见六月热浪 / the rest): matching
     * gave it to the paragraphs above, which it names, and left the paragraphs printed right under it untitled. Those
     * go on with the story when nothing of their own opens them: no headline, dateline, byline or photo credit, the
     * story above is not signed at its end, nothing but the headline stands between the two (a read-more prompt
     * there ends the story above: the headline printed after it is its, the text below another's), and the text
     * below shares words with the headline ({@link #REST_MATCH}): under a brief's headline printed after it, the
     * next untitled brief speaks of something else.
     */
    private static void joinTextBelowItsHeadline(List<Block> blocks, List<Segment> segments, PageGrams grams) {
        for (int i = segments.size() - 2; i >= 0; i--) {
            Segment story = segments.get(i);
            Segment rest = segments.get(i + 1);
            Unit u = story.unit;
            if (u == null || u.index < lastIndex(story) || rest.unit != null || rest.firstIndex != u.index + 1
                    || !rest.dateline.isEmpty() || !rest.byline.isEmpty() || !rest.credit.isEmpty()
                    || !story.trailingByline.isEmpty() || !story.credit.isEmpty()
                    || blocks.subList(lastIndex(story) + 1, rest.firstIndex).stream().anyMatch(Block::isFurniture)
                    || overlap(headlineChars(u.title), rest.grams(grams)) < REST_MATCH) {
                continue;
            }
            story.blocks.addAll(rest.blocks);
            story.trailingByline = rest.trailingByline;
            story.changed();
            segments.remove(i + 1);
        }
    }

    /** Whether the text of segment {@code above} opens the headlined segment right below it ({@link #joinStandfirsts}). */
    private static boolean opensBelow(Segment above, Segment below, PageGrams grams, boolean pageTop) {
        String title = headlineChars(below.unit.title);
        if (!above.dateline.isEmpty()) {
            // 本报讯（记者 X）… / 稳中有进 / 我市一季度经济运行实现“开门红” / the rest, which names no reporter of its
            // own: the dateline's paragraph is the article's first, its headline printed after it (a "headline"
            // holding 记者 has swallowed a byline or text and names nothing reliably)
            // (a bare 本报讯 names none either: the byline printed with the headline below is the article's)
            return above.unit == null && above.blocks.size() == 1 && below.dateline.isEmpty()
                    && (below.byline.isEmpty() || !above.dateline.contains("记者")) && !below.unit.title.contains("记者")
                    && below.unit.index - lastIndex(above) <= HEAD_STACK_MAX_BLOCKS && title.length() >= CLOSING_HEAD_MIN
                    && (overlap(title, above.grams(grams)) >= MIN_MATCH || namesAbove(below.unit, above, grams, MIN_MATCH));
        }
        boolean editorsNote = above.unit == null && above.blocks.size() == 1
                && (above.standfirst || Labels.opensEditorsNote(above.blocks.get(0).text()));
        boolean sameHeadline = above.unit != null && title.length() >= CLOSING_HEAD_MIN
                && title.equals(headlineChars(above.unit.title));
        // an article's first paragraph printed above its headline block: untitled, short, right above the
        // headline, which names it
        boolean leadAbove = above.unit == null && above.blocks.size() <= LEAD_ABOVE_MAX_BLOCKS
                && below.unit.index - lastIndex(above) <= 2 && title.length() >= CLOSING_HEAD_MIN
                && overlap(title, above.grams(grams)) >= MIN_MATCH;
        return editorsNote || sameHeadline || leadAbove || leadAboveStack(above, below, grams, pageTop);
    }

    /**
     * Whether the untitled text of segment {@code above}, at most {@link #LEAD_ABOVE_MAX_BLOCKS} paragraphs, is the
     * lead of the article below, printed above its whole headline stack (a kicker or a subtitle with the title), which
     * names it in any of its lines (省光电技术研究院攻关三年 / “掌上光谱仪”让土壤体检快人一步 / ——十秒内完成…).
     */
    private static boolean leadAboveStack(Segment above, Segment below, PageGrams grams, boolean pageTop) {
        Unit u = below.unit;
        // the page's first text, untitled, under nothing but the page's header: a story's lead printed above its
        // headline far more often than the end of a story from elsewhere, so a weaker likeness will do
        // (a box's bracketed name, 【赛果速递】, heads the box's own text, not a lead)
        return (above.unit == null || isLabelOverLead(above) && !above.unit.title.startsWith("【"))
                && above.blocks.size() <= LEAD_ABOVE_MAX_BLOCKS && above.dateline.isEmpty()
                && (!u.kicker.isEmpty() || !u.subtitle.isEmpty()) && u.index - lastIndex(above) <= HEAD_STACK_MAX_BLOCKS
                && headlineChars(u.title).length() >= CLOSING_HEAD_MIN && namesAbove(u, above, grams, pageTop ? REST_MATCH : MIN_MATCH);
    }

    /** Whether any line of a headline stack (kicker, title, subtitle) names the untitled text above it. */
    private static boolean namesAbove(Unit u, Segment above, PageGrams grams, double least) {
        for (String line : List.of(u.kicker, u.title, u.subtitle)) {
            String h = headlineChars(line);
            if (h.length() >= CLOSING_HEAD_MIN / 2 && overlap(h, above.grams(grams)) >= least) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ items

    /** Fewest question turns (记者：…, 问：…) of an interview. */
    private static final int INTERVIEW_QUESTIONS_MIN = 2;

    /**
     * A question-and-answer piece: at least {@link #INTERVIEW_QUESTIONS_MIN} paragraphs ask (记者：, 问：, 主持人：) and
     * as many answer (答：, or the speaker's name and a colon).
     */
    private static boolean isInterview(List<String> paragraphs) {
        int questions = 0;
        int answers = 0;
        for (String p : paragraphs) {
            if (!Bylines.opensInterviewTurn(p)) {
                continue;
            }
            if (p.startsWith("记者") || p.startsWith("问") || p.startsWith("主持人")) {
                questions++;
            } else {
                answers++;
            }
        }
        return questions >= INTERVIEW_QUESTIONS_MIN && answers >= INTERVIEW_QUESTIONS_MIN;
    }

    private static Item toItem(Segment s) {
        List<String> paragraphs = new ArrayList<>();
        for (Block b : s.blocks) {
            paragraphs.add(b.text());
        }
        String byline = s.byline;
        if (!s.dateline.isEmpty() && !paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            paragraphs.set(0, first.startsWith(s.dateline) ? Bylines.textAfterDateline(first)
                    : first.substring(first.indexOf(s.dateline) + s.dateline.length()).strip());
        }
        String title = "";
        String kicker = "";
        String subtitle = "";
        if (s.unit != null) {
            title = Labels.unbracketedTitle(s.unit.title);
            kicker = s.unit.kicker;
            subtitle = s.unit.subtitle;
            if (!kicker.isEmpty() && subtitle.isEmpty() && NUMBERED_SECTION.matcher(title).matches()) {
                // 招生简章 / 一、学校简介: the headline, then the text's first numbered section, not a kicker and its title
                paragraphs.add(0, title);
                title = kicker;
                kicker = "";
            }
            if (byline.isEmpty()) {
                byline = s.unit.byline;
            }
        } else if (s.credit.isEmpty() && !s.sectioned) {
            // headline printed after the lead paragraph(s): promote an early sub-heading
            for (int i = 1; i < Math.min(4, s.blocks.size() - 1); i++) {
                Block b = s.blocks.get(i);
                if (isHeadlineText(b.text()) && !b.has(BlockFlag.SENTENCE_END) && b.text().length() <= 16 && b.lineCount() == 1) {
                    title = b.text();
                    paragraphs.remove(i);
                    break;
                }
            }
        }
        if (byline.isEmpty() && !s.dateline.isEmpty()) {
            byline = s.dateline.contains("(") || s.dateline.contains("（") || s.trailingByline.isEmpty() ? s.dateline : s.trailingByline;
        } else if (!s.dateline.isEmpty() && !byline.contains(s.dateline)) {
            // the dateline left the first paragraph: kept beside a byline printed with the headline, not lost
            byline = byline + " " + s.dateline;
        }
        // a writer's affiliation printed under the signature (（作者单位：某大学）) stays where it was printed, at the end
        if (Bylines.isAffiliationNote(byline) && !s.trailingByline.isEmpty()) {
            paragraphs.add(byline);
            byline = "";
        }
        if (Bylines.isAffiliationNote(s.trailingByline) && !byline.isEmpty()) {
            paragraphs.add(s.trailingByline);
        } else if (byline.isEmpty()) {
            byline = s.trailingByline;
        } else if (Bylines.isSourceNote(byline) && !s.trailingByline.isEmpty() && !Bylines.isSourceNote(s.trailingByline)) {
            // writers signed under the last paragraph, the source note under the headline printed after it
            byline = s.trailingByline + " " + byline;
        } else if (Bylines.isSourceNote(s.trailingByline) && !byline.contains(s.trailingByline)) {
            // a source note or closing dateline under the last paragraph of a signed article: kept beside the writers
            byline = byline + " " + s.trailingByline;
        }
        ItemKind kind;
        if (!s.credit.isEmpty()) {
            kind = ItemKind.PHOTO;
            byline = s.credit;
        } else if (isListing(s)) {
            kind = ItemKind.LISTING;
        } else if (!s.dateline.isEmpty() || Bylines.opensWithDateline(byline)) {
            kind = ItemKind.BRIEF; // a news item under a dateline, printed in its first paragraph or on a line above it
        } else if (!title.isEmpty() && isInterview(paragraphs)) {
            kind = ItemKind.INTERVIEW;
        } else if (!title.isEmpty() && (title.length() <= 6 && !byline.isEmpty() || Bylines.signsCommentary(byline))) {
            kind = ItemKind.COLUMN; // a named column (市场观潮 + its writer) or a commentator's piece
        } else if ((byline.isEmpty() || Bylines.isSourceNote(byline)) && String.join("", paragraphs).length() < 800
                || title.isEmpty()) {
            // a source note (综合新华社…) credits wires, not a reporter: a short item under it is still a brief
            kind = ItemKind.BRIEF;
        } else {
            kind = ItemKind.ARTICLE;
        }
        paragraphs.removeIf(String::isBlank);
        if (paragraphs.isEmpty()) {
            return null;
        }
        int dash = subtitle.isEmpty() ? inlineSubtitleDash(title) : -1;
        if (dash > 0) {
            // 端侧大模型，挤进手机的“最后一厘米”——国产终端厂商竞逐AI手机新赛道: the subtitle printed on the title's line
            subtitle = title.substring(dash).replaceFirst("^[—-]+", "").strip();
            title = title.substring(0, dash).strip();
        }
        return new Item(kind, title, kicker, subtitle, byline, paragraphs);
    }
}
