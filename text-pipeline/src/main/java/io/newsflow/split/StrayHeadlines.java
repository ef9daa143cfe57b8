package io.newsflow.split;

import static io.newsflow.split.Bigrams.CLOSING_HEAD_MIN;
import static io.newsflow.split.Bigrams.CLOSING_MARGIN;
import static io.newsflow.split.Bigrams.CLOSING_MATCH;
import static io.newsflow.split.Bigrams.bigrams;
import static io.newsflow.split.Bigrams.headlineChars;
import static io.newsflow.split.Bigrams.overlap;
import static io.newsflow.split.Bigrams.overlapWithNext;
import static io.newsflow.split.Bigrams.shareOfWordBigrams;
import static io.newsflow.split.Splitter.isHeadlineText;
import static io.newsflow.split.Splitter.textOf;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.BlockFlag;
import io.newsflow.split.Bigrams.GramSet;
import io.newsflow.split.Bigrams.PageGrams;
import io.newsflow.split.Splitter.Segment;
import io.newsflow.split.Splitter.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The splitter's last step: headlines that matching left without their body, or with a line of a neighbour's
 * headline. They were printed away from their bodies: a brief's headline elsewhere on the page while its body ran
 * into the brief above, or two headlines printed tight in one block. Works on the splitter's segments and headline
 * units after matching, in place.
 */
final class StrayHeadlines {

    /** An unclaimed headline cuts a body where the paragraph below matches it at least this well... */
    private static final double UNCLAIMED_MATCH = 0.6;
    /** ...and looks no further than this many blocks from where the headline is printed. */
    private static final int UNCLAIMED_WINDOW = 40;
    /** How far (characters) a line cut made from printed widths is searched for the better boundary. */
    private static final int CUT_SLACK = 2;

    private StrayHeadlines() {
    }

    /**
     * Headlines printed apart from their bodies. In a column of briefs whose headlines the extraction put
     * elsewhere, the briefs run together into one body, and their headlines are left unclaimed (or claimed only
     * for where they are printed, sharing little with that body). Such a headline is looked for inside the bodies
     * printed within {@link #UNCLAIMED_WINDOW} blocks of it: where a paragraph after a finished one matches it
     * clearly ({@link #UNCLAIMED_MATCH}, with the next paragraph) and the text above that paragraph does not
     * ({@link Bigrams#CLOSING_MARGIN} less), a brief begins. The body is cut there and the lower part gets the
     * headline, unless the body's own headline belongs to the lower part.
     * A unit of several lines that fits nowhere as a whole is tried line by line: two briefs' headlines printed
     * tight one above the other come out as one block.
     */
    static void findUnclaimedHeadlines(List<Block> blocks, List<Segment> segments, List<Unit> units, PageGrams grams) {
        for (Unit u : new ArrayList<>(units)) {
            double claimed = u.segment == null ? 0 : overlap(headlineChars(u.kicker + u.title + u.subtitle), u.segment.grams(grams));
            if (claimed >= CLOSING_MATCH) {
                continue;
            }
            // a paragraph elsewhere must fit clearly better than the body that claimed the headline
            double needed = Math.max(UNCLAIMED_MATCH, claimed + CLOSING_MARGIN);
            Segment found = cutAtHeadline(u.title, u.index, needed, segments, grams);
            if (found != null) {
                claim(u, found);
                continue;
            }
            List<String> lines = headlineLines(blocks.get(u.index), u);
            if (u.segment != null && lines.stream().anyMatch(line -> overlap(headlineChars(line), u.segment.grams(grams)) >= CLOSING_MATCH)) {
                continue; // one of its lines names the body that claimed it: a wrapped headline of that body
            }
            List<String> unclaimed = new ArrayList<>();
            for (String line : lines) {
                Segment s = cutAtHeadline(line, u.index, needed, segments, grams);
                if (s == null) {
                    unclaimed.add(line);
                    continue;
                }
                Unit own = new Unit();
                own.title = line;
                own.index = u.index;
                units.add(own);
                claim(own, s);
            }
            if (unclaimed.size() < lines.size()) {
                if (unclaimed.isEmpty()) {
                    units.remove(u);
                    if (u.segment != null) {
                        u.segment.unit = null;
                    }
                } else {
                    u.title = String.join("", unclaimed);
                }
            }
        }
    }

