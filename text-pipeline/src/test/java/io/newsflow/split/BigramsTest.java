package io.newsflow.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BigramsTest {

    @Test
    void unionOfSortedDistinctArraysIsSortedAndKeepsEachValueOnce() {
        assertArrayEquals(new int[] {1, 2, 3, 5, 8}, Bigrams.union(List.of(new int[] {1, 3, 5}, new int[] {2, 3, 8})));
        assertArrayEquals(new int[] {-1, 4}, Bigrams.union(List.of(new int[] {4}, new int[0], new int[] {-1, 4})));
        assertArrayEquals(new int[0], Bigrams.union(List.of()));
    }

    @Test
    void unionOfTheBlocksBigramsEqualsTheBigramsOfTheirConcatenatedTextsWithTheJoins() {
        Random random = new Random(7);
        String alphabet = "全球动力电池产值进入万亿级规模，。";
        for (int round = 0; round < 200; round++) {
            List<String> texts = new ArrayList<>();
            List<int[]> parts = new ArrayList<>();
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
            List<Integer> joins = new ArrayList<>();
            for (int k = 0; k + 1 < texts.size(); k++) {
                int join = Bigrams.joinBigram(texts.get(k), texts.get(k + 1));
                if (join != Bigrams.NO_BIGRAM) {
                    joins.add(join);
                }
            }
            parts.add(Bigrams.distinctSorted(joins.stream().mapToInt(Integer::intValue).toArray()));
            // an empty block in the middle joins its neighbours in the text but not in the join list
            if (texts.stream().anyMatch(String::isEmpty)) {
                continue;
            }
            assertArrayEquals(Bigrams.bigrams(all.toString()), Bigrams.union(parts), texts.toString());
        }
        assertEquals(2, Bigrams.union(List.of(Bigrams.bigrams("全球"), Bigrams.bigrams("球动"))).length);
    }
}
