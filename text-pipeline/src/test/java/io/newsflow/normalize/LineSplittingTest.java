package io.newsflow.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LineSplittingTest {

    @Test
    void linesEndAtLineFeedCarriageReturnOrBothAndTrailingEmptyLinesStay() {
        assertArrayEquals(new String[] {"甲", "乙", "丙", "", "丁", ""}, Normalizer.splitLines("甲\n乙\r\n丙\r\r丁\n"));
        assertArrayEquals(new String[] {""}, Normalizer.splitLines(""));
        assertArrayEquals(new String[] {"", ""}, Normalizer.splitLines("\r\n"));
        assertArrayEquals(new String[] {"一行"}, Normalizer.splitLines("一行"));
    }

    @Test
    void splittingAgreesWithTheRegularExpressionItReplaces() {
        String[] pages = {"全 球\n\n动力\r\n", "\n\n标题\r正文\r\n\r\n", "a\n\rb", "\r\r\n\n"};
        for (String page : pages) {
            assertArrayEquals(page.split("\r\n|\r|\n", -1), Normalizer.splitLines(page), page);
        }
    }
}