    /**
     * Two headlines printed tight in one block: one item's headline and a line of the neighbouring item's wrapped
     * headline ("…一季度工业增加值增长8%" + "滨江数科完成数亿元", with "B轮融资" on its own line below; or
     * "智能巡检系统“天眼”上线" + "研究人员发现…", under "全市首个变电站无人值守"). The last line of a headline block
     * moves to the front of the headline printed right below it, or its first line to the end of the headline
     * printed right above it, when that headline's body names the line (at least {@link Bigrams#CLOSING_MATCH})
     * and the block's own body does not ({@link Bigrams#CLOSING_MARGIN} less), while the lines left still name
     * their body.
     */
    static void regroupHeadlineLines(List<Block> blocks, List<Unit> units, PageGrams grams) {
        for (Unit u : units) {
            List<String> lines = headlineLines(blocks.get(u.index), u);
            if (lines.size() < 2) {
                continue;
            }
            GramSet own = u.segment == null ? GramSet.EMPTY : u.segment.grams(grams);
            Unit below = unitAt(units, u.index + 1);
            if (u.segment != null && takesLine(below)) {
                GramSet theirs = below.segment.grams(grams);
                int cut = bestCut(u.title, u.title.length() - lines.get(lines.size() - 1).length(), true, theirs, own);
                if (belongsTo(u.title.substring(cut), u.title.substring(0, cut), theirs, own, true)) {
                    below.title = u.title.substring(cut) + below.title;
                    u.title = u.title.substring(0, cut);
                    continue;
                }
            }
            Unit above = unitAt(units, u.index - 1);
            if (takesLine(above) && above.subtitle.isEmpty()) {
                GramSet theirs = above.segment.grams(grams);
                int cut = bestCut(u.title, lines.get(0).length(), false, theirs, own);
                if (belongsTo(u.title.substring(0, cut), u.title.substring(cut), theirs, own, u.segment != null)) {
                    above.title = above.title + u.title.substring(0, cut);
                    u.title = u.title.substring(cut);
                }
            }
        }
    }

    /** A plain headline with a body, which a line of a neighbouring headline block may belong to. */
    private static boolean takesLine(Unit u) {
        return u != null && u.segment != null && u.kicker.isEmpty() && !u.markdown;
    }

    /**
     * The cut of {@code title} near {@code printedCut} (where the printed widths put the line break) whose moved part
     * (the tail when {@code tail}, else the head) fits {@code theirs} best against {@code own}: the
     * widths were taken before spaces were repaired, so the break can be a character or two off.
     */
    private static int bestCut(String title, int printedCut, boolean tail, GramSet theirs, GramSet own) {
        int cut = printedCut;
        double best = Double.NEGATIVE_INFINITY;
        for (int c = Math.max(1, printedCut - CUT_SLACK); c <= Math.min(title.length() - 1, printedCut + CUT_SLACK); c++) {
            String moved = tail ? title.substring(c) : title.substring(0, c);
            double gain = shareOfWordBigrams(moved, theirs) - shareOfWordBigrams(moved, own);
            if (gain > best || gain == best && Math.abs(c - printedCut) < Math.abs(cut - printedCut)) {
                best = gain;
                cut = c;
            }
        }
        return cut;
    }

