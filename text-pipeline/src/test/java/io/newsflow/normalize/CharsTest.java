package io.newsflow.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
