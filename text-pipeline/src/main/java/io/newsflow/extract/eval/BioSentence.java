package io.newsflow.extract.eval;

import io.newsflow.extract.Mention;
import java.util.List;

/**
 * One sentence of a character-BIO corpus: its text and its gold mentions (offsets into {@code text}).
 *
 * @param text sentence text (the characters of the file, concatenated)
 * @param gold gold mentions, sorted by start, non-overlapping
 */
public record BioSentence(String text, List<Mention> gold) {
    public BioSentence {
        gold = List.copyOf(gold);
    }
}
