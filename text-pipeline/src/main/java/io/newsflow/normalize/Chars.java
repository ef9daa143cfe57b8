package io.newsflow.normalize;

/** Character classes used by the repairs. Pure functions. */
public final class Chars {
    private Chars() {
    }

    /** CJK ideograph (the Han script, incl. extensions) or the iteration mark 〇. */
    static boolean isHan(int c) {
        // Fast paths for the common cases; UnicodeScript.of is a binary search over all script ranges.
        if (c < 0x2E80) {
            return false; // the Han script starts with the CJK radicals supplement
        }
        if (c >= 0x4E00 && c <= 0x9FEF) {
            return true; // CJK unified ideographs assigned by Unicode 11, so by every Java from 17 on
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '〇';
    }

    /** Full-width CJK punctuation and symbols that sit between Chinese text without spaces. */
    static boolean isCjkPunct(int c) {
        return "，。、；：？！“”‘’（）《》〈〉【】「」『』—…～·￥％＋－／".indexOf(c) >= 0
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F);
    }

    /** Characters that end a sentence (possibly followed by a closing quote). */
    static boolean isSentenceEnd(int c) {
        return "。！？…!?".indexOf(c) >= 0;
    }

    static boolean isClosingQuote(int c) {
        return "”’」』）)》".indexOf(c) >= 0;
    }

    /** A box-drawing character (┌ ─ ┐ │ └ ┘ ═ ║ …), as text exports draw a boxed panel with. */
    static boolean isBoxDrawing(int c) {
        return c >= 0x2500 && c <= 0x257F;
    }

    /** The text without the box-drawing characters and spaces at its two ends. */
    static String stripBoxDrawing(String t) {
        int from = 0;
        int to = t.length();
        while (from < to && (isBoxDrawing(t.charAt(from)) || isSpace(t.charAt(from)))) {
            from++;
        }
        while (to > from && (isBoxDrawing(t.charAt(to - 1)) || isSpace(t.charAt(to - 1)))) {
            to--;
        }
        return t.substring(from, to);
    }

    static boolean isAsciiAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Characters typeset "Chinese-style": no spaces around them inside Chinese text. */
    static boolean isCjkLike(int c) {
        return isHan(c) || isCjkPunct(c);
    }

    /** Horizontal space, including the ideographic space and no-break space. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009';
    }

    /**
     * Width of a string as printed: Han and full-width characters 1, ASCII and spaces 1/2. Chinese
     * typesetting sets the general punctuation block (“”‘’—…) and the middle dot full-width too.
     */
    static double width(CharSequence s) {
        int halves = 0; // counted in half columns: an integer sum, and the same value as adding 0.5s and 1.0s
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            halves += c < 0x2000 && c != '\u00B7' ? 1 : 2;
        }
        return halves / 2.0;
    }

    /** Whether {@code t} contains one of {@code words}. */
    static boolean containsAny(String t, String[] words) {
        for (String w : words) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} contains one of the chars of {@code chars}. */
    static boolean containsAnyChar(String t, String chars) {
        // one String.indexOf scan of t per char asked for: those scans are intrinsics, and the sets asked for are short
        for (int k = 0; k < chars.length(); k++) {
            if (t.indexOf(chars.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text ends a sentence: final punctuation (a half-width full stop after Chinese text included), possibly
     * followed by closing quotes/brackets and a wire story's end mark （完）.
     */
    static boolean endsSentence(CharSequence s) {
        return endsSentence(s, false);
    }

    /**
     * {@link #endsSentence(CharSequence)}, and with {@code shiftedFont} the full stop and closing quote may also come
     * in the shifted Founder font (遥 for 。, 冶 for ”), as they do on an affected page before its repair.
     */
    static boolean endsSentence(CharSequence s, boolean shiftedFont) {
        int i = s.length() - 1;
        while (i >= 0 && isSpace(s.charAt(i))) {
            i--;
        }
        int open = closingNoteStart(s, i);
        if (open >= 0) {
            // a note in brackets after the last sentence: a wire story's end mark (（完）), its writer's signature
            // (（方明）, （记者 王强 通讯员 李华）), a jump marker
            i = open - 1;
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
        }
        while (i >= 0 && (isClosingQuote(s.charAt(i)) || isSpace(s.charAt(i)) || shiftedFont && s.charAt(i) == '冶')) {
            i--;
        }
        if (i >= 0 && s.charAt(i) == '.') {
            return isHalfWidthFullStop(s, i);
        }
        return i >= 0 && (isSentenceEnd(s.charAt(i)) || shiftedFont && s.charAt(i) == '遥');
    }

    /** Whether {@code t} is a wire story's end mark alone (（完）): what follows it is another story. */
    public static boolean isWireEndMark(String t) {
        return t.equals("（完）") || t.equals("(完)");
    }

    /** Longest note in brackets read after a paragraph's last sentence ({@link #closingNoteStart}). */
    private static final int CLOSING_NOTE_MAX = 30;

    /**
     * Where the bracketed note that ends {@code s} at {@code end} opens, if it stands after a finished sentence and
     * holds no sentence of its own (no full stop, comma or bracket inside): （完）, （方明）, （作者单位：某研究所）; else -1.
     */
    private static int closingNoteStart(CharSequence s, int end) {
        if (end < 2 || s.charAt(end) != '）' && s.charAt(end) != ')') {
            return -1;
        }
        for (int k = end - 1; k >= 0 && k >= end - CLOSING_NOTE_MAX; k--) {
            char c = s.charAt(k);
            if (c == '（' || c == '(') {
                int before = k - 1;
                while (before >= 0 && (isSpace(s.charAt(before)) || isClosingQuote(s.charAt(before)))) {
                    before--;
                }
                return k < end - 1 && before >= 0 && isSentenceEnd(s.charAt(before)) ? k : -1;
            }
            if (c == '）' || c == ')' || isSentenceEnd(c) || c == '，' || c == ',') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the character at {@code i} is a half-width full stop ending a sentence of Chinese text, as markdown-ish
     * feeds write it (活动. or 说.”): after a Han character, a closing quote or bracket, not after a digit or a Latin
     * word (2. or Co.). Public for the splitter, which asks the same of headline candidates.
     */
    public static boolean isHalfWidthFullStop(CharSequence s, int i) {
        if (i < 1 || s.charAt(i) != '.') {
            return false;
        }
        char before = s.charAt(i - 1);
        return isHan(before) || isClosingQuote(before) || before == '）' || before == ')';
    }

    static int hanCount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
