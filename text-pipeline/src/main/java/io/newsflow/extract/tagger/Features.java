package io.newsflow.extract.tagger;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.newsflow.extract.HanlpSegmenters;
import java.util.List;

/**
 * Feature templates of the character tagger. Each position of a sentence gets {@link #perPosition()}
 * 64-bit keys (0 = no feature); keys pack a template number and up to three 16-bit chars or codes
 * exactly, so no strings are built while tagging.
 *
 * <p>Feature sets, chosen by name and stored in the model file so a model always runs with the
 * features it was trained with (each adds to the one before):
 * <ul>
 *   <li>{@code chars}: a bias, characters at -2..+2, bigrams in that window, a skip bigram, three
 *   trigrams and the character-class pattern of -1..+1.</li>
 *   <li>{@code chars+hanlp}: HanLP word-level evidence for the character: position in HanLP's word
 *   (B/M/E/S) with the word's part of speech, with its length, with the word itself, and the part
 *   of speech of the neighbouring words. HanLP segments with its
 *   own name recognizers on, so its dictionary and role knowledge feed the tagger (stacking).</li>
 *   <li>{@code chars+hanlp+lex}: matches in HanLP's core dictionary (longest word starting, ending,
 *   covering the char, with its name class).</li>
 *   <li>{@code chars+hanlp+lex+gaz}: the same kind of matches in a {@link Gazetteer} of names from
 *   the training corpora, which travels inside the model file.</li>
 * </ul>
 * Thread-safe: the HanLP segmenter is configured once and then only used to segment.
 */
final class Features {

    static final String CHARS = "chars";
    static final String CHARS_HANLP = "chars+hanlp";
    static final String CHARS_HANLP_LEX = "chars+hanlp+lex";
    static final String CHARS_HANLP_LEX_GAZ = "chars+hanlp+lex+gaz";

    private static final char BOS = '\u0002';
    private static final char EOS = '\u0003';
    private static final int CHAR_TEMPLATES = 15;
    private static final int HANLP_TEMPLATES = 6;
    /** Sentinel chars on each side of the text, so the ±2 window never leaves the array. */
    private static final int PAD = 2;
    private static final int LEX_TEMPLATES = 5;

    private final String name;
    private final Segment segment;
    private final boolean lexicon;
    private final Gazetteer gazetteer;

    Features(String name) {
        this(name, null);
    }

    /** @param gazetteer names for the {@code +gaz} feature set (required there, ignored otherwise) */
    Features(String name, Gazetteer gazetteer) {
        this.name = name;
        this.lexicon = name.equals(CHARS_HANLP_LEX) || name.equals(CHARS_HANLP_LEX_GAZ);
        if (name.equals(CHARS_HANLP_LEX_GAZ) && gazetteer == null) {
            throw new IllegalArgumentException("feature set " + name + " needs a gazetteer");
        }
        this.gazetteer = name.equals(CHARS_HANLP_LEX_GAZ) ? gazetteer : null;
        switch (name) {
            case CHARS -> segment = null;
            case CHARS_HANLP, CHARS_HANLP_LEX, CHARS_HANLP_LEX_GAZ -> {
                segment = HanlpSegmenters.recognizing();
            }
            default -> throw new IllegalArgumentException("unknown feature set '" + name + "' (valid: "
                    + CHARS + ", " + CHARS_HANLP + ", " + CHARS_HANLP_LEX + ", " + CHARS_HANLP_LEX_GAZ + ")");
        }
    }

    String name() {
        return name;
    }

    /** The gazetteer of a {@code +gaz} feature set, else null. */
    Gazetteer gazetteer() {
        return gazetteer;
    }

    int perPosition() {
        return segment == null ? CHAR_TEMPLATES
                : CHAR_TEMPLATES + HANLP_TEMPLATES + (lexicon ? LEX_TEMPLATES : 0) + (gazetteer != null ? LEX_TEMPLATES : 0);
    }

    private static long key(int template, int a, int b, int c) {
        return ((long) template << 48) | ((long) (a & 0xFFFF) << 32) | ((long) (b & 0xFFFF) << 16) | (c & 0xFFFF);
    }

