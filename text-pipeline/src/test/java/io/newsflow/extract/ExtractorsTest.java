package io.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExtractorsTest {

    @Test
    void unknownNameListsTheValidNames() {
        var e = assertThrows(IllegalArgumentException.class, () -> Extractors.create("crf"));
        assertTrue(e.getMessage().contains("'crf'"), e.getMessage());
        for (String n : Extractors.NAMES) {
            assertTrue(e.getMessage().contains(n), e.getMessage());
        }
    }

    @Test
    void hanlpByName() {
        assertEquals("hanlp-viterbi-portable-1.8.6", Extractors.create("hanlp").name());
    }

    @Test
    void defaultUsesTheShippedModelWhenPresentAndAppliesCanonicalNames() {
        EntityExtractor ex = Extractors.createDefault();
        assertTrue(ex.name().endsWith("+canonical"), ex.name());
        if (TrainedExtractor.available()) {
            assertTrue(ex.name().startsWith("perceptron-msra"), ex.name());
        } else {
            assertTrue(ex.name().startsWith("hanlp"), ex.name());
        }
        String text = "工信部部长来到杭州。";
        var ms = ex.extract(text);
        HanlpExtractorTest.assertWellFormed(text, ms);
        assertTrue(ms.stream().anyMatch(m -> m.canonical().equals("工业和信息化部")), ms::toString);
    }
}
