package io.newsflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalizingExtractorTest {

    /** Stands for a model whose spans we choose: the decorator's input, so each rule is tested alone. */
    private static EntityExtractor spans(Object... typeAndSurface) {
        return new EntityExtractor() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public List<Mention> extract(String text) {
                List<Mention> out = new ArrayList<>();
                int from = 0;
                for (int i = 0; i < typeAndSurface.length; i += 2) {
                    String s = (String) typeAndSurface[i + 1];
                    int at = text.indexOf(s, from);
                    out.add(new Mention(s, (EntityType) typeAndSurface[i], at, at + s.length()));
                    from = at + s.length();
                }
                return out;
            }
        };
    }

    private static final AliasTable ALIASES = AliasTable.loadDefault();

    private static List<Mention> run(String text, Object... modelSpans) {
        List<Mention> ms = new CanonicalizingExtractor(spans(modelSpans), ALIASES).extract(text);
        HanlpExtractorTest.assertWellFormed(text, ms);
        return ms;
    }

    private static Mention m(String text, String surface, EntityType type, String canonical) {
        int at = text.indexOf(surface);
        return new Mention(surface, type, at, at + surface.length(), canonical);
    }

    @Test
    void abbreviationsAndFullNamesShareOneCanonicalName() {
        String text = "工信部称，工业和信息化部近期将与国家医保局、国家医疗保障局以及中科院、中国科学院合作。";
        List<Mention> ms = run(text,
                EntityType.ORGANIZATION, "工信部", EntityType.ORGANIZATION, "工业和信息化部",
                EntityType.ORGANIZATION, "国家医保局", EntityType.ORGANIZATION, "国家医疗保障局",
                EntityType.ORGANIZATION, "中科院", EntityType.ORGANIZATION, "中国科学院");
        assertEquals(List.of("工业和信息化部", "工业和信息化部", "国家医疗保障局", "国家医疗保障局", "中国科学院", "中国科学院"),
                ms.stream().map(Mention::canonical).toList());
        assertEquals(List.of("工信部", "工业和信息化部", "国家医保局", "国家医疗保障局", "中科院", "中国科学院"),
                ms.stream().map(Mention::text).toList(), "text keeps the surface form");
        List<EntityCount> counts = EntityCount.summarize(ms);
        assertEquals(3, counts.size());
        assertTrue(counts.stream().allMatch(c -> c.count() == 2));
    }

    @Test
    void knownNameRepairsASplitOrganization() {
        String text = "工业和信息化部今天发布通知。";
        // the model cut the name in two, as HanLP does
        List<Mention> ms = run(text, EntityType.ORGANIZATION, "工业", EntityType.ORGANIZATION, "信息化部");
        assertEquals(List.of(m(text, "工业和信息化部", EntityType.ORGANIZATION, "工业和信息化部")), ms);
    }

    @Test
    void shortKnownNameInsideAnOrdinaryWordIsNotForced() {
        String text = "各地教育部门要抓好落实。";
        assertEquals(List.of(), run(text));
    }

    @Test
    void longerModelNameContainingAKnownNameWins() {
        String text = "工业和信息化部电子第五研究所发布报告。";
        List<Mention> ms = run(text, EntityType.ORGANIZATION, "工业和信息化部电子第五研究所");
        assertEquals(List.of(m(text, "工业和信息化部电子第五研究所", EntityType.ORGANIZATION, "工业和信息化部电子第五研究所")), ms);
    }

    @Test
    void titlesAreStrippedFromPersonNames() {
        String text = "董事长周明远和蒋晓华院士以及副部长林国栋、理事长钱思源出席。";
        List<Mention> ms = run(text,
                EntityType.PERSON, "董事长周明远", EntityType.PERSON, "蒋晓华院士",
                EntityType.PERSON, "副部长林国栋", EntityType.PERSON, "理事长钱思源");
        assertEquals(List.of("周明远", "蒋晓华", "林国栋", "钱思源"), ms.stream().map(Mention::text).toList());
        assertTrue(ms.stream().allMatch(x -> x.type() == EntityType.PERSON));
    }

    @Test
    void nestedOrganizationTitleAndNameSplitIntoOrganizationAndPerson() {
        String text = "中国工程院院士戴琼海作报告。";
        List<Mention> expected = List.of(
                m(text, "中国工程院", EntityType.ORGANIZATION, "中国工程院"),
                m(text, "戴琼海", EntityType.PERSON, "戴琼海"));
        // however the model cut it, the result is the same
        assertEquals(expected, run(text, EntityType.PERSON, "中国工程院院士戴琼海"));
        assertEquals(expected, run(text, EntityType.ORGANIZATION, "中国工程院院士戴琼海"));
        assertEquals(expected, run(text, EntityType.ORGANIZATION, "中国工程院院士", EntityType.PERSON, "戴琼海"));
        assertEquals(expected, run(text, EntityType.ORGANIZATION, "中国工程院", EntityType.PERSON, "戴琼海"));
    }

    @Test
    void organizationNamesThatContainTitleWordsStayWhole() {
        String text = "全国人民代表大会和国家主席办公室的通知。";
        List<Mention> ms = run(text, EntityType.ORGANIZATION, "全国人民代表大会");
        assertEquals(List.of(m(text, "全国人民代表大会", EntityType.ORGANIZATION, "全国人民代表大会")), ms);
    }

    @Test
    void placePrefixBeforeATitleBecomesALocation() {
        String text = "江宁市市长孙立平到场。";
        List<Mention> ms = run(text, EntityType.PERSON, "江宁市市长孙立平");
        assertEquals(List.of(m(text, "江宁市", EntityType.LOCATION, "江宁市"), m(text, "孙立平", EntityType.PERSON, "孙立平")), ms);
    }

    @Test
    void unknownNamesAreCanonicalizedByFoldingWidthAndSpaces() {
        String text = "ＡＢＣ 科技 有限公司成立。";
        List<Mention> ms = run(text, EntityType.ORGANIZATION, "ＡＢＣ 科技 有限公司");
        assertEquals("ABC科技有限公司", ms.get(0).canonical());
        assertEquals("ＡＢＣ 科技 有限公司", ms.get(0).text());
    }

    /** The types of the mentions, in order: what the organization-evidence rules change. */
    private static List<EntityType> types(String text, Object... modelSpans) {
        return run(text, modelSpans).stream().map(Mention::type).toList();
    }

    private static final EntityType PER = EntityType.PERSON;
    private static final EntityType ORG = EntityType.ORGANIZATION;
    private static final EntityType LOC = EntityType.LOCATION;

    @Test
    void nameFollowedByCorporateRoleAndPersonIsAnOrganizationEverywhereInTheText() {
        String text = "飞鸿首席执行官周明远表示，飞鸿明年将扩大产能。";
        assertEquals(List.of(ORG, PER, ORG), types(text, PER, "飞鸿", PER, "周明远", PER, "飞鸿"));
    }

    @Test
    void nameFollowedByAnOrganizationWordIsAnOrganization() {
        String text = "驰远集团发布年报。分析人士认为，驰远仍有增长空间。";
        assertEquals(List.of(ORG, ORG), types(text, ORG, "驰远集团", PER, "驰远"));
        String platform = "以驰远平台为例，驰远上线了新功能。";
        assertEquals(List.of(ORG), types(platform, PER, "驰远"));
    }

    @Test
    void nameFollowedByTheSecondWordOfACompanyNameIsAnOrganization() {
        String text = "青禾资本领投本轮融资。青禾表示看好这一赛道。";
        assertEquals(List.of(ORG), types(text, PER, "青禾"));
        assertEquals(List.of(ORG), types("澄星机器人发布新品，澄星的订单已排到明年。", PER, "澄星"));
    }

    @Test
    void aShortCompanyNameTheListMarksIsFoundWhereTheModelSawNothing() {
        String text = "腾讯和百度都发布了大模型。";
        assertEquals(List.of(m(text, "腾讯", ORG, "腾讯"), m(text, "百度", ORG, "百度")), run(text));
    }

    @Test
    void aShortUnmarkedKnownNameIsNoNameInsideAnOrdinaryWordOrAcrossTheModelsName() {
        assertEquals(List.of(), run("城市中建设了新的公园。"));
        String road = "门店位于北京东路。";
        assertEquals(List.of(m(road, "北京", LOC, "北京")), run(road, LOC, "北京"));
    }

    @Test
    void anOrganizationTheModelCarriedPastAKnownOrganizationIsOneOrganization() {
        String text = "工业和信息化部节能与综合利用司发布通知。";
        List<Mention> ms = run(text, ORG, "信息化部节能与综合利用司");
        assertEquals(List.of(m(text, "工业和信息化部节能与综合利用司", ORG, "工业和信息化部节能与综合利用司")), ms);
    }

    @Test
    void nameListedWithOrganizationsIsAnOrganization() {
        String text = "星河动力、驰远等企业加快布局。";
        assertEquals(List.of(ORG, ORG), types(text, ORG, "星河动力", PER, "驰远"));
    }

    @Test
    void aListTheTextCallsCompaniesHoldsOrganizationsEvenWhenANameStartsWithASurname() {
        assertEquals(List.of(ORG, ORG), types("飞鸿、金石等多家互联网大厂纷纷布局。", PER, "飞鸿", PER, "金石"));
        assertEquals(List.of(ORG), types("金石等车企加快出海。", PER, "金石"));
        assertEquals(List.of(PER, PER), types("周明远、钱思源等企业家出席。", PER, "周明远", PER, "钱思源"));
        assertEquals(List.of(PER, PER), types("周明远、钱思源等公司负责人出席。", PER, "周明远", PER, "钱思源"));
    }

    @Test
    void peopleListedWithAnOrganizationStayPeopleWhenTheyStartWithASurname() {
        String text = "星河动力、周明远、李华出席了发布会。";
        assertEquals(List.of(ORG, PER, PER), types(text, ORG, "星河动力", PER, "周明远", PER, "李华"));
    }

    @Test
    void listOfOrganizationTitlePersonPhrasesKeepsItsPeople() {
        // foreign names start with no Chinese surname; the 、 joins phrases, not names
        String text = "到场的有财政部长恩加、副部长姆博、海军司令卡塔和空军司令巴拉、警察总监恩多。";
        assertEquals(List.of(ORG, PER, PER, ORG, PER, ORG, PER, PER),
                types(text, ORG, "财政部", PER, "恩加", PER, "姆博", ORG, "海军", PER, "卡塔", ORG, "空军",
                        PER, "巴拉", PER, "恩多"));
    }

    @Test
    void personWithoutEvidenceAndPlaceBeforeAnOrganizationWordKeepTheirTypes() {
        String text = "马斯克表示，中国公司在海外的发言人卡洛斯已到场。";
        assertEquals(List.of(PER, LOC, PER), types(text, PER, "马斯克", LOC, "中国", PER, "卡洛斯"));
    }

    @Test
    void aPersonNameCutShortIsCompletedFromTheSameTextsFullName() {
        String text = "周明远表示，产能将翻番。对此，周明远建议加快审批。";
        List<Mention> ms = run(text, PER, "周明远", PER, "周明");
        assertEquals(List.of(m(text, "周明远", PER, "周明远"),
                new Mention("周明远", PER, text.lastIndexOf("周明远"), text.lastIndexOf("周明远") + 3)), ms);
    }

    @Test
    void aCompletedNameDoesNotRunIntoTheNextMention() {
        String text = "周明远到场。周明远华公司的代表发言。";
        List<Mention> ms = run(text, PER, "周明远", PER, "周明", ORG, "远华公司");
        assertEquals(List.of(PER, PER, ORG), ms.stream().map(Mention::type).toList());
        assertEquals("周明", ms.get(1).text());
    }

    @Test
    void aPlaceCutOutOfAnOrganizationNameTakesTheWholeNameTheTextUsesElsewhere() {
        String text = "远华电商发布年报。品牌商家在远华电商直播间上新。";
        int second = text.lastIndexOf("远华电商");
        assertEquals(List.of(m(text, "远华电商", ORG, "远华电商"), new Mention("远华电商", ORG, second, second + 4)),
                run(text, ORG, "远华电商", LOC, "远"));
    }

    @Test
    void noCompletionToASpanWithPunctuationInsideOrAcrossPersonAndOrganization() {
        String text = "滨江（东区）数据中心投产。滨江（东区）数据中心有两座机房。";
        List<Mention> ms = run(text, ORG, "滨江（东区）数据中心", LOC, "滨江");
        assertEquals("滨江", ms.get(1).text());
        String brand = "周明远云盘上线。用户说周明远云盘好用。";
        List<Mention> bs = run(brand, PER, "周明远云盘", ORG, "周明远");
        assertEquals(List.of(PER, ORG), bs.stream().map(Mention::type).toList());
        assertEquals("周明远", bs.get(1).text());
    }

    @Test
    void aLoneCharacterIsAPersonOnlyWithATitleOrAnotherOneCharacterNameBesideIt() {
        assertEquals(List.of(ORG), types("由磐霖资本领投。", PER, "霖", ORG, "资本"));
        assertEquals(List.of(PER), types("江主席访问美国。", PER, "江"));
        assertEquals(List.of(PER), types("李总表示同意。", PER, "李"));
        assertEquals(List.of(PER, PER), types("坚持马列主义。", PER, "马", PER, "列"));
    }

    @Test
    void aLoneCharacterIsAnOrganizationOnlyNextToAnotherOne() {
        assertEquals(List.of(), types("在国新办举行的发布会上。", ORG, "国"));
        assertEquals(List.of(ORG, ORG), types("国共两党谈判。", ORG, "国", ORG, "共"));
        assertEquals(List.of(LOC, LOC), types("中美关系发展。", LOC, "中", LOC, "美"));
    }

    @Test
    void aTeamIsItsInstitutionAndItsLeader() {
        String text = "东湖理工大学周明远教授团队研发出新型电池。";
        assertEquals(List.of(m(text, "东湖理工大学", ORG, "东湖理工大学"), m(text, "周明远", PER, "周明远")),
                run(text, ORG, "东湖理工大学周明远教授团队"));
        String institute = "滨江材料研究所钱思源带领团队攻关。";
        assertEquals(List.of(m(institute, "滨江材料研究所", ORG, "滨江材料研究所"), m(institute, "钱思源", PER, "钱思源")),
                run(institute, ORG, "滨江材料研究所钱思源带领团队"));
    }

    @Test
    void aTeamWithoutALeaderIsItsInstitutionAndATeamAloneIsNoEntity() {
        String text = "东湖理工大学研究团队发现，研究团队还将继续实验。";
        assertEquals(List.of(m(text, "东湖理工大学", ORG, "东湖理工大学")),
                run(text, ORG, "东湖理工大学研究团队", ORG, "研究团队"));
    }

    @Test
    void anInstitutionTitleAndLeaderBeforeTheTeamWordSplitByTheTitle() {
        String text = "东湖理工大学教授周明远领衔的团队完成测试。";
        assertEquals(List.of(m(text, "东湖理工大学", ORG, "东湖理工大学"), m(text, "周明远", PER, "周明远")),
                run(text, ORG, "东湖理工大学教授周明远领衔的团队"));
    }

    @Test
    void aCompanyNameStartedInsideItsCityBracketReachesBackToTheNameBeforeIt() {
        String text = "星河（苏州）智能科技有限公司宣布融资。";
        assertEquals(List.of(m(text, "星河（苏州）智能科技有限公司", ORG, "星河(苏州)智能科技有限公司")),
                run(text, PER, "星河", ORG, "苏州）智能科技有限公司"));
        String pieces = "苏锡（常州）数据中心投产。";
        assertEquals(List.of(m(pieces, "苏锡（常州）数据中心", ORG, "苏锡(常州)数据中心")),
                run(pieces, LOC, "苏", LOC, "锡", ORG, "常州）数据中心"));
    }

    @Test
    void bracketsOfADatelineOrBeforeATitleAreNotTakenIntoAName() {
        String dated = "（新华社滨江６月１日电）滨江市卫生局发布通知。";
        assertEquals(List.of(ORG, ORG), types(dated, ORG, "新华社", ORG, "滨江６月１日电）滨江市卫生局"));
        String title = "第三工业部（航空）部长周明远说。";
        List<Mention> ms = run(title, ORG, "第三工业部", ORG, "航空）部", PER, "周明远");
        assertEquals("第三工业部", ms.get(0).text());
        assertEquals("航空）部", ms.get(1).text());
    }

    @Test
    void aForeignCityRightAfterItsStateIsAPlaceButAPersonAfterTheirCityStaysAPerson() {
        assertEquals(List.of(LOC, LOC), types("工厂位于美国内华达州里诺。", LOC, "美国内华达州", PER, "里诺"));
        assertEquals(List.of(LOC, PER), types("滨江市周明远当选劳模。", LOC, "滨江市", PER, "周明远"));
    }

    @Test
    void aMarkedShortFormInTheAliasListStandsAloneAndIsStoredWithoutItsMark() throws Exception {
        String tsv = "ORGANIZATION\t甲乙科技\t甲乙*|丙丁\n";
        AliasTable t = AliasTable.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv");
        assertEquals("甲乙科技", t.lookup("甲乙").canonical());
        assertTrue(t.standsAlone("甲乙"));
        assertTrue(t.standsAlone("甲乙科技"), "four characters stand alone");
        assertTrue(!t.standsAlone("丙丁"), "a short form without the mark needs the model");
    }

    @Test
    void aliasListRejectsConflictingEntries() throws Exception {
        String tsv = "ORGANIZATION\t甲机构\t甲\nLOCATION\t甲地\t甲\n";
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AliasTable.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
    }
}
