package io.newsflow.normalize;

/**
 * Collapses doubled glyphs from bold rendering: some PDF exports emit every run of a bold headline
 * twice, so 春季花展，市民踏青赏花忙 arrives as 春季花展春季花展，，市民踏青赏花忙市民踏青赏花忙.
 *
 * <p>Only applied when the doubled runs cover nearly the whole text (headline-sized blocks), so that a
 * genuine repetition inside prose (天天, 一步一步) is never touched.
 */
final class DoubledRendering {
    private DoubledRendering() {
    }

    /** Share of the text that must be made of doubled runs before anything is collapsed. */
    private static final double MIN_COVERAGE = 0.9;
    private static final int MAX_LENGTH = 160;

    /** Returns the collapsed text, or the same instance when the text is not doubled. */
    static String collapse(String s) {
        if (s.length() < 4 || s.length() > MAX_LENGTH) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() / 2 + 1);
        int covered = 0;
        // Every character left single counts against the coverage; past this many the text cannot qualify,
        // so ordinary prose is given up on after a few positions instead of being searched to the end.
        int maxSingle = (int) Math.floor((1 - MIN_COVERAGE) * s.length() + 1e-9);
        int single = 0;
        int i = 0;
        while (i < s.length()) {
            int len = longestDoubledAt(s, i);
            if (len > 0) {
                out.append(s, i, i + len);
                covered += 2 * len;
                i += 2 * len;
            } else {
                if (++single > maxSingle) {
                    return s;
                }
                out.append(s.charAt(i));
                i++;
            }
        }
        return covered >= MIN_COVERAGE * s.length() ? out.toString() : s;
    }

    /** Fewest spaced pairs a line of them must have ({@link #collapseSpacedPairs}). */
    private static final int MIN_SPACED_PAIRS = 4;

    /**
     * A bold headline letter-spaced and doubled glyph by glyph (云云 上上 茶茶 乡乡 ，， 慢慢 慢慢 走走 reads 云上茶乡，慢慢走):
     * every spaced group is one character printed twice, and is read once. Any other line comes back unchanged
     * (the same instance); prose never spaces out such pairs.
     */
    static String collapseSpacedPairs(String s) {
        if (s.length() < 3 * MIN_SPACED_PAIRS - 1 || !Chars.isSpace(s.charAt(2))) {
            return s; // a line of pairs has a space after its first two characters; nearly every line has none there
        }
        StringBuilder out = new StringBuilder();
        int pairs = 0;
        int i = 0;
        while (i < s.length()) {
            if (Chars.isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && !Chars.isSpace(s.charAt(end))) {
                end++;
            }
            if (end - i != 2 || s.charAt(i) != s.charAt(i + 1)) {
                return s;
            }
            out.append(s.charAt(i));
            pairs++;
            i = end;
        }
        return pairs >= MIN_SPACED_PAIRS ? out.toString() : s;
    }

    /**
     * A bold headline doubled glyph by glyph, unspaced (春春运运首首日日 北北宁宁站站 reads 春运首日 北宁站): every
     * character but a space is printed twice in a row, {@link #MIN_SPACED_PAIRS} times or more, and is read once; its
     * spaces stay. Any other line comes back unchanged (the same instance): prose never doubles every character.
     */
    static String collapseCharPairs(String s) {
        if (s.length() < 2 * MIN_SPACED_PAIRS || s.charAt(0) != s.charAt(1) || Chars.isSpace(s.charAt(0))) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() / 2 + 1);
        int pairs = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Chars.isSpace(c)) {
                out.append(c);
                i++;
            } else if (i + 1 < s.length() && s.charAt(i + 1) == c) {
                out.append(c);
                pairs++;
                i += 2;
            } else {
                return s;
            }
        }
        return pairs >= MIN_SPACED_PAIRS ? out.toString() : s;
    }

    /**
     * Shifted-font punctuation (，。、“”： as 袁遥尧野冶院): a doubled headline of an affected page doubles these before
     * the page's mojibake is repaired, so they count as punctuation here.
     */
    private static final String SHIFTED_PUNCT = "袁遥尧野冶院";

    /**
     * Longest L with s[i, i+L) == s[i+L, i+2L); a single character doubled counts for punctuation, and for a word
     * character only where a doubled run of two or more follows it (让让““一网通办一网通办””: a one-character bold run
     * before a quotation) or doubled punctuation precedes it, so that 天天 or 人人 in a headline never is.
     */
    private static int longestDoubledAt(String s, int i) {
        char c = s.charAt(i);
        // only where the run's first character comes again can its copy start: every line of a page is asked,
        // and in prose that character rarely recurs within half the line
        for (int j = s.lastIndexOf(c, i + (s.length() - i) / 2); j > i; j = s.lastIndexOf(c, j - 1)) {
            int len = j - i;
            if (s.regionMatches(i, s, j, len)) {
                if (len == 1 && !Chars.isCjkPunct(c) && !isPunct(c) && SHIFTED_PUNCT.indexOf(c) < 0
                        && !doubledRunAfterPunct(s, i + 2) && !afterDoubledPunct(s, i)) {
                    continue;
                }
                return len;
            }
        }
        return 0;
    }

    /**
     * Whether doubled punctuation ends right before {@code i} (““山水画卷山水画卷””中中: a one-character bold run after a
     * quotation).
     */
    private static boolean afterDoubledPunct(String s, int i) {
        if (i < 2 || s.charAt(i - 1) != s.charAt(i - 2)) {
            return false;
        }
        char p = s.charAt(i - 1);
        return Chars.isCjkPunct(p) || isPunct(p) || SHIFTED_PUNCT.indexOf(p) >= 0;
    }

    /** Whether doubled punctuation, then a doubled run of two or more characters, starts at {@code i}. */
    private static boolean doubledRunAfterPunct(String s, int i) {
        int k = i;
        while (k + 1 < s.length() && s.charAt(k) == s.charAt(k + 1) && (Chars.isCjkPunct(s.charAt(k)) || isPunct(s.charAt(k)))) {
            k += 2;
        }
        return k > i && k < s.length() && longestDoubledAt(s, k) >= 2;
    }

    private static boolean isPunct(char c) {
        return ",.:;!?".indexOf(c) >= 0;
    }
}
