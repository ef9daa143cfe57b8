package io.newsflow.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every layout artifact class, on small examples written for these tests. */
class NormalizerTest {

    private final Normalizer normalizer = new Normalizer();

    private List<String> texts(String raw) {
        return blockTexts(normalizer.normalize(raw));
    }

    private static List<String> blockTexts(NormalizedText page) {
        return page.blocks().stream().map(Block::text).toList();
    }

    /** The furniture kind of each block of the paragraphs printed with a blank line between them (null: content). */
    private List<String> furnitureKinds(String... paragraphs) {
        return normalizer.normalize(String.join("\n\n", paragraphs)).blocks().stream().map(Block::furniture).toList();
    }

    private void assertDoubleSpacedBlocks(String raw, String... expected) {
        NormalizedText page = normalizer.normalize(raw);
        assertEquals(Layout.DOUBLE_SPACED, page.layout());
        assertEquals(List.of(expected), blockTexts(page));
    }

    @Test
    void joinsHardWrapsWithoutSpacesBetweenChineseCharacters() {
        String raw = "春天的河边开满了野\n花，孩子们在草地上放\n风筝，老人们在树下下棋。\n";
        assertEquals(List.of("春天的河边开满了野花，孩子们在草地上放风筝，老人们在树下下棋。"), texts(raw));
    }

    @Test
    void joinsLatinWordsSplitAcrossLinesWithOneSpace() {
        assertEquals(List.of("小组发布了Open Source工具包。"), texts("小组发布了Open\nSource工具包。"));
    }

    @Test
    void dropsLineEndHyphenGlyphBeforeLatinContinuation() {
        assertEquals(List.of("今年以来多家大模型公司如智谱、百川、minimax等陆续完成融资，市场持续升温。"),
                texts("今年以来多家大模型公司如智谱、百川、mini\u2043\nmax等陆续完成融资，市场持\n续升温。"));
    }

    /** A library opening wrapped in a narrow column: three paragraphs, nothing but line widths marks their ends. */
    private static final List<String> LIBRARY_LINES = List.of(
            "今年春季，城东新区的图书馆",
            "正式对外开放，每天接待读者",
            "超过两千人次。",
            "馆长介绍，新馆藏书五十万册，",
            "另设儿童阅览区和自习室，周末",
            "还将举办读书分享活动。",
            "不少家长带着孩子前来办理借书证，",
            "工作人员耐心讲解借阅规则和开放时",
            "间。");
    private static final String[] LIBRARY_PARAGRAPHS = {
            "今年春季，城东新区的图书馆正式对外开放，每天接待读者超过两千人次。",
            "馆长介绍，新馆藏书五十万册，另设儿童阅览区和自习室，周末还将举办读书分享活动。",
            "不少家长带着孩子前来办理借书证，工作人员耐心讲解借阅规则和开放时间。"};

    @Test
    void recoversParagraphsWhenEveryLineIsFollowedByABlankLine() {
        assertDoubleSpacedBlocks(String.join("\n\n", LIBRARY_LINES) + "\n", LIBRARY_PARAGRAPHS);
    }

    @Test
    void aCaptionOpeningWithTuWeiAfterAFinishedParagraphIsAParagraphOfItsOwnButTuWeiInsideAWrapIsNot() {
        // single-spaced hard wraps: the paragraph's last line is full and finished, nothing but 图为 says it ends there
        String raw = String.join("\n", "今年春季，城东新区的图书馆", "正式对外开放，每天接待读者", "超过两千人次，场面十分热闹。",
                "图为读者在新馆阅览室看书。", "本报记者 王强/摄", "开馆首日，馆长说新馆还将试", "图为小读者开设绘本课，每周",
                "六上午免费开放，欢迎参加。") + "\n";
        assertEquals(List.of("今年春季，城东新区的图书馆正式对外开放，每天接待读者超过两千人次，场面十分热闹。", "图为读者在新馆阅览室看书。",
                "本报记者 王强/摄", "开馆首日，馆长说新馆还将试图为小读者开设绘本课，每周六上午免费开放，欢迎参加。"), texts(raw));
    }

    @Test
    void anInterviewTurnAfterAFinishedParagraphIsAParagraphOfItsOwn() {
        String raw = String.join("\n", "今年春季，城东新区的图书馆", "正式对外开放，每天接待读者", "超过两千人次，场面十分热闹。",
                "记者：新馆有哪些服务？", "馆长：我们开设了绘本课，每周", "六上午免费开放，欢迎参加。") + "\n";
        assertEquals(List.of("今年春季，城东新区的图书馆正式对外开放，每天接待读者超过两千人次，场面十分热闹。", "记者：新馆有哪些服务？",
                "馆长：我们开设了绘本课，每周六上午免费开放，欢迎参加。"), texts(raw));
    }

    @Test
    void aNamedSpeakersTurnAfterAFullFinishedQuestionIsAParagraphOfItsOwn() {
        String raw = String.join("\n", "今年春季，城东新区的图书馆", "正式对外开放，每天接待读者", "超过两千人次，场面十分热闹。",
                "记者：新馆开设了哪些服务？", "周明：我们开设了绘本课，每周", "六上午免费开放，欢迎参加。") + "\n";
        assertEquals(List.of("今年春季，城东新区的图书馆正式对外开放，每天接待读者超过两千人次，场面十分热闹。", "记者：新馆开设了哪些服务？",
                "周明：我们开设了绘本课，每周六上午免费开放，欢迎参加。"), texts(raw));
        assertFalse(Bylines.opensInterviewTurn("会议：与会代表表决通过了决议。"), "not a name");
    }

    @Test
    void aDashedSubtitleUnderAHeadlineLineIsItsOwnBlockButADashOpeningABodyLineIsNot() {
        // the subtitle: dash, no punctuation of running text, under a line without it; the body line: a sentence
        List<String> lines = new java.util.ArrayList<>(List.of("江城数字经济核心产业增加值突破千亿", "——规上企业数字化改造覆盖率超八成"));
        lines.addAll(LIBRARY_LINES);
        lines.addAll(List.of("馆长介绍了新馆的“镇馆之宝”", "——一套明代刻本，吸引读者驻足。"));
        assertDoubleSpacedBlocks(String.join("\n\n", lines) + "\n", "江城数字经济核心产业增加值突破千亿", "——规上企业数字化改造覆盖率超八成",
                LIBRARY_PARAGRAPHS[0], LIBRARY_PARAGRAPHS[1], LIBRARY_PARAGRAPHS[2], "馆长介绍了新馆的“镇馆之宝”——一套明代刻本，吸引读者驻足。");
    }

    @Test
    void onAPageOfBriefsOneParagraphPerLineTheHeadlinesAndBylinesDoNotMakeItReadAsWrapped() {
        String p1 = "城东新区图书馆新馆日前对外开放，藏书五十万册，另设儿童阅览区和自习室，周末还将举办读书分享活动，欢迎市民参加。";
        String p2 = "馆长介绍，新馆开放首月接待读者超过五万人次，办理借书证一万余张，成为市民周末休闲的新去处。";
        String p3 = "江城地铁三号线昨日正式开通运营，全长二十八公里，设站二十个，沿线串起大学城、科技园和高铁站，早晚高峰行车间隔四分钟。";
        String p4 = "开通首日，三号线客流超过十万人次，不少市民专程前来体验，地铁公司在各站增派了志愿者引导乘客换乘和购票。";
        assertEquals(List.of("城东图书馆新馆开放", p1, p2, "地铁三号线开通运营", "本报记者 王强", p3, p4),
                texts(String.join("\n", "城东图书馆新馆开放", p1, p2, "地铁三号线开通运营", "本报记者 王强", p3, p4) + "\n"));
    }

    @Test
    void twoBlankLinesAfterEveryLineAreReadAsDoubleSpacing() {
        assertDoubleSpacedBlocks(String.join("\n\n\n", LIBRARY_LINES) + "\n", LIBRARY_PARAGRAPHS);
    }

    @Test
    void aSubheadingPrintedTightAboveALineEndingMidSentenceStaysApartFromItsParagraph() {
        String raw = String.join("\n\n",
                "今年春季，城东新区的图书馆",
                "正式对外开放，每天接待读者",
                "超过两千人次。",
                "服务延伸到社区\n馆长介绍，新馆设立的",
                "流动书车每周进入十个社区，",
                "方便老人就近借书。",
                "工作人员耐心讲解借阅规则和",
                "开放时间。") + "\n";
        assertDoubleSpacedBlocks(raw, "今年春季，城东新区的图书馆正式对外开放，每天接待读者超过两千人次。",
                "服务延伸到社区",
                "馆长介绍，新馆设立的流动书车每周进入十个社区，方便老人就近借书。",
                "工作人员耐心讲解借阅规则和开放时间。");
    }

    @Test
    void aOneLineHeadingTightAboveANearlyFullFirstBodyLineIsItsOwnBlock() {
        // The body line is 14 of a 16-character column: narrower than a full wrap, wider than headline type.
        String raw = String.join("\n\n",
                "今年春季，城东新区的图书馆正式",
                "对外开放，每天接待的读者超过两",
                "千人次。",
                "服务延伸到社区\n馆长介绍，流动书车每周进",
                "入十个社区，方便老人就近借书，",
                "也为学生送去课外读物。",
                "工作人员耐心讲解借阅规则和开放",
                "时间。") + "\n";
        assertDoubleSpacedBlocks(raw, "今年春季，城东新区的图书馆正式对外开放，每天接待的读者超过两千人次。",
                "服务延伸到社区",
                "馆长介绍，流动书车每周进入十个社区，方便老人就近借书，也为学生送去课外读物。",
                "工作人员耐心讲解借阅规则和开放时间。");
    }

    @Test
    void aHeadlineLineWiderThanTheColumnBelowItIsItsOwnBlock() {
        String raw = String.join("\n\n",
                "河湖岸线整治全面完成，沿岸步道向市民开放",
                "今年以来，市水务部门对城",
                "区十二条河道开展岸线整治，",
                "清理淤泥两万多立方米。",
                "整治后的河道两岸新建步道",
                "和观景平台，成为市民散步",
                "休闲的好去处。",
                "不少市民傍晚来到河边，",
                "沿着步道慢跑或者遛弯。") + "\n";
        assertDoubleSpacedBlocks(raw, "河湖岸线整治全面完成，沿岸步道向市民开放",
                "今年以来，市水务部门对城区十二条河道开展岸线整治，清理淤泥两万多立方米。",
                "整治后的河道两岸新建步道和观景平台，成为市民散步休闲的好去处。",
                "不少市民傍晚来到河边，沿着步道慢跑或者遛弯。");
    }

    @Test
    void aOneLineHeadingTightAboveAnIndentedFirstBodyLineLeavesBothParagraphsAroundIt() {
        // The first body line is 12 of a 16-character column (three quarters: its paragraph indent was lost in
        // export), the heading 11: the heading stands alone, apart from the finished paragraph above it too.
        String raw = String.join("\n\n",
                "今年春季，城东新区的图书馆正式对",
                "外开放，每天接待的读者超过两千",
                "人次，周末还有不少家长带孩子来。",
                "图书服务延伸到周边社区\n馆长介绍，流动书车每周进",
                "入十个社区，方便老人就近借书，也",
                "为学生送去课外读物。",
                "工作人员耐心讲解借阅规则和开放",
                "时间。") + "\n";
        assertDoubleSpacedBlocks(raw, "今年春季，城东新区的图书馆正式对外开放，每天接待的读者超过两千人次，周末还有不少家长带孩子来。",
                "图书服务延伸到周边社区",
                "馆长介绍，流动书车每周进入十个社区，方便老人就近借书，也为学生送去课外读物。",
                "工作人员耐心讲解借阅规则和开放时间。");
    }

    @Test
    void anIndentedFirstLineAsWideAsItsColumnWithTheIndentOpensTheParagraphNotAHeadline() {
        // The box's wide lines above make the column estimates of the feature's first lines wide; its first line,
        // 12 characters after a two-character indent in a 14-character column, and the next one carry no
        // punctuation yet (the block is in the shifted font: its commas read 袁 until the block is repaired).
        // Indent given back, the first line is as wide as the next: wrapped text, one paragraph, no headline.
        String raw = String.join("\n",
                "┌───────────────┐",
                "本周粮价一览",
                "│早籼稻\u3000周涨幅1.38%\u3000收于2638.23元",
                "│晚籼稻\u3000周涨幅2.15%\u3000收于2712.67元",
                "│粳稻谷\u3000周涨幅1.76%\u3000收于2863.02元",
                "│全省日均成交量\u30009126吨",
                "│储备粮轮换出库\u3000182.4万吨",
                "│库存总量\u30001.53亿吨",
                "│涨幅居前品种\u3000优质早稻\u3000香型糯稻\u3000有机黑米",
                "│（数据来源：本报记者根据市场信息整理）",
                "└───────────────┘",
                "",
                "■本报记者 林可",
                "\u3000\u3000在城南开发区明德精密仪器",
                "有限公司的装配车间里袁一台台",
                "刚下线的光谱仪器整齐排列袁等",
                "待装车发往上海尧广州和哈尔滨",
                "的客户遥野去年我们的外地订单",
                "增长了42%袁今年一季度的订单",
                "已经排到了7月份遥冶公司总经",
                "理陈立新说遥") + "\n";
        List<String> texts = texts(raw);
        assertTrue(texts.contains("在城南开发区明德精密仪器有限公司的装配车间里，一台台刚下线的光谱仪器整齐排列，等待装车发往上海、广州和"
                + "哈尔滨的客户。“去年我们的外地订单增长了42%，今年一季度的订单已经排到了7月份。”公司总经理陈立新说。"), texts.toString());
    }

    @Test
    void aLineStoppingAQuarterShortOfTheColumnWithoutPunctuationIsAHeadlineBetweenTwoBriefs() {
        // 12 of an 18-character column: too wide for the "60 % of the column" heading rule, too short for a body
        // line; the first body line of the last paragraph, 16 wide without punctuation, still joins its paragraph.
        String raw = String.join("\n\n",
                "今年春季，城东新区的图书馆正式对外开",
                "放，每天接待读者超过两千人次，周末还",
                "有不少家长带着孩子来这里借书看书。",
                "城北科技馆新展厅正式开放",
                "城北科技馆新展厅昨日正式对外开放，展",
                "品涵盖航空航天、人工智能、新能源等多",
                "个领域，吸引了大批市民前来参观。",
                "馆方介绍新展厅设有互动体验区和科",
                "普讲堂，周末还将推出亲子科学课程。") + "\n";
        assertDoubleSpacedBlocks(raw, "今年春季，城东新区的图书馆正式对外开放，每天接待读者超过两千人次，周末还有不少家长带着孩子来这里借书看书。",
                "城北科技馆新展厅正式开放",
                "城北科技馆新展厅昨日正式对外开放，展品涵盖航空航天、人工智能、新能源等多个领域，吸引了大批市民前来参观。",
                "馆方介绍新展厅设有互动体验区和科普讲堂，周末还将推出亲子科学课程。");
    }

    @Test
    void aWideHeadlineEndingInAFigureIsItsOwnBlock() {
        String raw = String.join("\n\n",
                "今年一季度全市新能源汽车销量同比增长35.6%",
                "记者从市商务局获悉，一季",
                "度全市新能源汽车销量持续",
                "走高，充电设施建设同步提",
                "速。",
                "不少市民表示，充电桩进小",
                "区以后，用车更加方便了，",
                "周末出行也不再担心找不到",
                "地方充电。") + "\n";
        assertDoubleSpacedBlocks(raw, "今年一季度全市新能源汽车销量同比增长35.6%",
                "记者从市商务局获悉，一季度全市新能源汽车销量持续走高，充电设施建设同步提速。",
                "不少市民表示，充电桩进小区以后，用车更加方便了，周末出行也不再担心找不到地方充电。");
    }

