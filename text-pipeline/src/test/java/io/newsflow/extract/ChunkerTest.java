package io.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void cutsAfterSentenceEndsKeepingClosingQuotes() {
        String text = "他说：“好。”然后走了！再见";
        int[] b = new Chunker(300).boundaries(text);
        assertArrayEquals(new int[] {0, 7, 12, text.length()}, b);
    }

    @Test
    void longRunsAreCutAtCommasOrHard() {
        String commas = "甲乙丙丁，".repeat(10);
        int[] b = new Chunker(8).boundaries(commas);
        for (int k = 1; k + 1 < b.length; k++) {
            assertEquals('，', commas.charAt(b[k] - 1));
        }
        String noMarks = "字".repeat(100);
        int[] h = new Chunker(10).boundaries(noMarks);
        for (int k = 0; k + 1 < h.length; k++) {
            assertTrue(h[k + 1] - h[k] <= 20);
        }
        assertEquals(100, h[h.length - 1]);
    }

    @Test
    void emptyTextHasNoPieces() {
        assertArrayEquals(new int[] {0}, new Chunker(300).boundaries(""));
    }
}
