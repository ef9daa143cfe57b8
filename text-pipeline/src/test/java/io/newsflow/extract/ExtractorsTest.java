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

    @Test
    void defaultExtractorSplitsTitlesAndMergesAliasesOnRealText() {
        EntityExtractor ex = Extractors.createDefault();
        String text = "中国工程院院士戴琼海在论坛上发言，工信部副部长林国栋和国家医保局理事长钱思源出席。"
                + "工业和信息化部与国家医疗保障局、中科院、中国科学院联合发布通知。";
        var ms = ex.extract(text);
        HanlpExtractorTest.assertWellFormed(text, ms);
        java.util.Set<String> got = new java.util.HashSet<>();
        ms.forEach(m -> got.add(m.type() + ":" + m.text() + ">" + m.canonical()));
        for (String expected : java.util.List.of(
                "ORGANIZATION:中国工程院>中国工程院", "PERSON:戴琼海>戴琼海",
                "ORGANIZATION:工信部>工业和信息化部", "ORGANIZATION:工业和信息化部>工业和信息化部",
                "ORGANIZATION:国家医保局>国家医疗保障局", "ORGANIZATION:国家医疗保障局>国家医疗保障局",
                "ORGANIZATION:中科院>中国科学院", "ORGANIZATION:中国科学院>中国科学院")) {
            assertTrue(got.contains(expected), expected + " missing from " + got);
        }
        // no person name keeps a title
        for (var m : ms) {
            if (m.type() == EntityType.PERSON) {
                for (String title : java.util.List.of("院士", "部长", "理事长", "董事长")) {
                    assertTrue(!m.text().contains(title), m.toString());
                }
            }
        }
        var counts = EntityCount.summarize(ms);
        assertTrue(counts.stream().anyMatch(c -> c.canonical().equals("工业和信息化部") && c.count() == 2), counts::toString);
    }

    @Test
    void sharedDefaultExtractorGivesTheSameAnswersUnderConcurrency() throws Exception {
        EntityExtractor ex = Extractors.createDefault();
        java.util.List<String> texts = java.util.List.of(
                "张海涛和刘晓燕代表浙江大学出席了在广州举行的会议。",
                "国家医保局局长来到成都，与四川省卫生健康委员会座谈。",
                "中国科学院院士周光远在上海发表演讲。");
        java.util.List<java.util.List<Mention>> expected = texts.stream().map(ex::extract).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int k = i % texts.size();
                fs.add(pool.submit(() -> ex.extract(texts.get(k)).equals(expected.get(k))));
            }
            for (var f : fs) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
