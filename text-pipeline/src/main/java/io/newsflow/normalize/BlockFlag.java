package io.newsflow.normalize;

/** Repairs applied to a block and observations the splitter may use. */
public enum BlockFlag {
    /** Founder-font punctuation mojibake was detected and repaired in this block. */
    MOJIBAKE_REPAIRED,
    /** Doubled bold rendering was collapsed. */
    DOUBLED_COLLAPSED,
    /** Leading decoration glyphs (▶ □ ■ ▼ ...) were removed. */
    DECORATION,
    /** Built from one-character-per-line vertical text. */
    VERTICAL_TEXT,
    /** Ends with sentence-final punctuation. */
    SENTENCE_END,
    /** Looks like a byline (本报记者 X, 新华社记者 X, 本报讯(记者X)). */
    BYLINE,
    /** Looks like a photo credit (记者 X/摄, X摄). */
    PHOTO_CREDIT,
    /** A short line of two headline decks separated by a space (the space itself is removed). */
    TWO_DECK,
    /**
     * Double-spaced page only: the block starts right below a finished double-spaced paragraph without the
     * blank line that follows every line of that text flow, so it comes from another text frame.
     */
    FRAME_JUMP,
    /** A markdown list item (its "- " marker removed): body text however short, never a headline. */
    LIST_ITEM,
    /**
     * A row of a table printed as text under a header row of words ({@code 品种 本周均价 环比}), the header itself
     * included, its cells separated by single spaces: a listing's text however short, never a headline.
     */
    TABLE_ROW
}
