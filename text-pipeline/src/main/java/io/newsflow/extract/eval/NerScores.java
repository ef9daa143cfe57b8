package io.newsflow.extract.eval;

import io.newsflow.extract.EntityType;
import io.newsflow.extract.Mention;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span scores: a predicted mention counts as correct only when its start, end and type all
 * equal a gold mention's (the CoNLL / SIGHAN convention). Accumulates counts over many sentences;
 * not thread-safe.
 */
public final class NerScores {

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    public NerScores() {
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]); // correct, predicted, gold
        }
    }

    /** Adds one sentence's gold and predicted mentions. */
    public void add(List<Mention> gold, List<Mention> predicted) {
        Set<String> goldKeys = new HashSet<>();
        for (Mention g : gold) {
            goldKeys.add(key(g));
            counts.get(g.type())[2]++;
        }
        for (Mention p : predicted) {
            counts.get(p.type())[1]++;
            if (goldKeys.remove(key(p))) {
                counts.get(p.type())[0]++;
            }
        }
    }

    private static String key(Mention m) {
        return m.start() + ":" + m.end() + ":" + m.type();
    }

    public int correct(EntityType t) {
        return counts.get(t)[0];
    }

    public int predicted(EntityType t) {
        return counts.get(t)[1];
    }

    public int gold(EntityType t) {
        return counts.get(t)[2];
    }

    private int sum(int idx) {
        int s = 0;
        for (int[] c : counts.values()) {
            s += c[idx];
        }
        return s;
    }

    /** Precision, recall, F1 in percent for one type. */
    public double[] prf(EntityType t) {
        int[] c = counts.get(t);
        return prf(c[0], c[1], c[2]);
    }

    /** Micro-averaged precision, recall, F1 in percent over all types. */
    public double[] overall() {
        return prf(sum(0), sum(1), sum(2));
    }

    static double[] prf(int correct, int predicted, int gold) {
        double p = predicted == 0 ? 0 : 100.0 * correct / predicted;
        double r = gold == 0 ? 0 : 100.0 * correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    /** Short label used in reports: PER, LOC, ORG. */
    public static String label(EntityType t) {
        return switch (t) {
            case PERSON -> "PER";
            case LOCATION -> "LOC";
            case ORGANIZATION -> "ORG";
        };
    }

    /** One line per type, e.g. {@code PER precision=95.10 recall=94.00 f1=94.55 correct=.. predicted=.. gold=..}. */
    public String typeLine(EntityType t) {
        double[] s = prf(t);
        return String.format(Locale.ROOT, "%s precision=%.2f recall=%.2f f1=%.2f correct=%d predicted=%d gold=%d",
                label(t), s[0], s[1], s[2], correct(t), predicted(t), gold(t));
    }
}
