package io.newsflow.split;

import static io.newsflow.split.Bigrams.CLOSING_HEAD_MIN;
import static io.newsflow.split.Bigrams.CLOSING_MARGIN;
import static io.newsflow.split.Bigrams.CLOSING_MATCH;
import static io.newsflow.split.Bigrams.MIN_MATCH;
import static io.newsflow.split.Bigrams.bigrams;
import static io.newsflow.split.Bigrams.headlineChars;
import static io.newsflow.split.Bigrams.overlap;
import static io.newsflow.split.Splitter.roleOf;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.BlockFlag;
import io.newsflow.normalize.Bylines;
import io.newsflow.normalize.Captions;
import io.newsflow.normalize.HeadingLines;
import io.newsflow.normalize.Layout;
import io.newsflow.split.Splitter.Role;
import io.newsflow.split.Splitter.Segment;
import io.newsflow.split.Splitter.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step 2 of {@link Splitter}: cuts a page's body blocks into segments (one article body each) and collects the
 * headline units (label, kicker, title, subtitle, byline) printed around them. A segment ends at a byline, a
 * dateline (本报讯), a photo credit (the caption goes with the photo, the paragraphs above it stay with the article
 * it was printed in), a strong headline, a change of column width, a jump to another text frame and a "scan to
 * read more" prompt. A weak headline between two body blocks of one column is a sub-heading and stays in the
 * body, unless it is the headline of the untitled body above it, printed after that body. Static functions of one
 * page's blocks and roles.
 */
final class Segmenter {

    /** Kind the normalizer gives a QR-code prompt (a value of the page contract, see {@code Block#furniture}). */
    private static final String QR_PROMPT = "qr_prompt";
    /** Kind the normalizer gives a pointer to another page (（下转第2版）, 详见第8版《…》). */
    private static final String JUMP = "jump";

    /** A pointer to what to read on another page (详见第8版《中考志愿填报十问》), not a jump line (（下转第2版）). */
    private static boolean isPointerToRead(Block b) {
        return JUMP.equals(b.furniture()) && (b.text().startsWith("详见") || b.text().startsWith("详情见"));
    }

    /** A QR prompt that invites to read on: printed where an excerpt or a brief ends. */
    private static final Pattern READ_MORE = Pattern.compile(".*(阅读|全文|更多).*");

    /** Blank lines that separate two items even without a headline between them. */
    private static final int WIDE_GAP = 3;

    /** Widest printed column we expect: newspaper columns wrap every 15–40 characters. */
    private static final int MAX_COLUMN_WIDTH = 45;

    /** Longest line of a headline wrapped in a narrow column (headline type: few characters a line). */
    private static final int WRAPPED_HEAD_LINE_MAX = 16;

    /** Widest column (printed characters) a hard-wrapping feed is taken to use; unwrapped paragraphs run longer. */
    private static final int WRAPPED_COLUMN_MAX = 45;

    /** Share of body blocks wrapped in such a column above which a page's body counts as hard-wrapped. */
    private static final double HARD_WRAPPED_BODY_SHARE = 0.6;

    /** Punctuation that a line of a wrapped headline does not carry (quotes and book-title marks it may). */
    private static final Pattern HEAD_PUNCT = Pattern.compile("[，。、：；！？,:;!?…—]");

    /** Body blocks below a weak headline that its match with the body above it is compared with. */
    private static final int BELOW_BLOCKS = 3;

    /** Words the caption of one photo of a group opens with (左图为…, 右图…): the group's description comes first. */
    private static final Pattern GROUP_CAPTION_OPENER = Pattern.compile("^(?:上图|下图|左图|右图|中图)");

