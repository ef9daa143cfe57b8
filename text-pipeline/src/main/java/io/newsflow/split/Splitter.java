package io.newsflow.split;

import static io.newsflow.split.Bigrams.bigrams;
import static io.newsflow.split.Bigrams.distinctSorted;
import static io.newsflow.split.Bigrams.NO_BIGRAM;
import static io.newsflow.split.Bigrams.headlineChars;
import static io.newsflow.split.Bigrams.joinBigram;
import static io.newsflow.split.Bigrams.overlap;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.BlockFlag;
import io.newsflow.normalize.Bylines;
import io.newsflow.normalize.Layout;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.split.Bigrams.PageGrams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a normalized page into items (articles, briefs, photos, columns).
 *
 * <p>Print layout does not keep reading order: headlines are printed after their article or in the
 * middle of another one, bylines far from their bodies. So splitting works in five steps:
 * <ol>
 *   <li>each block gets a role (body, headline, byline, credit, label, furniture);</li>
 *   <li>body blocks are cut into <em>segments</em> (one article body each) at bylines, datelines
 *       (本报讯), photo credits, strong headlines, changes of column width, jumps to another text
 *       frame and "scan to read more" prompts; a weak headline
 *       between two body blocks of one column is a sub-heading and stays in the body, unless it is the headline of
 *       the untitled body above it, printed after that body (it matches that body clearly better than the text
 *       below);</li>
 *   <li>a signed article takes in the sections below it (segments under a short sub-heading unit,
 *       without a byline or dateline of their own);</li>
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
 * <p>Headline/body fit is {@link Bigrams}; step 5 is {@link StrayHeadlines}. Stateless and thread-safe. Items come
 * back in page order of their bodies.
 */
public final class Splitter {

    private static final Pattern LABEL_WORDS = Pattern.compile("阅读提示|导读|核心提示|编者按|内容提要|链接|相关链接|延伸阅读");
    private static final int LABEL_MAX = 6;
    /** Longest markdown heading read as a section name when a deeper heading follows it. */
    private static final int SECTION_LABEL_MAX = 4;
    /**
     * Connectives that open sentences of running text, and the speaker marks of an interview's questions and answers
     * (记者：, 问：, 答：, 主持人：): never a headline. A named speaker ("齐向东：重塑内生安全") may open one.
     */
    private static final Pattern SENTENCE_OPENER = Pattern.compile(
            "(?:与此同时|同时|此外|另外|近日|日前|目前|据悉|据了解|据介绍|其中|但是|然而|因此|所以|而且|不过|对此|为此|首先|其次|最后|事实上|实际上|一方面|另一方面)[，,]"
                    + "|(?:本报记者|记者|问|答|主持人)[：:]");
    /** Kind the normalizer gives a QR-code prompt (a value of the page contract, see {@code Block#furniture}). */
    private static final String QR_PROMPT = "qr_prompt";
    /** A QR prompt that invites to read on: printed where an excerpt or a brief ends. */
    private static final Pattern READ_MORE = Pattern.compile(".*(阅读|全文|更多).*");
    /** Blank lines that separate two items even without a headline between them. */
    private static final int WIDE_GAP = 3;
    /** Widest printed column we expect: newspaper columns wrap every 15–40 characters. */
    private static final int MAX_COLUMN_WIDTH = 45;
    static final double MIN_MATCH = 0.25;
    /** Longest line of a headline wrapped in a narrow column (headline type: few characters a line). */
    private static final int WRAPPED_HEAD_LINE_MAX = 16;
    /** Widest column (printed characters) a hard-wrapping feed is taken to use; unwrapped paragraphs run longer. */
    private static final int WRAPPED_COLUMN_MAX = 45;
    /** Share of body blocks wrapped in such a column above which a page's body counts as hard-wrapped. */
    private static final double HARD_WRAPPED_BODY_SHARE = 0.6;
    /** Punctuation that a line of a wrapped headline does not carry (quotes and book-title marks it may). */
    private static final Pattern HEAD_PUNCT = Pattern.compile("[，。、：；！？,:;!?…—]");
    /** Longest heading (all its lines) read as a section heading inside a signed article. */
    private static final int SUBHEADING_MAX = 24;
    private static final double MIN_PHOTO_MATCH = 0.34;
    /** Shortest headline (characters without punctuation) taken as the headline of the body printed above it. */
    static final int CLOSING_HEAD_MIN = 8;
    /** A weak headline closes the body above when it matches it at least this well... */
    static final double CLOSING_MATCH = 0.5;
    /** ...and this much better than the next {@link #BELOW_BLOCKS} body blocks below it. */
    static final double CLOSING_MARGIN = 0.25;
    private static final int BELOW_BLOCKS = 3;

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
        Unit unit;
        int firstIndex;