    /** Feature keys of {@code text[from, to)}: {@code (to - from) * perPosition()} entries. */
    long[] extract(String text, int from, int to) {
        int n = to - from;
        int f = perPosition();
        long[] out = new long[n * f];
        char[] c = new char[n + 2 * PAD];
        java.util.Arrays.fill(c, 0, PAD, BOS);
        java.util.Arrays.fill(c, n + PAD, n + 2 * PAD, EOS);
        text.getChars(from, to, c, PAD);
        for (int i = 0; i < n; i++) {
            int p = i + PAD;
            int o = i * f;
            out[o] = key(1, 0, 0, 1);
            out[o + 1] = key(2, c[p - 2], 0, 0);
            out[o + 2] = key(3, c[p - 1], 0, 0);
            out[o + 3] = key(4, c[p], 0, 0);
            out[o + 4] = key(5, c[p + 1], 0, 0);
            out[o + 5] = key(6, c[p + 2], 0, 0);
            out[o + 6] = key(7, c[p - 2], c[p - 1], 0);
            out[o + 7] = key(8, c[p - 1], c[p], 0);
            out[o + 8] = key(9, c[p], c[p + 1], 0);
            out[o + 9] = key(10, c[p + 1], c[p + 2], 0);
            out[o + 10] = key(11, c[p - 1], c[p + 1], 0);
            out[o + 11] = key(12, c[p - 1], c[p], c[p + 1]);
            out[o + 12] = key(13, c[p - 2], c[p - 1], c[p]);
            out[o + 13] = key(14, c[p], c[p + 1], c[p + 2]);
            out[o + 14] = key(15, charClass(c[p - 1]), charClass(c[p]), charClass(c[p + 1]));
        }
        if (segment != null) {
            addHanlp(text, from, to, out, f);
        }
        if (lexicon) {
            addLexicon(c, n, out, f, CHAR_TEMPLATES + HANLP_TEMPLATES);
        }
        if (gazetteer != null) {
            SpanStats stats = new SpanStats(n);
            gazetteer.forEachMatch(c, PAD, n + PAD, stats::add);
            stats.emit(out, f, CHAR_TEMPLATES + HANLP_TEMPLATES + LEX_TEMPLATES, 30, c);
        }
        return out;
    }

    private void addHanlp(String text, int from, int to, long[] out, int f) {
        String piece = text.substring(from, to);
        List<Term> terms = segment.seg(piece);
        int n = to - from;
        // per char: index of its term, or -1 where HanLP's words did not line up with the text
        int[] termOf = new int[n];
        java.util.Arrays.fill(termOf, -1);
        int[] termStart = new int[terms.size()];
        int cursor = 0;
        for (int t = 0; t < terms.size(); t++) {
            String w = terms.get(t).word;
            int at = w.isEmpty() ? -1 : piece.indexOf(w, cursor);
            termStart[t] = at;
            if (at < 0) {
                continue;
            }
            for (int i = at; i < at + w.length(); i++) {
                termOf[i] = t;
            }
            cursor = at + w.length();
        }
        for (int i = 0; i < n; i++) {
            int o = i * f + CHAR_TEMPLATES;
            int t = termOf[i];
            if (t < 0) {
                continue;
            }
            Term term = terms.get(t);
            int len = term.word.length();
            int pos = len == 1 ? 4 : i == termStart[t] ? 1 : i == termStart[t] + len - 1 ? 3 : 2;
            int nat = natureCode(term);
            int prevNat = t > 0 ? natureCode(terms.get(t - 1)) : 1;
            int nextNat = t + 1 < terms.size() ? natureCode(terms.get(t + 1)) : 2;
            out[o] = key(16, pos, nat, 0);
            out[o + 1] = key(17, pos, Math.min(len, 6), 0);
            out[o + 2] = len >= 2 ? wordKey(18, term.word, pos) : 0;
            out[o + 3] = key(19, pos, prevNat, nat);
            out[o + 4] = key(20, pos, nat, nextNat);
            out[o + 5] = key(21, pos, nat, c(text, from + i));
        }
    }

