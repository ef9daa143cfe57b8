package io.newsflow.extract.tagger;

/** First-order Viterbi over {@link TagSet} with hard well-formedness constraints. */
final class Viterbi {

    private static final int T = TagSet.SIZE;
    private static final boolean[] ALLOWED = new boolean[(T + 1) * T];

    static {
        for (int p = -1; p < T; p++) {
            for (int c = 0; c < T; c++) {
                ALLOWED[(p + 1) * T + c] = TagSet.allowed(p, c);
            }
        }
    }

    private Viterbi() {
    }

    /**
     * Best tag sequence.
     *
     * @param emit  {@code n * T} emission scores
     * @param trans {@code (T + 1) * T} transition scores, row 0 = from sentence start, row p+1 = from tag p
     */
    static int[] decode(float[] emit, float[] trans, int n) {
        return decode(emit, trans, n, null);
    }

    /**
     * Best tag sequence among those allowed by {@code allowed}: per position a bit set of permitted
     * tags (bit t = tag t), or null for no restriction. Used to find the best sequence consistent
     * with a partial annotation.
     */
    static int[] decode(float[] emit, float[] trans, int n, int[] allowed) {
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] score = new float[n * T];
        int[] back = new int[n * T];
        for (int c = 0; c < T; c++) {
            boolean ok = ALLOWED[c] && (allowed == null || (allowed[0] & (1 << c)) != 0);
            score[c] = ok ? trans[c] + emit[c] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int prevRow = (i - 1) * T;
            int row = i * T;
            for (int c = 0; c < T; c++) {
                float bestScore = Float.NEGATIVE_INFINITY;
                int bestPrev = 0;
                if (allowed != null && (allowed[i] & (1 << c)) == 0) {
                    score[row + c] = Float.NEGATIVE_INFINITY;
                    back[row + c] = 0;
                    continue;
                }
                for (int p = 0; p < T; p++) {
                    if (!ALLOWED[(p + 1) * T + c]) {
                        continue;
                    }
                    float s = score[prevRow + p] + trans[(p + 1) * T + c];
                    if (s > bestScore) {
                        bestScore = s;
                        bestPrev = p;
                    }
                }
                score[row + c] = bestScore + emit[row + c];
                back[row + c] = bestPrev;
            }
        }
        int last = (n - 1) * T;
        float bestScore = Float.NEGATIVE_INFINITY;
        int bestTag = TagSet.O;
        for (int c = 0; c < T; c++) {
            if (TagSet.allowedLast(c) && score[last + c] > bestScore) {
                bestScore = score[last + c];
                bestTag = c;
            }
        }
        best[n - 1] = bestTag;
        for (int i = n - 1; i > 0; i--) {
            best[i - 1] = back[i * T + best[i]];
        }
        return best;
    }
}