    @Test
    void aParagraphStartingWithoutTheBlankLineOfItsDoubleSpacedFlowIsMarkedAsAFrameJump() {
        String raw = "\n" + String.join("\n\n",
                "今年春季，城东新区的图书馆",
                "正式对外开放，每天接待读者",
                "超过两千人次。")
                + "\n" + String.join("\n\n",
                "海边渔村的民宿陆续开业，",
                "吸引了不少外地游客。",
                "村里还开设了渔家体验课，",
                "游客可以跟着渔民出海，",
                "体验撒网捕鱼的乐趣。") + "\n";
        List<Block> blocks = normalizer.normalize(raw).blocks();
        assertEquals(3, blocks.size());
        assertFalse(blocks.get(0).has(BlockFlag.FRAME_JUMP));
        assertTrue(blocks.get(1).has(BlockFlag.FRAME_JUMP), blocks.get(1).text());
        assertFalse(blocks.get(2).has(BlockFlag.FRAME_JUMP));
    }

    @Test
    void keepsOneParagraphPerBlankSeparatedGroupAndJoinsAParagraphCutByAStrayBlankLine() {
        String raw = "第一段讲的是城市公园的改造计划，工程将在明年完工，届时市民可以在湖边\n\n散步和骑行。\n\n第二段介绍资金来源。\n";
        assertEquals(List.of("第一段讲的是城市公园的改造计划，工程将在明年完工，届时市民可以在湖边散步和骑行。", "第二段介绍资金来源。"),
                texts(raw));
    }

    @Test
    void readsMarkdownHeadingLevelsAndKeepsHalfWidthCommas() {
        NormalizedText page = normalizer.normalize("# 河道治理见成效\n\n### 群众满意度提升\n\n今年以来,河道水质明显改善,沿岸居民纷纷点赞。\n");
        assertEquals(Layout.MARKDOWN, page.layout());
        assertEquals(1, page.blocks().get(0).markdownLevel());
        assertEquals("河道治理见成效", page.blocks().get(0).text());
        assertEquals(3, page.blocks().get(1).markdownLevel());
        assertEquals("今年以来,河道水质明显改善,沿岸居民纷纷点赞。", page.blocks().get(2).text());
    }

    @Test
    void removesSpacesInsideChineseRunsAndAroundNumbersAndPercentSigns() {
        assertEquals(List.of("预计全球储能市场的规模将达到500亿元，同比增长35%。"),
                texts("预 计 全 球 储 能 市 场 的 规 模 将 达 到 500 亿元，同比增长 35 %。"));
        assertEquals(List.of("平台在2024年上线了Smart Home App应用。"), texts("平台在 2024 年上线了 Smart  Home App 应用。"));
    }

    @Test
    void foldsFullWidthLatinAndDigitsButKeepsChinesePunctuation() {
        assertEquals(List.of("AI芯片出货量增长12%。"), texts("ＡＩ芯片出货量增长１２％。"));
        assertEquals(List.of("他说：“好，我们明天见！”"), texts("他说：“好，我们明天见！”"));
    }

    @Test
    void repairsFounderMojibakeInAnAffectedBlock() {
        String raw = "近日袁市民野体验日冶活动在城南举行遥现场设有展示区尧互动区和咨询区遥\n";
        assertEquals(List.of("近日，市民“体验日”活动在城南举行。现场设有展示区、互动区和咨询区。"), texts(raw));
        assertTrue(normalizer.normalize(raw).blocks().get(0).has(BlockFlag.MOJIBAKE_REPAIRED));
    }

    @Test
    void aShiftedOpeningQuoteBeforeAWordThatStartsWithItsGlyphStillOpensTheQuotation() {
        // “心脏” comes out as 野心脏冶 and 野心 is a word; 视野 inside a quotation keeps its 野
        String raw = "电池是汽车的野心脏冶遥专家建议野拓宽视野冶袁野生态化发展冶遥\n";
        assertEquals(List.of("电池是汽车的“心脏”。专家建议“拓宽视野”，“生态化发展”。"), texts(raw));
    }

    @Test
    void aDoubledHeadlineOfAnAffectedPageDoublesItsShiftedCommaToo() {
        String raw = "春耕时节春耕时节袁袁田间地头忙田间地头忙\n\n连日来袁城郊各乡镇的农民抢抓农时袁田间地头一派忙碌景象遥\n";
        assertEquals(List.of("春耕时节，田间地头忙", "连日来，城郊各乡镇的农民抢抓农时，田间地头一派忙碌景象。"), texts(raw));
    }

    @Test
    void aNameEndingInAShiftedGlyphKeepsItBeforeTheCreditSlash() {
        String raw = "市民在公园里赏花袁孩子们在草坪上放风筝遥\n\n新华社记者 王小尧/摄\n\n"
                + "园方表示袁花期将持续到下月中旬遥\n";
        assertTrue(texts(raw).contains("新华社记者 王小尧/摄"), texts(raw).toString());
    }

    @Test
    void paragraphsOfAnAffectedPageEndAtTheirShiftedFullStop() {
        // one paragraph per line, 遥 for 。: the blank line between two finished paragraphs still separates them
        String first = "连日来袁植物园的春季花展吸引了大批市民袁郁金香尧樱花和海棠竞相开放袁园方延长了开放时间袁并在周末增开了夜场遥";
        String second = "园方提醒游客错峰出行袁乘坐公共交通前往袁园内不设停车场袁周边道路早晚高峰车流较大袁节假日还将实行单向通行遥";
        assertEquals(2, texts(first + "\n\n" + second + "\n").size());
    }

    @Test
    void repairsShiftedPercentAndPlusSignsAfterNumbersInAnAffectedRun() {
        assertEquals(List.of("销量增长12.5%，B+轮融资完成。"), texts("销量增长12.5豫袁B垣轮融资完成遥"));
    }

    @Test
    void repairsShiftedBracketsBookTitleMarksAndPlusInHeadlinesOfAnAffectedPage() {
        String raw = "城东渊南湖冤公园改造完工\n\n"
                + "近日袁城东公园改造完工遥新公园设有步道尧广场和儿童乐园遥\n\n"
                + "叶城市绿地条例曳修订实施\n\n"
                + "市人大常委会表示袁修订后的条例明确了绿地保护责任遥\n\n"
                + "本地企业完成A垣轮融资\n\n"
                + "该企业表示袁资金将用于研发遥\n";
        List<String> t = texts(raw);
        assertEquals("城东（南湖）公园改造完工", t.get(0));
        assertEquals("《城市绿地条例》修订实施", t.get(2));
        assertEquals("本地企业完成A+轮融资", t.get(4));
    }

    @Test
    void aQuestionHeadlineOfAnAffectedPageEndsInARepairedQuestionMarkButAKeyStaysAKey() {
        String raw = "老旧小区停车难如何破解钥\n\n"
                + "近日袁记者走访了城东多个小区遥居民反映袁晚上回家常常找不到车位遥\n\n"
                + "街道表示袁将协调周边单位错时开放停车场遥\n\n"
                + "数字人民币硬钱包如何保管密钥\n\n"
                + "银行工作人员表示，硬钱包应妥善保管。\n";
        List<String> t = texts(raw);
        assertEquals("老旧小区停车难如何破解？", t.get(0));
        assertEquals("数字人民币硬钱包如何保管密钥", t.get(3));
        assertEquals(List.of("城中村改造进度几何钥"), texts("城中村改造进度几何钥\n"), "a page without the shifted font");
    }

    @Test
    void aQuestionHeadlinesLastLineInTheShiftedFontEndsInAQuestionMarkWhenTheLineAboveAsks() {
        assertEquals("延长服务时间？", MojibakeRepair.repairQuestionTail("延长服务时间钥", "日间照料中心能否"));
        assertNull(MojibakeRepair.repairQuestionTail("延长服务时间钥", "日间照料中心将"), "the line above asks nothing");
        assertNull(MojibakeRepair.repairQuestionTail("数字钱包的密钥", "如何保管"), "a word ending in 钥");
        assertEquals("本报回复：", MojibakeRepair.repair("本报回复院", true));
        assertEquals("本报回复院", MojibakeRepair.repair("本报回复院", false), "not on a page without the shifted font");
    }

    @Test
    void leavesBracketGlyphsAloneOnAPageWithoutShiftedPunctuation() {
        String raw = "叶伟在渊源路旁的小店里吃饭。\n\n深渊之上的栈道由冤案平反的工程师设计，摇曳的灯笼挂满了山路。\n";
        assertEquals(List.of("叶伟在渊源路旁的小店里吃饭。", "深渊之上的栈道由冤案平反的工程师设计，摇曳的灯笼挂满了山路。"),
                texts(raw));
    }

    @Test
    void onAPageWithAShiftedStoryACleanBlocksLoneNameCharactersStayButItsShiftedStopAndBracketsAreRepaired() {
        String shifted = "近日袁城东街道启动老旧小区改造袁涉及居民两千余户遥改造内容包括管网更新尧外立面整治等遥";
        String shifted2 = "街道负责人表示袁工程预计年底前完工袁施工期间将尽量减少对居民生活的影响遥";
        String clean = "参与项目建设的专家杨世尧在接受记者采访时说，会员袁先生也来到现场，双方就方案交换了意见。";
        String mixed = "完善管网巡查机制遥一是建立日常巡查制度，二是设立城东渊南湖冤片区维修点，做到随报随修。";
        List<String> texts = texts(String.join("\n\n", shifted, shifted2, clean, mixed) + "\n");
        assertEquals(clean, texts.get(2), texts.toString());
        assertEquals("完善管网巡查机制。一是建立日常巡查制度，二是设立城东（南湖）片区维修点，做到随报随修。", texts.get(3), texts.toString());
    }

    @Test
    void neverTouchesRealWordsThatShareGlyphsWithMojibake() {
        String clean = "袁隆平院士生前曾到医院看望病人，遥感卫星拍下的照片由杨世尧整理。";
        assertEquals(List.of(clean), texts(clean));
        NormalizedText page = normalizer.normalize(clean);
        assertFalse(page.blocks().get(0).has(BlockFlag.MOJIBAKE_REPAIRED));
    }

    @Test
    void repairsOnlyTheAffectedRunOfABlockThatMixesAffectedAndCleanText() {
        String raw = "遥感技术在医院中的应用。研究人员表示袁该系统已在三家单位试用遥下一步将扩大范围袁惠及更多患者遥";
        assertEquals(List.of("遥感技术在医院中的应用。研究人员表示，该系统已在三家单位试用。下一步将扩大范围，惠及更多患者。"),
                texts(raw));
    }

    @Test
    void repairsMojibakeTeaserPageReference() {
        NormalizedText page = normalizer.normalize("电商新格局\n\n孕10耀12\n");
        Block ref = page.blocks().get(1);
        assertEquals("P10～12", ref.text());
        assertEquals("page_ref", ref.furniture());
    }

    @Test
    void dropsPrivateUseGlyphsAFontCouldNotMapToText() {
        assertEquals(List.of("三部门共同推进社区养老服务"), texts("三部门\uE810共同推进社区养老服务\n"));
    }

    @Test
    void collapsesDoubledBoldRendering() {
        List<String> t = texts("春耕时节春耕时节，，田间地头忙田间地头忙\n");
        assertEquals(List.of("春耕时节，田间地头忙"), t);
    }

    @Test
    void aOneCharacterBoldRunBeforeADoubledQuotationIsCollapsedTooButAHeadlinesOwnRepetitionIsNot() {
        assertEquals(List.of("让“放管服”改革落到实处"), texts("让让““放管服放管服””改革落到实处改革落到实处\n"));
        assertEquals(List.of("课后服务“加”出新花样"), texts("课后服务课后服务““加加””出新花样出新花样\n"));
        assertEquals(List.of("人人参与 天天向上"), texts("人人参与 天天向上\n"));
    }

    @Test
    void aHeadlineDoubledGlyphByGlyphWithoutSpacesIsReadOnce() {
        assertEquals(List.of("河湾公园“焕新”开放"), texts("河河湾湾公公园园““焕焕新新””开开放放\n"));
        assertEquals("秋收过半 粮仓9.2万吨", DoubledRendering.collapseCharPairs("秋秋收收过过半半 粮粮仓仓99..22万万吨吨"));
        assertEquals("天天向上", DoubledRendering.collapseCharPairs("天天向上"), "not every character doubled");
        assertEquals("哈哈哈哈", DoubledRendering.collapseCharPairs("哈哈哈哈"), "too few pairs");
    }

    @Test
    void aOneCharacterBoldRunAfterADoubledQuotationIsCollapsedToo() {
        assertEquals(List.of("“城市客厅”里"), texts("““城市客厅城市客厅””里里\n"));
        assertEquals(List.of("“城市客厅”人人爱"), texts("“城市客厅”人人爱\n"), "a single quotation mark before 人人");
    }

    @Test
    void aDoubledHeadlinePrintedTightAboveItsParagraphIsCollapsedBeforeItIsMeasured() {
        // twice as wide as printed, the headline line would read as the paragraph's first line
        NormalizedText page = normalizer.normalize("春耕时节春耕时节，，田间地头忙田间地头忙\n"
                + "连日来，城郊各乡镇的农民抢抓农时，翻地、播种、施肥，田间地头一派忙碌景象，农机合作社的二十台播种机"
                + "每天作业上千亩。\n\n"
                + "农业农村局的技术人员也下到田间，指导农民科学施肥，防治病虫害，确保今年粮食稳产增产。\n");
        assertEquals(List.of("春耕时节，田间地头忙",
                        "连日来，城郊各乡镇的农民抢抓农时，翻地、播种、施肥，田间地头一派忙碌景象，农机合作社的二十台播种机每天作业上千亩。",
                        "农业农村局的技术人员也下到田间，指导农民科学施肥，防治病虫害，确保今年粮食稳产增产。"),
                blockTexts(page));
        assertTrue(page.blocks().get(0).has(BlockFlag.DOUBLED_COLLAPSED));
        assertEquals(List.of(10), page.blocks().get(0).lineLengths());
    }

    @Test
    void aLetterSpacedHeadlineTightAboveItsParagraphIsReadWithoutItsSpacesKeepingTheDeckGap() {
        NormalizedText page = normalizer.normalize("春 季 花 展 开 幕   市 民 踏 青 赏 花 忙\n"
                + "连日来，植物园的春季花展吸引了大批市民，郁金香、樱花和海棠竞相开放，园方延长了开放时间，"
                + "并在周末增开了夜场。\n\n"
                + "园方提醒游客错峰出行，乘坐公共交通前往，园内不设停车场，周边道路早晚高峰车流较大，节假日还将实行单向通行。\n");
        assertEquals(List.of("春季花展开幕 市民踏青赏花忙",
                        "连日来，植物园的春季花展吸引了大批市民，郁金香、樱花和海棠竞相开放，园方延长了开放时间，并在周末增开了夜场。",
                        "园方提醒游客错峰出行，乘坐公共交通前往，园内不设停车场，周边道路早晚高峰车流较大，节假日还将实行单向通行。"),
                blockTexts(page));
        assertTrue(page.blocks().get(0).has(BlockFlag.TWO_DECK));
    }

    @Test
    void onAPageOfOneParagraphPerLineWithoutBlankLinesEachFinishedLineIsAParagraph() {
        String first = "连日来，植物园的春季花展吸引了大批市民，郁金香、樱花和海棠竞相开放，园方延长了开放时间，并在周末增开了夜场。";
        String second = "园方提醒游客错峰出行，乘坐公共交通前往，园内不设停车场，周边道路早晚高峰车流较大，节假日还将实行单向通行。";
        String third = "据统计，花展开幕以来已接待游客二十余万人次，";
        String thirdRest = "其中外地游客约占三成，带动了周边餐饮和住宿消费。";
        assertEquals(List.of(first, second, third + thirdRest),
                texts(first + "\n" + second + "\n" + third + "\n" + thirdRest + "\n"));
    }

