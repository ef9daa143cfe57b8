package io.newsflow.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void hanFastPathsAgreeWithTheUnicodeScriptOfEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int cp = c;
            boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == '〇';
            assertEquals(expected, Chars.isHan(cp), () -> "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void aWireStorysEndMarkAfterItsLastSentenceStillEndsTheSentence() {
        assertTrue(Chars.endsSentence("新增国家级智能工厂五家。（完）"));
        assertTrue(Chars.endsSentence("新增国家级智能工厂五家。(完) "));
        assertFalse(Chars.endsSentence("（完）"));
        assertFalse(Chars.endsSentence("工厂建设已经完"));
    }

    @Test
    void widthCountsHanAndFullWidthAsOneColumnAndAsciiAsHalf() {
        assertEquals(0.0, Chars.width(""));
        assertEquals(4.0, Chars.width("全球动力"));
        assertEquals(2.5, Chars.width("Neo 2"));
        assertEquals(6.5, Chars.width("“双碳”目标 "), "the quotes are set full-width");
        assertEquals(3.0, Chars.width("王·李"), "the middle dot is set full-width");
    }

    @Test
    void containsAnyCharFindsEachOfTheCharsAskedForAnywhere() {
        assertTrue(Chars.containsAnyChar("首页 > 新闻", ">＞›»"));
        assertTrue(Chars.containsAnyChar("首页»新闻", ">＞›»"));
        assertFalse(Chars.containsAnyChar("首页新闻", ">＞›»"));
        assertFalse(Chars.containsAnyChar("", "，。"));
        assertFalse(Chars.containsAnyChar("首页，新闻", ""));
    }
}
