package io.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanlpSegmentersTest {

    private static final String TEXT = "昨天上午，王建国在北京市人民政府会见了来访的客人，随后前往上海参观。";

    @Test
    void taggingNoLongerReallocatesTheSharedPartOfSpeechMatrix() {
        Segment seg = HanlpSegmenters.recognizing();
        TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
        assertEquals(Nature.values().length, matrix.states.length, "the matrix knows every defined tag");
        double[][] before = matrix.transititon_probability;
        seg.seg(TEXT);
        seg.seg(TEXT);
        // Unrepaired, HanLP's Viterbi replaces these arrays with fresh copies on every tagged sentence.
        assertSame(before, matrix.transititon_probability);
        assertFalse(HanlpSegmenters.repairTagMatrix(), "a second repair has nothing to do");
    }

    @Test
    void repairedSegmenterTagsNamesAndWordsAsBefore() {
        List<Term> terms = HanlpSegmenters.recognizing().seg(TEXT);
        assertEquals("王建国", find(terms, "王建国").word);
        assertEquals("nr", find(terms, "王建国").nature.toString());
        assertEquals("ns", find(terms, "上海").nature.toString());
        int at = 0;
        for (Term t : terms) {
            assertEquals(at, t.offset, "offsets stay contiguous: " + terms);
            at += t.word.length();
        }
        assertEquals(TEXT.length(), at);
    }

    private static Term find(List<Term> terms, String word) {
        return terms.stream().filter(t -> t.word.equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not a word in " + terms));
    }
}
