package io.newsflow.extract.eval;

import io.newsflow.extract.EntityType;
import io.newsflow.extract.Mention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a character-level BIO corpus: one {@code char<TAB>tag} per line (tags {@code O},
 * {@code B-PER|LOC|ORG}, {@code I-PER|LOC|ORG}), a blank line between sentences; the format of the
 * MSRA release in {@code shared/ner/msra/msra_test_bio}. A separating space instead of a tab is also
 * accepted. An {@code I-} tag without a matching open entity starts a new one (the usual lenient
 * reading). Malformed lines fail with the file name and line number.
 */
public final class BioCorpus {

    private BioCorpus() {
    }

    public static List<BioSentence> read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read BIO file " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<BioSentence> read(BufferedReader r, String sourceName) throws IOException {
        List<BioSentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                flush(text, tags, out);
                continue;
            }
            int sep = line.lastIndexOf('\t');
            if (sep < 0) {
                sep = line.lastIndexOf(' ');
            }
            if (sep <= 0 || sep == line.length() - 1) {
                throw new IllegalArgumentException(sourceName + ":" + lineNo + ": expected 'char<TAB>tag', got '" + line + "'");
            }
            String ch = line.substring(0, sep);
            String tag = line.substring(sep + 1).trim();
            if (!tag.equals("O") && typeOf(tag) == null) {
                throw new IllegalArgumentException(sourceName + ":" + lineNo + ": unknown tag '" + tag
                        + "' (expected O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG)");
            }
            // one tag per character; a multi-char token tags each of its characters alike
            for (int k = 0; k < ch.length(); k++) {
                text.append(ch.charAt(k));
                tags.add(k == 0 || tag.equals("O") ? tag : "I-" + tag.substring(2));
            }
        }
        flush(text, tags, out);
        return out;
    }

    /** Gold mentions of one tagged sentence (exposed for tests and the trainer). */
    public static List<Mention> spans(String text, List<String> tags) {
        List<Mention> spans = new ArrayList<>();
        int start = -1;
        EntityType open = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            EntityType t = typeOf(tag);
            boolean continues = t != null && tag.startsWith("I-") && t == open;
            if (open != null && !continues) {
                spans.add(new Mention(text.substring(start, i), open, start, i));
                open = null;
            }
            if (t != null && !continues) {
                open = t;
                start = i;
            }
        }
        return spans;
    }

    static EntityType typeOf(String tag) {
        if (tag.length() != 5 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-') {
            return null;
        }
        return switch (tag.substring(2)) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.LOCATION;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    private static void flush(StringBuilder text, List<String> tags, List<BioSentence> out) {
        if (text.length() == 0) {
            return;
        }
        String s = text.toString();
        out.add(new BioSentence(s, spans(s, tags)));
        text.setLength(0);
        tags.clear();
    }
}