    @Test
    void onAPageOfShortParagraphsOnePerLineWithoutBlankLinesEachHeadlineIsABlockOfItsOwn() {
        // paragraphs narrower than a page line (under 50), so only their sentence ends tell the page's shape; the
        // headlines are too wide for a sub-heading in a column
        String first = "据介绍，江城今年将新建公共充电桩两千个，覆盖全部街道和主要景区。";
        String second = "城东新区图书馆新馆日前开放，藏书五十万册，另设儿童阅览区和自习室。";
        String third = "江城地铁三号线昨日开通运营，全长二十八公里，设站二十个，早晚高峰四分钟一班。";
        List<String> blocks = List.of("江城今年新建公共充电桩两千个覆盖全部街道", first, "城东新区图书馆新馆开放藏书达五十万册", second,
                "江城地铁三号线昨日开通运营首日客流超十万", third);
        assertEquals(blocks, texts(String.join("\n", blocks) + "\n"));
    }

    @Test
    void onAPageOfOneParagraphPerLineALineBrokenInsideAQuoteGoesOnBelow() {
        String before = "连日来，植物园的春季花展吸引了大批市民，郁金香、樱花和海棠竞相开放，园方延长了开放时间，并在周末增开了夜场。";
        String head = "园长谈起今年新开的夜场时笑着说：“我们最初";
        String rest = "只想试一试，没想到这么受欢迎。”周末的夜场门票往往提前三天就已售罄，园方正考虑再增加两个场次。";
        String after = "园方提醒游客错峰出行，乘坐公共交通前往，园内不设停车场，周边道路早晚高峰车流较大，节假日还将实行单向通行。";
        assertEquals(List.of(before, head + rest, after), texts(String.join("\n", before, head, rest, after) + "\n"));
    }

    @Test
    void aLinePrintedTwiceInARowIsReadOnce() {
        // one paragraph per line: the copy would be a paragraph of its own (too long to be taken as doubled glyphs)
        String first = "连日来，植物园的春季花展吸引了大批市民，郁金香、樱花和海棠竞相开放，园方延长了开放时间，并在周末增开了夜场，"
                + "不少市民带着孩子前来赏花拍照，园内的花卉科普展和摄影比赛也吸引了众多游客参与，周边的餐饮和文创店铺生意红火。";
        String second = "园方提醒游客错峰出行，乘坐公共交通前往，园内不设停车场，周边道路早晚高峰车流较大，节假日还将实行单向通行。";
        assertEquals(List.of("春季花展开幕", first, second),
                texts(String.join("\n", "春季花展开幕", first, first, second) + "\n"));
        // a headline printed twice is one headline
        assertEquals(List.of("春季花展开幕", first, second),
                texts(String.join("\n", "春季花展开幕", "春季花展开幕", first, second) + "\n"));
    }

    @Test
    void letterSpacingIsClosedOnlyWhereNearlyEveryGapIsASpace() {
        assertEquals("春季花展开幕 市民踏青赏花忙", Normalizer.closedLetterSpacing("春 季 花 展 开 幕   市 民 踏 青 赏 花 忙"));
        assertEquals("SpaceX发布新火箭", Normalizer.closedLetterSpacing("S p a c e X 发 布 新 火 箭"));
        assertNull(Normalizer.closedLetterSpacing("平台在 2024 年上线了 Smart Home App 应用。"));
        assertNull(Normalizer.closedLetterSpacing("春 季"));
    }

    @Test
    void doesNotCollapseGenuineRepetitionInProse() {
        String prose = "孩子们天天练习，一步一步提高，老师说说笑笑地鼓励大家继续努力。";
        assertEquals(List.of(prose), texts(prose));
    }

    @Test
    void stripsDecorationGlyphsAndMarksBylines() {
        NormalizedText page = normalizer.normalize("▶ 本报记者 王小明\n\n今天的会议讨论了三个议题，与会者发言踊跃。\n");
        Block byline = page.blocks().get(0);
        assertEquals("本报记者 王小明", byline.text());
        assertTrue(byline.has(BlockFlag.BYLINE));
        assertTrue(byline.has(BlockFlag.DECORATION));
    }

    @Test
    void aBareNameAfterADecorationGlyphIsAByline() {
        NormalizedText page = normalizer.normalize("■王小明\n\n今天的会议讨论了三个议题，与会者发言踊跃。\n");
        assertEquals("王小明", page.blocks().get(0).text());
        assertTrue(page.blocks().get(0).has(BlockFlag.BYLINE));
    }

    @Test
    void namesAndAnInstitutionAfterADecorationGlyphAreAByline() {
        for (String signature : List.of("王小明 李华", "王强 李华", "王小明李华", "华信研究院王小明李华", "华信研究院 王小明 李华")) {
            NormalizedText page = normalizer.normalize("■" + signature + "\n\n今天的会议讨论了三个议题，与会者发言踊跃。\n");
            assertEquals(signature, page.blocks().get(0).text());
            assertTrue(page.blocks().get(0).has(BlockFlag.BYLINE), signature);
        }
    }

    @Test
    void aDecoratedSubheadingIsNoByline() {
        for (String heading : List.of("市场需求旺盛", "成果丰硕显著", "华信研究院发布报告", "高温天气持续")) {
            assertFalse(Bylines.isDecoratedSignature(heading), heading);
        }
        assertTrue(Bylines.isDecoratedSignature("张三"));
    }

    @Test
    void aJumpMarkerInsideAParagraphsLineIsFurnitureOfItsOwn() {
        NormalizedText page = normalizer.normalize("新区累计培育专精特新企业四十八家，集聚人工智能企业三百余家。（下转第2版）\n\n"
                + "（上接第1版）新区还将加快建设算力中心，为企业提供普惠算力服务。\n");
        List<Block> blocks = page.blocks();
        assertEquals(4, blocks.size(), blocks.toString());
        assertEquals("新区累计培育专精特新企业四十八家，集聚人工智能企业三百余家。", blocks.get(0).text());
        assertEquals("jump", blocks.get(1).furniture());
        assertEquals("（下转第2版）", blocks.get(1).text());
        assertEquals("jump", blocks.get(2).furniture());
        assertEquals("新区还将加快建设算力中心，为企业提供普惠算力服务。", blocks.get(3).text());
        assertNull(blocks.get(3).furniture());
    }

    @Test
    void aBracketedJumpWordInsideASentenceStaysText() {
        String text = "会议指出，要推动产业链（上接研发、下转应用）协同发展。";
        assertEquals(text, normalizer.normalize(text + "\n").blocks().get(0).text());
    }

    @Test
    void aPageOfShortParagraphsWithKickerSubtitleBylineAndDatelineBetweenBlankLinesIsNotAWrappedColumn() {
        // the lines that stop mid-sentence here are the headline's, the byline's and the closing dateline's
        String[] paragraphs = {
            "走进开发区一家电机企业的车间，机械臂有序运转，导引车来回穿梭。",
            "“以前一条产线要二十多个工人，现在只要五个人。”企业负责人说。",
            "据了解，江城市今年已安排专项资金两亿元，支持企业开展数字化改造。",
            "截至目前，全市已有三百余家企业完成改造，生产效率提升约两成。"};
        NormalizedText page = normalizer.normalize(String.join("\n\n", "数字经济 新动能", "智能制造加速走进中小企业",
                "——江城市推进“智改数转”见闻", "本报记者 陈思远 通讯员 周敏", paragraphs[0], paragraphs[1], paragraphs[2],
                paragraphs[3], "（本报江城11月20日电）") + "\n");
        assertEquals(Layout.PARAGRAPHS, page.layout());
        List<String> texts = blockTexts(page);
        for (String p : paragraphs) {
            assertTrue(texts.contains(p), p + " is not a paragraph of its own: " + texts);
        }
    }

    @Test
    void shortParagraphsOnePerLineWithBlankLinesBetweenAreNotAWrappedColumn() {
        String[] paragraphs = {
            "江城地铁四号线昨日开通试运营，线路全长三十二公里。",
            "四号线共设车站二十四座，串联起高铁东站和大学城。",
            "全线采用全自动运行系统，最高时速一百公里。",
            "早晚高峰行车间隔缩短至三分钟，平峰时段为六分钟。",
            "沿线十个车站配建了非机动车停车场，方便市民换乘。",
            "开通首日客流超过十五万人次，运行平稳有序。",
            "市轨道交通集团表示，将根据客流变化优化运行图。",
            "五号线和六号线正在建设中，预计明年底开通。"};
        NormalizedText page = normalizer.normalize("江城地铁四号线开通试运营\n\n本报记者 王强\n\n"
                + String.join("\n\n", paragraphs) + "\n");
        assertEquals(Layout.PARAGRAPHS, page.layout());
        List<String> texts = page.blocks().stream().map(Block::text).toList();
        for (String p : paragraphs) {
            assertTrue(texts.contains(p), p + " is not a paragraph of its own: " + texts);
        }
    }

    @Test
    void aMarkdownImageLineIsFurnitureAndALinkKeepsOnlyItsText() {
        NormalizedText page = normalizer.normalize("# 江城地铁四号线开通\n\n更多信息见[地铁官网](https://metro.example.com/line4)和[线路图](https://metro.example.com/map)。\n\n"
                + "![乘客在列车上体验全自动运行](https://img.example.com/line4.jpg \"四号线\")\n\n四号线全线采用全自动运行系统。\n");
        List<Block> blocks = page.blocks();
        assertEquals("更多信息见地铁官网和线路图。", blocks.get(1).text());
        assertEquals("image", blocks.get(2).furniture());
        assertEquals("![乘客在列车上体验全自动运行](https://img.example.com/line4.jpg \"四号线\")", blocks.get(2).text());
        assertEquals("四号线全线采用全自动运行系统。", blocks.get(3).text());
    }

    @Test
    void aParagraphStoppedAtACommaGoesOnBelowABlankLine() {
        NormalizedText page = normalizer.normalize("今年以来，滨江新区坚持把发展数字经济作为一号工程，核心产业增加值首次突破千亿元，新区累计培育专精特新企业四十八家，\n\n"
                + "集聚人工智能企业三百余家，形成了从芯片设计到行业应用的完整产业链条。\n\n"
                + "新区还将加快建设算力中心，力争到明年底智能算力规模翻一番，为中小企业提供普惠算力服务。\n");
        List<String> texts = page.blocks().stream().map(Block::text).toList();
        assertEquals(List.of("今年以来，滨江新区坚持把发展数字经济作为一号工程，核心产业增加值首次突破千亿元，新区累计培育专精特新企业四十八家，"
                + "集聚人工智能企业三百余家，形成了从芯片设计到行业应用的完整产业链条。",
                "新区还将加快建设算力中心，力争到明年底智能算力规模翻一番，为中小企业提供普惠算力服务。"), texts);
    }

    @Test
    void aLongKickerWithoutFinalPunctuationDoesNotRunIntoTheShortHeadlineBelowIt() {
        NormalizedText page = normalizer.normalize("江城多区出台数字经济扶持政策,东西南北四区相继发布支持企业上云的实施细则\n\n"
                + "数字江城建设提速的背后\n\n本报记者 王小明\n\n"
                + "如何把握数字经济发展机遇,推动传统产业转型升级,江城多个城区展开了一场看不见硝烟的比拼。\n");
        List<String> texts = page.blocks().stream().map(Block::text).toList();
        assertEquals("江城多区出台数字经济扶持政策,东西南北四区相继发布支持企业上云的实施细则", texts.get(0));
        assertEquals("数字江城建设提速的背后", texts.get(1));
    }

    @Test
    void aTableWithoutAHeaderRowKeepsItsCellsApartAsTableFurniture() {
        NormalizedText page = normalizer.normalize(String.join("\n\n", "江城一季度主要经济指标",
                "地区生产总值 1250亿元 6.2%", "规模以上工业增加值 — 7.1%", "社会消费品零售总额 480亿元 5.4%",
                "江城市统计局日前发布数据，一季度全市地区生产总值同比增长百分之六点二，增速比去年同期有所提高。") + "\n");
        List<Block> blocks = page.blocks();
        assertEquals(List.of("地区生产总值|1250亿元|6.2%", "规模以上工业增加值|—|7.1%", "社会消费品零售总额|480亿元|5.4%"),
                blocks.subList(1, 4).stream().map(Block::text).toList());
        assertTrue(blocks.subList(1, 4).stream().allMatch(b -> "table".equals(b.furniture())), blocks.toString());
        assertNull(blocks.get(4).furniture());
    }

    @Test
    void aTableUnderAHeaderRowOfWordsIsTextRowByRowWithItsCellsSpaced() {
        NormalizedText page = normalizer.normalize(String.join("\n", "江城一季度主要经济指标", "指标名称 绝对值 同比增长(%)",
                "地区生产总值 1250亿元 6.2", "规模以上工业增加值 — 7.1", "社会消费品零售总额 480亿元 5.4", "",
                "江城市统计局日前发布数据，一季度全市地区生产总值同比增长百分之六点二，增速比去年同期有所提高。") + "\n");
        List<Block> blocks = page.blocks();
        assertEquals(List.of("江城一季度主要经济指标", "指标名称 绝对值 同比增长(%)", "地区生产总值 1250亿元 6.2", "规模以上工业增加值 — 7.1",
                "社会消费品零售总额 480亿元 5.4"), blocks.subList(0, 5).stream().map(Block::text).toList());
        assertTrue(blocks.subList(1, 5).stream().allMatch(b -> b.has(BlockFlag.TABLE_ROW) && b.furniture() == null),
                blocks.toString());
        assertNull(blocks.get(0).furniture(), "the caption names the listing");
        assertFalse(blocks.get(5).has(BlockFlag.TABLE_ROW));
    }

    @Test
    void aTableOfWordsUnderAHeaderRowWithWideGapsIsAListingsText() {
        List<Block> blocks = normalizer.normalize(String.join("\n", "本周专家义诊安排", "日期　　　医院　　　　科室　　　地点",
                "9月14日　江城人民医院　　眼科　　　　滨江广场", "9月15日　江城中医院　　　针灸推拿科　青禾社区",
                "9月18日　江城妇幼保健院　儿童保健科　东岭街道", "", "　　江城卫健委提醒，义诊当天请携带既往病历。") + "\n").blocks();
        assertEquals(List.of("日期 医院 科室 地点", "9月14日 江城人民医院 眼科 滨江广场", "9月15日 江城中医院 针灸推拿科 青禾社区",
                "9月18日 江城妇幼保健院 儿童保健科 东岭街道"), blocks.subList(1, 5).stream().map(Block::text).toList());
        assertTrue(blocks.subList(1, 5).stream().allMatch(b -> b.has(BlockFlag.TABLE_ROW)), blocks.toString());
        // single spaces between words are a sentence's or a spaced headline's, never a table's gaps
        assertTrue(normalizer.normalize("时间 地点 人物 事件\n今天 城东 居民 聚会\n明天 城西 学生 出游\n").blocks().stream()
                .noneMatch(b -> b.has(BlockFlag.TABLE_ROW)));
    }

    @Test
    void aHeaderCellNamingAPeriodIsStillAHeadersWord() {
        List<Block> blocks = normalizer.normalize(String.join("\n", "2024年前三季度江城居民消费价格分类指数",
                "类别　　　　9月同比指数　　前三季度同比指数", "食品烟酒　　101.9　　　　100.4", "衣着　　　　100.8　　　　101.1",
                "居住　　　　100.3　　　　100.2") + "\n").blocks();
        assertEquals("类别 9月同比指数 前三季度同比指数", blocks.get(1).text(), blocks.toString());
        assertTrue(blocks.subList(1, 5).stream().allMatch(b -> b.has(BlockFlag.TABLE_ROW)), blocks.toString());
    }