        /** Bigrams of {@link #text()}, kept once the segment stopped growing (matching and after). */
        private int[] grams;

        String text() {
            return textOf(blocks);
        }

        int[] grams(PageGrams page) {
            if (grams == null) {
                // the blocks' bigrams (cached per page) and the bigram across each join: the same set as text()'s
                List<int[]> parts = new ArrayList<>(blocks.size());
                int n = 0;
                for (Block b : blocks) {
                    int[] g = page.of(b);
                    parts.add(g);
                    n += g.length;
                }
                int[] all = new int[n + blocks.size()];
                int at = 0;
                for (int[] g : parts) {
                    System.arraycopy(g, 0, all, at, g.length);
                    at += g.length;
                }
                for (int k = 0; k + 1 < blocks.size(); k++) {
                    int join = joinBigram(blocks.get(k).text(), blocks.get(k + 1).text());
                    if (join != NO_BIGRAM) {
                        all[at++] = join;
                    }
                }
                grams = distinctSorted(Arrays.copyOf(all, at));
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
            }
        }
        List<Segment> segments = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        cut(page.layout(), blocks, roles, segments, units);
        joinSubsections(blocks, roles, segments, units);
        PageGrams grams = new PageGrams();
        match(segments, units, grams);
        StrayHeadlines.findUnclaimedHeadlines(blocks, segments, units, grams);
        StrayHeadlines.regroupHeadlineLines(blocks, units, grams);
        joinStandfirsts(segments);
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
                items.add(new Item(ItemKind.TEASER, u.title, u.kicker, u.subtitle, u.byline, List.of()));
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
        if (LABEL_WORDS.matcher(t).matches() || b.has(BlockFlag.VERTICAL_TEXT) && t.length() <= 4
                || t.length() <= 2 && b.markdownLevel() == 0) { // one or two characters are a section label, never a headline
            return Role.LABEL;
        }
        if (b.markdownLevel() > 0) {
            return Role.HEAD;
        }
        if (isHeadlineText(t)) {
            return Role.HEAD;
        }
        return Role.BODY;
    }

    /**
     * "## 评论" right above "### 让绿道真正活起来": a markdown heading of a few characters directly over a deeper one
     * names the section, not an item of its own.
     */
    private static boolean isSectionLabel(Block b, Block next) {
        return b.markdownLevel() > 0 && next.markdownLevel() > b.markdownLevel()
                && headlineChars(b.text()).length() <= SECTION_LABEL_MAX;
    }

    static boolean isHeadlineText(String t) {
        if (SENTENCE_OPENER.matcher(t).lookingAt()) {
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
        if (t.indexOf('。') >= 0 || t.indexOf('；') >= 0) {
            return false;
        }
        if (last == '？' || last == '！' || last == '?' || last == '!') {
            return len <= 30 && t.indexOf('，') < 0;
        }
        return "，、：,:…—（(“‘《".indexOf(last) < 0;
    }

    // ------------------------------------------------------------------ segmentation

    private void cut(Layout layout, List<Block> blocks, Role[] roles, List<Segment> segments, List<Unit> units) {
        Segment current = null;
        Unit pending = null; // a headline unit still collecting kicker/title/byline
        String pendingByline = "";
        boolean singleSpacedWraps = layout != Layout.DOUBLE_SPACED && isHardWrapped(blocks, roles);
        Segment interrupted = null; // the article a photo's caption and credit were just cut out of
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Role role = roles[i];
            if (role != Role.CREDIT && role != Role.BODY && role != Role.HEAD && !isCrossColumnFurniture(b, role)) {
                interrupted = null;
            }
            switch (role) {
                case FURNITURE -> {
                    // furniture never enters a body and does not cut one: it is printed across columns;
                    // only a "scan to read more" prompt after a finished sentence marks where an item ends
                    if (current != null && isReadMore(b) && lastBlock(current).has(BlockFlag.SENTENCE_END)) {
                        current = null;
                    }
                }
                case LABEL -> {
                    // a label (阅读提示, a vertical 本报 marker) opens something new
                    current = null;
                }
                case CREDIT -> {
                    // a paragraph that opens like a caption (图为…) is where the caption begins: the paragraphs
                    // above it are an article's, the photo printed inside it
                    int captionStart = current == null ? -1 : captionOpenerAt(current); // 0: all of it is the caption
                    if (captionStart < 0 && current != null && (current.blocks.size() > 2 && !isCaptionSized(current)
                            || current.blocks.size() >= 2 && (!current.byline.isEmpty() || !current.dateline.isEmpty()))) {
                        // a caption printed right after an article (a long one, or one opened by a reporter's
                        // byline or a 本报讯 dateline: neither opens a caption): only the last paragraph is the caption
                        captionStart = current.blocks.size() - 1;
                    }
                    if (captionStart > 0) {
                        List<Block> caption = new ArrayList<>(current.blocks.subList(captionStart, current.blocks.size()));
                        current.blocks.subList(captionStart, current.blocks.size()).clear();
                        interrupted = current;
                        current = new Segment();
                        current.firstIndex = caption.get(0).index();
                        current.blocks.addAll(caption);
                        segments.add(current);
                    }
                    if (current != null) {
                        current.credit = b.text();
                        current = null;
                    }
                    pending = null;
                }
                case BYLINE -> {
                    String signature = Bylines.closingSignature(b.text());
                    boolean closing = signature != null || Bylines.isSourceNote(b.text());
                    if (current != null && (!isBylineLine(b) || closing) && i > 0 && roles[i - 1] == Role.BODY) {
                        // "…开放时间。 王小明", or a signature or source note in brackets closing the article:
                        // （本报记者 王小明）, (综合新华社、央视财经等)
                        current.trailingByline = signature != null ? signature : b.text();
                        current = null;
                    } else if (pending != null && pending.byline.isEmpty() && nextBodyIsPhoto(blocks, roles, i)) {
                        pending.byline = b.text();
                    } else if (pending != null && pending.byline.isEmpty() && !startsBody(roles, i + 1)) {
                        pending.byline = b.text();
                    } else if (current != null && current.blocks.size() == 1 && current.byline.isEmpty()
                            && (current.unit != null || lastUnitAdjacent(units, current))) {
                        // title, lead/summary paragraph, then the byline: still the same item
                        current.byline = b.text();
                    } else {
                        pendingByline = b.text();
                        current = null;
                    }
                }
                case HEAD -> {
                    boolean strong = isStrongHead(layout, blocks, roles, i);
                    if (!strong && current != null && isSubheading(blocks, roles, i) && !closesSegment(current, blocks, roles, i)) {
                        current.blocks.add(b);
                        continue;
                    }
                    if (!strong && current == null && interrupted != null && pending == null
                            && resumesAfterPhoto(layout, interrupted, blocks, roles, i)) {
                        // a sub-heading of the article a photo was printed in, right after the photo's credit
                        current = interrupted;
                        interrupted = null;
                        current.blocks.add(b);
                        continue;
                    }
                    interrupted = null;
                    boolean wrapGap = layout == Layout.DOUBLE_SPACED ? b.blankLinesBefore() <= 1
                            : singleSpacedWraps && b.blankLinesBefore() == 0;
                    if (pending != null && wrapGap && pending.oneLine && pending.index == i - 1
                            && isPlainHeadLine(b, true) && !startsNextHeadline(pending, b)) {
                        // a headline wrapped in a narrow column comes out as two lines, double-spaced like the
                        // page's body or, where the body is hard-wrapped without blank lines, tight
                        pending.title = pending.title + b.text();
                        pending.index = i;
                        pending.oneLine = false;
                    } else if (pending != null && canStack(layout, pending, b, blocks, i) && !closesBodyAbove(pending)) {
                        stack(pending, b);
                        pending.bodyAbove = null; // its title now is a line not printed right after that body
                    } else {
                        pending = new Unit();
                        pending.index = i;
                        pending.markdown = b.markdownLevel() > 0;
                        pending.title = b.text();
                        pending.oneLine = isPlainHeadLine(b, false);
                        pending.byline = pendingByline; // "▶ 本报记者 X" printed above the headline
                        pending.bodyAbove = current != null && roles[i - 1] == Role.BODY ? current : null;
                        units.add(pending);
                    }
                    current = null;
                    pendingByline = "";
                }
                case BODY -> {
                    String dateline = Bylines.datelinePrefix(b.text());
                    Block last = current == null ? null : lastBlock(current);
                    // a sentence running on into a wider or narrower column is still the same article
                    boolean widthChange = last != null && last.has(BlockFlag.SENTENCE_END)
                            && columnChangedAfter(layout, current, b);
                    boolean wideGap = b.blankLinesBefore() >= WIDE_GAP;
                    // the extraction jumped to another text frame right after a finished paragraph
                    boolean frameJump = b.has(BlockFlag.FRAME_JUMP);
                    if (current == null && interrupted != null && pending == null && pendingByline.isEmpty()
                            && dateline == null && !wideGap && !frameJump && !columnChangedAfter(layout, interrupted, b)) {
                        // a photo printed inside an article: the extraction put its caption and credit between two
                        // of the article's paragraphs, and the text after them, untitled and unsigned, goes on
                        current = interrupted;
                    }
                    interrupted = null;
                    if (current == null || dateline != null || widthChange || wideGap || frameJump) {
                        current = new Segment();
                        current.firstIndex = i;
                        segments.add(current);
                        if (!pendingByline.isEmpty()) {
                            current.byline = pendingByline;
                            pendingByline = "";
                        }
                        if (pending != null && pending.segment == null && i > 0 && pending.index >= i - 3) {
                            current.unit = pending; // provisional: printed right above the body
                        }
                        pending = null;
                    }
                    if (dateline != null && current.blocks.isEmpty()) {
                        current.dateline = dateline;
                    }
                    current.blocks.add(b);
                }
                default -> throw new IllegalStateException(role.name());
            }
        }
    }

    /**
     * Whether the weak headline at {@code i}, right after a photo's credit, is a sub-heading of the article the photo
     * was cut out of: body text of that article's column follows it, and it does not read as the article's own
     * headline printed below it ({@link #closesSegment}).
     */
    private static boolean resumesAfterPhoto(Layout layout, Segment article, List<Block> blocks, Role[] roles, int i) {
        int next = i + 1;
        while (next < roles.length && isCrossColumnFurniture(blocks.get(next), roles[next])) {
            next++;
        }
        return next < roles.length && roles[next] == Role.BODY
                && Bylines.datelinePrefix(blocks.get(next).text()) == null
                && !columnChangedAfter(layout, article, blocks.get(next))
                && !closesSegment(article, blocks, roles, i);
    }

    /**
     * Furniture that sits across the columns and belongs to no item (a page reference, an editor's line, an ad
     * marker): the blocks around it are neighbours. A "scan to read more" prompt is not: it ends an item.
     */
    private static boolean isCrossColumnFurniture(Block b, Role role) {
        return role == Role.FURNITURE && !isReadMore(b);
    }

    private static boolean isReadMore(Block b) {
        return QR_PROMPT.equals(b.furniture()) && READ_MORE.matcher(b.text()).matches();
    }

    private static Block lastBlock(Segment s) {
        return s.blocks.get(s.blocks.size() - 1);
    }

    /**
     * Whether body block {@code b} is printed in another column than the segment so far. On double-spaced
     * pages every paragraph is wrapped at its column, so one-line paragraphs are skipped when measuring the
     * segment's column: a short paragraph ("近期市场上动作不断。") tells nothing about its column and must not hide
     * a change of column between the paragraphs around it, and a one-line paragraph longer than that column
     * cannot have been printed in it. Elsewhere most paragraphs may be unwrapped single lines with a stray
     * break here and there, and the last block is compared as it is.
     */
    private static boolean columnChangedAfter(Layout layout, Segment current, Block b) {
        Block last = lastBlock(current);
        if (layout != Layout.DOUBLE_SPACED) {
            return columnChanged(last, b);
        }
        Block measured = last;
        for (int k = current.blocks.size() - 2; k >= 0 && measured.lineCount() < 2; k--) {
            measured = current.blocks.get(k);
        }
        if (!hasPrintedColumn(measured)) {
            return columnChanged(last, b);
        }
        if (b.lineCount() == 1) {
            // the raw line's width counts the spaces of letter-spaced text; the repaired text's does not
            double width = Math.min(b.lineLengths().get(0), b.textWidth());
            if (width > MAX_COLUMN_WIDTH) {
                return columnChanged(last, b); // a paragraph that was not wrapped: no column to compare
            }
            // printed widths of a column's full lines differ by up to 2 (justification, hanging punctuation);
            // a two-line paragraph gives a single width sample, so ask for more there, as columnChanged does
            return width >= columnWidth(measured) + (measured.lineCount() >= 3 ? 3 : 5);
        }
        return columnChanged(measured, b);
    }

    /**
     * Whether a block's lines look like a printed column: two or more lines, full lines no wider than a
     * column, and no shorter than the last line (a first "line" of 6 above one of 28 is a stray break).
     */
    private static boolean hasPrintedColumn(Block b) {
        if (b.lineCount() < 2) {
            return false;
        }
        int width = columnWidth(b);
        return width <= MAX_COLUMN_WIDTH && width >= b.lineLengths().get(b.lineCount() - 1);
    }

    /** Photo captions are short: a few sentences. */
    /** Words the caption of one photo of a group opens with (左图为…, 右图…): the group's description comes first. */
    private static final Pattern GROUP_CAPTION_OPENER = Pattern.compile("^(?:上图|下图|左图|右图|中图)");

    /**
     * Where the caption begins in {@code s}, cut by a photo printed inside an article: at the first block after the
     * first that opens like a caption (图为…), or, for a group of photos (左图为…, 右图为…), at the block before it, the
     * group's description; -1 if no block opens like a caption, 0 if the caption is all of {@code s}.
     */
    private static int captionOpenerAt(Segment s) {
        for (int k = 1; k < s.blocks.size(); k++) {
            String t = s.blocks.get(k).text();
            if (Bylines.opensCaption(t)) {
                return k;
            }
            if (GROUP_CAPTION_OPENER.matcher(t).find()) {
                return k - 1;
            }
        }
        return -1;
    }

    private static boolean isCaptionSized(Segment s) {
        return s.text().length() <= 300;
    }

    private static boolean isBylineLine(Block b) {
        return Bylines.isByline(b.text()) && b.text().length() > 4;
    }

    private static boolean lastUnitAdjacent(List<Unit> units, Segment s) {
        return !units.isEmpty() && units.get(units.size() - 1).index >= s.firstIndex - 2;
    }

    private static boolean startsBody(Role[] roles, int i) {
        return i < roles.length && roles[i] == Role.BODY;
    }

    /** Whether the body after block i is a photo caption (ends at a credit before any other head). */
    private static boolean nextBodyIsPhoto(List<Block> blocks, Role[] roles, int i) {
        int k = i + 1;
        int bodies = 0;
        while (k < roles.length && roles[k] == Role.BODY) {
            k++;
            bodies++;
        }
        return bodies > 0 && bodies <= 3 && k < roles.length && roles[k] == Role.CREDIT;
    }

    /**
     * Whether headline unit {@code u} was printed right after a body whose text it matches: then it is that body's
     * headline (printed below it), and the headline printed next belongs to the next item, not under {@code u} as
     * its title. Asked only where stacking would happen: it reads the whole body.
     */
    private static boolean closesBodyAbove(Unit u) {
        String chars = headlineChars(u.title);
        // a short label ("北京", "人工智能") matches any body that names it: only a real headline counts
        return u.bodyAbove != null && chars.length() >= CLOSING_HEAD_MIN
                && overlap(chars, bigrams(u.bodyAbove.text())) >= MIN_MATCH;
    }

    /**
     * Whether headline line {@code b}, printed right below the one-line unit {@code u}, starts the next item's
     * headline instead of continuing {@code u}'s: {@code u} closes the body above it and {@code b} shares too little
     * with that body to be part of its headline.
     */
    private static boolean startsNextHeadline(Unit u, Block b) {
        return closesBodyAbove(u) && overlap(headlineChars(b.text()), bigrams(u.bodyAbove.text())) < MIN_MATCH;
    }

    /** A headline that can never be a sub-heading. */
    private static boolean isStrongHead(Layout layout, List<Block> blocks, Role[] roles, int i) {
        Block b = blocks.get(i);
        if (b.markdownLevel() == 1 || b.markdownLevel() == 2) {
            return true;
        }
        if (b.markdownLevel() >= 3) {
            return false;
        }
        if (b.has(BlockFlag.DOUBLED_COLLAPSED) || b.has(BlockFlag.DECORATION) || b.has(BlockFlag.TWO_DECK)) {
            return true;
        }
        if (layout == Layout.DOUBLE_SPACED && b.lineCount() >= 2) {
            return true; // a multi-line headline block printed tight
        }
        int next = i + 1;
        if (next < roles.length && (roles[next] == Role.BYLINE || roles[next] == Role.HEAD)) {
            return true;
        }
        if (next < roles.length && roles[next] == Role.BODY && Bylines.datelinePrefix(blocks.get(next).text()) != null) {
            return true;
        }
        return b.text().length() >= 20;
    }

    /**
     * Whether the weak headline at {@code i}, between body blocks of one column, is the headline of the body above
     * it printed below that body (it ends an item) rather than a sub-heading of the text that follows: it matches the
     * body above clearly better than the body blocks right below it (a sub-heading names its own section; cross-column
     * furniture among them is skipped), and that body has no headline printed right above it (a titled body's
     * sub-headings echo its title).
     */
    private static boolean closesSegment(Segment above, List<Block> blocks, Role[] roles, int i) {
        String chars = headlineChars(blocks.get(i).text());
        if (above.unit != null || chars.length() < CLOSING_HEAD_MIN) {
            return false;
        }
        StringBuilder below = new StringBuilder();
        int taken = 0;
        for (int k = i + 1; k < blocks.size() && taken < BELOW_BLOCKS; k++) {
            if (isCrossColumnFurniture(blocks.get(k), roles[k])) {
                continue;
            }
            if (roles[k] != Role.BODY) {
                break;
            }
            below.append(blocks.get(k).text());
            taken++;
        }
        double aboveMatch = overlap(chars, bigrams(above.text()));
        return aboveMatch >= CLOSING_MATCH && aboveMatch >= overlap(chars, bigrams(below.toString())) + CLOSING_MARGIN;
    }

    /**
     * A weak headline between body blocks of the same column stays in the body; cross-column furniture between
     * them is skipped ({@link #isCrossColumnFurniture}).
     */
    private static boolean isSubheading(List<Block> blocks, Role[] roles, int i) {
        int prev = i - 1;
        while (prev >= 0 && isCrossColumnFurniture(blocks.get(prev), roles[prev])) {
            prev--;
        }
        int next = i + 1;
        while (next < roles.length && isCrossColumnFurniture(blocks.get(next), roles[next])) {
            next++;
        }
        if (prev < 0 || next >= roles.length || roles[prev] != Role.BODY || roles[next] != Role.BODY) {
            return false;
        }
        return !columnChanged(blocks.get(prev), blocks.get(next));
    }

    private boolean canStack(Layout layout, Unit pending, Block b, List<Block> blocks, int i) {
        if (pending.index != i - 1 && !(i >= 2 && pending.index == i - 2 && isLabelOrFurniture(blocks.get(i - 1)))) {
            return false;
        }
        if (!pending.byline.isEmpty() || !pending.subtitle.isEmpty()) {
            return false;
        }
        if (b.text().startsWith("—") || b.text().startsWith("--")) {
            // a "——" subtitle under a headline, whatever is stacked above it (label, kicker), a markdown one too
            return true;
        }
        if (b.markdownLevel() > 0 && pending.markdown) {
            return false; // two markdown headings are two items
        }
        if (pending.title.length() <= LABEL_MAX && !pending.markdown) {
            return true; // a column label above the real headline
        }
        if (layout == Layout.DOUBLE_SPACED) {
            // headlines there are separate blocks; only a longer comma-carrying line reads as a kicker
            return b.text().startsWith("—") || pending.kicker.isEmpty() && pending.title.contains("，")
                    && pending.title.length() > b.text().length();
        }
        return b.markdownLevel() > 0 || pending.kicker.isEmpty();
    }

    /**
     * Whether the page's body is hard-wrapped in a column: most body blocks span two or more raw lines no wider
     * than {@link #WRAPPED_COLUMN_MAX} (a feed with one paragraph per line has one-line blocks, or, without blank
     * lines between its paragraphs, blocks of long lines).
     */
    private static boolean isHardWrapped(List<Block> blocks, Role[] roles) {
        int body = 0;
        int wrapped = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (roles[i] == Role.BODY) {
                body++;
                int column = columnWidth(blocks.get(i));
                if (column > 0 && column <= WRAPPED_COLUMN_MAX) {
                    wrapped++;
                }
            }
        }
        return body > 0 && wrapped >= HARD_WRAPPED_BODY_SHARE * body;
    }

    /**
     * One short headline line without punctuation but quotes, not two decks and not a decorated name: in a
     * double-spaced page, or tight in a page whose body is hard-wrapped without blank lines, two such lines in a
     * row are one headline wrapped in its column. The {@code last} line may end in ？ or ！.
     */
    private static boolean isPlainHeadLine(Block b, boolean last) {
        String t = b.text();
        if (last && (t.endsWith("？") || t.endsWith("！"))) {
            t = t.substring(0, t.length() - 1); // a question or exclamation ends the headline, not a line of it
        }
        // printed width, not characters: "Alaya NeW Cloud 2.0发布" is 22 characters but as wide as 12 Chinese ones
        return b.lineCount() == 1 && b.markdownLevel() == 0 && b.textWidth() <= WRAPPED_HEAD_LINE_MAX
                && !b.has(BlockFlag.TWO_DECK) && !b.has(BlockFlag.DECORATION) && !HEAD_PUNCT.matcher(t).find();
    }

    private static boolean isLabelOrFurniture(Block b) {
        Role r = roleOf(b);
        return r == Role.LABEL || r == Role.FURNITURE;
    }

    private static void stack(Unit u, Block b) {
        String t = b.text();
        if (t.startsWith("—") || t.startsWith("--")) {
            u.subtitle = t.replaceFirst("^[—-]+", "").strip();
            return;
        }
        if (u.title.length() <= LABEL_MAX && u.kicker.isEmpty() && !u.markdown) {
            u.title = t; // the short line above was a column label
        } else {
            u.kicker = u.title;
            u.title = t;
        }
        u.markdown |= b.markdownLevel() > 0;
        u.index = b.index();
    }

    /** Typical printed line width of a block: median of its lines but the last (0 for one line). */
    static int columnWidth(Block b) {
        List<Integer> lens = b.lineLengths();
        if (lens.size() < 2) {
            return 0;
        }
        List<Integer> full = new ArrayList<>(lens.subList(0, lens.size() - 1));
        full.sort(null);
        return full.get(full.size() / 2);
    }

    static boolean columnChanged(Block a, Block b) {
        int wa = columnWidth(a);
        int wb = columnWidth(b);
        // a two-line paragraph gives a single width sample: ask for a clearer difference there
        int needed = a.lineCount() >= 3 && b.lineCount() >= 3 ? 3 : 5;
        return wa > 0 && wb > 0 && Math.abs(wa - wb) >= needed;
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
            int[] bodyGrams = s.grams(grams); // once per body, not once per headline
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                double overlap = overlap(headlines.get(k), bodyGrams);
                double position = 0;
                if (s.unit == u) {
                    position = u.markdown ? 1.0 : 0.3;
                } else if (u.index > lastIndex(s) && u.index <= lastIndex(s) + 3) {
                    position = 0.1; // printed right after the body
                }
                double score = overlap + position;
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
    private static void joinSubsections(List<Block> blocks, Role[] roles, List<Segment> segments, List<Unit> units) {
        Segment article = null;
        for (Iterator<Segment> it = segments.iterator(); it.hasNext(); ) {
            Segment s = it.next();
            if (article != null && continuesArticle(blocks, roles, article, s)) {
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
            article = isSigned(s) ? s : null;
        }
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
        if (from >= s.firstIndex || columnChanged(lastBlock(article), s.blocks.get(0))) {
            return false; // no heading between the two, or another column
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
        return printedAbove && !u.markdown && u.byline.isEmpty() && u.subtitle.isEmpty()
                && (u.kicker + u.title).length() <= SUBHEADING_MAX;
    }

    private static int lastIndex(Segment s) {
        return lastBlock(s).index();
    }

    /**
     * A standfirst printed above its article's headline becomes a segment of its own, and where the page prints
     * that headline twice (a front-page teaser of an inside article) the standfirst takes the other copy: two
     * neighbouring bodies with one headline. The one above, unsigned and undated, opens the one below; its copy of
     * the headline is left unclaimed (a teaser). Photos keep their own captions; short titles (图片新闻, 短讯) may
     * head several items and do not count.
     */
    private static void joinStandfirsts(List<Segment> segments) {
        for (int i = segments.size() - 2; i >= 0; i--) {
            Segment above = segments.get(i);
            Segment below = segments.get(i + 1);
            if (above.unit == null || below.unit == null || above.unit == below.unit
                    || !above.credit.isEmpty() || !below.credit.isEmpty() || !above.byline.isEmpty()
                    || !above.dateline.isEmpty() || !above.trailingByline.isEmpty() || lastIndex(above) > below.unit.index) {
                continue;
            }
            String title = headlineChars(below.unit.title);
            if (title.length() < CLOSING_HEAD_MIN || !title.equals(headlineChars(above.unit.title))) {
                continue;
            }
            below.blocks.addAll(0, above.blocks);
            below.firstIndex = above.firstIndex;
            above.unit.segment = null;
            segments.remove(i);
        }
    }

    // ------------------------------------------------------------------ items

    private static Item toItem(Segment s) {
        List<String> paragraphs = new ArrayList<>();
        for (Block b : s.blocks) {
            paragraphs.add(b.text());
        }
        String byline = s.byline;
        if (!s.dateline.isEmpty() && !paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            paragraphs.set(0, first.substring(first.indexOf(s.dateline) + s.dateline.length()).strip());
        }
        String title = "";
        String kicker = "";
        String subtitle = "";
        if (s.unit != null) {
            title = s.unit.title;
            kicker = s.unit.kicker;
            subtitle = s.unit.subtitle;
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
        }
        if (byline.isEmpty()) {
            byline = s.trailingByline;
        }
        ItemKind kind;
        if (!s.credit.isEmpty()) {
            kind = ItemKind.PHOTO;
            byline = s.credit;
        } else if (!s.dateline.isEmpty()) {
            kind = ItemKind.BRIEF;
        } else if (!title.isEmpty() && title.length() <= 6 && !byline.isEmpty()) {
            kind = ItemKind.COLUMN;
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
        return new Item(kind, title, kicker, subtitle, byline, paragraphs);
    }
}
