package io.newsflow.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.split.Bigrams.GramSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BigramsTest {

    private static GramSet setOf(int... grams) {
        GramSet.Builder b = new GramSet.Builder(1);
        for (int g : grams) {
            b.add(g);
        }
        return b.build();
    }

    @Test
    void unionKeepsEachValueOnceAndAddsTheExtraBigrams() {
        GramSet u = Bigrams.union(List.of(setOf(1, 3, 5), setOf(2, 3, 8)), new int[] {8, 13, 99}, 2);
        assertArrayEquals(new int[] {1, 2, 3, 5, 8, 13}, u.toSortedArray());
        assertEquals(6, u.size());
        assertFalse(u.contains(99), "only the first extraCount extra bigrams are added");
        assertArrayEquals(new int[] {-1, 4}, Bigrams.union(List.of(setOf(4), GramSet.EMPTY, setOf(-1, 4)), new int[0], 0).toSortedArray());
        assertEquals(0, Bigrams.union(List.of(), new int[0], 0).size());
    }

    @Test
    void aSetHoldsWhatWasAddedAndNothingElseWhateverItsSizeHint() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(400);
            GramSet.Builder b = new GramSet.Builder(random.nextInt(3)); // a low hint: the table must grow
            TreeSet<Integer> expected = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                // a narrow range makes repeats; -1 (the free-slot marker) and 0 are bigrams like any other
                int g = random.nextBoolean() ? random.nextInt(64) - 2 : random.nextInt();
                b.add(g);
                expected.add(g);
            }
            GramSet set = b.build();
            assertEquals(expected.size(), set.size());
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), set.toSortedArray());
            for (int probe = -3; probe < 70; probe++) {
                assertEquals(expected.contains(probe), set.contains(probe), "probe " + probe);
            }
        }
        assertFalse(GramSet.EMPTY.contains(-1));
        assertTrue(setOf(-1).contains(-1));
    }

    @Test
    void unionOfTheBlocksBigramsEqualsTheBigramsOfTheirConcatenatedTextsWithTheJoins() {
        Random random = new Random(7);
        String alphabet = "全球动力电池产值进入万亿级规模，。";
        for (int round = 0; round < 200; round++) {
            List<String> texts = new ArrayList<>();
            List<GramSet> parts = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            int blocks = 1 + random.nextInt(7);
            for (int k = 0; k < blocks; k++) {
                StringBuilder t = new StringBuilder();
                int n = random.nextInt(12);
                for (int i = 0; i < n; i++) {
                    t.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                texts.add(t.toString());
                parts.add(Bigrams.bigrams(t.toString()));
                all.append(t);
            }
            int[] joins = new int[texts.size()];
            int n = 0;
            for (int k = 0; k + 1 < texts.size(); k++) {
                int join = Bigrams.joinBigram(texts.get(k), texts.get(k + 1));
                if (join != Bigrams.NO_BIGRAM) {
                    joins[n++] = join;
                }
            }
            // an empty block in the middle joins its neighbours in the text but not in the join list
            if (texts.stream().anyMatch(String::isEmpty)) {
                continue;
            }
            assertArrayEquals(Bigrams.bigrams(all.toString()).toSortedArray(), Bigrams.union(parts, joins, n).toSortedArray(),
                    texts.toString());
        }
        assertEquals(2, Bigrams.union(List.of(Bigrams.bigrams("全球"), Bigrams.bigrams("球动")), new int[0], 0).size());
    }
}
