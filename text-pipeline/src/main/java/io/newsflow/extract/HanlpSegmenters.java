package io.newsflow.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;

/**
 * The one way Newsflow configures HanLP's segmenter: Viterbi segmentation with HanLP's person, place and
 * organization recognizers, part-of-speech tags and offsets, its dictionaries loaded on construction.
 *
 * <p><b>Part-of-speech matrix repair.</b> HanLP portable 1.8.6 ships a part-of-speech transition matrix over
 * 107 tags while its {@link Nature} class defines 148. Its part-of-speech Viterbi calls
 * {@link TransformMatrix#extend} whenever the two counts differ, and {@code extend} copies the matrices to the
 * larger size without recording the new tag count, so <em>every</em> tagged sentence re-allocates about 260 KB
 * of matrices (82 % of all allocation of our extractor, 2.3 GB/s on two threads) and replaces the shared arrays
 * while other threads read them. {@link #repairTagMatrix()} does that extension once and records the tag count,
 * which leaves every value as HanLP's own per-call extension computes it (the same tags come out) and stops the
 * per-call copies. It mutates HanLP's process-wide matrix, into exactly the state HanLP puts it in on the first
 * tagged sentence; it is idempotent and runs under the matrix's lock, which HanLP's own readers do not take, so
 * segmenters should be built before other threads start tagging (Newsflow builds its extractor before any stream
 * thread starts). A tag created later ({@code Nature.create}) would make HanLP extend per call again until the
 * next repair.
 */
public final class HanlpSegmenters {

    private HanlpSegmenters() {
    }

    /** A recognizing segmenter over HanLP's default custom dictionary, dictionaries loaded, matrix repaired. */
    public static ViterbiSegment recognizing() {
        return recognizing(null);
    }

    /**
     * A recognizing segmenter; {@code customDictionary} replaces HanLP's process-wide custom dictionary for this
     * segmenter only (null keeps the default).
     */
    public static ViterbiSegment recognizing(DynamicCustomDictionary customDictionary) {
        ViterbiSegment seg = new ViterbiSegment();
        seg.enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enablePartOfSpeechTagging(true)
                .enableOffset(true);
        if (customDictionary != null) {
            seg.enableCustomDictionary(customDictionary);
        }
        // Load HanLP's lazily initialised dictionaries now rather than on the first real text.
        seg.seg("初始化");
        repairTagMatrix();
        return seg;
    }

    /**
     * Extends HanLP's part-of-speech transition matrix to all defined tags once (see the class comment).
     *
     * @return whether the matrix needed it
     */
    public static boolean repairTagMatrix() {
        TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
        synchronized (matrix) {
            int tags = Nature.values().length;
            if (matrix.states.length == tags) {
                return false;
            }
            matrix.extend(tags);
            // HanLP's matrix is indexed by tag ordinal; its states are those ordinals.
            int[] states = new int[tags];
            for (int i = 0; i < tags; i++) {
                states[i] = i;
            }
            matrix.states = states;
            return true;
        }
    }
}