    @Test
    void aHeaderWithASpacedOutTwoCharacterHeadingAndTheSourceUnderTheRowsBelongToTheTable() {
        List<Block> blocks = normalizer.normalize(String.join("\n", "今年1—8月五个试点县快递业务量", "县　名　业务量（万件）　同比增长（%）",
                "青岚县　11860　21.7", "柘溪县　9472　25.3", "白沙县　6618　27.4", "数据来源：各县邮政管理部门　制表：王敏", "",
                "　　记者从省邮政管理局获悉，五个试点县快递业务量合计超过四亿件。") + "\n").blocks();
        assertEquals(List.of("县名 业务量（万件） 同比增长（%）", "青岚县 11860 21.7", "柘溪县 9472 25.3", "白沙县 6618 27.4"),
                blocks.subList(1, 5).stream().map(Block::text).toList(), blocks.toString());
        assertTrue(blocks.get(5).text().startsWith("数据来源：各县邮政管理部门") && blocks.get(5).furniture() == null
                && blocks.get(5).has(BlockFlag.TABLE_ROW), blocks.toString());
        assertEquals("chart_credit", Furniture.classify("数据来源：各县邮政管理部门　制表：王敏"), "under a chart, a graphic's credit");
    }

    @Test
    void aPapersNameAloneAtThePageTopIsMastheadForGuidesAndWeekliesToo() {
        assertEquals("masthead", normalizer.normalize("江城科技导报\n2024年5月28日　星期二　第7版\n\n　　5月26日，火箭点火升空。\n")
                .blocks().get(0).furniture());
        assertEquals("masthead", normalizer.normalize("江城教育周报\n\n　　新学期开始了。\n").blocks().get(0).furniture());
    }

    @Test
    void aMarketBoxOfIndicesIsFurnitureEvenUnderAHeaderRow() {
        NormalizedText page = normalizer.normalize(String.join("\n", "　　江城海关表示，将继续支持企业稳订单、拓市场。", "",
                "收盘行情", "名称　　收盘　　涨跌", "上证指数　　3100.25　　+0.31%", "深证成指　　9850.12　　-0.12%",
                "江城板块指数　　1050.77　　+0.96%") + "\n");
        List<Block> rows = page.blocks().subList(2, 6);
        assertTrue(rows.stream().allMatch(b -> "table".equals(b.furniture()) && !b.has(BlockFlag.TABLE_ROW)),
                page.blocks().toString());
    }

    @Test
    void letterSpacedFiguresAndSpacedNamesAreNoTable() {
        NormalizedText page = normalizer.normalize(String.join("\n", "本报记者 王小明 李华", "2 0 2 5 年 1 月 至 3 月",
                "全市新增充电桩 1 2 0 0 个", "城东图书馆新馆开放") + "\n");
        assertTrue(page.blocks().stream().noneMatch(b -> "table".equals(b.furniture())), page.blocks().toString());
    }

    @Test
    void joinsOneCharacterPerLineVerticalText() {
        NormalizedText page = normalizer.normalize("▼\n\n专\n\n栏\n\n 本周城市里举办了多场音乐会，吸引了大量市民前往观看。\n");
        assertEquals("专栏", page.blocks().get(0).text());
        assertTrue(page.blocks().get(0).has(BlockFlag.VERTICAL_TEXT));
    }

    @Test
    void recognizesPageFurniture() {
        NormalizedText page = normalizer.normalize(String.join("\n\n",
                "更多内容扫码阅读", "扫码查看 城市观察 专题", "P16", "Ｐ10～12", "版位 广告主 广告内容", "3版 某某集团 形象广告",
                "公园里游人如织，大家在湖边拍照留念，气氛十分热闹。"));
        List<Block> blocks = page.blocks();
        assertEquals("qr_prompt", blocks.get(0).furniture());
        assertEquals("qr_prompt", blocks.get(1).furniture());
        assertEquals("page_ref", blocks.get(2).furniture());
        assertEquals("page_ref", blocks.get(3).furniture());
        assertEquals("P10～12", blocks.get(3).text());
        assertEquals("ad_index", blocks.get(4).furniture());
        assertEquals("ad_index", blocks.get(5).furniture());
        assertNull(blocks.get(6).furniture());
    }

    @Test
    void chartCreditsAreFurnitureButASentenceAboutADataSourceIsNot() {
        assertEquals(Arrays.asList(null, "chart_credit", "chart_credit", null, null), furnitureKinds(
                "今年以来，全市新增公共充电桩两万个，新能源汽车出行更加便捷。", "数据来源：江城市统计局", "制图：王小明",
                "资料来源：市发展改革委。", "数据来源：统计部门表示，今年全市新增充电桩数量创历史新高，居民满意度明显提升。"),
                "a finished sentence naming a source is running text");
        NormalizedText page = normalizer.normalize(String.join("\n", "电解铜　　74260元/吨　↑320",
                "数据来源：江城产权交易中心", "江城市价格监测中心", "　　一年下来仅资金占用就节省了七百多万元。") + "\n");
        assertEquals("chart_credit", page.blocks().get(page.blocks().size() - 2).furniture(), blockTexts(page).toString());
    }

    @Test
    void contactLinesOfAdsAndOfThePaperAreFurnitureButASentenceGivingAnAddressIsNot() {
        assertEquals(Arrays.asList(null, "contact", "contact", "contact", null), furnitureKinds(
                "今年以来，全市新增公共充电桩两万个，新能源汽车出行更加便捷。", "电话：0571-12345678", "本报地址：江城市人民路1号 邮编：310000",
                "投稿邮箱：news@jcdaily.cn", "地址：江城市人民路88号的新馆已于昨日开放，市民可凭身份证免费入馆。"));
    }

    @Test
    void contactAndChartLinesInTheShiftedFounderFontAreFurnitureToo() {
        assertEquals(Arrays.asList(null, "contact", "contact", "chart_credit", null), furnitureKinds(
                "6月1日袁江城市夏季人才招聘会在会展中心举行袁三百余家企业提供岗位八千余个遥", "咨询电话院0571-88886666",
                "地址院江城市滨江大道100号", "数据来源院江城市统计局", "市第一人民医院今年新增床位三百张遥"));
    }

    @Test
    void aPageHeadersDateWebAddressAndLatinNameAreFurnitureAndLeaveTheHeadlineBelowThemAlone() {
        List<String> lines = new java.util.ArrayList<>(List.of("JIANGCHENG DAILY", "2025年6月1日 星期日", "www.jcdaily.cn",
                "城东图书馆新馆开放"));
        lines.addAll(LIBRARY_LINES);
        NormalizedText page = normalizer.normalize(String.join("\n\n", lines) + "\n");
        assertEquals(List.of("masthead", "masthead", "contact"), page.blocks().subList(0, 3).stream().map(Block::furniture).toList());
        assertEquals("城东图书馆新馆开放", page.blocks().get(3).text());
        assertEquals(Arrays.asList(null, null), furnitureKinds("SpaceX发布新火箭", "2025年6月1日，城东新区图书馆新馆对外开放。"),
                "a headline with a Latin name is no masthead; a dated sentence is content");
    }

    @Test
    void recognizesEditorsLinesWithOrWithoutAColonAndTheWordAdvertisementAlone() {
        NormalizedText page = normalizer.normalize(String.join("\n\n",
                "公园里游人如织，大家在湖边拍照留念，气氛十分热闹。", "责任编辑 刘洋  美术编辑 陈静", "本版责编：王小明",
                "广 告", "校对工作由专人负责，每篇稿件都要经过三审三校。"));
        List<Block> blocks = page.blocks();
        assertEquals("editor_credit", blocks.get(1).furniture());
        assertEquals("editor_credit", blocks.get(2).furniture());
        assertEquals("ad_index", blocks.get(3).furniture());
        assertNull(blocks.get(4).furniture()); // a role word opening a sentence, no space after it
    }

    @Test
    void recognizesMastheadsFoliosAndPointersToAnotherPage() {
        NormalizedText page = normalizer.normalize(String.join("\n\n",
                "江南日报", "要闻 2", "全省第一批细分市场强企业名单昨日公布，共有二十家企业入选。", "详见P5", "（详见第5版）",
                "南湖日报 2025年6月9日 星期一 第3版"));
        List<Block> blocks = page.blocks();
        assertEquals("masthead", blocks.get(0).furniture());
        assertEquals("masthead", blocks.get(1).furniture());
        assertNull(blocks.get(2).furniture());
        assertEquals("jump", blocks.get(3).furniture());
        assertEquals("jump", blocks.get(4).furniture());
        assertEquals("masthead", blocks.get(5).furniture());
        // a paper's name or a folio only at the top of a page: below, a short wrapped line looks the same
        assertNull(Furniture.classify("细分市场20"));
        assertNull(Furniture.classify("江南日报"));
        assertNull(Furniture.classify("2025年6月9日，本报第3版刊发了评论"));
    }

    @Test
    void inANarrowColumnWithoutBlankLinesAShortUnpunctuatedLineAfterAFullStopIsAHeadline() {
        // the paragraph above ends on a full line, so its width does not end it; the headline runs to 9 of 14
        String raw = String.join("\n",
                "江城新建充电桩两千个",
                "据介绍，江城今年将新建公共充",
                "电桩两千个，覆盖全部街道和主",
                "要景区，市民可在手机上查询。",
                "城东图书馆新馆开放",
                "城东新区图书馆新馆日前开放，",
                "藏书五十万册，另设儿童阅览区",
                "和自习室，每天开放十二小时。") + "\n";
        assertEquals(List.of("江城新建充电桩两千个", "据介绍，江城今年将新建公共充电桩两千个，覆盖全部街道和主要景区，市民可在手机上查询。",
                "城东图书馆新馆开放", "城东新区图书馆新馆日前开放，藏书五十万册，另设儿童阅览区和自习室，每天开放十二小时。"), texts(raw));
    }

    @Test
    void aHeadlinesLinesPrintedInDoubledBoldStayTogetherAndApartFromTheKickerAndBody() {
        assertDoubleSpacedBlocks(String.join("\n\n", "第三届江城读书节开幕", "书香满城书香满城", "““共读共读””一本书一本书",
                "本报记者 王强", "6月1日，第三届江城读书节在市图书", "馆开幕，全市一百多家书店和图书馆", "推出了读书分享、名家讲座和图书",
                "漂流等三百多场阅读活动，持续到本", "月底。") + "\n",
                "第三届江城读书节开幕", "书香满城“共读”一本书", "本报记者 王强",
                "6月1日，第三届江城读书节在市图书馆开幕，全市一百多家书店和图书馆推出了读书分享、名家讲座和图书漂流等三百多场阅读活动，持续到本月底。");
    }

    @Test
    void aPhotoCreditWrappedBeforeItsLastCharacterStillEndsTheCaption() {
        NormalizedText page = normalizer.normalize(String.join("\n\n", "图为5月31日，选手在龙舟邀请赛中",
                "奋力划桨。本报记者 马骏", "摄", "让文化消费热得更持久") + "\n");
        List<String> texts = blockTexts(page);
        assertTrue(texts.contains("本报记者 马骏摄") || texts.contains("本报记者 马骏 摄"), texts.toString());
        assertEquals("让文化消费热得更持久", texts.get(texts.size() - 1), texts.toString());
    }

    @Test
    void aTeaserWithWhereToReadItIsFurniture() {
        assertEquals("page_ref", Furniture.classify("龙舟赛完整赛果详见第5版"));
        assertEquals("page_ref", Furniture.classify("▶夜经济的新名片 详见P12"));
        assertNull(Furniture.classify("具体办法详见第5版。"), "a sentence that points to a page is text");
        assertNull(Furniture.classify("据了解，具体办法详见第5版"), "running text with a comma is no teaser");
    }

    @Test
    void aDashedSubtitleWithACommaUnderAHeadlineIsABlockOfItsOwn() {
        assertEquals(List.of("江城读书节开幕", "——首日举办活动三十场，吸引读者两万人次", "本报记者 王强"),
                texts("江城读书节开幕\n——首日举办活动三十场，吸引读者两万人次\n本报记者 王强\n"));
    }

    @Test
    void aCaptionWrappedInANarrowerColumnThanTheTextAboveIsNotCutIntoHeadlines() {
        String raw = String.join("\n",
                "南湖区生态环境分局负责人表示，下一步将继续推进",
                "湿地保护修复工作，推动保护与利用协调发展。",
                "",
                "6月5日，在云岭县一所山区",
                "小学，学生们在老师指导下",
                "观察植物标本。当日是世界",
                "环境日。",
                "新华社发") + "\n";
        List<String> texts = texts(raw);
        assertEquals("6月5日，在云岭县一所山区小学，学生们在老师指导下观察植物标本。当日是世界环境日。", texts.get(1), texts.toString());
    }

    @Test
    void onAPageInTheShiftedFontALineEndingIn遥EndsItsSentenceBeforeTheHeadlineBelow() {
        // no blank lines, a column of 14: the headline (9) comes right after a paragraph ending in 遥 (。)
        String raw = String.join("\n",
                "近日袁江城农村商业银行面向农",
                "户推出光伏专项贷款袁单户最高",
                "可贷五十万元袁期限最长十年袁",
                "金融服务覆盖更多乡村遥",
                "数字人民币新增场景",
                "6月3日，江城市公布新一批数字",
                "人民币试点应用场景，涵盖公交",
                "出行、菜市场等领域共112个。") + "\n";
        List<String> texts = texts(raw);
        assertEquals("数字人民币新增场景", texts.get(1), texts.toString());
        assertTrue(texts.get(0).endsWith("乡村。"), texts.toString());
    }

    @Test
    void onAShiftedFontPageAQuotationsClosingStopEndsItsParagraphAboveABoxLabel() {
        // double-spaced, a column of 16; the paragraph's last line ends in 遥冶 (。”), the box label below has no
        // punctuation and would otherwise read as the paragraph's next words
        String raw = String.join("\n\n", "果园里来了野飞手冶", "要要南坡村智慧果园建设见闻",
                "　　清晨六点袁南坡村的果园里已经响",
                "起了嗡嗡声遥合作社理事长老周袁正看",
                "着无人机在树梢上方来回飞行袁喷洒",
                "药液遥他笑着说院野有了它袁打药再也",
                "不用背着药桶满山跑遥冶",
                "　　如今袁全村八成果园用上了无人",
                "机袁每亩打药成本降了三十元遥",
                "植保提醒", "秋季果园管理抓好三件事",
                "当前正值秋季果园管理关键期，果农要抓",
                "好施肥、修剪和病虫害防治三件事。") + "\n";
        List<String> texts = texts(raw);
        assertEquals("——南坡村智慧果园建设见闻", texts.get(1), texts.toString());
        assertTrue(texts.contains("植保提醒"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("每亩打药成本降了三十元。")), texts.toString());
    }

    @Test
    void aShiftedDashOpensASubtitleOnlyOnAnAffectedPage() {
        assertEquals(List.of("要要看清楚再说。"), texts("要要看清楚再说。\n"));
    }