    /**
     * Dictionary-match features from HanLP's core dictionary (read only): for each char, the longest
     * word (2+ chars) starting, ending and strictly covering it, with the word's name class
     * (person/place/organization/other), plus the sets of name classes starting and ending there.
     */
    private static void addLexicon(char[] c, int n, long[] out, int f, int first) {
        SpanStats stats = new SpanStats(n);
        var trie = com.hankcs.hanlp.dictionary.CoreDictionary.trie;
        // one left-to-right pass enumerates every dictionary word in the text
        var searcher = trie.getSearcher(c, PAD);
        while (searcher.next()) {
            int s = searcher.begin - PAD;
            if (s >= 0 && s + searcher.length <= n) {
                stats.add(s, searcher.length, nameClass(searcher.value));
            }
        }
        stats.emit(out, f, first, 22, c);
    }

    /**
     * Per char: the longest matched word (2+ chars) starting there, ending there and strictly
     * covering it, each with its class, plus the sets of classes starting and ending there.
     */
    private static final class SpanStats {
        final int[] startLen;
        final int[] startCls;
        final int[] endLen;
        final int[] endCls;
        final int[] inLen;
        final int[] inCls;
        final int[] startMask;
        final int[] endMask;

        SpanStats(int n) {
            startLen = new int[n];
            startCls = new int[n];
            endLen = new int[n];
            endCls = new int[n];
            inLen = new int[n];
            inCls = new int[n];
            startMask = new int[n];
            endMask = new int[n];
        }

        void add(int s, int len, int cls) {
            if (len < 2) {
                return;
            }
            int end = s + len - 1;
            if (len > startLen[s]) {
                startLen[s] = len;
                startCls[s] = cls;
            }
            if (len > endLen[end]) {
                endLen[end] = len;
                endCls[end] = cls;
            }
            startMask[s] |= 1 << cls;
            endMask[end] |= 1 << cls;
            for (int i = s + 1; i < end; i++) {
                if (len > inLen[i]) {
                    inLen[i] = len;
                    inCls[i] = cls;
                }
            }
        }

        void emit(long[] out, int f, int first, int template, char[] c) {
            for (int i = 0; i < startLen.length; i++) {
                int o = i * f + first;
                out[o] = startLen[i] > 0 ? key(template, Math.min(startLen[i], 6), startCls[i], 0) : 0;
                out[o + 1] = endLen[i] > 0 ? key(template + 1, Math.min(endLen[i], 6), endCls[i], 0) : 0;
                out[o + 2] = inLen[i] > 0 ? key(template + 2, Math.min(inLen[i], 6), inCls[i], 0) : 0;
                out[o + 3] = key(template + 3, startMask[i], endMask[i], 0);
                out[o + 4] = key(template + 4, startMask[i], endMask[i], c[i + PAD]);
            }
        }
    }

    private static int nameClass(com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a) {
        if (a == null || a.nature == null || a.nature.length == 0) {
            return 0;
        }
        String n = a.nature[0].toString();
        return n.startsWith("nr") ? 1 : n.startsWith("ns") ? 2 : n.startsWith("nt") ? 3 : 0;
    }

    private static int c(String s, int i) {
        return s.charAt(i);
    }

    private static int natureCode(Term t) {
        if (t.nature == null) {
            return 3;
        }
        return t.nature.toString().hashCode() & 0xFFFF | 0x10;
    }

    private static long wordKey(int template, String word, int pos) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= pos;
        h *= 0x100000001b3L;
        return ((long) template << 48) | (h & 0xFFFFFFFFFFFFL);
    }

    static int charClass(char ch) {
        if (ch == BOS || ch == EOS) {
            return 1;
        }
        if ((ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９')) {
            return 2;
        }
        if ("〇一二三四五六七八九十百千万亿零两".indexOf(ch) >= 0) {
            return 3;
        }
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= 'ａ' && ch <= 'ｚ') || (ch >= 'Ａ' && ch <= 'Ｚ')) {
            return 4;
        }
        if (Character.isIdeographic(ch)) {
            return 5;
        }
        if (Character.isWhitespace(ch) || ch == '\u3000') {
            return 6;
        }
        return 7;
    }
}
