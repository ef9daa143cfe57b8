package io.newsflow.normalize;

import java.util.EnumSet;
import java.util.Set;

/**
 * One line of a page after the line-level repairs, with the marks paragraph recovery reads and sets: blank lines
 * before it, indent, markdown level, forced breaks, flags, headline group. Mutable on purpose: the passes of
 * {@link Normalizer} repair and mark the lines of one page in place. An instance belongs to one
 * {@link Normalizer#normalize} call and never leaves it.
 */
final class PageLine {
    String text;
    int blankBefore;
    boolean indented;
    /** The line opens with a paragraph's indent (at most two full-width spaces), not a centred line's wide margin. */
    boolean paragraphIndent;
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
    /**
     * The line is set letter-spaced (东 澜 港 开 通 第 三) on a page that so sets only a few lines, its headlines': a page
     * whose justified body lines come out letter-spaced has none so marked.
     */
    boolean spacedHeadline;
    /**
     * The line ends in 遥 on a page printed in the shifted Founder font, where that is its full stop (。): the
     * page's mojibake is repaired per block, after the lines are grouped, and the grouping must see the sentence end.
     */
    boolean shiftedStop;
    /**
     * Kind of furniture the line was seen to be at line level, where its spaces and markup still show (a teaser's
     * "… P3", a feed's link line, a masthead line among the page's first lines), or null.
     */
    String furniture;
    /** The decoration glyph the line opened with (● ▶ ■), stripped from {@link #text}; 0 if none. */
    char bullet;
    /**
     * What is left of a printed line after its run-in headline was split off: short as it now is, it is the first line
     * of a paragraph of the column's width, never a heading.
     */
    boolean afterRunIn;

    /** The line finishes a sentence, in the page's font. */
    boolean endsSentence() {
        return shiftedStop || Chars.endsSentence(text);
    }

    PageLine(String text, int blankBefore, boolean indented, int rawLength) {
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