    @Test
    void aSpeakerUnderAShiftedQuotationStaysInItsParagraph() {
        // no blank lines inside the paragraph: 杨帆说遥 is short and holds no real punctuation, yet no headline
        String raw = String.join("\n", "社区为志愿者们配备了工作包袁里面",
                "有手电筒尧记录本尧急救药品等物品遥",
                "野大家都是义务服务袁我们能做的就",
                "是尽量为他们提供更多更好的方便遥冶",
                "杨帆说遥",
                "",
                "社区下一步还将招募更多志愿者袁扩大",
                "服务范围遥") + "\n";
        List<String> texts = texts(raw);
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).endsWith("提供更多更好的方便。”杨帆说。"), texts.toString());
    }

    @Test
    void shiftedSingleQuotesInsideAQuotationAreRepairedAsAPairAndRealWordsKeepTheirGlyphs() {
        String raw = "老周站在合作社的院子里说院野乡亲们都叫我们耶田保姆爷袁老爷子们也放心遥冶记者看到袁院落里停满了农机遥\n";
        assertEquals(List.of("老周站在合作社的院子里说：“乡亲们都叫我们‘田保姆’，老爷子们也放心。”记者看到，院落里停满了农机。"),
                texts(raw));
    }

    @Test
    void aBracketedSignatureUnderAFinishedBoxClosesItAndTheHeadlineBelowStandsApart() {
        // blank lines between blocks only; the signer printed under the last line, the headline letter-spaced
        String raw = String.join("\n\n", "当前正值秋收关键期，各地要抓好\n抢收抢晒，防止霉变造成损失。",
                "（市农业农村局种植业科）",
                "小 木 耳 “ 长 ” 成 大 产 业",
                "本报记者 罗小宁",
                "　　走进青石岭村的木耳基地，一排排",
                "菌棒整齐地码放在遮阳网下。") + "\n";
        List<String> texts = texts(raw);
        assertEquals("当前正值秋收关键期，各地要抓好抢收抢晒，防止霉变造成损失。（市农业农村局种植业科）", texts.get(0),
                texts.toString());
        assertEquals("小木耳“长”成大产业", texts.get(1), texts.toString());
    }

    @Test
    void aBoxNameBetweenTwoGlyphsLosesBothAndIsNoSignatureAndASuppliersCreditIsFurniture() {
        NormalizedText page = normalizer.normalize(String.join("\n\n",
                "　　建园前最好到农技部门咨询，先小规模\n试种，积累经验后再逐步扩大。",
                "◆温馨提示◆", "春耕农资安全使用提示",
                "　　农户购买农药、化肥时要索要并保存\n好购货凭证。", "（平川县农业农村局供稿）",
                "柳溪镇高标准农田建设项目开工") + "\n");
        List<String> texts = blockTexts(page);
        assertEquals("温馨提示", texts.get(1), texts.toString());
        assertFalse(page.blocks().get(1).has(BlockFlag.BYLINE), texts.toString());
        assertEquals("农户购买农药、化肥时要索要并保存好购货凭证。", texts.get(3), texts.toString());
        assertEquals("source_credit", page.blocks().get(4).furniture(), texts.toString());
        assertEquals("柳溪镇高标准农田建设项目开工", texts.get(5), texts.toString());
    }

    @Test
    void aBracketedPointerToAnotherPageIsNoSignatureOfTheTextAbove() {
        List<String> texts = texts(String.join("\n\n", "全市今年新增公园绿地一百二十公顷，\n居民出门见绿更加方便。",
                "（相关报道见第3版）") + "\n");
        assertEquals("（相关报道见第3版）", texts.get(texts.size() - 1), texts.toString());
    }

    @Test
    void aShiftedFontParagraphKeepsItsLastLineAboveAWiderColumn() {
        // double-spaced, a column of 14 above a brief set 22 wide: the column estimate of the second-to-last line
        // takes in the wider brief, yet its last line (two characters, the shifted full stop) stays with it
        List<PageLine> lines = new java.util.ArrayList<>();
        for (String t : List.of("社区里的健身课袁看似都是小事袁", "却是许多老年人最真切的需要遥", "把服务送到家门口袁把选择权交",
                "给老人袁才能让晚年生活更有温", "度遥", "本报讯（记者韩蕾）日前，江城市新建成的六所中小",
                "学和十一所幼儿园如期投入使用，新增学位一万二千", "个，缓解了城区入学难的问题。")) {
            lines.add(new PageLine(t, 1, false, (int) Chars.width(t)));
        }
        lines.get(1).shiftedStop = true;
        lines.get(4).shiftedStop = true;
        List<List<PageLine>> paragraphs = Paragraphs.groupParagraphs(lines, Layout.DOUBLE_SPACED);
        assertTrue(paragraphs.stream().anyMatch(p -> p.contains(lines.get(3)) && p.contains(lines.get(4))),
                paragraphs.stream().map(Paragraphs::joinedText).toList().toString());
    }

    @Test
    void inAPageWithoutBlankLinesALineRightAboveABylineIsItsHeadlineHoweverWide() {
        String raw = String.join("\n",
                "市场人士表示，常态化分红机制",
                "逐步形成，有助于增强投资者获",
                "得感，引导中长期资金入市了。",
                "江城农商行推出新型光伏贷",
                "本报记者 吴楠",
                "近日，江城农村商业银行面向农",
                "户推出光伏专项贷款，单户最高",
                "可贷五十万元，期限最长十年。") + "\n";
        assertEquals("江城农商行推出新型光伏贷", texts(raw).get(1), texts(raw).toString());
    }

    @Test
    void aColumnLabelInBracketsIsABlockOfItsOwn() {
        NormalizedText page = normalizer.normalize(String.join("\n\n", "龙舟赛完整赛果详见第5版", "【江城观察】",
                "让文化消费热得更持久", "从非遗市集到古街夜游，从音乐节", "到城市马拉松，今年以来，江城文化",
                "消费持续升温。热度之下，更值得思", "考的是如何让这股热度持久。", "文化消费要热得持久，关键在内容，",
                "只有不断推出有品质的文化产品才行。") + "\n");
        assertEquals(Layout.DOUBLE_SPACED, page.layout());
        assertEquals(List.of("龙舟赛完整赛果详见第5版", "【江城观察】", "让文化消费热得更持久"), blockTexts(page).subList(0, 3));
    }

    @Test
    void aWebPagesNavigationAndControlsAreFurniture() {
        assertEquals("web_nav", Furniture.classify("首页 > 地方新闻 > 正文"));
        assertEquals("web_nav", Furniture.classify("当前位置：首页 › 要闻"));
        assertEquals("web_nav", Furniture.classify("点击查看更多"));
        assertEquals("web_nav", Furniture.classify("分享到：微信 微博"));
        assertEquals("web_nav", Furniture.classify("【字号 大 中 小】"));
        assertNull(Furniture.classify("首页发布的数据显示，客流大于去年。"));
    }

    @Test
    void aWebPagesMetaLineFooterNeighbourLinksAndBareBreadcrumbsAreFurniture() {
        assertEquals("web_nav", Furniture.classify("2025-03-08 14:20 来源：江城日报 浏览量：1204"));
        assertEquals("web_nav", Furniture.classify("2025年3月8日 14:20 来源：江城新闻网"));
        assertEquals("web_nav", Furniture.classify("Copyright © 2010-2025 江城新闻网 All Rights Reserved"));
        assertEquals("web_nav", Furniture.classify("江ICP备20251234号-2  江公网安备33010002000111号"));
        assertEquals("web_nav", Furniture.classify("上一篇：城西菜市场完成提升改造"));
        assertEquals("web_nav", Furniture.classify("江城新闻网 > 教育 > 正文"));
        assertEquals("web_nav", Furniture.classify("相关阅读"));
        assertNull(Furniture.classify("2025年3月8日，江城新闻网记者从市教育局获悉，全市新增学位三千个。"));
        assertNull(Furniture.classify("上一篇文章发表后，不少读者来信。"), "no colon: a sentence");
    }

    @Test
    void aFeedsLinkLinesAreFurnitureButALinkInsideASentenceIsText() {
        NormalizedText page = normalizer.normalize(String.join("\n",
                "城西公园今年新栽樱花两千株，花期预计持续到四月中旬。", "",
                "相关阅读",
                "- [城东湿地公园候鸟数量创新高](https://www.jcnews.cn/a/1.html)",
                "- [江城地铁5号线今年通车](https://www.jcnews.cn/a/2.html)", "",
                "详情可登录[公园官网](https://park.jc.cn)查询。"));
        assertEquals(Arrays.asList(null, "web_nav", "web_nav", "web_nav", null),
                page.blocks().stream().map(Block::furniture).toList(), blockTexts(page).toString());
    }

    @Test
    void aWebPagesBulletedRelatedReadingListAndItsCountersAreFurnitureButBulletsElsewhereAreText() {
        NormalizedText page = normalizer.normalize(String.join("\n",
                "市住建局表示，今年将再加装电梯三百部，审批时限压缩至二十个工作日。", "",
                "【纠错】　【责任编辑：汪小蕾】", "评论(86)　点赞(312)　收藏", "",
                "相关阅读：",
                "· 我市启动老旧小区改造工程 涉及小区一百五十个",
                "· 加装电梯后，一楼住户的补偿怎么算？律师来解答", "",
                "· 观鸟屋免费开放，每天上午九时至下午五时。"));
        assertEquals(Arrays.asList(null, "web_nav", "web_nav", "web_nav", "web_nav", "web_nav", null),
                page.blocks().stream().map(Block::furniture).toList(), blockTexts(page).toString());
    }

    @Test
    void aBoxDrawnWithLineCharactersLosesItsEdgesAndSides() {
        List<String> texts = texts(String.join("\n", "本周市场成交活跃，科技板块领涨。", "",
                "┌──────────┐", "│读者热线　每周一至周五开通", "│来电请讲明所在小区和诉求", "└──────────┘") + "\n");
        assertTrue(texts.stream().noneMatch(t -> t.contains("┌") || t.contains("│") || t.contains("└")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("读者热线")), texts.toString());
    }

    @Test
    void aMarketStripOfQuotesIsFurnitureButASentenceQuotingAnIndexIsNot() {
        assertEquals("table", Furniture.classify("■行情　上证指数 3038.23 ▲0.54%　深证成指 9512.67 ▲0.92%　创业板指 1863.02 ▼0.21%"));
        assertNull(Furniture.classify("截至收盘，上证指数报3038.23点▲0.54%，深证成指报9512.67点▲0.92%。"));
    }

    @Test
    void theDesksNoteOnWhereAPagesTextsComeFromIsFurnitureButASentenceAboutItIsNot() {
        assertEquals("editor_credit", Furniture.classify("本版稿件除署名外均由新华社、中新社提供"));
        assertEquals("editor_credit", Furniture.classify("本版图片除署名外均据新华社 编辑：申屠小宏 校对：易小川"));
        assertEquals("editor_credit", Furniture.classify("本版稿件除署名外均据新华社电"));
        assertNull(Furniture.classify("本版稿件除署名外均由本报记者采写，欢迎读者来信提出意见。"));
    }

    @Test
    void aLetterSpacedHeadlineClosesItsFiguresAndLatinLettersToo() {
        List<String> texts = texts(String.join("\n\n", "江 城 农 商 行 涉 农 贷 款 突 破 8 0 0 亿 元",
                "　　本报讯（记者 王敏）截至9月末，江城农商行涉农贷款余额达812亿元，较年初增长一成。",
                "当 A R 眼 镜 走 进 果 园", "　　在城南的柑橘园里，果农戴上眼镜就能和远方的专家视频连线。") + "\n");
        assertEquals("江城农商行涉农贷款突破800亿元", texts.get(0), texts.toString());
        assertEquals("当AR眼镜走进果园", texts.get(2), texts.toString());
    }

    @Test
    void aLettersSalutationAloneOnItsLineInTheShiftedFontGetsItsColonBack() {
        List<String> texts = texts(String.join("\n\n", "小区门口的野僵尸车冶谁来管钥", "　　编辑同志院",
                "　　我家住在城西的锦华苑小区遥小区南门外长期停着五六辆车袁有的轮胎瘪了袁有的落满灰尘遥",
                "　　我们向社区反映过几次袁希望有关部门早日清理遥", "读者 王建国") + "\n");
        assertTrue(texts.contains("编辑同志："), texts.toString());
        assertTrue(texts.contains("我家住在城西的锦华苑小区。小区南门外长期停着五六辆车，有的轮胎瘪了，有的落满灰尘。"), texts.toString());
    }

    @Test
    void aDashedSubtitleWrappedAtItsCommaIsOneBlockApartFromTheHeadlineAboveIt() {
        // double-spaced, as printed: a blank line after every line
        List<String> texts = texts(String.join("\n\n", "上半年江城楼市“成绩单”出炉", "新 房 成 交 量 同 比 增 长 1 2 . 6 %",
                "——二手房“以价换量”特征明显，", "改善型需求成为成交主力", "记者　林小川",
                "　　7月5日，江城市住房和城乡建设局发布", "上半年房地产市场运行情况。数据显示，", "1月至6月，全市新建商品住宅累计网签",
                "一万二千套，同比增长一成；二手住宅网", "签一万五千套，同比增长两成，二手房成",
                "交量连续四个月超过新房。", "　　“今年上半年，江城楼市总体呈现量升", "价稳的态势。”江城大学房地产研究中心",
                "主任分析说。") + "\n");
        assertTrue(texts.contains("——二手房“以价换量”特征明显，改善型需求成为成交主力"), texts.toString());
    }

    @Test
    void anInterviewQuestionAloneOnItsLineInTheShiftedFontGetsItsColonAndQuestionMarkBack() {
        List<String> texts = texts(String.join("\n\n", "公积金新政下月起施行袁这些变化要知道",
                "　　江城市住房公积金管理中心日前发布新政袁记者就市民关心的问题采访了有关负责人遥",
                "问院这次政策调整主要涉及哪些方面钥",
                "答：主要有三个方面的调整：一是提高贷款额度，二是降低首付比例，三是放宽提取条件。") + "\n");
        assertTrue(texts.contains("问：这次政策调整主要涉及哪些方面？"), texts.toString());
    }

    @Test
    void anAppsMetaLinesCountersReprintNoticeAndOpinionDisclaimerAreFurnitureButNotADatedBylineOrANewsSentence() {
        assertEquals("web_nav", Furniture.classify("江城新闻 2024-07-01 07:30 来源：江城日报"));
        assertEquals("web_nav", Furniture.classify("2024-07-01 16:05 | 江城新闻"));
        assertEquals("web_nav", Furniture.classify("阅读 1.2万　　点赞 906"));
        assertEquals("web_nav", Furniture.classify("评论 23 | 写评论..."));
        assertEquals("web_nav", Furniture.classify("声明：本文为江城日报原创稿件，未经授权不得转载。"));
        assertEquals("web_nav", Furniture.classify("本网站所刊登的各种新闻、信息和专栏资料，未经协议授权，禁止下载使用"));
        assertEquals("desk_note", Furniture.classify("本文仅代表作者观点"));
        assertEquals("web_nav", Furniture.classify("相关阅读: 寒潮中如何科学防寒保暖?医生支招"));
        assertEquals("web_nav", Furniture.classify("相关新闻：端午假期我省高速公路通行平稳有序"));
        assertEquals("web_nav", Furniture.classify("【字体：大 中 小】　【打印本页】　【关闭窗口】"));
        assertNull(Furniture.classify("江城晚报2025-01-08 17:42记者林小川"));
        assertNull(Furniture.classify("市网信办提醒，网民不得转发未经证实的消息。"));
    }

    @Test
    void anUnindentedFirstLineClearlyNarrowerThanTheWrappedLineBelowItIsAHeadline() {
        // blank lines between paragraphs, none indented: a paragraph's first line runs to the column
        List<String> texts = texts(String.join("\n", "　　说起这些年的坚守，她笑着说，只要还在这个岗位上，", "就会一直做好旅客的“活地图”。", "",
                "1月10日起江城东站部分列车运行时刻调整", "根据铁路部门新的列车运行图，自2025年1月10日起，",
                "江城东站部分旅客列车运行时刻将作如下调整，请广大", "旅客以车站公告为准，合理安排出行。") + "\n");
        assertTrue(texts.contains("1月10日起江城东站部分列车运行时刻调整"), texts.toString());
    }

    @Test
    void anEditorInChiefsCreditLineIsFurniture() {
        assertEquals("editor_credit", Furniture.classify("主编：林晓川　责编：王一　美编：周舟　校对：陈可"));
        assertEquals("editor_credit", Furniture.classify("本版主编：林晓川　责任编辑：王一"));
        assertNull(Furniture.classify("主编林晓川介绍，这套丛书共收录三十位作家的作品。"));
    }

    @Test
    void aTwoCharacterSignerSpacedOutInBracketsIsASigner() {
        assertTrue(Bylines.isBracketedSigner("（林 岫）"));
        assertTrue(Bylines.isBracketedSigner("（林　岫）"));
        assertFalse(Bylines.isBracketedSigner("（上 下）册"), "not closed by the bracket");
        List<String> t = texts("　　把这段距离再缩短一些，新质生产力就会多一分成色。\n（林 岫）\n省量子精密测量实验室揭牌\n"
                + "　　3月17日，省量子精密测量实验室揭牌运行。\n");
        assertTrue(t.contains("省量子精密测量实验室揭牌"), t.toString());
    }

    @Test
    void anAppsCountersNamedWithTheirNounAreFurnitureAndABulletedListEntryWithCellsIsText() {
        assertEquals("web_nav", Furniture.classify("阅读数3562·点赞128"));
        assertEquals("web_nav", Furniture.classify("阅读量2.3万 点赞156"));
        assertNull(Furniture.classify("阅读数量连续三年增长"));
        assertEquals("web_nav", Furniture.classify("阅读 1.2万"));
        assertTrue(Bylines.isByline("云帆新闻记者 晏秋 实习生 付晓雨"), "an app's reporter");
        List<String> t = texts("## 新书推荐\n\n- 《河岸札记》某某 著 | 青川出版社 | 定价46.00元\n"
                + "- 《小城旧事》某某 著 | 临江人民出版社 | 定价52.00元\n");
        assertTrue(t.stream().anyMatch(x -> x.contains("河岸札记")), t.toString());
    }

    @Test
    void aPageHeaderOfPageCodeSectionAndEditorsIsMastheadAtThePageTop() {
        assertEquals("masthead", Furniture.classifyPageTop("第3版　海洋·渔业　责任编辑：王潮"));
        assertEquals("masthead", Furniture.classifyPageTop("A05　城事　编辑：周红　美编：李强"));
        assertNull(Furniture.classifyPageTop("第3版　海洋·渔业　王潮说，今年开渔期提前了"));
    }

    @Test
    void wherePapersTakeLettersAndAHotlineAreContactFurniture() {
        assertEquals("contact", Furniture.classify("来信请寄：晚报社区新闻部　邮编：000000　注明“社区来信”"));
        assertEquals("contact", Furniture.classify("民生热线：12345"));
        assertNull(Furniture.classify("来信请寄给社区的老人们收到了回音。"));
    }

    @Test
    void aHeadlineOfTwoDecksPrintedUnderAPageIndexIsNoRowOfIt() {
        List<Block> blocks = new Normalizer().normalize(String.join("\n",
                "青 川 日 报",
                "2026年3月18日　星期三",
                "今日导读",
                "▶2版 要闻　全省春耕生产现场会召开",
                "▶5版 经济　一季度外贸开门红",
                "▶8版 文化　老街上的年轻面孔",
                "坚持创新驱动　培育发展新动能",
                "全省科创走廊全省科创走廊串起千亿级产业集群串起千亿级产业集群",
                "　　本报讯　记者从省科技厅获悉，全省科创走廊建设进展顺利。") + "\n").blocks();
        Block decks = blocks.stream().filter(b -> b.text().startsWith("坚持创新驱动")).findFirst().orElseThrow();
        assertNull(decks.furniture(), blocks.toString());
    }

    @Test
    void aPointerToAnotherPageFollowedByWhatToReadThereIsFurniture() {
        assertEquals(Furniture.classify("详见第5版"), Furniture.classify("详见第8版《中考志愿填报十问》"));
        assertNull(Furniture.classify("详见第8版的人物专访，他讲述了《山河》的创作经过。"));
    }

    @Test
    void aLetterSpacedHeadlineStandsApartFromTheSolidKickerAboveItUnlessThePageSpacesItsText() {
        List<String> t = texts("一季度港口吞吐量同比增长一成\n东 澜 港 开 通 第 三\n条 远 洋 干 线\n"
                + "　　4月7日上午，随着一声汽笛长鸣，满载集装箱的货轮驶离东澜港，标志着第三条远洋干线开通。\n");
        assertEquals("一季度港口吞吐量同比增长一成", t.get(0), t.toString());
        assertTrue(Paragraphs.isLetterSpacedLine("东 澜 港 开 通"));
        assertFalse(Paragraphs.isLetterSpacedLine("东澜港 开通第三条"));
    }

    @Test
    void advicePagesDisclaimersAppPromptsAndASitesAddressAreFurniture() {
        assertEquals("desk_note", Furniture.classify("本版文章仅供参考，具体诊疗请遵医嘱"));
        assertEquals("desk_note", Furniture.classify("风险提示：市场有风险，投资需谨慎。本文不构成投资建议。"));
        assertEquals("web_nav", Furniture.classify("打开青川新闻APP，查看更多实时行情"));
        assertEquals("contact", Furniture.classify("健康咨询热线：96120（工作日9:00—17:00）"));
        assertEquals("contact", Furniture.classify("青川新闻网　www.qcxw.cn"));
        assertNull(Furniture.classify("专家提醒，偏方仅供参考，患者应遵医嘱用药。"));
        assertNull(Furniture.classify("他打开手机上的APP，很快就查到了车次。"));
    }

    @Test
    void aPageCodeBeforeASectionOfTwoNamesIsAFolioAndALegalAnswersLawyerSignsIt() {
        assertEquals("masthead", Furniture.classifyPageTop("A6金融·市场"));
        assertEquals("masthead", Furniture.classifyPageTop("07教育·成长"));
        assertNull(Furniture.classifyPageTop("6月金融·市场观察"));
        assertTrue(Bylines.isByline("（解答律师：青川律师事务所 林可）"));
    }

    @Test
    void aDutyEditorsCreditLineIsFurniture() {
        assertEquals("editor_credit", Furniture.classify("值班主任：周远　责任编辑：林可　校对：许清"));
        assertEquals("editor_credit", Furniture.classify("值班总编：何青　美编：丁一"));
        assertNull(Furniture.classify("值班主任周远说，今晚的版面要提前一小时付印。"));
    }

    @Test
    void editorsLinesWithThePagesPrefixPlainEditorOrReviewerAndBracketsAreFurniture() {
        assertEquals("editor_credit", Furniture.classify("本版责任编辑：刘洋 美编：陈静 校对：王敏"));
        assertEquals("editor_credit", Furniture.classify("编辑：周红  审核：李强"));
        assertEquals("editor_credit", Furniture.classify("版面编辑：张三　美术编辑：李四"));
        assertEquals("editor_credit", Furniture.classify("【责任编辑：赵小川】"));
        assertNull(Furniture.classify("编辑部收到读者来信三百余封。"));
    }

    @Test
    void aPageHeaderWithALetteredPageAndAMastheadOfManyLinesAreFurniture() {
        assertEquals("masthead", Furniture.classify("江城晚报 2025年3月8日 星期六 A07 城事 编辑：刘洋 美编：陈静"));
        NormalizedText page = normalizer.normalize(String.join("\n", "江城日报", "JIANGCHENG DAILY", "中共江城市委机关报",
                "2025年3月8日 星期六", "今日12版 第10234期", "天气：晴 8℃～17℃ 北风2级", "",
                "　　本报讯（记者 王敏）3月7日，江城市春季植树活动在城西", "郊野公园启动，三千余名志愿者参加。"));
        assertEquals(Arrays.asList("masthead", "masthead", "masthead", "masthead", "masthead", "weather", null),
                page.blocks().stream().map(Block::furniture).toList(), blockTexts(page).toString());
        assertNull(Furniture.classify("今日12版"), "below the page top: a wrapped line's tail");
        assertEquals("masthead", Furniture.classify("江城日报 2025年3月8日 星期六"));
        List<String> sectionPage = normalizer.normalize("江城晚报 2025年3月8日 星期六\n第6版 人物·访谈\n\n让老手艺“活”起来\n").blocks()
                .stream().map(Block::furniture).toList();
        assertEquals(Arrays.asList("masthead", "masthead", null), sectionPage);
        assertNull(Furniture.classifyPageTop("期六 第6版"), "a wrapped page header's tail is no folio line by itself");
    }

    @Test
    void aTeaserColumnUnderItsHeadingAndATitleSpacedFromItsPageAreFurniture() {
        NormalizedText page = normalizer.normalize(String.join("\n",
                "　　江城市今年将新建口袋公园二十个，让市民出门", "见绿、抬头见景。", "",
                "导读", "城南老街完成立面改造", "百家老店重新开张 P3", "春季招聘会岗位过万", "详见第5版", "",
                "　　本报讯 3月7日，江城市春季植树活动启动。"));
        List<String> kinds = page.blocks().stream().map(Block::furniture).toList();
        assertNull(kinds.get(0));
        assertNull(kinds.get(kinds.size() - 1));
        assertNull(kinds.get(1), "plain 导读 stays a label: over a summary paragraph it introduces the article below");
        assertTrue(kinds.subList(2, kinds.size() - 1).stream().allMatch(k -> k != null), blockTexts(page) + " " + kinds);
        assertEquals("page_ref", Furniture.classify("本期导读"));
        assertEquals("page_ref", Furniture.classifyLine("百家老店重新开张 P3"));
        assertEquals("page_ref", Furniture.classify("养蜂人的故事 详见A7版"), "a lettered page");
        assertNull(Furniture.classifyLine("新款手机华为P60"), "without the space a product name may end a line");
    }

    @Test
    void aDecoratedTeaserNamingAPageIsFurniture() {
        List<String> kinds = furnitureKinds("江城港上半年完成集装箱吞吐量二百八十六万标准箱，同比增长百分之十五。",
                "▶港口城市的夜经济 P12", "海澜船舶手持订单创历史新高");
        assertEquals("page_ref", kinds.get(1), kinds.toString());
        assertNull(kinds.get(2));
        assertNull(Furniture.classify("新款手机发布会上亮相的华为P60"), "without the glyph a product name may end a line");
    }

    @Test
    void aSectionNameAtTheTopOfAPageIsFurniture() {
        NormalizedText page = normalizer.normalize(String.join("\n\n", "经济·民生",
                "全省第一批细分市场强企业名单昨日公布，共有二十家企业入选。"));
        assertEquals("masthead", page.blocks().get(0).furniture());
        assertNull(Furniture.classify("经济·民生"), "below the page top it may be a heading");
    }

    @Test
    void splitsATrailingReporterNameOffTheLastSentence() {
        NormalizedText page = normalizer.normalize("活动将持续到本月底，欢迎市民参与。 李小红\n");
        assertEquals("活动将持续到本月底，欢迎市民参与。", page.blocks().get(0).text());
        assertEquals("李小红", page.blocks().get(1).text());
        assertTrue(page.blocks().get(1).has(BlockFlag.BYLINE));
    }

    @Test
    void keepsTheSpaceBetweenTwoHeadlineDecks() {
        assertEquals(List.of("城市更新提速 老街区焕发新活力"), texts("城市更新提速 老街区焕发新活力\n"));
    }

    @Test
    void spacesAroundFiguresInATwoDeckHeadlineAreNotADeckBoundary() {
        assertEquals(List.of("高铁网络持续加密 年底通车里程达4.8万公里"), texts("高铁网络持续加密 年底通车里程达 4.8万公里\n"));
    }

    @Test
    void aMarkdownHeadingHardWrappedByTheFeedGetsItsLastLineBack() {
        NormalizedText page = normalizer.normalize("## 滨江新区首座零碳示范社区建成并\n交付使用\n\n本报讯 记者从滨江新区获悉，首座零碳示范社区昨日交付。\n");
        assertEquals(2, page.blocks().size());
        assertEquals("滨江新区首座零碳示范社区建成并交付使用", page.blocks().get(0).text());
        assertEquals(2, page.blocks().get(0).markdownLevel());
    }

    @Test
    void aMarkdownFeedHardWrappedWithABlankLineAfterEveryLineIsReadAsDoubleSpaced() {
        String raw = String.join("\n\n",
                "# 江城地铁三号线开通",
                "本报讯(记者黄蕾)江城地铁三号",
                "线昨日正式开通运营,全长二十八",
                "公里,设站二十个,沿线串起大学",
                "城和高铁站。开通首日客流超过",
                "十万人次。",
                "## 票价实行里程分段计价",
                "市民乘车可使用交通卡和手机扫",
                "码,换乘站均设有无障碍电梯,",
                "高峰时段发车间隔为四分钟。") + "\n";
        NormalizedText page = normalizer.normalize(raw);
        assertEquals(Layout.DOUBLE_SPACED, page.layout());
        assertEquals(List.of("江城地铁三号线开通",
                "本报讯(记者黄蕾)江城地铁三号线昨日正式开通运营,全长二十八公里,设站二十个,沿线串起大学城和高铁站。"
                        + "开通首日客流超过十万人次。",
                "票价实行里程分段计价",
                "市民乘车可使用交通卡和手机扫码,换乘站均设有无障碍电梯,高峰时段发车间隔为四分钟。"),
                blockTexts(page));
        assertEquals(1, page.blocks().get(0).markdownLevel());
        assertEquals(2, page.blocks().get(2).markdownLevel());
    }

    @Test
    void aMarkdownFeedOfShortParagraphsOneALineStaysMarkdown() {
        // spaced and as narrow as a wrapped column, but every line ends its sentence
        String raw = String.join("\n\n",
                "# 社区简讯",
                "东湖社区新建了一座口袋公园。",
                "西街菜市场完成了升级改造。",
                "南苑小区加装电梯八部。",
                "北门幼儿园开设了托育班。",
                "社区食堂推出老年助餐服务。",
                "文化站周末开放至晚上九点。",
                "物业公司更换了全部路灯。",
                "居民议事会每月召开一次。") + "\n";
        NormalizedText page = normalizer.normalize(raw);
        assertEquals(Layout.MARKDOWN, page.layout());
        assertEquals(9, page.blocks().size());
    }

    @Test
    void inADoubleSpacedPageAHeadlinesLastOneOrTwoCharactersWrappedOntoTheirOwnLineStayWithIt() {
        String raw = String.join("\n\n",
                "## 江城地铁三号线开通首日客流超十万人",
                "次",
                "本报讯(记者黄蕾)江城地铁三号线昨日",
                "正式开通运营,全长二十八公里,设站",
                "二十个,沿线串起大学城和高铁站,",
                "换乘站均设有无障碍电梯,高峰时段",
                "发车间隔为四分钟,平峰时段为六分",
                "钟。") + "\n";
        NormalizedText page = normalizer.normalize(raw);
        assertEquals(Layout.DOUBLE_SPACED, page.layout());
        assertEquals("江城地铁三号线开通首日客流超十万人次", page.blocks().get(0).text());
        assertEquals(2, page.blocks().size());
        // a plain headline line, no '#'
        assertDoubleSpacedBlocks(String.join("\n\n",
                        "全市新增充电桩两万个 出行更便",
                        "捷",
                        "记者从市发展改革委获悉，今年",
                        "全市新增公共充电桩两万个，覆",
                        "盖所有街道和乡镇，高速公路服",
                        "务区实现快充全覆盖，市民在手",
                        "机上可以查询空闲桩位并预约充",
                        "电。") + "\n",
                "全市新增充电桩两万个 出行更便捷",
                "记者从市发展改革委获悉，今年全市新增公共充电桩两万个，覆盖所有街道和乡镇，高速公路服务区实现快充全覆盖，"
                        + "市民在手机上可以查询空闲桩位并预约充电。");
    }

    @Test
    void inADoubleSpacedPageAWrappedMarkdownHeadingTakesItsNarrowerSecondLine() {
        String raw = String.join("\n\n",
                "### 滨江新区首座零碳示范社区建成",
                "并交付使用",
                "本报讯 记者从滨江新区获悉，首座",
                "零碳示范社区昨日交付，社区屋顶",
                "铺设光伏板四千平方米，年发电量",
                "可满足公共区域用电，居民楼还配",
                "备了储能设备和智能微电网，可在",
                "用电低谷时储存电能。") + "\n";
        NormalizedText page = normalizer.normalize(raw);
        assertEquals(Layout.DOUBLE_SPACED, page.layout());
        assertEquals("滨江新区首座零碳示范社区建成并交付使用", page.blocks().get(0).text());
        assertEquals(2, page.blocks().size());
    }

    @Test
    void aTwoDeckHeadlineWrappedOverTwoOrThreeLinesIsOneHeadline() {
        // the tail on the lines below, down to a single character
        assertEquals(List.of("城市更新提速 老街区焕发新活力", "今年以来，全市启动老旧小区改造项目一百个。"),
                texts("城市更新提速 老街区焕发新\n活力\n\n今年以来，全市启动老旧小区改造项目一百个。\n"));
        assertEquals(List.of("湖区生态持续改善 候鸟种群数量创十年新高", "今年冬季，来湖区越冬的候鸟超过十万只。"),
                texts("湖区生态持续改善 候鸟种\n群数量创十年\n新高\n\n今年冬季，来湖区越冬的候鸟超过十万只。\n"));
        // the gap between the decks falls on the second line
        assertEquals(List.of("省交通运输厅：推动农村公路 提档升级", "今年全省将新改建农村公路五千公里。"),
                texts("省交通运输厅：推动农村\n公路 提档升级\n\n今年全省将新改建农村公路五千公里。\n"));
    }

    @Test
    void aLineBelowAHeadingThatReadsAsTextOrASubtitleIsNotJoinedToIt() {
        NormalizedText page = normalizer.normalize("## 城南公园完成改造\n——新增步道三公里\n\n公园管理处表示，周末将举办开园活动。\n");
        assertEquals("城南公园完成改造", page.blocks().get(0).text());
        NormalizedText signed = normalizer.normalize("## 城南公园完成改造\n本报记者 王小明\n\n公园管理处表示，周末将举办开园活动。\n");
        assertEquals("城南公园完成改造", signed.blocks().get(0).text());
        assertEquals("本报记者 王小明", signed.blocks().get(1).text());
        assertEquals(List.of("城市更新提速 老街区焕发新活力", "居民说，变化太大了。", "改造还在继续。"),
                texts("城市更新提速 老街区焕发新活力\n居民说，变化太大了。\n\n改造还在继续。\n"));
    }

    @Test
    void aParagraphOpeningWithWhatTheReporterDidIsNotABylineEvenWrappedShort() {
        assertFalse(Bylines.isByline("记者注意到，今年以来，已有"));
        assertFalse(Bylines.isByline("记者了解到，目前全市"));
        assertTrue(Bylines.isByline("本报记者 张明，李华"));
        assertEquals(List.of("记者注意到，今年以来，已有多家企业获得新投资。"), texts("记者注意到，今年以来，已有\n多家企业获得新投资。\n"));
    }

    @Test
    void anOutletsReporterAndAFeedsLabelledCreditLineAreBylines() {
        assertTrue(Bylines.isByline("江城日报记者 方小晴"));
        assertTrue(Bylines.isByline("来源：江城日报  记者：周红"));
        assertTrue(Bylines.isByline("来源：江城日报 记者：唐远 通讯员：吴一刚"));
        assertTrue(Bylines.isByline("来源:江城新闻网"));
        assertTrue(Bylines.isByline("记者：周红  通讯员：吴一刚"));
        assertFalse(Bylines.isByline("记者：您好"), "one labelled field alone may be an interview's question");
        assertTrue(Bylines.isByline("文/图 本报记者 季小然"));
        assertTrue(Bylines.isByline("图/文 王小明"));
        assertFalse(Bylines.isByline("来源：市统计局发布的数据显示，全市经济稳中向好。"));
    }

    @Test
    void aFeedsCreditLineWithAnUnlabelledReporterAndThePostingTimeIsAByline() {
        assertTrue(Bylines.isByline("来源:江城日报 记者 周敏 2025-06-10 07:30"));
        assertTrue(Bylines.isByline("来源：江城新闻网 记者 周敏、吴刚 2025年6月10日"));
        assertTrue(Bylines.isByline("来源：江城晚报 2025-06-10"));
        assertFalse(Bylines.isByline("来源:江城日报 记者 周敏说，今年的赛事"));
    }

    @Test
    void aDatelineWhoseReportersBracketIsCutByTheLineEndGoesOnInTheNextLineEvenIndented() {
        String raw = String.join("\n\n", "江城首批高标准农田通过验收", "　　本报讯（通讯员 吴小满 记者",
                " 王家宁）日前，江城新建的一万亩", "高标准农田通过省级验收。项目", "区内新修机耕道四十公里，新建", "灌溉渠两百余条。",
                "　　验收组认为，项目区田块平整、", "沟渠配套，达到了旱能灌、涝能排", "的要求。") + "\n";
        List<Block> blocks = normalizer.normalize(raw).blocks();
        assertEquals("本报讯（通讯员吴小满记者王家宁）日前，江城新建的一万亩高标准农田通过省级验收。项目区内新修机耕道四十公里，新建灌溉渠两百余条。",
                blocks.get(1).text(), blocks.toString());
    }

    @Test
    void aPhotographersNameInTheAgencysBracketsWrappedOntoTheNextLineStaysWithTheCredit() {
        List<Block> blocks = normalizer.normalize(String.join("\n", "　　6月2日，在尼泊尔首都加德满都，一名小贩在雨",
                "中推车售卖芒果。当地芒果进入上市旺季。　新华社发（苏", "曼·塔帕摄）", "", "江城新开两条公交线路",
                "　　本报讯（记者 王敏）本月起，江城新开两条公交线路。") + "\n").blocks();
        assertEquals("6月2日，在尼泊尔首都加德满都，一名小贩在雨中推车售卖芒果。当地芒果进入上市旺季。", blocks.get(0).text(), blocks.toString());
        assertEquals("新华社发（苏曼·塔帕摄）", blocks.get(1).text());
        assertTrue(blocks.get(1).has(BlockFlag.PHOTO_CREDIT));
    }

    @Test
    void aWireServicesFootIsFurnitureItsSupplierAndEditorsItsCopyrightAndTheNextIssuesTeaser() {
        assertEquals("editor_credit", Furniture.classify("江城社国内部供稿　值班编辑：王远　校对：李书"));
        assertEquals("web_nav", Furniture.classify("本稿件版权归江城社所有，未经授权不得转载"));
        assertEquals("page_ref", Furniture.classify("下期预告：端午假期出行服务保障综述"));
        assertNull(Furniture.classify("据悉，下期预告将于周五发布。"));
    }

    @Test
    void aDesksMailboxWithItsRequestToWritersIsContactFurniture() {
        assertEquals("contact", Furniture.classify("投稿邮箱：jcpinglun@example.com　来稿请注明真实姓名、工作单位及联系电话"));
        assertEquals("contact", Furniture.classify("投稿邮箱：jcpinglun@example.com"));
        assertNull(Furniture.classify("投稿邮箱：jcpinglun@example.com　来稿请注明真实姓名，我们将择优刊发。"));
    }

    @Test
    void aSignatureInBracketsAfterTheLastSentenceEndsTheParagraph() {
        assertTrue(Chars.endsSentence("已发放贷款一亿元。（王明）"));
        assertTrue(Chars.endsSentence("预计带动就业一千人。（记者 李华 通讯员 赵强）"));
        assertTrue(Chars.endsSentence("新华社记者报道。（完）"));
        assertFalse(Chars.endsSentence("全市共有三家企业（含两家外资企业）"));
        assertTrue(Bylines.endsWithSignature("已发放贷款一亿元。（王明）"));
        assertTrue(Bylines.endsWithSignature("预计带动就业一千人。（记者 李华 通讯员 赵强）"));
        assertFalse(Bylines.endsWithSignature("全市新增三家企业（含两家外资）"));
        assertTrue(Bylines.isDecoratedSignature("韦思源（作者单位：江城证券研究所）"));
    }

    @Test
    void aWireStorysEndMarkOnALineOfItsOwnEndsItsParagraphOnAPageWithoutBlankLines() {
        List<Block> blocks = normalizer.normalize(String.join("\n", "江城港一季度集装箱吞吐量增长", "新华社江城4月4日电（记者 王敏）记者从",
                "江城港务集团获悉，今年一季度江城港完成集", "装箱吞吐量一百五十八万标准箱。", "（完）", "西岭特长隧道全线贯通",
                "新华社成州6月4日电（记者 李华）随着最后", "一次爆破完成，西岭特长隧道4日实现全线贯通。", "（完）") + "\n").blocks();
        assertTrue(blocks.stream().map(Block::text).anyMatch(t -> t.equals("西岭特长隧道全线贯通")), blocks.toString());
        assertTrue(blocks.stream().map(Block::text).noneMatch(t -> t.startsWith("（完）") && t.length() > 3), blocks.toString());
    }

    @Test
    void aNameSpacedFromItsRoleWordKeepsItsSurnameOnAShiftedFontPage() {
        String raw = String.join("\n", "11月7日袁在江城港码头袁桥吊正在装载集装箱遥", "本报记者 袁亮 摄", "",
                "　　傍晚时分袁家住东湖街道的刘阿姨吃过晚饭袁照例来到公园散步遥") + "\n";
        List<String> texts = texts(raw);
        assertTrue(texts.contains("本报记者 袁亮 摄"), texts.toString());
        assertTrue(texts.contains("傍晚时分，家住东湖街道的刘阿姨吃过晚饭，照例来到公园散步。"), texts.toString());
    }

    @Test
    void aLineThatStartsWithACommaContinuesTheLineAboveHoweverShort() {
        assertEquals(List.of("江城秋季招聘会岗位过万", "本报讯（记者王敏）9月8日，江城秋季招聘会在会展中心举行，吸引三百余家企业参会。"),
                texts("江城秋季招聘会岗位过万\n　　本报讯（记者王敏）9月8日\n，江城秋季招聘会在会展中心举行，\n吸引三百余家企业参会。\n"));
    }

    @Test
    void aWrappedLineOfRunningTextThatMentionsScanningACodeIsNoQrPrompt() {
        assertEquals(List.of("为方便老年乘客，各站均配备了人工售票窗口，乘客既可以扫码乘车，也可以使用现金购票。沿线学校还在上下学时段加密班次。"),
                texts("为方便老年乘客，各站均配备了人工售票\n窗口，乘客既可以扫码乘车，也可以使用现金购票。沿线\n学校还在上下学时段加密班次。\n"));
        assertEquals("qr_prompt", Furniture.classify("扫码关注，看更多精彩内容"));
    }

    @Test
    void aWrappedLineWithOneCommaThatMentionsScanningIsTextButAPromptAfterAPleaIsFurniture() {
        assertNull(Furniture.classify("支持刷卡、扫码等多种支付方式，市民也"));
        assertNull(Furniture.classify("农户扫码即可预约，收割成本每亩降低约三十元"));
        assertNull(Furniture.classify("市民可通过手机扫码观看非遗展示，"));
        assertNull(Furniture.classify("让每一包茶叶都能“扫码溯源”。"));
        assertEquals("qr_prompt", Furniture.classify("更多便民信息请扫码关注江城晚报微信公众号"));
        assertEquals("qr_prompt", Furniture.classify("民生投诉请扫二维码"));
        assertEquals("qr_prompt", Furniture.classify("扫描二维码 下载江城日报客户端"));
        assertEquals(List.of("票价不变，全县公交车辆均已支持刷卡、扫码等多种支付方式，市民也可通过小程序实时查询车辆位置。"),
                texts("票价不变，全县公交车辆均已\n支持刷卡、扫码等多种支付方式，市民也\n可通过小程序实时查询车辆位置。\n"));
    }

    @Test
    void aWrappedLineThatOpensWithScanningInsideASentenceIsTextButAPromptAfterAFinishedOneIsFurniture() {
        // the line alone reads as a prompt (扫码即可报修，…): the unfinished full line above tells it is wrapped text
        NormalizedText page = normalizer.normalize(String.join("\n", "　　近日，城东街道在辖区老旧小区",
                "推行楼道灯长明行动，由社区统一排",
                "查更换损坏的感应灯，小区的居民",
                "扫码即可报修，平均修复时间不超",
                "过四十八小时。", "扫码关注，看更多社区新闻") + "\n");
        assertEquals(Arrays.asList(null, "qr_prompt"), page.blocks().stream().map(Block::furniture).toList(),
                blockTexts(page).toString());
        assertTrue(blockTexts(page).get(0).endsWith("小区的居民扫码即可报修，平均修复时间不超过四十八小时。"), blockTexts(page).toString());
    }

    @Test
    void aListItemKeepsItsBulletButAHeadingOrABylineLosesItsOrnament() {
        List<String> texts = texts(String.join("\n", "▶城西公交线路调整", "■ 本报记者 王小敏",
                "市公交集团自4月20日起对以下线路进行调整：", "●5路：取消“纺织厂”站，增设“锦绣花园”站。",
                "●12路：临时绕行建设路，恢复时间另行", "通知。") + "\n");
        assertEquals(List.of("城西公交线路调整", "本报记者 王小敏", "市公交集团自4月20日起对以下线路进行调整：",
                "●5路：取消“纺织厂”站，增设“锦绣花园”站。", "●12路：临时绕行建设路，恢复时间另行通知。"), texts);
    }

    @Test
    void classifiedAdvertisementsRunFromTheirHeadingToTheNextBlankLine() {
        NormalizedText page = normalizer.normalize(String.join("\n",
                "　　施工期间给市民出行带来的不便，敬请谅解。", "",
                "遗失声明", "江城市恒丰商贸有限公司不慎遗失营业执照副本", "一份，声明作废。",
                "诚　聘", "江城康乐护理院因业务发展需要，诚聘护理员十", "名，待遇面议。", "联系电话：0571-88886666（王女士）",
                "要求身体健康、有爱心。", "",
                "　　本报讯 近日，一位七旬老人在菜市场遗失布包，环卫工人捡到后原地等候，将布包归还失主。"));
        List<String> kinds = page.blocks().stream().map(Block::furniture).toList();
        assertNull(kinds.get(0));
        assertNull(kinds.get(kinds.size() - 1));
        assertTrue(kinds.subList(1, kinds.size() - 1).stream().allMatch(k -> k != null), blockTexts(page) + " " + kinds);
        assertFalse(Furniture.isAdvertHeading("关于城西片区征收的公告"), "a notice's own headline");
    }

    @Test
    void aPhotoCreditWrappedAfterItsRoleWordEndsTheCaption() {
        NormalizedText page = normalizer.normalize(String.join("\n\n",
                "5月18日，在城东中学举行的“非遗进校园”活动中，剪纸传承人向学生展示剪纸技艺。本报记者",
                "杜小若 摄", "本报讯 5月19日，市场监管局对城区商超开展燃气安全检查。") + "\n");
        List<Block> blocks = page.blocks();
        assertEquals("本报记者 杜小若 摄", blocks.get(1).text(), blockTexts(page).toString());
        assertTrue(blocks.get(1).has(BlockFlag.PHOTO_CREDIT), blockTexts(page).toString());
        assertTrue(blocks.get(0).text().endsWith("剪纸技艺。"), "the caption keeps no role word of the credit");
        NormalizedText wire = normalizer.normalize("6月4日，施工人员在特大桥北主塔顶部作业。 韦小嘉 摄（新\n华社发）\n\n非遗竹编进校园\n");
        assertEquals("韦小嘉 摄（新华社发）", wire.blocks().get(1).text(), blockTexts(wire).toString());
        assertEquals("非遗竹编进校园", wire.blocks().get(2).text(), "the next photo's title stays apart");
    }

    @Test
    void aCountyPapersShortNameAndASectionWithItsPageUnderItAreMasthead() {
        List<String> kinds = normalizer.normalize("青禾报\n\n2024年5月22日 星期三\n\n第2版·综合新闻\n\n科技助农看青禾\n").blocks().stream()
                .map(Block::furniture).toList();
        assertEquals(Arrays.asList("masthead", "masthead", "masthead", null), kinds);
    }

    @Test
    void aWeatherBoxAHotlineAndALetteredFolioAreFurniture() {
        assertEquals("weather", Furniture.classify("今日天气"));
        assertEquals("weather", Furniture.classify("多云转小雨 19℃～26℃"));
        assertEquals("weather", Furniture.classify("东南风3级 空气质量：良"));
        assertNull(Furniture.classify("高温持续 明日最高38℃"), "a headline with one temperature");
        assertNull(Furniture.classify("预计明天最高气温32℃～34℃，请注意防暑。"), "a sentence");
        assertEquals("contact", Furniture.classify("新闻热线：96811"));
        assertEquals("masthead", Furniture.classifyPageTop("A06 城事"));
    }

    @Test
    void aPageHeaderOfThePapersNameItsPageCodeAndSectionInAnyOrderIsAMastheadAtThePageTop() {
        assertEquals("masthead", Furniture.classifyPageTop("A07　社会　江城晚报"));
        assertEquals("masthead", Furniture.classifyPageTop("南屿都市报　周末·悦游食光　B3"));
        assertEquals("masthead", Furniture.classifyPageTop("江城晚报　A05　城市"));
        assertNull(Furniture.classifyPageTop("江城晚报　记者　王敏"), "no page code: a byline");
        assertEquals("masthead", Furniture.classifyPageTop("中共江城市委机关报　　江城日报社出版"));
        assertEquals("masthead", Furniture.classifyPageTop("国内统一连续出版物号 CN 53-0017　　邮发代号 65-12"));
        assertEquals("masthead", Furniture.classifyPageTop("第12873期　今日8版　　江城新闻网 www.jcnews.cn"));
        assertNull(Furniture.classifyPageTop("江城日报社出版　新书　十二种"), "a part that is no masthead's");
        assertEquals("masthead", Furniture.classifyPageTop("民族·边疆6"));
        assertEquals("masthead", Furniture.classify("南岸周刊　2024年10月21日　第41期"));
        assertNull(Furniture.classifyPageTop("两名外卖小哥　合力施救　七旬老人"), "no paper's name: a headline");
    }

    @Test
    void serviceNumbersDeskNotesAndPublicationTimesAreFurnitureAndAReadersSignatureIsAByline() {
        assertEquals("contact", Furniture.classify("燃气抢修　86770119"));
        assertEquals("contact", Furniture.classify("市民热线　　12345"));
        assertNull(Furniture.classify("全市热线接听量12345"), "no service word right before the number");
        assertEquals("desk_note", Furniture.classify("【稿库导出】地方新闻库 导出时间：2024-05-21 18:04 共5条"));
        assertEquals("desk_note", Furniture.classify("——以上稿件仅供内部编辑参考，未经审核不得直接刊发——"));
        assertEquals("web_nav", Furniture.classify("发布时间：2024-06-16　阅读 2.3万　分享 486"));
        assertTrue(Bylines.isByline("城南区　读者　胡秋菊"));
        assertFalse(Bylines.isByline("市民中心推出"), "a place, or a space after the reader word, must tell the name");
        assertTrue(Bylines.isByline("读者　叶女士"), "spaced from the reader word, a name signs without its district too");
        assertTrue(Bylines.isDecoratedSignature("岚州正衡律师事务所律师 柴小雪"), "a law firm and the writer's post before the name");
    }

    @Test
    void aDatelineWithItsReporterSpacedOffIsNoTwoDeckHeadline() {
        assertFalse(HeadingLines.isTwoDeckHeadline("新华社江城4月17日电（记者 王晓明）记者17日从江城市"));
        assertTrue(HeadingLines.isTwoDeckHeadline("城市更新提速 老街区焕发新活力"));
    }

    @Test
    void aBlockIsCutBackIntoItsPrintedLinesByTheirWidths() {
        Block b = new Block(0, "AI产业加速迈入发展新阶段", List.of(7, 5), 0, 0, null, java.util.Set.of());
        assertEquals(List.of("AI产业加速迈入", "发展新阶段"), b.printedLines());
        assertEquals(List.of("一行"), new Block(0, "一行", List.of(2), 0, 0, null, java.util.Set.of()).printedLines());
    }

    @Test
    void keepsLayoutFeaturesOnBlocks() {
        NormalizedText page = normalizer.normalize("第一行文字很长很长很长很长\n第二行也很长很长很长很长。\n\n\n\n另一段。\n");
        Block first = page.blocks().get(0);
        assertEquals(2, first.lineCount());
        assertEquals(3, page.blocks().get(1).blankLinesBefore());
    }

    @Test
    void aBriefsRunInHeadlineBeforeItsDatelineBecomesABlockOfItsOwn() {
        String raw = "　　城西菜场完成改造　本报讯　6月3日，城西菜场\n完成改造并重新开业，新增摊位八十个，市\n民买菜更方便了。\n\n"
                + "　　老街夜市今晚开市　本报讯（记者 周红）昨晚，\n老街夜市开市，吸引游客上万人次，周边\n商户营业额明显增长。\n";
        assertEquals(List.of("城西菜场完成改造", "本报讯6月3日，城西菜场完成改造并重新开业，新增摊位八十个，市民买菜更方便了。",
                "老街夜市今晚开市", "本报讯（记者周红）昨晚，老街夜市开市，吸引游客上万人次，周边商户营业额明显增长。"), texts(raw));
        assertNull(Bylines.splitRunInHeadline("城西菜场 完成改造"), "no dateline after the gap");
        assertNull(Bylines.splitRunInHeadline("本报记者 王强 本报讯"), "a byline is no headline");
    }

    @Test
    void pointersToThePapersOtherMediaPicturePlaceholdersAndCorrectionsAreFurniture() {
        assertEquals(Arrays.asList("page_ref", "image", "desk_note", null),
                furnitureKinds("（完整赛程见本报客户端）", "［图片］",
                        "更正：本报6月2日第3版《城东公园开园》一文中，“城西”应为“城东”，特此更正。",
                        "更正措施已经落实到位，市民反映的问题正在解决。"));
    }

    @Test
    void aWebPagesLabelledMetaLineFontControlsAndRelatedNewsLabelAreNavigation() {
        assertEquals(Arrays.asList("web_nav", "web_nav", "web_nav"),
                furnitureKinds("来源：江城新闻网　　编辑：王芳　　发布时间：2025-06-03 09:12　　阅读：1024",
                        "【字体：大 中 小】　　打印　　关闭", "相关新闻："));
    }

    @Test
    void aPageFootWithAnEmailAndTheEditorsIsContactButEditorFieldsAloneAreTheEditorsLine() {
        assertEquals(Arrays.asList("contact", "editor_credit"),
                furnitureKinds("本版投稿邮箱：fukan_2025@example.cn　　本版编辑：王芳　　校对：李强", "本版编辑：王芳　　校对：李强"));
    }

    @Test
    void aForecastWithTheUnitPrintedOnceIsWeatherButAWrappedLineWithARangeAloneIsNot() {
        assertEquals(Arrays.asList("weather", "weather", null),
                furnitureKinds("农事天气", "今天：多云转晴 18～27℃ 东北风2级", "白天最高气温将升至18～27℃"));
    }

    @Test
    void aPhotoCreditWrappedInsideItsRoleWordIsJoinedBackOntoItsLine() {
        String raw = "　　5月4日，市民在城南公园的花海中拍照留念，\n连日来公园游客明显增多。　本报记\n者 李明 摄\n";
        assertEquals(List.of("5月4日，市民在城南公园的花海中拍照留念，连日来公园游客明显增多。", "本报记者 李明 摄"), texts(raw));
    }

    @Test
    void aWireServiceReportingAtTheStartIsADatelineButAnyMediaReportingIsNot() {
        assertEquals("据中新社报道", Bylines.datelinePrefix("据中新社报道，科考船8日上午返航。"));
        assertNull(Bylines.datelinePrefix("据当地媒体报道，科考船8日上午返航。"));
    }

    @Test
    void anAuthorsAffiliationInBracketsAndAnInstitutionSpacedFromItsWriterAreBylines() {
        assertTrue(Bylines.isByline("（作者单位：滨江大学法学院）"));
        assertTrue(Bylines.isDecoratedSignature("市人民医院心内科 王晓东"));
        assertFalse(Bylines.isDecoratedSignature("市场需求旺盛"));
    }

    @Test
    void aNewsSitesNameAtThePageTopAndTheRowsOfAnIndexWithDotLeadersAreFurniture() {
        String raw = "江城新闻网\n首页 | 要闻 | 本地 | 财经\n\n老街完成微改造\n\n　　本报讯　老街微改造工程日前完工，街巷保留了原有格局。\n\n"
                + "本期广告索引\n城南农商银行…………………第4版\n江城家电商场…………………第6版\n";
        List<Block> blocks = normalizer.normalize(raw).blocks();
        assertEquals("masthead", blocks.get(0).furniture());
        assertEquals(List.of("ad_index", "page_ref", "page_ref"),
                blocks.subList(blocks.size() - 3, blocks.size()).stream().map(Block::furniture).toList());
        assertNull(blocks.get(blocks.size() - 4).furniture(), "the report");
    }

    @Test
    void aRoundsResultsAreTheRowsOfAListingUnderTheirCaptionNotFurniture() {
        // seven of the eight team writers who printed one annotated a round's results as a listing item
        String raw = "　　据了解，本轮比赛共吸引观众三万余人次。\n\n城市足球联赛第3轮赛果\n城东星火　2∶1　城西蓝鲸\n"
                + "南湖联队　0∶0　北山铁人\n\n　　下一轮比赛将于周六举行。\n";
        List<Block> blocks = normalizer.normalize(raw).blocks();
        assertEquals(Arrays.asList(null, null, null, null, null), blocks.stream().map(Block::furniture).toList());
        assertEquals(List.of(false, false, true, true, false), blocks.stream().map(b -> b.has(BlockFlag.TABLE_ROW)).toList());
    }

    @Test
    void aHeadlineSpacedOutAndDoubledGlyphByGlyphIsReadOnceAndAPageHeaderMayNameThePageBeforeTheDate() {
        String raw = "城南周末·出游 第9版 2025年4月12日\n\n花花 海海 ，， 慢慢 慢慢 看看\n\n　　城南花海今年扩种郁金香二十万株，吸引大批市民前来观赏。\n";
        List<Block> blocks = normalizer.normalize(raw).blocks();
        assertEquals("masthead", blocks.get(0).furniture());
        assertEquals("花海，慢慢看", blocks.get(1).text());
        assertEquals("天天 向上 好好 学习", DoubledRendering.collapseSpacedPairs("天天 向上 好好 学习"), "not every group a pair");
    }

    @Test
    void aSentencesLastCharacterWrappedOntoALineOfItsOwnStaysWithItsParagraphBesideAWiderColumn() {
        String raw = String.join("\n", "　　新线开通，正是补齐短板的契", "机。相关部门应当把服务理念贯穿", "始终，多到站台上听一听，多到车",
                "厢里看一看，让问题在一线发现、", "在一线解决。", "　　城市因交通而兴，也因服务而", "暖。期待新线跑出速度，更跑出温",
                "度，让每一位乘客都能乘兴而来、", "满意而归，出行更加方便快捷舒", "适。", "", "▶ 城南快速路下月起分段封闭施工　A5", "",
                "4月16日，在城南新区的站台上，工作人员正在为试运营做", "最后的准备，乘客服务中心、母婴室和无障碍通道已经布置", "完毕，首批志愿者也已上岗服务。") + "\n";
        List<String> texts = texts(raw);
        assertEquals("城市因交通而兴，也因服务而暖。期待新线跑出速度，更跑出温度，让每一位乘客都能乘兴而来、满意而归，出行更加方便快捷舒适。",
                texts.get(1));
    }

    @Test
    void onAPageInTheShiftedFontTheLegendaryKingsNamesStayWhole() {
        String raw = "　　本报讯袁全县今年新建果园三千亩遥果农收入明显增加遥\n\n　　县农业农村局介绍袁果园全部实行统一管理遥\n\n"
                + "　　9月12日，第三届尧舜文化学术研讨会在城南举行，学者们学识渊博。\n";
        assertEquals("9月12日，第三届尧舜文化学术研讨会在城南举行，学者们学识渊博。", texts(raw).get(2));
    }

    @Test
    void aPapersNameSectionAndPageOnTheFirstLineIsMastheadAndARunInClassifiedIsAnAdvert() {
        String raw = "城南法治报　政法·平安　第3版\n\n老街夜市今晚开市\n\n　　本报讯　老街夜市今晚开市，吸引游客上万人次。\n\n"
                + "诚聘　城南农机有限公司因业务发展需要，诚聘维修技师3名，待遇面议。\n电话：0571-8888123\n";
        List<Block> blocks = normalizer.normalize(raw).blocks();
        assertEquals(List.of("advert", "contact"),
                blocks.subList(blocks.size() - 2, blocks.size()).stream().map(Block::furniture).toList());
        assertEquals("masthead", blocks.get(0).furniture());
    }

    @Test
    void bylinesMayNameTheWritersPostInBracketsOrEndWithTextAndPictures() {
        assertTrue(Bylines.isByline("文/林书声（作者系城南第三中学教师）"));
        assertTrue(Bylines.isByline("记者 王秋 文/图"));
        assertFalse(Bylines.isByline("文/林书声（作者系城南第三中学教师）今天在课上说"));
    }

    @Test
    void aPhotoCreditBrokenInsideThePhotographersNameIsJoinedBack() {
        String raw = "4月16日，在城南的高山茶园里，茶农趁着晴好天气采摘明前春茶，全村茶园\n面积已超过三千亩。　新华社记者 林\n澈 摄\n";
        assertEquals(List.of("4月16日，在城南的高山茶园里，茶农趁着晴好天气采摘明前春茶，全村茶园面积已超过三千亩。", "新华社记者 林澈 摄"), texts(raw));
    }

    @Test
    void aReporterOpeningTheSentenceAfterADatelineIsNoListOfNamesToTryEveryWay() {
        // with names allowed to follow each other without a separator, this paragraph kept the pattern busy for hours
        String paragraph = "新华社城南4月20日电 记者从城南市市场监督管理局获悉，今年一季度全市新登记市场主体一万二千余户，"
                + "同比增长百分之八点六，其中个体工商户八千余户，民营企业三千余户，外资企业一百余户，新增就业岗位两万余个，"
                + "市场活力持续释放，营商环境不断优化，群众办事更加便利。";
        assertEquals("新华社城南4月20日电", Bylines.datelinePrefix(paragraph));
        assertEquals("新华社城南6月1日电 记者王强报道", Bylines.datelinePrefix("新华社城南6月1日电 记者王强报道：城南新区今天开园。"));
    }
}
