package io.newsflow.extract;

import java.util.List;

/**
 * Finds PERSON, ORGANIZATION and LOCATION mentions in a text. This is our seam over whatever model
 * does the work (HanLP's dictionary recognizer, a trained model): callers never see the library.
 *
 * <p>Contract: implementations are thread-safe after construction, load their models once (in the
 * constructor, never in a static initializer), return mentions sorted by start offset, non-overlapping,
 * with offsets into exactly the string passed in.
 */
public interface EntityExtractor {

    /** Short name and version, recorded with every extraction (e.g. {@code hanlp-viterbi-1.8.6}). */
    String name();

    /** Mentions in {@code text}, sorted by start, non-overlapping. Never null. */
    List<Mention> extract(String text);
}
