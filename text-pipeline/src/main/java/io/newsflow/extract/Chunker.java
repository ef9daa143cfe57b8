package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into sentence-sized pieces for the taggers. HanLP's Viterbi segmenter (and any
 * sequence tagger) is much faster on ~300-char pieces than on a whole page, and entities never
 * span a sentence end, so cutting there loses nothing.
 *
 * <p>Rules: a piece ends after a sentence-final mark (。！？；!?; or a line break). A piece that grows
 * past {@code maxLen} is cut after its last comma-like mark; past {@code 2 * maxLen} without one it
 * is cut hard (rare: tables, lists). Stateless and thread-safe.
 */
public final class Chunker {

    private final int maxLen;

    public Chunker(int maxLen) {
        if (maxLen < 8) {
            throw new IllegalArgumentException("maxLen must be >= 8, got " + maxLen);
        }
        this.maxLen = maxLen;
    }

    /** Piece boundaries: {@code [b[0], b[1]), [b[1], b[2]) ...}, covering the whole text, no empty piece. */
    public int[] boundaries(String text) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        int start = 0;
        int lastSoft = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean hard = c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
                    || c == '\n' || c == '\r';
            if (hard) {
                // keep closing quotes/brackets with their sentence
                int j = i + 1;
                while (j < n && isCloser(text.charAt(j))) {
                    j++;
                }
                if (j < n) {
                    cuts.add(j);
                }
                start = j;
                lastSoft = -1;
                i = j - 1;
                continue;
            }
            if (c == '，' || c == ',' || c == '、' || c == '：' || c == ' ' || c == '\u3000') {
                lastSoft = i + 1;
            }
            int len = i + 1 - start;
            if (len >= maxLen && lastSoft > start && lastSoft < n) {
                cuts.add(lastSoft);
                start = lastSoft;
                lastSoft = -1;
            } else if (len >= 2 * maxLen && i + 1 < n) {
                cuts.add(i + 1);
                start = i + 1;
                lastSoft = -1;
            }
        }
        cuts.add(n);
        int[] out = new int[cuts.size()];
        int k = 0;
        for (int cut : cuts) {
            if (k == 0 || cut > out[k - 1]) {
                out[k++] = cut;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '》';
    }
}
