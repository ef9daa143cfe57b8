package io.newsflow.split;

import io.newsflow.normalize.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How well a headline fits a body: the share of the headline's character bigrams (pairs of adjacent UTF-16 chars,
 * punctuation and spaces removed from the headline) that occur in the body. Bigrams are packed into ints and kept
 * sorted, so a lookup is a binary search. Pure functions; {@link PageGrams} caches one page's blocks. The thresholds
 * the splitter's steps share live here, beside the measure they apply to.
 */
final class Bigrams {

    private static final Pattern PUNCT_OR_SPACE = Pattern.compile("[\\p{P}\\s]");

    /** A headline fits a body (an item forms) when at least this share of its bigrams occurs there. */
    static final double MIN_MATCH = 0.25;
    /** Shortest headline (characters without punctuation) taken as the headline of the body printed above it. */
    static final int CLOSING_HEAD_MIN = 8;
    /** A weak headline closes the body above when it matches it at least this well... */
    static final double CLOSING_MATCH = 0.5;
    /** ...and this much better than the body blocks below it (the next three, {@link Segmenter}). */
    static final double CLOSING_MARGIN = 0.25;

    private Bigrams() {
    }

    /**
     * The distinct character bigrams (pairs of adjacent UTF-16 chars) of {@code text}, each packed into one int,
     * sorted: a lookup is a binary search instead of hashing a two-char string.
     */
    static int[] bigrams(String text) {
        if (text.length() < 2) {
            return new int[0];
        }
        int[] grams = new int[text.length() - 1];
        for (int i = 0; i + 2 <= text.length(); i++) {
            grams[i] = bigram(text, i);
        }
        return distinctSorted(grams);
    }

    /** {@code grams} sorted, without repeats (sorts in place). */
    static int[] distinctSorted(int[] grams) {
        Arrays.sort(grams);
        int n = 0;
        for (int i = 0; i < grams.length; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) {
                grams[n++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, n);
    }

    /**
     * The union of sorted distinct arrays (as {@link #distinctSorted} makes them), sorted and distinct: merged pairwise
     * in rounds, linear per round, where sorting their concatenation again would cost a segment's whole text per
     * segment.
     */
    static int[] union(List<int[]> sortedDistinct) {
        if (sortedDistinct.isEmpty()) {
            return new int[0];
        }
        List<int[]> round = sortedDistinct;
        while (round.size() > 1) {
            List<int[]> next = new ArrayList<>((round.size() + 1) / 2);
            for (int i = 0; i < round.size(); i += 2) {
                next.add(i + 1 < round.size() ? merge(round.get(i), round.get(i + 1)) : round.get(i));
            }
            round = next;
        }
        return round.get(0);
    }

    /** Two sorted distinct arrays merged into one, a value both hold kept once. */
    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x < y) {
                out[n++] = x;
                i++;
            } else if (y < x) {
                out[n++] = y;
                j++;
            } else {
                out[n++] = x;
                i++;
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** {@link #joinBigram} when either text is empty; it would pack U+FFFF twice, a non-character no text carries. */
    static final int NO_BIGRAM = -1;

    private static int bigram(String text, int i) {
        return text.charAt(i) << 16 | text.charAt(i + 1);
    }

    /** The bigram across the join of {@code a} followed by {@code b}, or {@link #NO_BIGRAM} when either is empty. */
    static int joinBigram(String a, String b) {
        return a.isEmpty() || b.isEmpty() ? NO_BIGRAM : a.charAt(a.length() - 1) << 16 | b.charAt(0);
    }

    /** A headline as {@link #overlap} compares it: punctuation and white space removed. */
    static String headlineChars(String headline) {
        return PUNCT_OR_SPACE.matcher(headline).replaceAll("");
    }

    /** Share of the bigrams of headline {@code h} (as made by {@link #headlineChars}) that occur in the body. */
    static double overlap(String h, int[] bodyGrams) {
        return h.length() < 2 ? 0 : (double) hits(h, bodyGrams) / (h.length() - 1);
    }

    /**
     * Share of the bigrams of {@code text} that occur in the body, counting only pairs of adjacent characters that
     * are neither punctuation nor space: a pair across a removed quote (启蒙”发布 → 蒙发) is no word of the body and
     * would make a piece ending in such a word fit worse than the same piece without it.
     */
    static double shareOfWordBigrams(String text, int[] bodyGrams) {
        int hit = 0;
        int total = 0;
        for (int i = 0; i + 2 <= text.length(); i++) {
            if (isPunctOrSpace(text.charAt(i)) || isPunctOrSpace(text.charAt(i + 1))) {
                continue;
            }
            total++;
            if (Arrays.binarySearch(bodyGrams, bigram(text, i)) >= 0) {
                hit++;
            }
        }
        return total == 0 ? 0 : (double) hit / total;
    }

    private static boolean isPunctOrSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || PUNCT_OR_SPACE.matcher(String.valueOf(c)).matches();
    }

    /** How many of the bigrams of headline {@code h} (with repeats) occur in the body. */
    private static int hits(String h, int[] bodyGrams) {
        int hit = 0;
        for (int i = 0; i + 2 <= h.length(); i++) {
            if (Arrays.binarySearch(bodyGrams, bigram(h, i)) >= 0) {
                hit++;
            }
        }
        return hit;
    }

    /**
     * {@link #overlap} of headline {@code h} with the text of block {@code b} followed by {@code next} (null: none),
     * from the blocks' cached bigrams and the one bigram across the join.
     */
    static double overlapWithNext(String h, Block b, Block next, PageGrams grams) {
        if (h.length() < 2) {
            return 0;
        }
        int[] first = grams.of(b);
        int[] second = next == null ? new int[0] : grams.of(next);
        int join = next == null ? NO_BIGRAM : joinBigram(b.text(), next.text());
        int hit = 0;
        for (int i = 0; i + 2 <= h.length(); i++) {
            int g = bigram(h, i);
            if (g == join || Arrays.binarySearch(first, g) >= 0 || Arrays.binarySearch(second, g) >= 0) {
                hit++;
            }
        }
        return (double) hit / (h.length() - 1);
    }

    /** Bigrams of a page's blocks, computed once: bodies are made of them, and headlines are looked for in them. */
    static final class PageGrams {
        private final Map<Block, int[]> blocks = new IdentityHashMap<>();

        int[] of(Block b) {
            return blocks.computeIfAbsent(b, x -> bigrams(x.text()));
        }
    }
}
