package io.newsflow.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One distinct entity of an article with its number of mentions.
 *
 * @param canonical canonical name
 * @param type      entity type
 * @param count     number of mentions
 */
public record EntityCount(String canonical, EntityType type, int count) {

    /** De-duplicates mentions by (canonical, type); most frequent first, then first appearance. */
    public static List<EntityCount> summarize(List<Mention> mentions) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Mention> firstSeen = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key = m.type() + "\u0000" + m.canonical();
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            firstSeen.putIfAbsent(key, m);
        }
        List<EntityCount> out = new ArrayList<>();
        firstSeen.forEach((key, m) -> out.add(new EntityCount(m.canonical(), m.type(), counts.get(key)[0])));
        out.sort(Comparator.comparingInt(EntityCount::count).reversed()); // stable: ties keep first appearance
        return out;
    }
}