    /** Whether line {@code moved} belongs to the headline whose body is {@code theirs} ({@link #regroupHeadlineLines}). */
    private static boolean belongsTo(String moved, String kept, GramSet theirs, GramSet own, boolean keptHasBody) {
        double there = overlap(headlineChars(moved), theirs);
        return there >= CLOSING_MATCH && there >= overlap(headlineChars(moved), own) + CLOSING_MARGIN
                && (!keptHasBody || overlap(headlineChars(kept), own) >= CLOSING_MATCH);
    }

    private static Unit unitAt(List<Unit> units, int blockIndex) {
        for (Unit u : units) {
            if (u.index == blockIndex) {
                return u;
            }
        }
        return null;
    }

    private static void claim(Unit u, Segment s) {
        if (u.segment != null) {
            u.segment.unit = null;
        }
        u.segment = s;
        s.unit = u;
    }

    /**
     * The printed lines of headline block {@code b} when unit {@code u} is that block alone and each line reads as a
     * headline of its own; otherwise none.
     */
    private static List<String> headlineLines(Block b, Unit u) {
        if (b.lineCount() < 2 || !u.kicker.isEmpty() || !u.subtitle.isEmpty() || !b.text().equals(u.title)) {
            return List.of();
        }
        List<String> lines = b.printedLines();
        for (String line : lines) {
            if (!isHeadlineText(line) || headlineChars(line).length() < CLOSING_HEAD_MIN) {
                return List.of();
            }
        }
        return lines;
    }

    /**
     * Cuts the body where the brief that headline {@code h} names begins (see {@link #findUnclaimedHeadlines}) and
     * returns the new lower segment, or null when no paragraph fits.
     */
    private static Segment cutAtHeadline(String h, int printedAt, double needed, List<Segment> segments, PageGrams grams) {
        String chars = headlineChars(h);
        if (chars.length() < CLOSING_HEAD_MIN) {
            return null;
        }
        double best = 0;
        double bestAlone = 0;
        int bestS = -1;
        int bestK = -1;
        for (int si = 0; si < segments.size(); si++) {
            Segment s = segments.get(si);
            if (!s.credit.isEmpty()) {
                continue; // a caption is never two briefs
            }
            for (int k = 1; k < s.blocks.size(); k++) {
                Block b = s.blocks.get(k);
                if (Math.abs(b.index() - printedAt) > UNCLAIMED_WINDOW) {
                    continue; // printed apart, but in the same part of the page
                }
                if (!s.blocks.get(k - 1).has(BlockFlag.SENTENCE_END) || !b.has(BlockFlag.SENTENCE_END) && isHeadlineText(b.text())) {
                    continue; // a brief begins after a finished paragraph, and not at a sub-heading
                }
                double m = overlapWithNext(chars, b, k + 1 < s.blocks.size() ? s.blocks.get(k + 1) : null, grams);
                // of two paragraphs that fit equally with the next one, the one that fits better alone begins the brief
                if (m > best || m == best && m > 0 && overlap(chars, grams.of(b)) > bestAlone) {
                    bestAlone = overlap(chars, grams.of(b));
                    best = m;
                    bestS = si;
                    bestK = k;
                }
            }
        }
        if (best < needed) {
            return null;
        }
        Segment s = segments.get(bestS);
        List<Block> lower = s.blocks.subList(bestK, s.blocks.size());
        String above = textOf(s.blocks.subList(0, bestK));
        if (overlap(chars, bigrams(above)) > best - CLOSING_MARGIN) {
            return null; // the body above speaks of it too: one article
        }
        if (s.unit != null) {
            String own = headlineChars(s.unit.kicker + s.unit.title + s.unit.subtitle);
            if (overlap(own, bigrams(above)) < overlap(own, bigrams(textOf(lower)))) {
                return null; // the body's own headline names the lower part
            }
        }
        Segment t = new Segment();
        t.blocks.addAll(lower);
        lower.clear();
        s.changed();
        t.firstIndex = t.blocks.get(0).index();
        t.trailingByline = s.trailingByline;
        s.trailingByline = "";
        segments.add(bestS + 1, t);
        return t;
    }
}
