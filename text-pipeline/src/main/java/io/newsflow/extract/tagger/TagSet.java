package io.newsflow.extract.tagger;

import io.newsflow.extract.EntityType;
import io.newsflow.extract.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * BIOES tags over the three entity types: {@code O}, then {@code B, I, E, S} for each type in
 * {@link EntityType} order (13 tags). BIOES rather than BIO because the end tags give the perceptron a
 * separate weight for "the name ends here", which helps exact-span scores. The Viterbi decoder only
 * allows well-formed sequences ({@link #allowed}).
 */
final class TagSet {

    static final int O = 0;
    static final int SIZE = 1 + 4 * EntityType.values().length;
    private static final int B = 0, I = 1, E = 2, S = 3;

    private TagSet() {
    }

    static int tag(EntityType type, int part) {
        return 1 + 4 * type.ordinal() + part;
    }

    static EntityType typeOf(int tag) {
        return tag == O ? null : EntityType.values()[(tag - 1) / 4];
    }

    private static int part(int tag) {
        return (tag - 1) % 4;
    }

    /** Whether {@code cur} may follow {@code prev}; {@code prev == -1} means sentence start. */
    static boolean allowed(int prev, int cur) {
        boolean prevOpen = prev > 0 && (part(prev) == B || part(prev) == I);
        boolean curContinues = cur > 0 && (part(cur) == I || part(cur) == E);
        if (prevOpen) {
            return curContinues && typeOf(prev) == typeOf(cur);
        }
        return !curContinues;
    }

    /** Whether a sequence may end with {@code last}. */
    static boolean allowedLast(int last) {
        return last == O || part(last) == E || part(last) == S;
    }

    static int[] encode(int length, List<Mention> spans) {
        int[] tags = new int[length];
        for (Mention m : spans) {
            if (m.end() - m.start() == 1) {
                tags[m.start()] = tag(m.type(), S);
            } else {
                tags[m.start()] = tag(m.type(), B);
                for (int i = m.start() + 1; i < m.end() - 1; i++) {
                    tags[i] = tag(m.type(), I);
                }
                tags[m.end() - 1] = tag(m.type(), E);
            }
        }
        return tags;
    }

    /** Spans of a well-formed tag sequence, offset by {@code base} into {@code text}. */
    static void decode(String text, int base, int[] tags, int length, List<Mention> out) {
        int start = -1;
        for (int i = 0; i < length; i++) {
            int t = tags[i];
            if (t == O) {
                start = -1;
                continue;
            }
            int p = part(t);
            if (p == B) {
                start = i;
            } else if (p == S) {
                out.add(mention(text, base, i, i + 1, typeOf(t)));
                start = -1;
            } else if (p == E && start >= 0) {
                out.add(mention(text, base, start, i + 1, typeOf(t)));
                start = -1;
            }
        }
    }

    private static Mention mention(String text, int base, int s, int e, EntityType type) {
        return new Mention(text.substring(base + s, base + e), type, base + s, base + e);
    }

    static List<Mention> decode(String text, int[] tags) {
        List<Mention> out = new ArrayList<>();
        decode(text, 0, tags, tags.length, out);
        return out;
    }
}
