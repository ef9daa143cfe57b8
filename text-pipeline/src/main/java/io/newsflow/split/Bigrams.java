package io.newsflow.split;

import io.newsflow.normalize.Block;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How well a headline fits a body: the share of the headline's character bigrams (pairs of adjacent UTF-16 chars,
 * punctuation and spaces removed from the headline) that occur in the body. Bigrams are packed into ints and kept in
 * a {@link GramSet}. Pure functions; {@link PageGrams} caches one page's blocks. The thresholds
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

    /** The distinct character bigrams (pairs of adjacent UTF-16 chars) of {@code text}, each packed into one int. */
    static GramSet bigrams(String text) {
        if (text.length() < 2) {
            return GramSet.EMPTY;
        }
        GramSet.Builder set = new GramSet.Builder(text.length() - 1);
        for (int i = 0; i + 2 <= text.length(); i++) {
            set.add(bigram(text, i));
        }
        return set.build();
    }

    /** The union of {@code parts} and the bigrams in {@code extra} (the first {@code extraCount}). */
    static GramSet union(List<GramSet> parts, int[] extra, int extraCount) {
        int expected = extraCount;
        for (GramSet part : parts) {
            expected += part.size();
        }
        GramSet.Builder set = new GramSet.Builder(expected);
        for (GramSet part : parts) {
            part.addTo(set);
        }
        for (int i = 0; i < extraCount; i++) {
            set.add(extra[i]);
        }
        return set.build();
    }

    /**
     * A set of packed bigrams, immutable once built: open addressing with linear probing in a power-of-two table at
     * most half full. The splitter builds one per block and per body and asks each hundreds of times per page;
     * hashing costs one pass over a text where a sorted array cost a sort per text, a merge per union and a binary
     * search per question.
     */
    static final class GramSet {
        /** Marks a free slot; the bigram it packs (U+FFFF twice) is kept apart in {@link #hasFreeValue}. */
        private static final int FREE = NO_BIGRAM;

        static final GramSet EMPTY = new GramSet(new int[] {FREE}, 0, false);

        private final int[] table;
        private final int size;
        private final boolean hasFreeValue;

        private GramSet(int[] table, int size, boolean hasFreeValue) {
            this.table = table;
            this.size = size;
            this.hasFreeValue = hasFreeValue;
        }

        boolean contains(int gram) {
            if (gram == FREE) {
                return hasFreeValue;
            }
            int mask = table.length - 1;
            for (int i = slot(gram, mask); ; i = (i + 1) & mask) {
                int v = table[i];
                if (v == gram) {
                    return true;
                }
                if (v == FREE) {
                    return false;
                }
            }
        }

        int size() {
            return size;
        }

        /** The bigrams in ascending order (for tests and diagnostics). */
        int[] toSortedArray() {
            int[] out = new int[size];
            int n = 0;
            if (hasFreeValue) {
                out[n++] = FREE;
            }
            for (int v : table) {
                if (v != FREE) {
                    out[n++] = v;
                }
            }
            Arrays.sort(out);
            return out;
        }

        private void addTo(Builder b) {
            if (hasFreeValue) {
                b.add(FREE);
            }
            for (int v : table) {
                if (v != FREE) {
                    b.add(v);
                }
            }
        }

        private static int slot(int gram, int mask) {
            int h = gram * 0x9E3779B9; // Fibonacci hashing: a text's bigrams share their high chars, so mix them down
            return (h ^ (h >>> 16)) & mask;
        }

        /**
         * Collects bigrams into a table sized for {@code expected} of them (more still fit: it grows). It builds one
         * set: {@link #build} hands its table over without a copy, so nothing may be added afterwards.
         */
        static final class Builder {
            private int[] table;
            private int size;
            private boolean hasFreeValue;

            Builder(int expected) {
                table = newTable(expected);
            }

            private static int[] newTable(int expected) {
                int capacity = Integer.highestOneBit(Math.max(2, expected) * 2 - 1) << 1; // at most half full
                int[] t = new int[capacity];
                Arrays.fill(t, FREE);
                return t;
            }

            void add(int gram) {
                if (gram == FREE) {
                    if (!hasFreeValue) {
                        hasFreeValue = true;
                        size++;
                    }
                    return;
                }
                if (2 * (size + 1) > table.length) {
                    grow();
                }
                insert(table, gram);
            }

            private void insert(int[] t, int gram) {
                int mask = t.length - 1;
                for (int i = slot(gram, mask); ; i = (i + 1) & mask) {
                    int v = t[i];
                    if (v == gram) {
                        return;
                    }
                    if (v == FREE) {
                        t[i] = gram;
                        size++;
                        return;
                    }
                }
            }

            private void grow() {
                int[] old = table;
                table = newTable(old.length);
                size = hasFreeValue ? 1 : 0;
                for (int v : old) {
                    if (v != FREE) {
                        insert(table, v);
                    }
                }
            }

            GramSet build() {
                return size == 0 ? EMPTY : new GramSet(table, size, hasFreeValue);
            }
        }
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
    static double overlap(String h, GramSet bodyGrams) {
        return h.length() < 2 ? 0 : (double) hits(h, bodyGrams) / (h.length() - 1);
    }

    /**
     * Share of the bigrams of {@code text} that occur in the body, counting only pairs of adjacent characters that
     * are neither punctuation nor space: a pair across a removed quote (启蒙”发布 → 蒙发) is no word of the body and
     * would make a piece ending in such a word fit worse than the same piece without it.
     */
    static double shareOfWordBigrams(String text, GramSet bodyGrams) {
        int hit = 0;
        int total = 0;
        for (int i = 0; i + 2 <= text.length(); i++) {
            if (isPunctOrSpace(text.charAt(i)) || isPunctOrSpace(text.charAt(i + 1))) {
                continue;
            }
            total++;
            if (bodyGrams.contains(bigram(text, i))) {
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
    private static int hits(String h, GramSet bodyGrams) {
        int hit = 0;
        for (int i = 0; i + 2 <= h.length(); i++) {
            if (bodyGrams.contains(bigram(h, i))) {
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
        GramSet first = grams.of(b);
        GramSet second = next == null ? GramSet.EMPTY : grams.of(next);
        int join = next == null ? NO_BIGRAM : joinBigram(b.text(), next.text());
        int hit = 0;
        for (int i = 0; i + 2 <= h.length(); i++) {
            int g = bigram(h, i);
            if (g == join || first.contains(g) || second.contains(g)) {
                hit++;
            }
        }
        return (double) hit / (h.length() - 1);
    }

    /** Bigrams of a page's blocks, computed once: bodies are made of them, and headlines are looked for in them. */
    static final class PageGrams {
        private final Map<Block, GramSet> blocks = new IdentityHashMap<>();

        GramSet of(Block b) {
            return blocks.computeIfAbsent(b, x -> bigrams(x.text()));
        }
    }
}
