package io.newsflow.extract.tagger;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import io.newsflow.extract.EntityType;
import io.newsflow.extract.Mention;
import io.newsflow.extract.eval.BioSentence;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A list of names with their types (from a corpus other than the one the tagger learns its weights
 * on, so the tagger learns how far to trust it), searchable in one pass over a text. Immutable and
 * thread-safe after construction; it travels inside the model file.
 */
final class Gazetteer {

    private final Map<String, EntityType> names;
    private final DoubleArrayTrie<Integer> trie;

    Gazetteer(Map<String, EntityType> names) {
        this.names = Collections.unmodifiableMap(new HashMap<>(names));
        TreeMap<String, Integer> sorted = new TreeMap<>();
        names.forEach((k, v) -> sorted.put(k, v.ordinal() + 1));
        this.trie = new DoubleArrayTrie<>();
        if (!sorted.isEmpty()) {
            trie.build(sorted);
        }
    }

    /** Names of 2+ chars seen in {@code sentences} with their most frequent type. */
    static Gazetteer of(List<BioSentence> sentences) {
        Map<String, int[]> votes = new HashMap<>();
        for (BioSentence s : sentences) {
            for (Mention m : s.gold()) {
                if (m.text().length() >= 2) {
                    votes.computeIfAbsent(m.text(), k -> new int[EntityType.values().length])[m.type().ordinal()]++;
                }
            }
        }
        Map<String, EntityType> names = new HashMap<>();
        votes.forEach((name, v) -> {
            int best = 0;
            for (int t = 1; t < v.length; t++) {
                if (v[t] > v[best]) {
                    best = t;
                }
            }
            names.put(name, EntityType.values()[best]);
        });
        return new Gazetteer(names);
    }

    Map<String, EntityType> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** Reports every name occurring in {@code c[from, to)} as (start - from, length, type code 1..3). */
    void forEachMatch(char[] c, int from, int to, MatchSink sink) {
        if (names.isEmpty()) {
            return;
        }
        var searcher = trie.getSearcher(c, from);
        while (searcher.next()) {
            int s = searcher.begin - from;
            if (searcher.begin + searcher.length > to) {
                continue;
            }
            sink.match(s, searcher.length, searcher.value);
        }
    }

    interface MatchSink {
        void match(int start, int length, int cls);
    }
}
