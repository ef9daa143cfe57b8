package io.newsflow.extract.tagger;

import io.newsflow.extract.EntityType;
import io.newsflow.extract.Mention;
import io.newsflow.extract.eval.BioSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the People's Daily 1998 corpus (PKU word/POS format, UTF-8, one paragraph per line, tokens
 * {@code word/tag} separated by spaces, compounds {@code [w/t w/t]nt}) as character-level sentences
 * with PER/LOC/ORG spans, so it can be mixed with MSRA training data:
 * <ul>
 *   <li>{@code [..]nt} → ORGANIZATION and {@code [..]ns} → LOCATION as one span (the outermost name
 *   wins, like MSRA); other compounds contribute no span (names inside them stay untagged);</li>
 *   <li>outside compounds, {@code nr*} → PERSON (adjacent {@code nr} words, i.e. surname + given
 *   name, merge into one person), {@code ns*} → LOCATION, {@code nt*} → ORGANIZATION;</li>
 *   <li>the leading paragraph id ({@code 19980101-01-001-001/m}) is dropped; paragraphs are cut into
 *   sentences after 。！？ so sentence lengths resemble MSRA's.</li>
 * </ul>
 */
public final class PeoplesDaily1998 {

    private PeoplesDaily1998() {
    }

    /** A sentence with the chars PD's part-of-speech tags mark as certainly outside any name. */
    public record Partial(BioSentence sentence, boolean[] sureOutside) {
    }

    /** Sentences with their PER/LOC/ORG spans. */
    public static List<BioSentence> read(Path file) {
        return readPartial(file).stream().map(Partial::sentence).toList();
    }

    /**
     * Sentences with spans plus, per char, whether it is surely not part of a name: chars of words
     * whose part of speech is a verb, adjective, adverb, preposition, conjunction, particle, number,
     * measure word, time word, pronoun, direction word or punctuation. PD marks far fewer
     * places and organizations than MSRA, so its untagged nouns are not evidence of "no name".
     */
    public static List<Partial> readPartial(Path file) {
        List<Partial> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                parseParagraphPartial(line, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    static void parseParagraph(String line, List<BioSentence> sentencesOut) {
        List<Partial> partial = new ArrayList<>();
        parseParagraphPartial(line, partial);
        partial.forEach(p -> sentencesOut.add(p.sentence()));
    }

    private static boolean surelyOutside(String tag) {
        if (tag.isEmpty()) {
            return false;
        }
        return switch (tag.charAt(0)) {
            case 'v', 'a', 'd', 'p', 'c', 'u', 'm', 'q', 't', 'r', 'f', 'w', 'y', 'e', 'o' -> true;
            default -> false;
        };
    }

    static void parseParagraphPartial(String line, List<Partial> out) {
        StringBuilder text = new StringBuilder();
        java.util.BitSet sure = new java.util.BitSet();
        List<Mention> spans = new ArrayList<>();
        int compoundStart = -1;
        int personStart = -1;
        boolean first = true;
        for (String tok : line.trim().split("\\s+")) {
            if (tok.isEmpty()) {
                continue;
            }
            if (first) {
                first = false;
                if (tok.matches("\\d{8}-\\d{2}-\\d{3}-\\d{3}/m")) {
                    continue;
                }
            }
            boolean opens = tok.startsWith("[") && tok.length() > 1;
            if (opens) {
                tok = tok.substring(1);
            }
            String compoundTag = null;
            int close = tok.lastIndexOf(']');
            if (close > 0 && close > tok.lastIndexOf('/')) {
                compoundTag = tok.substring(close + 1).replace("/", "");
                tok = tok.substring(0, close);
            }
            int slash = tok.lastIndexOf('/');
            if (slash <= 0) {
                continue;
            }
            String word = tok.substring(0, slash);
            String tag = tok.substring(slash + 1);
            if (opens) {
                compoundStart = text.length();
            }
            boolean inNameCompound = compoundStart >= 0;
            int start = text.length();
            text.append(word);
            int end = text.length();
            if (!inNameCompound && surelyOutside(tag)) {
                sure.set(start, end);
            }
            boolean person = !inNameCompound && tag.startsWith("nr");
            if (!person && personStart >= 0) {
                spans.add(new Mention(text.substring(personStart, start), EntityType.PERSON, personStart, start));
                personStart = -1;
            }
            if (person) {
                if (personStart < 0) {
                    personStart = start;
                }
            } else if (!inNameCompound) {
                EntityType t = tag.startsWith("ns") ? EntityType.LOCATION : tag.startsWith("nt") ? EntityType.ORGANIZATION : null;
                if (t != null) {
                    spans.add(new Mention(word, t, start, end));
                }
            }
            if (compoundTag != null && compoundStart >= 0) {
                EntityType t = compoundTag.equals("nt") ? EntityType.ORGANIZATION
                        : compoundTag.equals("ns") ? EntityType.LOCATION : null;
                // other compounds ([..]nz, [..]i, [..]l: ~300 in the month) add no span; names inside
                // them stay untagged, which costs a few examples and keeps the reader simple
                if (t != null) {
                    spans.add(new Mention(text.substring(compoundStart, end), t, compoundStart, end));
                }
                compoundStart = -1;
            }
        }
        if (personStart >= 0) {
            spans.add(new Mention(text.substring(personStart), EntityType.PERSON, personStart, text.length()));
        }
        splitSentences(text.toString(), spans, sure, out);
    }

    private static void splitSentences(String text, List<Mention> spans, java.util.BitSet sure, List<Partial> out) {
        spans.sort(java.util.Comparator.comparingInt(Mention::start));
        int from = 0;
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = i == text.length() - 1 || c == '。' || c == '！' || c == '？';
            if (!end) {
                continue;
            }
            int to = i + 1;
            // never cut inside a span
            boolean inside = false;
            for (Mention m : spans) {
                if (m.start() < to && to < m.end()) {
                    inside = true;
                    break;
                }
            }
            if (inside && to < text.length()) {
                continue;
            }
            List<Mention> local = new ArrayList<>();
            while (k < spans.size() && spans.get(k).start() < to) {
                Mention m = spans.get(k++);
                local.add(new Mention(m.text(), m.type(), m.start() - from, m.end() - from));
            }
            if (to > from) {
                boolean[] outside = new boolean[to - from];
                for (int j = from; j < to; j++) {
                    outside[j - from] = sure.get(j);
                }
                out.add(new Partial(new BioSentence(text.substring(from, to), local), outside));
            }
            from = to;
        }
    }
}