    /**
     * Cuts the body blocks into segments and collects the headline units. {@code blanksSeparateItems}: the page's
     * {@link #blanksSeparateItems} (its splitter asks it once for this and the sections step).
     */
    static void cut(Layout layout, List<Block> blocks, Role[] roles, boolean blanksSeparateItems, List<Segment> segments,
            List<Unit> units) {
        Segment current = null;
        Unit pending = null; // a headline unit still collecting kicker/title/byline
        String pendingByline = "";
        boolean singleSpacedWraps = layout != Layout.DOUBLE_SPACED && isHardWrapped(blocks, roles);
        Segment interrupted = null; // the article a photo's caption and credit were just cut out of
        boolean standfirstLabel = false; // the last label seen announces a summary (核心提示)
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Role role = roles[i];
            if (role != Role.CREDIT && role != Role.BODY && role != Role.HEAD && !isCrossColumnFurniture(b, role)) {
                interrupted = null;
            }
            switch (role) {
                case FURNITURE -> {
                    // furniture never enters a body and does not cut one: it is printed across columns; only a
                    // "scan to read more" prompt or a web story's footer (相关新闻：, 上一篇：…, 分享到) after a finished
                    // sentence mark where an item ends
                    // (so does a pointer to what to read on another page: 详见第8版《…》)
                    if (current != null && (isReadMore(b) || WEB_STORY_FOOTER.matcher(b.text()).lookingAt() || isPointerToRead(b))
                            && lastBlock(current).has(BlockFlag.SENTENCE_END)) {
                        current = null;
                    }
                }
                case LABEL -> {
                    // a label (阅读提示, a vertical 本报 marker) opens something new
                    current = null;
                    standfirstLabel = Labels.isStandfirstLabel(b.text());
                }
                case CREDIT -> {
                    // a paragraph that opens like a caption (图为…) is where the caption begins: the paragraphs
                    // above it are an article's, the photo printed inside it
                    int captionStart = current == null ? -1 : captionOpenerAt(current, blocks); // 0: all of it is the caption
                    if (captionStart < 0 && current != null && (current.blocks.size() > 2 && !isCaptionSized(current)
                            || current.blocks.size() >= 2 && (!current.byline.isEmpty() || !current.dateline.isEmpty()))) {
                        // a caption printed right after an article (a long one, or one opened by a reporter's
                        // byline or a 本报讯 dateline: neither opens a caption): only the last paragraph is the caption
                        captionStart = current.blocks.size() - 1;
                    }
                    if (captionStart > 0) {
                        Unit photoTitle = null;
                        int heading = photoHeadingAbove(current, captionStart, roles);
                        if (heading > 0) {
                            // the headline right above the caption was taken for the article's last sub-heading:
                            // it is the photo's own title (茶园采摘忙 + caption + credit after an article)
                            Block above = current.blocks.get(heading);
                            photoTitle = new Unit();
                            photoTitle.index = above.index();
                            photoTitle.title = above.text();
                            current.blocks.remove(heading);
                            captionStart = heading;
                        }
                        List<Block> caption = new ArrayList<>(current.blocks.subList(captionStart, current.blocks.size()));
                        current.blocks.subList(captionStart, current.blocks.size()).clear();
                        interrupted = current;
                        current = new Segment();
                        current.firstIndex = caption.get(0).index();
                        current.blocks.addAll(caption);
                        segments.add(current);
                        if (photoTitle != null) {
                            current.unit = photoTitle; // provisional, as a headline printed right above its body
                            units.add(photoTitle);
                        }
                    }
                    if (current != null && captionStart <= 0 && current.unit != null && interrupted == null) {
                        // a photo with its own headline printed right after an article's finished paragraph: the
                        // article may go on below it, as around a photo without one
                        interrupted = articleRightAbove(segments, current);
                    }
                    if (current != null) {
                        current.credit = b.text();
                        current = null;
                    }
                    pending = null;
                }
                case BYLINE -> {
                    String signature = Bylines.closingSignature(b.text());
                    // a commentator signs under the last paragraph (本报评论员 秦岚), as papers print opinion pieces
                    boolean closing = signature != null || Bylines.isSourceNote(b.text()) || Bylines.signsCommentary(b.text())
                            || Bylines.isReaderSignature(b.text())
                            || headsDatelinedItem(blocks, roles, i + 1) || onlyFurnitureAfter(roles, i);
                    Segment signedAbove = segments.isEmpty() ? null : segments.get(segments.size() - 1);
                    if (current == null && i > 0 && roles[i - 1] == Role.BYLINE && signedAbove != null
                            && !signedAbove.trailingByline.isEmpty() && lastBlock(signedAbove).index() == i - 2
                            && Bylines.isAffiliationNote(b.text())) {
                        // the writer's affiliation under the signature that closed the article: its text's last line
                        signedAbove.blocks.add(b);
                        signedAbove.changed();
                    } else if (current != null && (!isBylineLine(b) || closing) && i > 0 && roles[i - 1] == Role.BODY) {
                        // "…开放时间。 王小明", or a signature or source note in brackets closing the article:
                        // （本报记者 王小明）, (综合新华社、滨江日报等)
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
                    boolean strong = isStrongHead(layout, blocks, roles, i)
                            || blanksSeparateItems && b.blankLinesBefore() >= 1 && b.markdownLevel() == 0
                            && !isDecoratedSubheading(b);
                    if (!strong && current != null && !opensWithEditorsNote(current) && !endsWireStory(current) && !isShortDatelinedBrief(current)
                            && !Bylines.endsWithSignature(lastBlock(current).text()) && !endsClosedNotice(current)
                            && !signedByCommentatorBelow(blocks, roles, i) && !(!current.byline.isEmpty() && signedBelow(blocks, roles, i))
                            && isSubheading(blocks, roles, i) && !Labels.isNoticeHeadline(b.text())
                            && !(current.unit != null && Labels.isEditorsNoteLabel(current.unit.title))
                            && !Bylines.isReaderSignature(current.trailingByline) // a letter signed and answered
                            && !closesSegment(current, blocks, roles, i) && !opensUnsignedItem(current, blocks, roles, i)
                            && !repeatsOpeningLabel(current, blocks, roles, i)) {
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
                    // (under a column's name run into it, a headline's next line printed tight goes on with it)
                    boolean wrapGap = layout == Layout.DOUBLE_SPACED ? b.blankLinesBefore() <= 1
                            : (singleSpacedWraps || pending != null && pending.labelRunIn) && b.blankLinesBefore() == 0;
                    if (pending != null && pending.index == i - 1 && pending.kicker.isEmpty() && pending.subtitle.isEmpty()
                            && b.blankLinesBefore() <= (layout == Layout.DOUBLE_SPACED ? 1 : 0)
                            && Splitter.ISSUER.matcher(pending.title).matches() && NOTICE_TITLE_LINE.matcher(b.text()).matches()) {
                        // 临川市某某局 / 关于…的公告: a notice's title names its issuer on the line above, however long
                        pending.title = pending.title + b.text();
                        pending.index = i;
                        pending.oneLine = false;
                    } else if (pending != null && pending.index == i - 1 && wrapGap && continuesVisitSubtitle(pending, blocks, roles, i)) {
                        // ——访省气候中心 / 高级工程师蓝晓峰: whom the interview or profile is of, wrapped under its dash
                        pending.subtitle = pending.subtitle + b.text();
                        pending.index = i;
                    } else if (pending != null && pending.index == i - 1 && pending.subtitle.isEmpty() && isBracketedQualifier(b)) {
                        // 城区主要河道水质监测情况 / （2024年1—5月）: the period or part a headline covers, on a line of its own
                        pending.title = pending.title + b.text();
                        pending.index = i;
                        pending.oneLine = false;
                    } else if (pending != null && wrapGap && pending.oneLine && pending.index == i - 1 && !isBracketedLabel(pending.title)
                            && !HeadingLines.isColumnName(pending.title)
                            && isPlainHeadLine(b, true) && !startsNextHeadline(pending, b)
                            && !KICKER_OPENER.matcher(pending.title).lookingAt()) {
                        // bold (doubled) under plain or plain under bold: two faces, so not one headline wrapped
                        boolean upperBold = blocks.get(i - 1).has(BlockFlag.DOUBLED_COLLAPSED);
                        boolean lowerBold = b.has(BlockFlag.DOUBLED_COLLAPSED);
                        boolean moreBelow = i + 1 < blocks.size() && isPlainHeadLine(blocks.get(i + 1), true);
                        if (pending.kicker.isEmpty() && (!upperBold && lowerBold
                                || upperBold == lowerBold && !moreBelow && areTwoDecks(pending.title, b.text(), blocks, i - 1, i))) {
                            // a kicker and its title: the title in bold, or two lines each of a headline's own length
                            pending.kicker = pending.title;
                            pending.title = b.text();
                            pending.bodyAbove = null;
                            pending.oneLine = isPlainHeadLine(b, false);
                        } else if (upperBold && !lowerBold && !(i + 1 < blocks.size() && isDashedSubtitle(blocks.get(i + 1)))) {
                            pending.subtitle = b.text(); // a plain line under the bold title, no "——" one below it
                            pending.oneLine = false;
                        } else {
                            // a headline wrapped in a narrow column comes out as two lines, double-spaced like the
                            // page's body or, where the body is hard-wrapped without blank lines, tight
                            pending.title = pending.title + b.text();
                            pending.oneLine = false;
                        }
                        pending.index = i;
                    } else if (pending != null && canStack(layout, pending, b, blocks, i)
                            && (isDashedSubtitle(b) || !closesBodyAbove(pending) || opensFullStack(pending, blocks, roles, i))) {
                        stack(pending, b, isMarkdownSubtitle(blocks, pending.index, b));
                        pending.bodyAbove = null; // its title now is a line not printed right after that body
                        // under a kicker, the title's first line: its second line may follow (稳中有进 / 我市一季度经济
                        // 运行 / 实现“开门红”); under a dropped column label the headline goes on as the label's did
                        if (pending.subtitle.isEmpty() && !pending.kicker.isEmpty() && pending.title.equals(b.text())) {
                            pending.oneLine = isPlainHeadLine(b, false);
                        }
                    } else {
                        pending = new Unit();
                        pending.index = i;
                        pending.markdown = b.markdownLevel() > 0;
                        pending.title = b.text();
                        pending.oneLine = isPlainHeadLine(b, false);
                        Matcher runIn = LABEL_RUN_IN.matcher(b.text());
                        if (b.markdownLevel() == 0 && runIn.matches() && !FIELD_LABEL.matcher(runIn.group(1)).matches()) {
                            pending.kicker = runIn.group(1); // the column's name, kept over its headline
                            pending.title = runIn.group(2);
                            pending.labelRunIn = true;
                            pending.oneLine = pending.title.length() <= WRAPPED_HEAD_LINE_MAX && !HEAD_PUNCT.matcher(pending.title).find();
                        }
                        List<String> decks = twoDecksInOneBlock(blocks, i);
                        if (decks != null) {
                            pending.deckText = b.text(); // the page printed the two decks tight, as one block
                            pending.deckCut = decks.get(0).length();
                        }
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
                    // an editor's note after a finished paragraph introduces the article printed below it
                    boolean editorsNote = last != null && last.has(BlockFlag.SENTENCE_END) && Labels.opensEditorsNote(b.text());
                    if (current == null && interrupted != null && pending == null && pendingByline.isEmpty()
                            && dateline == null && !wideGap && !frameJump && !columnChangedAfter(layout, interrupted, b)) {
                        // a photo printed inside an article: the extraction put its caption and credit between two
                        // of the article's paragraphs, and the text after them, untitled and unsigned, goes on
                        current = interrupted;
                    }
                    interrupted = null;
                    if (current == null && pending == null && pendingByline.isEmpty() && Labels.opensReply(b.text()) && !segments.isEmpty()
                            && Bylines.isReaderSignature(segments.get(segments.size() - 1).trailingByline)) {
                        // 读者 赵女士 / 【部门回复】…: the department's reply to the letter signed right above goes with it
                        current = segments.get(segments.size() - 1);
                    }
                    if (current == null || dateline != null || widthChange || wideGap || frameJump || editorsNote) {
                        current = new Segment();
                        current.firstIndex = i;
                        // the summary under 核心提示 / 内容提要 introduces the article printed below it
                        current.standfirst = standfirstLabel && roles[i - 1] == Role.LABEL || editorsNote;
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

    /** Longest title of a photo printed inside an article (头球扳平, 雨中抢收). */
    private static final int PHOTO_TITLE_MAX = 10;

    /**
     * The segment printed right above a photo's headline (the photo segment {@code photo}, last of {@code segments}):
     * a headlined or signed text whose last paragraph is finished and whose last block is the one right above the
     * photo's headline; else null.
     */
    private static Segment articleRightAbove(List<Segment> segments, Segment photo) {
        if (segments.size() < 2 || segments.get(segments.size() - 1) != photo) {
            return null;
        }
        Unit title = photo.unit;
        if (!title.byline.isEmpty() || !title.kicker.isEmpty() || !title.subtitle.isEmpty()
                || headlineChars(title.title).length() > PHOTO_TITLE_MAX) {
            return null; // a signed or stacked headline over the caption is the next article's, not a photo's title
        }
        Segment above = segments.get(segments.size() - 2);
        Block last = lastBlock(above);
        boolean article = above.unit != null || !above.byline.isEmpty() || !above.dateline.isEmpty();
        int headline = photo.unit.index;
        return article && above.credit.isEmpty() && above.trailingByline.isEmpty() && last.has(BlockFlag.SENTENCE_END)
                && last.index() == headline - 1 && photo.firstIndex == headline + 1 ? above : null;
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

    /**
     * How a web page's controls under a story open: its links to other stories and its share bar. A link inside the
     * story (点击查看全市避险安置点分布图) does not end it.
     */
    private static final Pattern WEB_STORY_FOOTER = Pattern.compile("相关阅读|相关新闻|延伸阅读|推荐阅读|相关链接|上一篇|下一篇|分享到");

    private static boolean isReadMore(Block b) {
        return QR_PROMPT.equals(b.furniture()) && READ_MORE.matcher(b.text()).matches();
    }

    static Block lastBlock(Segment s) {
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
        // a one-line paragraph (要求进行编组和训练。, a paragraph's last line) shows no column: the one above it does
        Block measured = last;
        for (int k = current.blocks.size() - 2; k >= 0 && measured.lineCount() < 2; k--) {
            measured = current.blocks.get(k);
        }
        if (layout != Layout.DOUBLE_SPACED) {
            boolean wrappedTail = measured != last && last.textWidth() <= MAX_COLUMN_WIDTH && hasPrintedColumn(measured);
            return columnChanged(wrappedTail ? measured : last, b);
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

    /**
     * Where the caption begins in {@code s}, cut by a photo printed inside an article: at the first block after the
     * first that follows a feed's picture line (![](…)) or opens like a caption (图为…), or, for a group of photos
     * (左图为…, 右图为…), at the block before it, the group's description; -1 if no block opens like a caption, 0 if
     * the caption is all of {@code s}.
     */
    private static int captionOpenerAt(Segment s, List<Block> blocks) {
        for (int k = 1; k < s.blocks.size(); k++) {
            int at = s.blocks.get(k).index();
            if (at > 0 && blocks.get(at - 1).isImage()) {
                return k; // a feed's picture line, then its caption
            }
            String t = s.blocks.get(k).text();
            if (Captions.opensCaption(t)) {
                return k;
            }
            if (GROUP_CAPTION_OPENER.matcher(t).find()) {
                return k - 1;
            }
        }
        return -1;
    }

    /** Photo captions are short: a few sentences. */
    private static boolean isCaptionSized(Segment s) {
        return s.text().length() <= 300;
    }

    /**
     * Where in {@code article} a headline sits right above the caption at {@code captionStart}, with something of the
     * article left above it; -1 if none. Only right above: a sub-heading with a paragraph of its own between it and
     * the caption stays the article's (a photo printed inside a section).
     */
    private static int photoHeadingAbove(Segment article, int captionStart, Role[] roles) {
        int h = captionStart - 1;
        return h >= 1 && roles[article.blocks.get(h).index()] == Role.HEAD ? h : -1;
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
        if (u.bodyAbove != null && u.bodyAbove.standfirst) {
            return false; // a summary under 核心提示 introduces the headline below it, it is not closed by it
        }
        String chars = headlineChars(u.title);
        // a short label ("北京", "人工智能") matches any body that names it: only a real headline counts
        return u.bodyAbove != null && chars.length() >= CLOSING_HEAD_MIN
                && overlap(chars, bigrams(u.bodyAbove.text())) >= MIN_MATCH;
    }

    /**
     * Whether the headline line {@code u}, though it names the short untitled text above it, is the kicker of a whole
     * headline stack: the line below it is a title with a "——" subtitle right under it (省光电技术研究院攻关三年 /
     * “掌上光谱仪”让土壤体检快人一步 / ——十秒内完成…). A lead paragraph printed above its article's headline stack
     * reads so; a brief's headline printed after it is not followed by a second, complete headline.
     */
    private static boolean opensFullStack(Unit u, List<Block> blocks, Role[] roles, int i) {
        return u.bodyAbove != null && u.bodyAbove.blocks.size() <= Splitter.LEAD_ABOVE_MAX_BLOCKS && u.kicker.isEmpty()
                && u.subtitle.isEmpty() && i + 1 < blocks.size() && roles[i + 1] == Role.HEAD
                && isDashedSubtitle(blocks.get(i + 1)) && !isDashedSubtitle(blocks.get(i));
    }

    /**
     * Whether headline line {@code b}, printed right below the one-line unit {@code u}, starts the next item's
     * headline instead of continuing {@code u}'s: {@code u} closes the body above it and {@code b} shares too little
     * with that body to be part of its headline.
     */
    private static boolean startsNextHeadline(Unit u, Block b) {
        return closesBodyAbove(u) && overlap(headlineChars(b.text()), bigrams(u.bodyAbove.text())) < MIN_MATCH;
    }

    /**
     * Longest decorated heading (characters without punctuation) read as a section's heading between paragraphs: two
     * decks of four to six characters (● 订单饱满 产能满负荷运转).
     */
    private static final int DECORATED_SUBHEADING_MAX = 12;

    /**
     * A short heading after a decoration glyph (■ 一把铁锹一副担子): a section of the article it stands in, even on a
     * page whose blank lines otherwise separate items.
     */
    static boolean isDecoratedSubheading(Block b) {
        return b.has(BlockFlag.DECORATION) && !b.has(BlockFlag.BYLINE) && b.lineCount() == 1
                && headlineChars(b.text()).length() <= DECORATED_SUBHEADING_MAX;
    }

    /** A headline that can never be a sub-heading. */
    private static boolean isStrongHead(Layout layout, List<Block> blocks, Role[] roles, int i) {
        Block b = blocks.get(i);
        if (b.markdownLevel() == 1 || b.markdownLevel() == 2 && !isMarkdownSection(blocks, roles, i)) {
            return true;
        }
        int below = i + 1;
        while (below < blocks.size() && blocks.get(below).isFurniture()) {
            below++; // a source note between the caption and its table: （数据来源：市价格监测中心）
        }
        if (below < blocks.size() && blocks.get(below).has(BlockFlag.TABLE_ROW)
                || i > 0 && blocks.get(i - 1).has(BlockFlag.TABLE_ROW)) {
            // a table's caption: the table is an item of its own, not a section of the text above; and a table has
            // no sections, the heading right under its last row heads the next item
            return true;
        }
        if (Labels.isBoxTitle(b.text()) || Labels.isBoxName(b.text())) {
            return true; // 小贴士：口服补液盐怎么喝, 温馨提示: a box beside the article, however its text reads
        }
        if (b.markdownLevel() >= 3) {
            return isItemLevel(blocks, roles, b.markdownLevel());
        }
        if (b.has(BlockFlag.DECORATION) && isSubheading(blocks, roles, i)
                && headlineChars(b.text()).length() <= DECORATED_SUBHEADING_MAX) {
            return false; // ● 科学造林 荒山变青山 between two paragraphs of one column: a section's heading
        }
        boolean tight = b.blankLinesBefore() == 0 && i + 1 < blocks.size() && blocks.get(i + 1).blankLinesBefore() == 0;
        if (b.has(BlockFlag.TWO_DECK) && tight && isSubheading(blocks, roles, i)
                && headlineChars(b.text()).length() <= DECORATED_SUBHEADING_MAX) {
            return false; // 数据多跑路 患者少跑腿 printed tight between two paragraphs of one column: a section's heading too
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
     * The text under headline {@code i} ends in a commentator's signature (本报评论员 秦岚): an opinion piece of its own,
     * not a section of the article above.
     */
    /**
     * Whether the body text under the heading at {@code i} ends in a signature of its own (…根就还在。 / □ 陆知微): under an
     * article signed above its text, that heading opens another signed piece (an essay after a review), not a section.
     */
    private static boolean signedBelow(List<Block> blocks, Role[] roles, int i) {
        int k = i + 1;
        while (k < roles.length && roles[k] == Role.BODY) {
            k++;
        }
        return k > i + 1 && k < roles.length && roles[k] == Role.BYLINE && !Bylines.isAffiliationNote(blocks.get(k).text());
    }

    private static boolean signedByCommentatorBelow(List<Block> blocks, Role[] roles, int i) {
        int k = i + 1;
        while (k < roles.length && roles[k] == Role.BODY) {
            k++;
        }
        return k > i + 1 && k < roles.length && roles[k] == Role.BYLINE && Bylines.signsCommentary(blocks.get(k).text());
    }

    /**
     * Headlines at {@code k} (one or more) over a body that opens with its own dateline (本报讯（记者何佳）…): a byline
     * printed right above them signs the text above it, not that item, which names its reporter in the dateline.
     */
    private static boolean headsDatelinedItem(List<Block> blocks, Role[] roles, int k) {
        int heads = 0;
        while (k < roles.length && roles[k] == Role.HEAD) {
            k++;
            heads++;
        }
        return heads > 0 && k < roles.length && roles[k] == Role.BODY && Bylines.datelinePrefix(blocks.get(k).text()) != null
                && blocks.get(k).text().contains("记者");
    }

    /**
     * A brief under a dateline (本报临川7月1日电…) of at most {@link #BRIEF_BLOCKS_MAX} paragraphs: too short for
     * sub-headings, so a headline after it heads the next item.
     */
    private static boolean isShortDatelinedBrief(Segment s) {
        return !s.dateline.isEmpty() && s.blocks.size() <= BRIEF_BLOCKS_MAX;
    }

    /**
     * The segment ends with a notice's closing formula (…特此通告。), with the issuers and the date signing it below it
     * or not: a heading after it heads the next item, never a section of the notice.
     */
    private static boolean endsClosedNotice(Segment s) {
        if (Splitter.isIssuerAndDate(lastBlock(s).text())) {
            return true; // …由此带来的不便，敬请谅解。 / 临澄地铁运营有限公司，2025年4月27日。: signed and dated on one line
        }
        for (int k = s.blocks.size() - 1; k >= 0 && k >= s.blocks.size() - 1 - Splitter.NOTICE_SIGNATURE_LINES; k--) {
            String t = s.blocks.get(k).text();
            if (Labels.closesNotice(t)) {
                return true;
            }
            if (t.length() > Splitter.NOTICE_SIGNER_MAX) {
                return false;
            }
        }
        return false;
    }

    /** The segment's text ends in a wire story's end mark, （完）: what follows is not a section of it. */
    private static boolean endsWireStory(Segment s) {
        String last = lastBlock(s).text().strip();
        return last.endsWith("（完）") || last.endsWith("(完)");
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
        String below = textBelow(blocks, roles, i);
        double aboveMatch = overlap(chars, bigrams(above.text()));
        return aboveMatch >= CLOSING_MATCH && aboveMatch >= overlap(chars, bigrams(below)) + CLOSING_MARGIN;
    }

    /**
     * A short "##" heading inside a "#" article: the article's heading has its own byline or text right under it, at
     * least one more short "##" heading divides it, only other short "##" headings lie between, and the text under
     * this one opens with no dateline (a 本报讯 brief under "##" is an item of its own) and ends in no photo credit (a
     * photo's title). A "##" under a "#" that heads nothing itself (a page title) is an item.
     */
    private static boolean isMarkdownSection(List<Block> blocks, Role[] roles, int i) {
        int next = i + 1;
        if (headlineChars(blocks.get(i).text()).length() > MARKDOWN_SECTION_MAX || next >= blocks.size()
                || roles[next] != Role.BODY || Bylines.datelinePrefix(blocks.get(next).text()) != null) {
            return false;
        }
        for (int k = next; k < Math.min(blocks.size(), next + 3) && roles[k] != Role.HEAD; k++) {
            if (roles[k] == Role.CREDIT) {
                return false; // a photo's title over its caption and credit
            }
        }
        for (int k = i - 1; k >= 0; k--) {
            int level = blocks.get(k).markdownLevel();
            if (level == 1) {
                int under = k + 1;
                while (under < i && roles[under] == Role.FURNITURE) {
                    under++; // the feed's meta line (发布时间：… 来源：…) between the headline and its text
                }
                return under < i && (roles[under] == Role.BODY || roles[under] == Role.BYLINE)
                        && sectionHeadings(blocks, k) >= MARKDOWN_SECTIONS_MIN;
            }
            if (level == 2 && headlineChars(blocks.get(k).text()).length() > MARKDOWN_SECTION_MAX
                    || roles[k] == Role.BODY && Bylines.datelinePrefix(blocks.get(k).text()) != null) {
                return false;
            }
        }
        return false;
    }

    /** Fewest headings of one level that make it a digest's item level ({@link #isItemLevel}). */
    private static final int DIGEST_ITEMS_MIN = 3;

    /**
     * Whether "###" (or deeper) headings head the page's items rather than sections of an article: a digest that
     * uses no shallower level for them (no "##", and a "#" only as the page's title, with no text right under it),
     * at least {@link #DIGEST_ITEMS_MIN} of them.
     */
    private static boolean isItemLevel(List<Block> blocks, Role[] roles, int level) {
        int count = 0;
        for (int k = 0; k < blocks.size(); k++) {
            int l = blocks.get(k).markdownLevel();
            if (l == 0) {
                continue;
            }
            if (l > 1 && l < level) {
                return false;
            }
            if (l == 1) {
                int next = k + 1;
                while (next < roles.length && roles[next] == Role.FURNITURE) {
                    next++;
                }
                if (next < roles.length && (roles[next] == Role.BODY || roles[next] == Role.BYLINE)) {
                    return false; // a "#" article with "###" sections
                }
            }
            if (l == level) {
                count++;
            }
        }
        return count >= DIGEST_ITEMS_MIN;
    }

    /**
     * Fewest short "##" headings under one "#" article that make them its sections: a writer who divides an article
     * divides it more than once, while a feed prints a single "##" item (an unsigned brief, a results list) under an
     * article now and then.
     */
    private static final int MARKDOWN_SECTIONS_MIN = 2;

    /** How many short "##" headings follow the "#" heading at {@code top}, up to the next "#" heading. */
    private static int sectionHeadings(List<Block> blocks, int top) {
        int count = 0;
        for (int k = top + 1; k < blocks.size() && blocks.get(k).markdownLevel() != 1; k++) {
            if (blocks.get(k).markdownLevel() == 2 && headlineChars(blocks.get(k).text()).length() <= MARKDOWN_SECTION_MAX) {
                count++;
            }
        }
        return count;
    }

    /** Longest "##" heading (characters without punctuation) read as a section of the "#" article above it. */
    private static final int MARKDOWN_SECTION_MAX = 12;

    /**
     * Whether the weak headline at {@code i}, between body blocks of one column, heads the text below it as a new
     * item rather than a section of the unsigned text above (briefs printed one after the other, each a headline and
     * a paragraph or two): the text above has a headline of its own but no byline or dateline (an untitled run of
     * text may be an article whose head is elsewhere) and is no longer than a brief, and the headline, long as a
     * brief's is, names the body blocks right below it clearly ({@link Bigrams#CLOSING_MATCH}) and clearly better
     * than the text above ({@link Bigrams#CLOSING_MARGIN}). A signed article's sub-headings stay its sections.
     */
    private static boolean opensUnsignedItem(Segment above, List<Block> blocks, Role[] roles, int i) {
        String chars = headlineChars(blocks.get(i).text());
        if (chars.length() < UNSIGNED_ITEM_HEAD_MIN || !above.byline.isEmpty() || !above.dateline.isEmpty()
                || above.unit == null || !above.unit.byline.isEmpty() || above.blocks.size() > BRIEF_BLOCKS_MAX) {
            return false;
        }
        String below = textBelow(blocks, roles, i);
        double belowMatch = overlap(chars, bigrams(below));
        return belowMatch >= CLOSING_MATCH && belowMatch >= overlap(chars, bigrams(above.text())) + CLOSING_MARGIN;
    }

    /** A label in 【】 that opens a paragraph: 【市民来电】我是… */
    private static final Pattern OPENING_LABEL = Pattern.compile("【[^】]{2,8}】");

    /**
     * Whether the text under the headline at {@code i} opens with the same 【】 label the segment above opened with
     * (【市民来电】… under each headline of a readers'-calls column): items built alike are siblings, not one item's
     * sections.
     */
    private static boolean repeatsOpeningLabel(Segment above, List<Block> blocks, Role[] roles, int i) {
        int next = i + 1;
        while (next < blocks.size() && isCrossColumnFurniture(blocks.get(next), roles[next])) {
            next++;
        }
        if (next >= blocks.size() || roles[next] != Role.BODY) {
            return false;
        }
        Matcher first = OPENING_LABEL.matcher(above.blocks.get(0).text());
        return first.lookingAt() && blocks.get(next).text().startsWith(first.group());
    }

    /** The body blocks right below the headline at {@code i} (up to {@link #BELOW_BLOCKS}, furniture skipped). */
    private static String textBelow(List<Block> blocks, Role[] roles, int i) {
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
        return below.toString();
    }

    /** Most paragraphs of a brief: a longer text above a weak headline is an article it divides. */
    private static final int BRIEF_BLOCKS_MAX = 3;

    /** Shortest headline (characters without punctuation) read as a new unsigned item's rather than a sub-heading. */
    private static final int UNSIGNED_ITEM_HEAD_MIN = 12;

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

    /** Whether nothing but furniture follows block {@code i} on the page: a byline there signs the text above it. */
    private static boolean onlyFurnitureAfter(Role[] roles, int i) {
        for (int k = i + 1; k < roles.length; k++) {
            if (roles[k] != Role.FURNITURE) {
                return false;
            }
        }
        return true;
    }

    /** A label in 【】 (【江城观察】): a column's name over its headline, never the headline's first line. */
    private static boolean isBracketedLabel(String t) {
        return t.startsWith("【") && t.endsWith("】") || t.startsWith("〖") && t.endsWith("〗");
    }

    /** A feed's field names in brackets (【时间】, 【作者】): what follows them is the field's value, no headline. */
    private static final Pattern FIELD_LABEL = Pattern.compile("[【〖](?:发布)?(?:时间|日期|作者|来源|编辑|责任编辑|字号|字体)[】〗]");

    /** A column's bracketed name run into its headline on one line (【市场观察】理性看待…): the name, then the title. */
    private static final Pattern LABEL_RUN_IN = Pattern.compile("([【〖][\\p{IsHan}·]{2,8}[】〗])\\s*([^【〖，。；！]{4,})");

    /**
     * Whether headline line {@code i} goes on with the "——访…" or "——记…" subtitle printed right above it (the
     * subtitle of an interview or a profile names its subject, and a long name wraps): the subtitle ends without
     * punctuation, the line is plain, and a byline or the text, no other headline line, follows it.
     */
    private static boolean continuesVisitSubtitle(Unit pending, List<Block> blocks, Role[] roles, int i) {
        Block above = blocks.get(i - 1);
        return isDashedSubtitle(above) && VISIT_SUBTITLE.matcher(above.text()).lookingAt() && pending.subtitle.equals(
                above.text().replaceFirst("^[—-]+", "").strip()) && !HEAD_PUNCT.matcher(pending.subtitle).find()
                && isPlainHeadLine(blocks.get(i), false) && i + 1 < blocks.size()
                && (roles[i + 1] == Role.BYLINE || roles[i + 1] == Role.BODY);
    }

    /** A notice's title: 关于…的公告 (通告, 通知, 通报, 公示, 决定). */
    private static final Pattern NOTICE_TITLE_LINE = Pattern.compile("关于[^，。；！？]{2,40}的?(?:公告|通告|通知|通报|公示|决定)");

    /** A subtitle naming whom an interview or a profile is of (——访…, ——记…). */
    private static final Pattern VISIT_SUBTITLE = Pattern.compile("[—-]+\\s*(?:访|记)");

    /** A "——" subtitle: it belongs under the headline above it, never opens the next item's headline. */
    private static boolean isDashedSubtitle(Block b) {
        return b.text().startsWith("—") || b.text().startsWith("--");
    }

    /** An editor's note: the headline printed under it is the article's it introduces, not a sub-heading of the note. */
    private static boolean opensWithEditorsNote(Segment s) {
        return s.standfirst && Labels.opensEditorsNote(s.blocks.get(0).text());
    }

    private static boolean canStack(Layout layout, Unit pending, Block b, List<Block> blocks, int i) {
        if (pending.index != i - 1 && !(i >= 2 && pending.index == i - 2 && (isLabelOrFurniture(blocks.get(i - 1))
                || !pending.byline.isEmpty() && pending.byline.equals(blocks.get(i - 1).text())))) {
            return false;
        }
        if (!pending.subtitle.isEmpty()) {
            return false;
        }
        if (isDashedSubtitle(b)) {
            // a "——" subtitle under a headline, whatever is stacked above it (label, kicker, the byline printed
            // over the headline), a markdown one too
            return true;
        }
        if (!pending.byline.isEmpty()) {
            // a column's name, its writer, then the headline (师者说 / 文/林书澄 / 慢一点，等等那个举手的孩子)
            // or a kicker that says what it is (本报记者 殷若溪 / 对话内分泌科专家 / 控糖不等于不吃主食)
            return (pending.title.length() <= Labels.COLUMN_LABEL_MAX || KICKER_OPENER.matcher(pending.title).lookingAt())
                    && pending.kicker.isEmpty() && !pending.markdown && b.markdownLevel() == 0;
        }
        if (b.markdownLevel() > 0 && pending.markdown) {
            // two markdown headings are two items, but a deeper one right under a heading is its subtitle, and a
            // short deeper one right over a main heading its kicker (## 假日出行 / # 五一去哪儿？…)
            return isMarkdownSubtitle(blocks, pending.index, b) || isMarkdownKicker(blocks, pending, b);
        }
        if (pending.title.length() <= Labels.COLUMN_LABEL_MAX && !pending.markdown) {
            return true; // a column label above the real headline
        }
        if (layout == Layout.DOUBLE_SPACED) {
            // headlines there are separate blocks; only a longer comma-carrying line reads as a kicker, or a line of
            // two decks over a plain headline line (抢抓晴好天气　确保颗粒归仓 / 八百万亩晚稻开镰)
            return b.text().startsWith("—") || pending.kicker.isEmpty() && pending.title.contains("，")
                    && pending.title.length() > b.text().length()
                    || pending.kicker.isEmpty() && blocks.get(pending.index).has(BlockFlag.TWO_DECK) && !b.has(BlockFlag.TWO_DECK)
                    && (isPlainHeadLine(b, true) || b.lineCount() == 2 && b.markdownLevel() == 0 && !b.has(BlockFlag.DECORATION)
                    && b.lineLengths().stream().allMatch(w -> w <= WRAPPED_HEAD_LINE_MAX) && !HEAD_PUNCT.matcher(b.text()).find());
        }
        return b.markdownLevel() > 0 || pending.kicker.isEmpty();
    }

    /**
     * Whether the page prints its paragraphs without blank lines between them and puts blank lines only between items
     * (a feed of one paragraph per line, or indented paragraphs): at least {@link #TIGHT_PARAGRAPH_SHARE} of its body
     * blocks follow the block above without a blank line. A headline after a blank line there starts an item.
     */
    static boolean blanksSeparateItems(Layout layout, List<Block> blocks, Role[] roles) {
        if (layout == Layout.DOUBLE_SPACED) {
            return false; // there a blank line follows every line
        }
        int body = 0;
        int tight = 0;
        for (int i = 1; i < blocks.size(); i++) {
            if (roles[i] == Role.BODY && roles[i - 1] == Role.BODY) {
                body++;
                if (blocks.get(i).blankLinesBefore() == 0) {
                    tight++;
                }
            }
        }
        return body >= TIGHT_PARAGRAPHS_MIN && tight >= TIGHT_PARAGRAPH_SHARE * body;
    }

    /** Share of paragraphs printed right under the one above on a page whose blank lines separate items. */
    private static final double TIGHT_PARAGRAPH_SHARE = 0.8;

    /** Fewer paragraph pairs than this tell nothing about what the page's blank lines separate. */
    private static final int TIGHT_PARAGRAPHS_MIN = 4;

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
    /**
     * How kickers open (聚焦一季度经济运行, 走近栖云山天文观测站, 直击汛期一线, 对话青年科学家): a line so opened over
     * another headline line is the kicker, not the first line of a wrapped title.
     */
    private static final Pattern KICKER_OPENER = Pattern.compile("(?:聚焦|走近|走进|直击|探访|对话|记者手记|编辑手记|记者调查|特别策划|特别关注)");

    /**
     * Whether two plain headline lines, one over the other, are a kicker and its title rather than one title wrapped
     * in a narrow column: both lines long (the upper {@link #KICKER_DECK_MIN} characters or more, the lower
     * {@link #DECK_LINE_MIN}, {@link #TWO_DECKS_MIN} together). A headline wraps where its column is narrow, so its
     * lines are short (城西菜场 / 今起恢复营业); two long lines are two decks set one over the other
     * (警方破获一起特大电信网络诈骗案 / “刷单返利”骗局背后的黑色链条). Not where the lower line cannot open a headline (和夏季农业生产工作, 在中部六省全面落地, 同比增长18.6%),
     * is a dateline, or goes on with a word, a quote or a title the upper one began; nor in a notice's title (关于…,
     * an issuer over 关于…).
     */
    private static boolean areTwoDecks(String upper, String lower, List<Block> blocks, int first, int last) {
        String a = headlineChars(upper);
        String b = headlineChars(lower);
        if (a.length() + b.length() < TWO_DECKS_MIN || a.length() < KICKER_DECK_MIN || b.length() < DECK_LINE_MIN
                || upper.startsWith("关于") || lower.startsWith("关于") || CONTINUATION_OPENER.matcher(lower).lookingAt()
                || leavesQuoteOpen(upper) || Bylines.datelinePrefix(lower) != null) {
            return false;
        }
        // a word cut at the line's end (两条干道正式交 / 汇贯通): the pair across the cut is printed elsewhere on the page
        String across = a.substring(a.length() - 1) + b.charAt(0);
        for (Block o : blocks) {
            if ((o.index() < first || o.index() > last) && o.text().contains(across)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The two decks of headline block {@code i} printed as one block of two plain lines (a double-spaced page sets a
     * headline's lines tight), kicker first, where {@link #areTwoDecks} reads them so and no further headline line
     * follows; else null.
     */
    private static List<String> twoDecksInOneBlock(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (b.lineCount() != 2 || b.markdownLevel() != 0 || b.has(BlockFlag.TWO_DECK) || b.has(BlockFlag.DECORATION)
                || i + 1 < blocks.size() && isPlainHeadLine(blocks.get(i + 1), true)) {
            return null;
        }
        List<String> lines = b.printedLines();
        if (lines.size() != 2 || HEAD_PUNCT.matcher(lines.get(0)).find() || HEAD_PUNCT.matcher(lines.get(1)).find()) {
            return null;
        }
        return areTwoDecks(lines.get(0), lines.get(1), blocks, i, i) ? lines : null;
    }

    /**
     * Reads a unit built from one block of two decks ({@link #twoDecksInOneBlock}) as its kicker and title, once
     * matching is done: matching saw the whole block, so that a block that held the headlines of two items could still
     * be cut between them (the unit's title then is no longer the block's text, and nothing is changed).
     */
    static void splitDecks(Unit u) {
        if (u.deckCut > 0 && u.kicker.isEmpty() && u.title.equals(u.deckText)) {
            u.kicker = u.title.substring(0, u.deckCut);
            u.title = u.title.substring(u.deckCut);
        }
    }

    /** Whether a headline line opens a quote or a title in book marks it does not close (“口袋公园”织就城市“绿). */
    private static boolean leavesQuoteOpen(String line) {
        return line.chars().filter(c -> c == '“').count() > line.chars().filter(c -> c == '”').count()
                || line.chars().filter(c -> c == '《').count() > line.chars().filter(c -> c == '》').count();
    }

    /** Fewest characters (without punctuation) of two headline lines read as two decks ({@link #areTwoDecks}). */
    private static final int TWO_DECKS_MIN = 21;

    /** Fewest characters (without punctuation) of the lower of two headline lines read as two decks, the title. */
    private static final int DECK_LINE_MIN = 9;
    /** Fewest characters (without punctuation) of the upper of two headline lines read as two decks, the kicker. */
    private static final int KICKER_DECK_MIN = 7;

    /** Words that go on a headline begun on the line above and cannot open one (和, 在, 就, 同比). */
    private static final Pattern CONTINUATION_OPENER = Pattern.compile("(?:和|与|及|并|在|就|将|已|被|同比|环比)");

    private static boolean isPlainHeadLine(Block b, boolean last) {
        String t = b.text();
        if (last && (t.endsWith("？") || t.endsWith("！"))) {
            t = t.substring(0, t.length() - 1); // a question or exclamation ends the headline, not a line of it
        }
        // printed width, not characters: "Nova Cloud X2.0上线" is 17 characters but only about as wide as 10 Chinese ones
        return b.lineCount() == 1 && b.markdownLevel() == 0 && b.textWidth() <= WRAPPED_HEAD_LINE_MAX
                && !b.has(BlockFlag.TWO_DECK) && !b.has(BlockFlag.DECORATION) && !HEAD_PUNCT.matcher(t).find();
    }

    /** A headline's qualifier in brackets alone on its line: （2024年1—5月）, （上）; not a signer (（方明）). */
    private static final Pattern BRACKETED_QUALIFIER = Pattern.compile("[（(][^（）()，。；：！？]{1,16}[）)]");

    private static boolean isBracketedQualifier(Block b) {
        return b.lineCount() == 1 && b.markdownLevel() == 0 && BRACKETED_QUALIFIER.matcher(b.text()).matches()
                && !Bylines.isBracketedSigner(b.text());
    }

    private static boolean isLabelOrFurniture(Block b) {
        Role r = roleOf(b);
        return r == Role.LABEL || r == Role.FURNITURE;
    }

    /**
     * "## 青梧茶农用上云端管家" + "### 物联网设备覆盖全县八成茶园": a deeper heading right under a headline (not a label) is
     * its subtitle. Under a "#" heading only where the page has several: one alone may title the page
     * (# 江城日报 第3版 要闻) over its "##" items.
     */
    private static boolean isMarkdownSubtitle(List<Block> blocks, int heading, Block b) {
        Block h = blocks.get(heading);
        return h.markdownLevel() >= 1 && b.markdownLevel() > h.markdownLevel() && b.index() == h.index() + 1
                && headlineChars(h.text()).length() > Labels.COLUMN_LABEL_MAX
                && (h.markdownLevel() >= 2 || blocks.stream().filter(o -> o.markdownLevel() == 1).limit(2).count() == 2);
    }

    /** Longest markdown kicker ({@link #isMarkdownKicker}), its characters without punctuation. */
    private static final int MARKDOWN_KICKER_MAX = 8;

    /**
     * A short "##" (or deeper) heading printed right over a "#" heading, neither holding more: the kicker of that
     * headline, not an item of its own.
     */
    private static boolean isMarkdownKicker(List<Block> blocks, Unit pending, Block b) {
        Block k = blocks.get(pending.index);
        return pending.kicker.isEmpty() && pending.subtitle.isEmpty() && b.index() == k.index() + 1 && b.markdownLevel() == 1
                && k.markdownLevel() > b.markdownLevel() && headlineChars(k.text()).length() <= MARKDOWN_KICKER_MAX
                && headlineChars(b.text()).length() > MARKDOWN_KICKER_MAX;
    }

    private static void stack(Unit u, Block b, boolean markdownSubtitle) {
        String t = b.text();
        if (isDashedSubtitle(b) || markdownSubtitle) {
            u.subtitle = t.replaceFirst("^[—-]+", "").strip();
            u.index = b.index();
            return;
        }
        if (isBracketedLabel(u.title) && u.kicker.isEmpty()) {
            u.kicker = u.title; // 【江城观察】: the column's label, kept over its headline
            u.title = t;
        } else if (u.title.length() <= Labels.COLUMN_LABEL_MAX && u.kicker.isEmpty() && !u.markdown) {
            u.title = t; // the short line above was a column label
        } else if (u.title.endsWith("，") && b.markdownLevel() == 0) {
            u.title = u.title + t; // a headline's first clause on a line of its own: a kicker ends without a comma
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

    private Segmenter() {
    }
}
