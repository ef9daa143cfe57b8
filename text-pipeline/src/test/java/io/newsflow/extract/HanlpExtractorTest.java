package io.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HanlpExtractorTest {

    private static HanlpExtractor hanlp;

    @BeforeAll
    static void load() {
        hanlp = new HanlpExtractor();
    }

    static void assertWellFormed(String text, List<Mention> mentions) {
        int prevEnd = 0;
        for (Mention m : mentions) {
            assertEquals(text.substring(m.start(), m.end()), m.text(), "offsets must point into the input");
            assertTrue(m.start() >= prevEnd, "sorted and non-overlapping: " + mentions);
            prevEnd = m.end();
        }
    }

    @Test
    void findsPersonPlaceAndOrganizationWithExactOffsets() {
        String text = "  昨天上午，王建国在北京市会见了来访的客人。\n\n随后他前往上海参观。";
        List<Mention> ms = hanlp.extract(text);
        assertWellFormed(text, ms);
        assertTrue(ms.contains(new Mention("王建国", EntityType.PERSON, text.indexOf("王建国"), text.indexOf("王建国") + 3)), ms::toString);
        assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.LOCATION && m.text().startsWith("北京")), ms::toString);
        int sh = text.indexOf("上海");
        assertTrue(ms.contains(new Mention("上海", EntityType.LOCATION, sh, sh + 2)), ms::toString);
    }

    @Test
    void offsetsStayExactAcrossManyChunks() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("第").append(i).append("段，记者在南京市采访了李红梅，她说一切顺利，").append("x".repeat(i % 7)).append("。");
        }
        String text = sb.toString();
        List<Mention> ms = hanlp.extract(text);
        assertWellFormed(text, ms);
        long nanjing = ms.stream().filter(m -> m.text().startsWith("南京")).count();
        assertEquals(60, nanjing, "one place mention per paragraph");
    }

    @Test
    void emptyAndBlankTextGiveNoMentions() {
        assertEquals(List.of(), hanlp.extract(""));
        assertEquals(List.of(), hanlp.extract("   \n "));
    }

    @Test
    void extraWordsAreKeptInTheInstanceOnly() {
        String text = "新成立的青禾数字农业研究联合体今天发布报告。";
        HanlpExtractor custom = new HanlpExtractor(Map.of("青禾数字农业研究联合体", EntityType.ORGANIZATION));
        List<Mention> withWord = custom.extract(text);
        assertTrue(withWord.contains(new Mention("青禾数字农业研究联合体", EntityType.ORGANIZATION, 4, 15)), withWord::toString);
        // a fresh default instance is unaffected: the word went into a per-instance dictionary
        List<Mention> plain = new HanlpExtractor().extract(text);
        assertTrue(plain.stream().noneMatch(m -> m.text().equals("青禾数字农业研究联合体")), plain::toString);
    }

    @Test
    void concurrentCallsGiveTheSameResultAsSequentialOnes() throws Exception {
        String text = "张海涛和刘晓燕代表浙江大学出席了在广州举行的会议。";
        List<Mention> expected = hanlp.extract(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                fs.add(pool.submit(() -> hanlp.extract(text)));
            }
            for (Future<List<Mention>> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void mapsHanlpNaturesToTypes() {
        assertEquals(EntityType.PERSON, HanlpExtractor.typeOf("nr"));
        assertEquals(EntityType.PERSON, HanlpExtractor.typeOf("nrf"));
        assertEquals(EntityType.LOCATION, HanlpExtractor.typeOf("ns"));
        assertEquals(EntityType.ORGANIZATION, HanlpExtractor.typeOf("ntc"));
        assertEquals(null, HanlpExtractor.typeOf("nz"));
        assertEquals(null, HanlpExtractor.typeOf("v"));
    }
}
