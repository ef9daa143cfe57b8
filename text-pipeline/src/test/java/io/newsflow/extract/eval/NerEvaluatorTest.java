package io.newsflow.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.extract.EntityExtractor;
import io.newsflow.extract.EntityType;
import io.newsflow.extract.Mention;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {

    /** Finds fixed strings: a tiny but real extractor whose right and wrong answers we know in advance. */
    record GazetteerExtractor(Map<String, EntityType> names) implements EntityExtractor {
        @Override
        public String name() {
            return "gazetteer";
        }

        @Override
        public List<Mention> extract(String text) {
            List<Mention> out = new ArrayList<>();
            for (int i = 0; i < text.length(); ) {
                int step = 1;
                for (var e : names.entrySet()) {
                    if (text.startsWith(e.getKey(), i)) {
                        out.add(new Mention(e.getKey(), e.getValue(), i, i + e.getKey().length()));
                        step = e.getKey().length();
                        break;
                    }
                }
                i += step;
            }
            return out;
        }
    }

    private static List<BioSentence> tiny() throws Exception {
        try (var in = NerEvaluatorTest.class.getResourceAsStream("/newsflow/ner/tiny_bio")) {
            return BioCorpus.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "tiny_bio");
        }
    }

    @Test
    void readsSentencesAndGoldSpansFromCharBio() throws Exception {
        List<BioSentence> corpus = tiny();
        assertEquals(3, corpus.size());
        assertEquals("李小明在杭州工作。", corpus.get(0).text());
        assertEquals(List.of(new Mention("李小明", EntityType.PERSON, 0, 3), new Mention("杭州", EntityType.LOCATION, 4, 6)),
                corpus.get(0).gold());
        assertEquals(7, corpus.stream().mapToInt(s -> s.gold().size()).sum());
    }

    @Test
    void countsExactSpanMatchesPerTypeAndOverall() throws Exception {
        // gold: PER 李小明 赵四 王五 | LOC 杭州 苏州 青山村 | ORG 星河公司
        // predicted: 李小明 PER (right), 杭州 LOC (right), 星河 ORG (wrong span), 苏州 PER (wrong type),
        //            赵四 PER (right), 青山 LOC (wrong span); missed: 王五
        var ex = new GazetteerExtractor(new java.util.LinkedHashMap<>(Map.of(
                "李小明", EntityType.PERSON, "杭州", EntityType.LOCATION, "星河", EntityType.ORGANIZATION,
                "苏州", EntityType.PERSON, "赵四", EntityType.PERSON, "青山", EntityType.LOCATION)));
        NerEvaluator.Result r = new NerEvaluator(0).evaluate(ex, tiny());
        NerScores s = r.scores();
        assertEquals(2, s.correct(EntityType.PERSON));
        assertEquals(3, s.predicted(EntityType.PERSON));
        assertEquals(3, s.gold(EntityType.PERSON));
        assertEquals(1, s.correct(EntityType.LOCATION));
        assertEquals(2, s.predicted(EntityType.LOCATION));
        assertEquals(3, s.gold(EntityType.LOCATION));
        assertEquals(0, s.correct(EntityType.ORGANIZATION));
        assertEquals(1, s.predicted(EntityType.ORGANIZATION));
        double[] o = s.overall(); // 3 correct, 6 predicted, 7 gold
        assertEquals(50.0, o[0], 1e-9);
        assertEquals(300.0 / 7, o[1], 1e-9);
        assertEquals(2 * 50.0 * (300.0 / 7) / (50.0 + 300.0 / 7), o[2], 1e-9);
        assertEquals(29, r.chars());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.matches("overall precision=50\\.00 recall=42\\.86 f1=46\\.15 chars_per_s=\\d+"), last);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("PER precision=66.67 recall=66.67 f1=66.67"));
    }

    @Test
    void perfectExtractorScoresOneHundred() throws Exception {
        var ex = new GazetteerExtractor(new java.util.LinkedHashMap<>(Map.of(
                "李小明", EntityType.PERSON, "杭州", EntityType.LOCATION, "星河公司", EntityType.ORGANIZATION,
                "苏州", EntityType.LOCATION, "赵四", EntityType.PERSON, "王五", EntityType.PERSON,
                "青山村", EntityType.LOCATION)));
        double[] o = new NerEvaluator(10).evaluate(ex, tiny()).scores().overall();
        assertEquals(100.0, o[2], 1e-9);
    }

    @Test
    void rejectsExtractorsBreakingTheOffsetContract() throws Exception {
        EntityExtractor broken = new EntityExtractor() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<Mention> extract(String text) {
                return List.of(new Mention("错", EntityType.PERSON, 0, 1));
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new NerEvaluator(0).evaluate(broken, tiny()));
        assertTrue(e.getMessage().contains("broken"));
    }

    @Test
    void malformedLinesNameTheFileAndLine() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> BioCorpus.read(new BufferedReader(new StringReader("甲\tO\n乙\tB-XYZ\n")), "bad.bio"));
        assertTrue(e.getMessage().startsWith("bad.bio:2:"), e.getMessage());
    }

    @Test
    void strayInsideTagStartsANewEntity() {
        var spans = BioCorpus.spans("甲乙丙", List.of("I-PER", "I-PER", "B-LOC"));
        assertEquals(List.of(new Mention("甲乙", EntityType.PERSON, 0, 2), new Mention("丙", EntityType.LOCATION, 2, 3)), spans);
    }
}
