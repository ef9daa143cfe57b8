package io.newsflow.extract.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.extract.EntityType;
import io.newsflow.extract.Mention;
import io.newsflow.extract.eval.BioCorpus;
import io.newsflow.extract.eval.BioSentence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTrainerTest {

    private static final String[] PEOPLE = {"张伟", "李娜", "王强", "刘洋", "陈静", "赵磊", "孙丽", "周杰", "吴敏", "郑浩"};
    private static final String[] CITIES = {"杭州", "南京", "成都", "武汉", "西安", "长沙", "昆明", "厦门", "青岛", "大连"};
    private static final String[] ORGS = {"光明公司", "远航集团", "新星银行", "东方研究所", "华夏协会"};

    /** Self-written pattern sentences: "<person>在<city>参观了<org>。" and variants. */
    private static List<BioSentence> corpus(int from, int count) {
        List<BioSentence> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String p = PEOPLE[i % PEOPLE.length];
            String c = CITIES[(i * 3) % CITIES.length];
            String o = ORGS[(i * 7) % ORGS.length];
            String text;
            if (i % 2 == 0) {
                text = p + "在" + c + "参观了" + o + "。";
            } else {
                text = o + "邀请" + p + "前往" + c + "讲学。";
            }
            List<Mention> gold = new ArrayList<>();
            for (var e : List.of(java.util.Map.entry(p, EntityType.PERSON), java.util.Map.entry(c, EntityType.LOCATION),
                    java.util.Map.entry(o, EntityType.ORGANIZATION))) {
                int at = text.indexOf(e.getKey());
                gold.add(new Mention(e.getKey(), e.getValue(), at, at + e.getKey().length()));
            }
            gold.sort(java.util.Comparator.comparingInt(Mention::start));
            out.add(new BioSentence(text, gold));
        }
        return out;
    }

    private static PerceptronModel train() {
        var config = new PerceptronTrainer.Config("chars", 5, 1, 0.0f, 7L, false);
        return new PerceptronTrainer(config, new PrintStream(new ByteArrayOutputStream())).train(corpus(0, 200), corpus(200, 20), List.of());
    }

    @Test
    void learnsPatternsAndTagsUnseenCombinations() {
        PerceptronModel model = train();
        String text = "郑浩在昆明参观了远航集团。"; // a combination not in the training sentences' order
        List<Mention> out = new ArrayList<>();
        model.tag(text, 0, text.length(), out);
        assertEquals(List.of(new Mention("郑浩", EntityType.PERSON, 0, 2), new Mention("昆明", EntityType.LOCATION, 3, 5),
                new Mention("远航集团", EntityType.ORGANIZATION, 8, 12)), out);
    }

    @Test
    void savedModelLoadsAndTagsIdentically() throws IOException {
        PerceptronModel model = train();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);
        PerceptronModel loaded = PerceptronModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(model.featureSet(), loaded.featureSet());
        for (BioSentence s : corpus(300, 30)) {
            List<Mention> a = new ArrayList<>();
            List<Mention> b = new ArrayList<>();
            model.tag(s.text(), 0, s.text().length(), a);
            loaded.tag(s.text(), 0, s.text().length(), b);
            assertEquals(a, b);
            assertEquals(s.gold(), b);
        }
    }

    @Test
    void tagsOnlyTheRequestedRangeWithOffsetsIntoTheWholeText() {
        PerceptronModel model = train();
        String text = "前言。李娜在南京参观了光明公司。后记";
        List<Mention> out = new ArrayList<>();
        model.tag(text, 3, 16, out);
        assertTrue(out.contains(new Mention("李娜", EntityType.PERSON, 3, 5)), out::toString);
        assertTrue(out.stream().allMatch(m -> text.substring(m.start(), m.end()).equals(m.text())));
    }

    @Test
    void foreignFileIsRejectedWithAClearMessage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(new java.util.zip.GZIPOutputStream(bytes))) {
            out.writeUTF("SOME-OTHER-FORMAT");
            out.writeInt(1);
        }
        var e = assertThrows(IOException.class, () -> PerceptronModel.load(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(e.getMessage().contains("not a Newsflow NER model"), e.getMessage());
    }

    @Test
    void bioesEncodingRoundTrips() {
        String text = "甲乙丙丁戊";
        List<Mention> spans = List.of(new Mention("甲", EntityType.PERSON, 0, 1), new Mention("乙丙丁", EntityType.ORGANIZATION, 1, 4));
        assertEquals(spans, TagSet.decode(text, TagSet.encode(5, spans)));
        assertTrue(BioCorpus.spans(text, List.of("O", "O", "O", "O", "O")).isEmpty());
    }

    @Test
    void peoplesDailyParagraphBecomesCharSpans() {
        List<BioSentence> out = new ArrayList<>();
        PeoplesDaily1998.parseParagraph("19980101-01-001-002/m  [新华/nz 东方/ns 研究院/n]nt  院长/n  钱/nr  明远/nr  到/v  西湖/ns  。/w  他/r  说/v  。/w", out);
        assertEquals(2, out.size());
        assertEquals("新华东方研究院院长钱明远到西湖。", out.get(0).text());
        assertEquals(List.of(new Mention("新华东方研究院", EntityType.ORGANIZATION, 0, 7),
                new Mention("钱明远", EntityType.PERSON, 9, 12), new Mention("西湖", EntityType.LOCATION, 13, 15)), out.get(0).gold());
        assertEquals("他说。", out.get(1).text());
    }

    @Test
    void constrainedDecodingKeepsGivenSpansAndForcedOutsideChars() {
        int n = 5;
        float[] emit = new float[n * TagSet.SIZE];
        // the emissions prefer a PERSON over chars 0-1
        emit[TagSet.tag(EntityType.PERSON, 0)] = 5;
        emit[TagSet.SIZE + TagSet.tag(EntityType.PERSON, 2)] = 5;
        float[] trans = new float[(TagSet.SIZE + 1) * TagSet.SIZE];
        assertEquals(List.of(new Mention("甲乙", EntityType.PERSON, 0, 2)), TagSet.decode("甲乙丙丁戊", Viterbi.decode(emit, trans, n)));
        // partial annotation: chars 0-1 surely outside, an ORG over 2-4
        BioSentence s = new BioSentence("甲乙丙丁戊", List.of(new Mention("丙丁戊", EntityType.ORGANIZATION, 2, 5)));
        int[] mask = PerceptronTrainer.mask(new PeoplesDaily1998.Partial(s, new boolean[] {true, true, false, false, false}));
        assertEquals(s.gold(), TagSet.decode(s.text(), Viterbi.decode(emit, trans, n, mask)));
    }

    @Test
    void partiallyAnnotatedSentencesTrainWithoutErasingOtherTypes() {
        // the partial sentences mark only persons; places stay learnable from the full sentences
        List<PeoplesDaily1998.Partial> partial = new ArrayList<>();
        for (BioSentence s : corpus(500, 100)) {
            List<Mention> persons = s.gold().stream().filter(m -> m.type() == EntityType.PERSON).toList();
            partial.add(new PeoplesDaily1998.Partial(new BioSentence(s.text(), persons), new boolean[s.text().length()]));
        }
        var config = new PerceptronTrainer.Config("chars", 5, 1, 0.0f, 7L, false);
        PerceptronModel model = new PerceptronTrainer(config, new PrintStream(new ByteArrayOutputStream()))
                .train(corpus(0, 100), List.of(), List.of(), partial);
        String text = "吴敏在厦门参观了新星银行。";
        List<Mention> out = new ArrayList<>();
        model.tag(text, 0, text.length(), out);
        assertTrue(out.contains(new Mention("厦门", EntityType.LOCATION, 3, 5)), out::toString);
        assertTrue(out.contains(new Mention("吴敏", EntityType.PERSON, 0, 2)), out::toString);
    }
}
