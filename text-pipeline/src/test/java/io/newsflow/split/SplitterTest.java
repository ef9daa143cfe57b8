package io.newsflow.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.BlockFlag;
import io.newsflow.normalize.Bylines;
import io.newsflow.normalize.Captions;
import io.newsflow.normalize.Layout;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.normalize.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Splitting behaviours on small self-written pages. */
class SplitterTest {

    private final Normalizer normalizer = new Normalizer();
    private final Splitter splitter = new Splitter();

    private List<Item> split(String raw) {
        return splitter.split(normalizer.normalize(raw));
    }

    /** The item whose body contains {@code text}. */
    private static Item withBody(List<Item> items, String text) {
        return items.stream().filter(i -> i.body().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no item body contains " + text + ": " + items));
    }

    private static String doubleSpaced(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    @Test
    void headlineAboveBylineAndBodyMakesOneArticle() {
        List<Item> items = split("# 城南公园完成改造\n\n本报记者 王小明\n\n城南公园改造工程日前完工，新增步道三公里。\n\n公园管理处表示，周末将举办开园活动。\n");
        assertEquals(1, items.size());
        Item a = items.get(0);
        assertEquals("城南公园完成改造", a.title());
        assertEquals("本报记者 王小明", a.byline());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void subheadingBetweenBodyParagraphsStaysInsideTheBody() {
        List<Item> items = split("# 乡村图书馆开馆\n\n本报记者 赵一\n\n乡村图书馆昨天正式开馆，村民们早早赶来排队借书。\n\n藏书丰富\n\n馆内藏书一万余册，涵盖农业技术、文学和少儿读物。\n");
        assertEquals(1, items.size());
        assertTrue(items.get(0).paragraphs().contains("藏书丰富"));
    }

    @Test
    void headlinePrintedAfterItsBodyIsMatchedByContent() {
        String raw = doubleSpaced(
                "▶ 本报记者 孙丽",
                "今年夏天，滨江湿地公园迎来大批候",
                "鸟，观鸟爱好者纷纷前来拍摄。湿地公",
                "园管理处介绍，候鸟数量比去年增加了",
                "三成。",
                "近日，城北小学的学生们参加了一场机器人编程比",
                "赛，孩子们用积木搭建的机器人完成了搬运任务，",
                "赢得阵阵掌声。小学负责人说，编程课已成为学生",
                "最喜欢的课程之一，明年还将增加课时和比赛。",
                "据了解，全市已有三十所小学开设了编程课程。")
                + "\n滨江湿地候鸟\n数量增加三成\n\n"
                + "小学生机器人\n编程比赛显身手\n";
        List<Item> items = split(raw);
        Item birds = withBody(items, "候鸟数量");
        Item robots = withBody(items, "编程");
        assertEquals("滨江湿地候鸟数量增加三成", birds.title());
        assertEquals("本报记者 孙丽", birds.byline());
        assertEquals("小学生机器人编程比赛显身手", robots.title());
    }

    @Test
    void datelineStartsABriefAndBecomesItsByline() {
        List<Item> items = split("## 城市书展开幕\n\n本报讯(记者陈晨)第十届城市书展昨日开幕，展期七天。\n\n## 地铁新线试运行\n\n本报讯(记者周舟)地铁六号线今天开始试运行。\n");
        assertEquals(2, items.size());
        assertEquals(ItemKind.BRIEF, items.get(0).kind());
        assertEquals("本报讯(记者陈晨)", items.get(0).byline());
        assertEquals("第十届城市书展昨日开幕，展期七天。", items.get(0).body());
        assertEquals("地铁新线试运行", items.get(1).title());
    }

    @Test
    void reporterNameTrailingABriefIsItsByline() {
        List<Item> items = split("本报讯 近日，城东社区开展了垃圾分类宣传活动，志愿者挨家挨户发放宣传册。 刘洋\n");
        assertEquals(1, items.size());
        assertEquals("刘洋", items.get(0).byline());
        assertEquals(ItemKind.BRIEF, items.get(0).kind());
    }

    @Test
    void photoCaptionWithCreditIsItsOwnItem() {
        List<Item> items = split("# 秋收时节\n\n本报记者 张三\n\n秋收时节，农民们在田间忙着收割水稻，到处是一片丰收景象。今年全县粮食产量再创新高，农机手们昼夜作业。\n\n农技站的专家也来到田间指导，帮助农民选种和储粮。专家们还举办了培训班，讲解病虫害防治和科学施肥的方法，吸引了周边几个乡镇的种粮大户参加。培训结束后，不少农户表示收获很大，明年要试种新品种，争取更好的收成。当地供销社也提前备足了化肥和农膜，保障春耕生产需要。\n\n县农业部门表示，将继续推广新品种，并在明年春天组织专家下乡，为种粮大户提供一对一的技术服务，帮助他们提高产量、降低成本，让更多农民从科技兴农中得到实惠。\n\n据统计，今年全县共投入各类农机具三千余台套，机收率超过九成，比去年提高了五个百分点，秋粮收获进度明显快于往年。\n\n图为农民在田间收割水稻。\n\n新华社记者 李四/摄\n");
        Item photo = items.get(items.size() - 1);
        assertEquals(ItemKind.PHOTO, photo.kind());
        assertEquals("新华社记者 李四/摄", photo.byline());
        assertEquals("图为农民在田间收割水稻。", photo.body());
        assertEquals("秋收时节", items.get(0).title());
    }

    @Test
    void aCreditNamingWhoSuppliedThePhotoEndsItsCaptionLikeAPhotographersCredit() {
        for (String credit : new String[] {"视觉中国供图", "受访者供图", "江城市文旅局供图", "图片由江城市文旅局提供", "新华社发", "资料图"}) {
            List<Item> items = split(doubleSpaced("地铁三号线开通运营",
                    "本报讯 江城地铁三号线昨日正式开通运营，全长二十八公里，设站二十个，沿线串起大学城、科技园和高铁站。",
                    "3月28日，市民在三号线列车上合影留念。", credit));
            Item photo = withBody(items, "合影留念");
            assertEquals(ItemKind.PHOTO, photo.kind(), credit + ": " + items);
            assertEquals(credit, photo.byline());
        }
        assertEquals("视觉中国供图", Captions.photoCredit("3月28日，市民在三号线列车上合影留念。视觉中国供图"));
        assertNull(Captions.photoCredit("这家企业为客户提供图"), "inside a wrapped sentence 提供图 is no credit");
        assertNull(Captions.photoCredit("馆内陈列的资料图"));
    }

    @Test
    void aPhotoCreditAfterAShortSignedArticleTakesOnlyTheLastParagraphAsCaption() {
        List<Item> items = split("智慧农业助力春耕\n\n▶ 本报记者 刘洋\n\n眼下正值春耕时节，无人机在万亩良田里穿梭往来。\n\n"
                + "“过去十个人干一天的活，现在两个小时就能完成。”种粮大户说。\n\n近年来，全县建成农田监测点三百余个。\n\n"
                + "图为无人机在田间作业。\n\n新华社记者 李明/摄\n");
        Item article = items.get(0);
        assertEquals("智慧农业助力春耕", article.title());
        assertEquals("本报记者 刘洋", article.byline());
        assertEquals(3, article.paragraphs().size());
        Item photo = items.get(1);
        assertEquals(ItemKind.PHOTO, photo.kind());
        assertEquals("图为无人机在田间作业。", photo.body());
    }

    /**
     * A signed article in a narrow double-spaced column with a photo printed inside it: the photo's caption and
     * credit come between two of its paragraphs.
     */
    private static final String[] ARTICLE_WITH_A_PHOTO_INSIDE = {
            "智慧农业助力春耕",
            "▶ 本报记者 刘洋",
            "眼下正值春耕时节，无人机在万",
            "亩良田里穿梭往来，播种、施肥",
            "一气呵成。",
            "“过去十个人干一天的活，现在",
            "两个小时就能完成。”种粮大户",
            "说，合作社还提供上门服务。",
            "今年全县无人机作业面积预计超",
            "过五十万亩，比去年翻了一番。",
            "县农业农村局介绍，为了让更多",
            "农户用上无人机，县里对购买植",
            "保无人机的合作社给予三成补贴，",
            "还联合职业学校开设飞手培训班，",
            "已有两百多人取得操作证书。农",
            "技人员也深入村组，手把手教农",
            "户查看苗情数据、制订施肥方案，",
            "帮助大家把新技术用在田间地头。",
            "种粮大户们说，有了这些帮手，",
            "今年的春耕轻松多了。",
            "县里还在各乡镇设立了农机服务",
            "站，统一调度无人机和播种机，",
            "小农户在手机上下单，第二天就",
            "有飞手上门作业，费用按亩结算，",
            "比雇人干活便宜三成左右。今年",
            "全县已有一千多户小农户用上了",
            "这项服务。",
            "图为无人机在田间作业。",
            "新华社记者 李明/摄"};
    private static final String[] MONITORING_PARAGRAPH = {
            "近年来，全县建成农田监测点三",
            "百余个，土壤墒情数据实时传到",
            "农户手机上。"};

    @Test
    void anArticleGoesOnAfterAPhotoPrintedInsideIt() {
        List<Item> items = split(doubleSpaced(concat(ARTICLE_WITH_A_PHOTO_INSIDE, MONITORING_PARAGRAPH)));
        Item article = withBody(items, "春耕时节");
        assertTrue(article.body().contains("农田监测点"), items.toString());
        assertEquals("图为无人机在田间作业。", withBody(items, "图为").body());
        // a sub-heading right after the photo's credit stays in the article too
        items = split(doubleSpaced(concat(ARTICLE_WITH_A_PHOTO_INSIDE, new String[] {"数据进田间"}, MONITORING_PARAGRAPH)));
        assertTrue(withBody(items, "春耕时节").body().contains("农田监测点"), items.toString());
    }

    @Test
    void aDatelinedBriefAfterAPhotoInsideAnArticleIsItsOwnItem() {
        List<Item> items = split(doubleSpaced(concat(ARTICLE_WITH_A_PHOTO_INSIDE, new String[] {
                "本报讯 记者从市交通运输局获悉，",
                "全市新能源公交车已达两千三百",
                "辆，占公交车总数的八成以上。"})));
        Item article = withBody(items, "春耕时节");
        Item brief = withBody(items, "新能源公交车");
        assertTrue(article != brief, items.toString());
        assertEquals("图为无人机在田间作业。", withBody(items, "图为").body());
    }

    @Test
    void aSubtitleUnderAHeadlineWithALabelAndAKickerAboveItIsTheSubtitle() {
        List<Item> items = split(String.join("\n\n", "城市观察", "老旧小区改造提速，居民参与全过程",
                "老街区焕发新活力", "——记者走访城东新区多个改造项目", "□ 本报记者 吴敏",
                "今年以来，江城市共启动老旧小区改造项目一百二十个，惠及居民约十万人，改造内容包括加装电梯和更新管网。")
                + "\n");
        Item article = withBody(items, "老旧小区改造项目");
        assertEquals("老街区焕发新活力", article.title(), items.toString());
        assertEquals("老旧小区改造提速，居民参与全过程", article.kicker());
        assertEquals("记者走访城东新区多个改造项目", article.subtitle());
    }

    @Test
    void anInterviewKeepsItsMarkdownSubtitleAndItsQuestionLinesAreNoHeadlines() {
        // a markdown feed marks the subtitle as a heading of its own; "记者：…？" is short and ends in a question mark
        List<Item> items = split("# 让老街区留住烟火气\n\n## ——访江城市住房和城乡建设局局长吴敏\n\n本报记者 王小明\n\n"
                + "记者：今年的改造项目有哪些新特点？\n\n吴敏：最大的特点是居民全过程参与，每个项目都会召开居民议事会。\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("让老街区留住烟火气", items.get(0).title());
        assertEquals("访江城市住房和城乡建设局局长吴敏", items.get(0).subtitle());
    }

    @Test
    void aSignatureInBracketsClosesTheArticleAboveAndIsItsByline() {
        List<Item> items = split(String.join("\n\n", "老街区焕发新活力",
                "今年以来，江城市共启动老旧小区改造项目一百二十个，惠及居民约十万人，改造内容包括加装电梯和更新管网。",
                "（本报记者 王小明）", "地铁三号线开通运营",
                "江城地铁三号线昨日正式开通运营，全长二十八公里，设站二十个，沿线串起大学城和高铁站。") + "\n");
        Item renewal = withBody(items, "老旧小区");
        Item metro = withBody(items, "地铁三号线昨日");
        assertEquals("老街区焕发新活力", renewal.title());
        assertEquals("本报记者 王小明", renewal.byline());
        assertEquals("地铁三号线开通运营", metro.title(), items.toString());
        assertEquals("", metro.byline());
        assertEquals("记者 李四 通讯员 张三", Bylines.closingSignature("(记者 李四 通讯员 张三)"));
        assertNull(Bylines.closingSignature("（综合新华社、滨江日报等）"));
    }

    @Test
    void aSourceNoteInBracketsClosesTheBriefAboveAndIsItsByline() {
        List<Item> items = split(doubleSpaced("滨江新区首座零碳社区交付",
                "滨江新区首座零碳示范社区日前交付使用，社区屋顶光伏年发电量约一百二十万千瓦时，可满足公共区域用电。",
                "社区还配套建设了储能站和六十个充电桩，居民可通过手机预约充电，高峰时段电价下浮一成。",
                "(综合新华社、滨江日报)", "储能产业链加速成形", "本报记者 周明远",
                "走进滨江储能产业园，一条条电芯生产线正满负荷运转，园区今年新签约项目十一个，总投资超过八十亿元。"));
        Item community = withBody(items, "零碳示范社区");
        Item storage = withBody(items, "储能产业园");
        assertEquals("滨江新区首座零碳社区交付", community.title());
        assertEquals("(综合新华社、滨江日报)", community.byline());
        assertEquals(ItemKind.BRIEF, community.kind(), "wires credited, no reporter: still a brief");
        assertEquals("储能产业链加速成形", storage.title(), items.toString());
        assertEquals("本报记者 周明远", storage.byline());
        assertTrue(Bylines.isSourceNote("（来源：江城晚报）"));
        assertTrue(!Bylines.isSourceNote("（本报记者 王小明）"));
    }

    @Test
    void aClosingDatelineInBracketsStaysWithTheSignedArticleAbove() {
        List<Item> items = split(String.join("\n\n", "江城新建充电桩两千个", "本报记者 王强",
                "据介绍，江城今年将新建公共充电桩两千个，覆盖全部街道和主要景区，新建充电桩以快充为主。",
                "市发展改革委有关负责人表示，明年还将在高速公路服务区增建超充站。", "（本报江城11月20日电）",
                "城东图书馆新馆开放", "城东新区图书馆新馆日前开放，藏书五十万册，另设儿童阅览区和自习室。") + "\n");
        Item charging = withBody(items, "充电桩两千个");
        Item library = withBody(items, "藏书五十万册");
        assertEquals("本报记者 王强 （本报江城11月20日电）", charging.byline(), items.toString());
        assertEquals("城东图书馆新馆开放", library.title(), items.toString());
        assertEquals("", library.kicker(), "the dateline is not the next headline's kicker");
        assertTrue(Bylines.isSourceNote("(新华社北京6月1日电)"));
        assertFalse(Bylines.isSourceNote("（本报记者 王强）"));
    }

    @Test
    void aHeadlineAfterAWireStorysEndMarkStartsTheNextItem() {
        List<Item> items = split(String.join("\n\n", "城东图书馆新馆开放",
                "新华社江城11月20日电（记者 李华）城东新区图书馆新馆日前开放，藏书五十万册，另设儿童阅览区和自习室。",
                "新馆实行全年无休，每天开放十二个小时。（完）", "地铁三号线开通运营",
                "江城地铁三号线昨日开通运营，全长二十八公里，设站二十个，早晚高峰四分钟一班。", "（记者 赵敏）") + "\n");
        Item metro = withBody(items, "地铁三号线昨日");
        assertEquals("地铁三号线开通运营", metro.title(), items.toString());
        assertEquals("记者 赵敏", metro.byline());
        assertFalse(withBody(items, "藏书五十万册").body().contains("地铁"), items.toString());
    }

    @Test
    void writersSignedUnderTheLastParagraphStayTheBylineWhenASourceNoteFollowsTheClosingHeadline() {
        List<Item> items = split(doubleSpaced(
                "今年以来，滨江新区加快推进老旧供水管网改造，已完成改造管线四十二公里，惠及居民三万余户。",
                "新区还将在年内建成智慧水务平台，实时监测管网压力和水质，漏损率有望降至百分之八以下。",
                "■王小明李华", "滨江新区加快推进老旧供水管网改造", "（来源：滨江日报）", "储能产业链加速成形", "本报记者 周明远",
                "走进滨江储能产业园，一条条电芯生产线正满负荷运转，园区今年新签约项目十一个，总投资超过八十亿元。"));
        Item pipes = withBody(items, "供水管网");
        assertEquals("滨江新区加快推进老旧供水管网改造", pipes.title(), items.toString());
        assertEquals("王小明李华 （来源：滨江日报）", pipes.byline());
        assertEquals("本报记者 周明远", withBody(items, "储能产业园").byline());
    }

    @Test
    void aCommentarySignedByAnInstitutionAndItsWritersKeepsItsSections() {
        List<Item> items = split(doubleSpaced("■华信研究院 王小明李华", "数据要素市场如何提速",
                "数据要素市场建设进入快车道，各地数据交易机构相继成立，但交易规模仍然偏小，供需对接不畅的问题较为突出。",
                "供给不足",
                "优质数据集供给不足，公共数据开放程度不高，企业数据确权难、定价难，制约了交易活跃度的提升和市场的扩容。",
                "对策建议",
                "建议加快完善数据产权制度，培育数据经纪人等新型主体，推动公共数据授权运营，激发市场主体参与的积极性。"));
        assertEquals(1, items.size(), items.toString());
        assertEquals("华信研究院 王小明李华", items.get(0).byline());
        assertEquals("数据要素市场如何提速", items.get(0).title());
    }

    @Test
    void reportersNamedAfterADatelineWithoutBracketsAreItsByline() {
        List<Item> items = split(String.join("\n\n", "沪上首个低空飞行服务站启用",
                "本报上海6月1日电 记者王强报道：上海首个低空飞行服务站今天在金山区启用，可为无人机和直升机提供飞行服务。",
                "江城推出夜间公交专线",
                "本报讯 通讯员 赵敏 记者 孙丽 为方便市民夜间出行，江城公交集团从6月1日起开通八条夜间公交专线。") + "\n");
        Item drones = withBody(items, "低空飞行服务站今天");
        assertEquals("本报上海6月1日电记者王强报道", drones.byline());
        assertTrue(drones.body().startsWith("上海首个"), drones.body());
        Item buses = withBody(items, "夜间公交专线。");
        assertEquals("本报讯（通讯员赵敏记者孙丽）", buses.byline());
        assertTrue(buses.body().startsWith("为方便市民"), buses.body());
        assertEquals(ItemKind.BRIEF, buses.kind());
    }

    /** A page of long paragraphs, one per line, with short headlines, bylines and labels between them. */
    private static final String METRO_PAGE = String.join("\n\n", "江城地铁四号线开通试运营", "本报记者 王强",
            "6月1日上午，江城地铁四号线正式开通试运营，线路全长三十二公里，共设车站二十四座，串联起高铁东站、大学城和国际会展中心，江城地铁运营里程达到一百八十公里。",
            "据介绍，四号线全线采用全自动运行系统，最高运行速度每小时一百公里，早晚高峰行车间隔缩短至三分钟，平峰时段行车间隔为六分钟，基本满足沿线市民的出行需求。",
            "市轨道交通集团负责人表示，下一步将根据客流变化情况适时优化调整运行图，不断提升乘客出行体验，同时加快推进五号线和六号线的建设进度。",
            "6月1日，乘客在江城地铁四号线列车上体验全自动运行。（本报记者 王强 摄）",
            "短评", "让城市交通更有温度",
            "地铁通车是城市发展的缩影，也是民生改善的注脚。交通建设既要追求速度，更要注重细节，让每一位乘客都能感受到城市的温度，这才是城市发展应有的样子。",
            "（作者系江城大学交通学院教授）") + "\n";

    @Test
    void longParagraphsOnePerLineStayParagraphsWhenShortLinesPullTheMedianDown() {
        Item metro = withBody(split(METRO_PAGE), "正式开通试运营");
        assertEquals(3, metro.paragraphs().size(), metro.toString());
    }

    @Test
    void aCaptionEndingInABracketedPhotoCreditIsAPhoto() {
        Item photo = withBody(split(METRO_PAGE), "乘客在江城地铁四号线列车上");
        assertEquals(ItemKind.PHOTO, photo.kind(), photo.toString());
        assertEquals("（本报记者 王强 摄）", photo.byline());
        assertEquals("6月1日，乘客在江城地铁四号线列车上体验全自动运行。", photo.body());
    }

    @Test
    void aPieceSignedWithANoteOnItsAuthorIsAColumn() {
        Item comment = withBody(split(METRO_PAGE), "城市发展的缩影");
        assertEquals("让城市交通更有温度", comment.title());
        assertEquals("（作者系江城大学交通学院教授）", comment.byline());
        assertEquals(ItemKind.COLUMN, comment.kind());
    }

    @Test
    void aBareNameBetweenAHeadlineAndItsBodyIsTheBylineOfANewArticle() {
        String article = String.join("\n\n", "江城地铁四号线开通试运营", "本报记者 王强",
                "6月1日上午，江城地铁四号线正式开通试运营，线路全长三十二公里，共设车站二十四座，串联起高铁东站和大学城。",
                "据介绍，四号线全线采用全自动运行系统，最高运行速度每小时一百公里，早晚高峰行车间隔缩短至三分钟。");
        List<Item> items = split(article + "\n\n" + String.join("\n\n", "城东图书馆新馆开放", "李晓明",
                "城东图书馆新馆昨日正式对外开放，新馆建筑面积一万二千平方米，藏书八十万册，设有少儿阅览区和自习室。") + "\n");
        Item library = withBody(items, "城东图书馆新馆昨日");
        assertEquals("城东图书馆新馆开放", library.title(), items.toString());
        assertEquals("李晓明", library.byline());
        assertFalse(withBody(items, "四号线全线").body().contains("图书馆"));

        // a place name between headline and body is no signature
        List<Item> place = split(article + "\n\n" + String.join("\n\n", "城东图书馆新馆开放", "江城",
                "城东图书馆新馆昨日正式对外开放，新馆建筑面积一万二千平方米，藏书八十万册，设有少儿阅览区和自习室。") + "\n");
        assertTrue(place.stream().noneMatch(i -> i.byline().equals("江城")), place.toString());
    }

    @Test
    void aPhotosHeadlineAfterASignedArticleTitlesThePhotoInsteadOfEndingTheArticle() {
        List<Item> items = split(String.join("\n\n", "江城地铁四号线开通试运营", "本报记者 王强",
                "6月1日上午，江城地铁四号线正式开通试运营，线路全长三十二公里，共设车站二十四座，串联起高铁东站、大学城和国际会展中心。",
                "据介绍，四号线全线采用全自动运行系统，最高运行速度每小时一百公里，早晚高峰行车间隔缩短至三分钟。",
                "茶园采摘忙", "5月30日，在江城市南山镇的一处茶园里，茶农正在采摘夏茶。近年来，南山镇大力发展茶产业，带动农民增收。",
                "李晓明摄/江城图片") + "\n");
        Item metro = withBody(items, "四号线全线");
        assertFalse(metro.body().contains("茶园采摘忙"), metro.toString());
        Item photo = withBody(items, "茶农正在采摘夏茶");
        assertEquals(ItemKind.PHOTO, photo.kind(), items.toString());
        assertEquals("茶园采摘忙", photo.title());
    }

    @Test
    void shortLevelTwoHeadingsInsideASignedMarkdownArticleAreItsSections() {
        List<Item> items = split(String.join("\n\n", "# 数据要素市场如何提速", "华信研究院 王小明",
                "数据要素市场建设进入快车道，各地数据交易机构相继成立，但交易规模仍然偏小，供需对接不畅的问题较为突出。",
                "## 供给不足", "优质数据集供给不足，公共数据开放程度不高，企业数据确权难、定价难，制约了交易活跃度的提升。",
                "## 对策建议", "建议加快完善数据产权制度，培育数据经纪人等新型主体，推动公共数据授权运营。",
                "## 江城举办首届城市书展", "本报讯（记者 李华）6月1日，首届江城城市书展在会展中心开幕。") + "\n");
        assertEquals(2, items.size(), items.toString());
        Item data = withBody(items, "数据要素市场建设");
        assertEquals("数据要素市场如何提速", data.title());
        assertEquals("华信研究院王小明", data.byline()); // spaces between Han characters are closed up
        assertTrue(data.body().contains("供给不足") && data.body().contains("推动公共数据授权运营"), data.body());
        assertEquals("江城举办首届城市书展", withBody(items, "城市书展在会展中心").title());
    }

    @Test
    void levelTwoHeadingsUnderAPageTitleAreItems() {
        List<Item> items = split(String.join("\n\n", "# 江城日报 第3版 要闻", "## 城东图书馆新馆开放",
                "城东图书馆新馆昨日正式对外开放，新馆建筑面积一万二千平方米，藏书八十万册。",
                "## 南湖公园完成改造", "南湖公园改造工程日前完工，新增步道三公里，增设休憩座椅一百余处。") + "\n");
        assertEquals("城东图书馆新馆开放", withBody(items, "城东图书馆新馆昨日").title(), items.toString());
        assertEquals("南湖公园完成改造", withBody(items, "南湖公园改造工程").title());
    }

    @Test
    void unsignedBriefsOneAfterTheOtherEachKeepTheirHeadline() {
        List<Item> items = split(String.join("\n\n", "江城港集装箱吞吐量连续三个月增长",
                "江城港务集团日前发布数据，今年三月港口集装箱吞吐量同比增长百分之九，已连续三个月保持增长势头。",
                "南湖湿地迎来首批越冬候鸟近千只",
                "随着气温下降，首批越冬候鸟日前飞抵南湖湿地，监测人员已记录到白鹭、苍鹭等近千只候鸟在此栖息。",
                "城西智慧农业示范园投入使用",
                "城西智慧农业示范园日前正式投入使用，园区采用物联网技术实时监测土壤墒情，可节约灌溉用水三成以上。") + "\n");
        assertEquals(3, items.size(), items.toString());
        assertEquals("南湖湿地迎来首批越冬候鸟近千只", withBody(items, "白鹭").title());
        assertEquals("城西智慧农业示范园投入使用", withBody(items, "土壤墒情").title());
    }

    @Test
    void aStandfirstAboveAHeadlineThePageAlsoPrintsAsATeaserOpensItsArticle() {
        // a front-page teaser repeats the headline; the standfirst printed above the article's own copy of it
        List<Item> items = split(doubleSpaced("江城老字号借直播焕发新生机",
                "老字号触网，客流翻番。城南一家百年糕点铺开通直播间一年，线上销售额已占总销售额的四成，年轻顾客明显增多。",
                "3月28日，江城地铁三号线列车驶过跨江大桥。三号线全长二十八公里，沿线串起大学城、科技园和高铁站。", "本报记者 王强/摄",
                "百年老字号走进直播间，一场场带货直播让传统糕点卖到了全国各地，老字号焕发新生机的背后，是一场从作坊到数字化的转型。",
                "江城老字号借直播焕发新生机", "本报记者 周明远",
                "清晨六点，位于老城区的百年糕点铺已经飘出香气，店员们一边揉面一边调试直播设备，准备开始当天的第一场直播带货。",
                "去年以来，这家老字号开通了直播间，线上销售额已占到总销售额的四成，老字号借直播重新走进了年轻人的视野和生活。"));
        Item article = withBody(items, "清晨六点");
        assertEquals("江城老字号借直播焕发新生机", article.title());
        assertEquals("本报记者 周明远", article.byline());
        assertTrue(article.body().startsWith("百年老字号走进直播间"), article.body());
        assertEquals(1, items.stream().filter(i -> i.body().contains("百年老字号")).count(), items.toString());
        assertEquals(1, items.stream().filter(i -> i.kind() == ItemKind.TEASER).count(), "the other copy is a teaser");
    }

    private static final String SHOP_P1 = "清晨六点，位于老城区的百年糕点铺已经飘出香气，店员们一边揉面一边调试直播设备，准备开始当天的第一场直播带货。";
    private static final String SHOP_P2 = "去年以来，这家老字号开通了直播间，线上销售额已占到总销售额的四成，老字号借直播重新走进了年轻人的视野和生活。";

    @Test
    void aPhotoCaptionedTuWeiAfterAnArticlesFirstParagraphTakesOnlyItsCaption() {
        for (String byline : new String[] {"本报记者 周明远", ""}) {
            List<Item> items = split(String.join("\n\n", "江城老字号借直播焕发新生机", byline, SHOP_P1,
                    "图为店员在直播间介绍传统糕点。", "本报记者 王强/摄", SHOP_P2).replace("\n\n\n\n", "\n\n") + "\n");
            Item article = withBody(items, "清晨六点");
            assertEquals("江城老字号借直播焕发新生机", article.title(), items.toString());
            assertEquals(byline, article.byline());
            assertTrue(article.body().contains("去年以来"), items.toString());
            Item photo = withBody(items, "图为店员");
            assertEquals(ItemKind.PHOTO, photo.kind());
            assertEquals("图为店员在直播间介绍传统糕点。", photo.body());
        }
    }

    @Test
    void aGroupOfPhotosCaptionedLeftAndRightKeepsTheDescriptionAboveThemUnderAHeadlineWithAByline() {
        // as a print export leaves it: an article's headline and byline, its body printed elsewhere, then a photo group
        List<Item> items = split(doubleSpaced("江城老字号借直播焕发新生机", "本报记者 周明远",
                "3月28日，江城糕点文化节在老城区开幕，四十余家老字号带来传统糕点和非遗技艺展示，吸引市民游客驻足。",
                "左图为游客品尝传统糕点。", "右图为店员展示非遗技艺。", "本报记者 王强/摄"));
        Item photo = withBody(items, "左图为");
        assertEquals(ItemKind.PHOTO, photo.kind());
        assertTrue(photo.body().startsWith("3月28日"), items.toString());
    }

    @Test
    void aCommentarySignedByThePapersCommentatorIsAColumnWithThatByline() {
        List<Item> items = split(doubleSpaced("本报评论员",
                "发展新质生产力，关键在创新。近年来，江城持续加大研发投入，全社会研发经费投入强度连续三年提高，一批关键核心技术取得突破。",
                "创新不是一句口号，而是要落到每一家企业、每一条生产线上。只有让创新成为企业的自觉行动，新质生产力才能真正成长起来。",
                "以创新赢得发展主动"));
        Item commentary = withBody(items, "发展新质生产力");
        assertEquals("本报评论员", commentary.byline(), items.toString());
        assertEquals(ItemKind.COLUMN, commentary.kind());
        assertTrue(items.stream().noneMatch(i -> i.title().equals("本报评论员")), items.toString());
        assertTrue(Bylines.isByline("新华社评论员"));
        assertTrue(!Bylines.isByline("评论员"));
    }

    @Test
    void anEditorsNoteUnderItsOwnLabelLineIsAnItemOfItsOwnTitledByTheLabel() {
        // a feed's markdown: the label and the story's headline are both "##" headings
        List<Item> items = split(String.join("\n\n", "# 台风逼近,江城启动防台风应急响应", "记者从江城市防汛防台风指挥部获悉,沿海各县已完成渔船回港。",
                "分享到:微信 | 朋友圈 | 微博", "## 编者按",
                "台风来临之际,我们推出\"守护家园\"系列报道,记录坚守在一线的电力工人、消防员和社区工作者。",
                "我们也想借此提醒每一位读者:台风面前,最好的守护是做好自己的防护。", "## 守护家园丨凌晨四点的抢修队",
                "8月15日凌晨4时,江城供电公司抢修班班长的手机响了:沿海大道一处线路跳闸。",
                "雨已经下得很急。抢修队员穿着雨衣,顺着线路一根杆一根杆地排查,终于找到了故障点。") + "\n");
        Item note = withBody(items, "系列报道");
        assertEquals("编者按", note.title(), items.toString());
        assertFalse(note.body().contains("抢修班"), items.toString());
        assertEquals("守护家园丨凌晨四点的抢修队", withBody(items, "抢修班").title(), items.toString());
    }

    @Test
    void aPrintedEditorsNoteUnderItsLabelTakesNoSectionTheHeadlineBelowItHeadsTheStory() {
        List<Item> items = split(String.join("\n\n", "江城日报　2024年8月15日　第3版", "编者按",
                "　　台风来临之际，本版推出“守护家园”系列报道，记录坚守在一线的电力工人、消防员和社区工作者。",
                "凌晨四点的抢修队", "　　8月15日凌晨4时，江城供电公司抢修班班长的手机响了：沿海大道一处线路跳闸。",
                "　　雨已经下得很急。抢修队员穿着雨衣，顺着线路一根杆一根杆地排查，终于找到了故障点。") + "\n");
        assertEquals("编者按", withBody(items, "系列报道").title(), items.toString());
        assertEquals("凌晨四点的抢修队", withBody(items, "抢修班").title(), items.toString());
    }

    @Test
    void aNewBooksBoxKeepsItsEntriesTogetherUnderItsNameTheBooksAreNoHeadlines() {
        List<Item> items = split(String.join("\n\n", "江城晚报·副刊　2024年4月23日　第12版", "新书速递",
                "　　《雪线以上》　林小川 著　北岳文艺出版社", "　　一位地质队员在高原工作三十年的非虚构记录，写冰川，也写牧民。",
                "　　《小城烟火》　吕小安 著　南屏出版社", "　　作者用二十余篇散文，记录了老城的街巷、手艺人和市井生活。",
                "　　《旧物记》　邵青梧 著　花城出版社", "　　一只搪瓷缸、一台缝纫机，作者借三十件寻常旧物，写尽几代人的悲欢。") + "\n");
        Item box = withBody(items, "地质队员");
        assertEquals("新书速递", box.title(), items.toString());
        assertTrue(box.body().contains("搪瓷缸") && box.body().contains("《小城烟火》"), items.toString());
    }

    @Test
    void aReadersLetterSignedByTheReaderTakesTheDepartmentsReplyAndTheNextLettersQuestionHeadsTheNextItem() {
        List<Item> items = split(String.join("\n\n", "江城晚报　2024年8月22日　第10版", "读者来信", "人行道成了“停车场”",
                "　　编辑同志：我家住在城西区锦华路附近，每天早上送孩子上学，人行道上停满了车，孩子只能走车道。",
                "读者 赵小玲", "【部门回复】", "　　城西区城市管理局：感谢读者的监督。我局已在该路段加装隔离桩，并安排人员每日巡查。",
                "加装电梯补贴申请交了两个月，咋没回音？", "　　我是城东区和平里小区的住户。今年5月，我们单元提交了加装电梯补贴申请，至今没有消息。",
                "读者 李小山", "【部门回复】市住房和城乡建设局：您反映的情况我们已经了解，补贴将于本月内拨付到位。") + "\n");
        Item first = withBody(items, "人行道上停满了车");
        assertTrue(first.body().contains("加装隔离桩"), items.toString());
        assertFalse(first.body().contains("和平里"), items.toString());
        Item second = withBody(items, "和平里小区");
        assertEquals("加装电梯补贴申请交了两个月，咋没回音？", second.title(), items.toString());
        assertTrue(second.body().contains("补贴将于本月内拨付到位"), items.toString());
    }

    @Test
    void anEditorsNoteAboveAHeadlineOpensTheArticleBelowIt() {
        List<Item> items = split(String.join("\n\n",
                "编者按：数据要素是数字经济的关键要素。本版今起推出系列报道，记录江城数据要素市场建设的探索与实践。",
                "让数据要素流动起来", "本报记者 王强",
                "走进江城数据交易所，大屏上实时滚动着交易数据。去年以来，这里累计成交额突破十亿元，挂牌数据产品超过八百个。",
                "“数据只有流动起来，才能产生价值。”交易所负责人说，下一步将推动更多公共数据进场交易。"));
        Item article = withBody(items, "走进江城数据交易所");
        assertEquals("让数据要素流动起来", article.title());
        assertTrue(article.body().startsWith("编者按："), items.toString());
        assertEquals(1, items.size(), items.toString());
    }

    /** A markdown-ish feed: emphasis, a quotation, a list, a rule, half-width punctuation. */
    private static final String MARKDOWN_FEED = doubleSpaced("# 城东图书馆新馆开放", "**本报记者 周明远**",
            "城东新区图书馆新馆日前对外开放,藏书五十万册,另设儿童阅览区和自习室,周末还将举办读书分享活动.",
            "> “新馆开放后,我每周都会带孩子来.”市民王女士说.", "新馆还推出了以下服务:", "- 自助借还书", "- 24小时还书箱", "---",
            "## 地铁三号线开通运营", "江城地铁三号线昨日正式开通运营,全长二十八公里,设站二十个,沿线串起大学城、科技园和高铁站.",
            "*图为市民乘坐三号线列车.* 新华社记者 王小明/摄");

    @Test
    void aMarkdownFeedsEmphasisQuotationsListsAndRulesAreReadAsTheTextTheyMark() {
        List<Item> items = split(MARKDOWN_FEED);
        Item library = withBody(items, "藏书五十万册");
        assertEquals("城东图书馆新馆开放", library.title());
        assertEquals("本报记者 周明远", library.byline());
        assertEquals(List.of("城东新区图书馆新馆日前对外开放,藏书五十万册,另设儿童阅览区和自习室,周末还将举办读书分享活动.",
                "“新馆开放后,我每周都会带孩子来.”市民王女士说.", "新馆还推出了以下服务:", "自助借还书", "24小时还书箱"),
                library.paragraphs());
        Item photo = withBody(items, "图为市民");
        assertEquals(ItemKind.PHOTO, photo.kind());
        assertEquals("新华社记者 王小明/摄", photo.byline());
        assertEquals(3, items.size(), items.toString());
    }

    @Test
    void aDatelineOnItsOwnLineAndTwoCreditsOnOneLineAreTheBylineUnderTheHeadline() {
        for (String byline : new String[] {"本报北京6月1日电 （记者王强）", "新华社北京6月1日电（记者王强）", "文/王强 图/李四"}) {
            List<Item> items = split(doubleSpaced("城东图书馆新馆开放", byline,
                    "城东新区图书馆新馆日前对外开放，藏书五十万册，另设儿童阅览区和自习室，周末还将举办读书分享活动，欢迎市民参加。",
                    "地铁三号线开通运营", "本报讯 江城地铁三号线昨日正式开通运营，全长二十八公里，设站二十个，沿线串起大学城、科技园和高铁站。"));
            Item library = withBody(items, "藏书五十万册");
            assertEquals("城东图书馆新馆开放", library.title(), byline + ": " + items);
            assertEquals(byline, library.byline());
        }
        assertEquals("新华社北京6月1日电（记者王强）", Bylines.datelinePrefix("新华社北京6月1日电（记者王强）城东新区图书馆新馆日前对外开放。"));
    }

    @Test
    void aSummaryUnderCoreTipsIntroducesTheArticleBelowItAndIsNotClosedByItsHeadline() {
        List<Item> items = split(doubleSpaced("核心提示",
                "去年以来，江城加快建设数据要素市场，数据交易所累计成交额突破十亿元。本期聚焦数据如何“流动起来”。",
                "让数据要素流动起来", "本报记者 王强",
                "走进江城数据交易所，大屏上实时滚动着交易数据。去年以来，这里累计成交额突破十亿元，挂牌数据产品超过八百个。"));
        Item article = withBody(items, "走进江城数据交易所");
        assertEquals("让数据要素流动起来", article.title(), items.toString());
        assertEquals("本报记者 王强", article.byline());
        assertTrue(article.body().startsWith("去年以来，江城加快建设"), article.body());
        assertEquals(1, items.size(), items.toString());
    }

    @Test
    void aHeadlinePrintedAfterItsBodyIsNotTakenAsTheKickerOfTheNextHeadline() {
        List<Item> items = split("本报讯 昨日，全省首个量子计算公共服务平台在南湖科学城上线运行，面向高校和中小企业开放算力资源。\n\n"
                + "量子计算公共服务平台上线\n\n智慧农业助力春耕\n\n本报记者 刘洋\n\n"
                + "眼下正值春耕时节，无人机在万亩良田里穿梭往来，播种施肥一气呵成。\n");
        Item platform = withBody(items, "算力资源");
        Item farming = withBody(items, "春耕时节");
        assertEquals("量子计算公共服务平台上线", platform.title());
        assertEquals("智慧农业助力春耕", farming.title());
        assertEquals("", farming.kicker());
    }

    @Test
    void aPhotoCreditAfterADatelinedBriefTakesOnlyTheLastParagraphAsCaption() {
        List<Item> items = split("本报讯 记者从市交通运输局获悉，全市新能源公交车已达两千三百辆，占公交车总数的八成以上。\n\n"
                + "图为市民在江滨公园骑行。\n\n本报记者 王强/摄\n");
        assertEquals(2, items.size(), items.toString());
        assertEquals(ItemKind.BRIEF, items.get(0).kind());
        assertTrue(items.get(0).body().startsWith("记者从市交通运输局获悉"), items.get(0).body());
        assertEquals(ItemKind.PHOTO, items.get(1).kind());
        assertEquals("图为市民在江滨公园骑行。", items.get(1).body());
    }

    @Test
    void aHeadlinePrintedAfterItsBriefIsNotJoinedWithTheNextBriefsHeadlineAsOneWrappedTitle() {
        String raw = doubleSpaced(
                "本报讯 日前，南湖市第一人民医院智慧",
                "病房正式启用，患者可通过床旁终端查",
                "询费用、预约检查，护士站实时掌握病",
                "区情况。医院负责人表示，年内将在全",
                "院推广这一模式。",
                "智慧病房正式启用",
                "新能源公交车占比超八成",
                "本报讯 记者从南湖市交通运输局获悉，",
                "全市新能源公交车已达两千三百辆，占",
                "公交车总数的百分之八十二。");
        List<Item> items = split(raw);
        Item ward = withBody(items, "病区情况");
        Item buses = withBody(items, "两千三百辆");
        assertEquals("智慧病房正式启用", ward.title());
        assertEquals("新能源公交车占比超八成", buses.title());
    }

    @Test
    void anAuthorNoteClosingACommentaryIsItsBylineNotAnItem() {
        List<Item> items = split("## 让绿道真正活起来\n\n绿道建得好，更要用得好。相关部门应加强日常管护，让绿道成为市民愿意去的好地方。\n\n"
                + "（作者系本报评论员）\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("（作者系本报评论员）", items.get(0).byline());
    }

    @Test
    void aHeadlinePrintedBetweenTwoUntitledBodiesOfOneColumnClosesTheBodyItMatches() {
        List<Item> items = split("近来，一些高速路段竖起“慎用辅助驾驶”的提示牌，智能驾驶是否安全再次成为话题。\n\n"
                + "专家认为，智能驾驶仍处在辅助阶段，驾驶人必须全程专注，不能把辅助驾驶当作自动驾驶。\n\n"
                + "智能驾驶不等于自动驾驶\n\n"
                + "一季度全市新能源汽车产销量都增长了三成多，在新车中的占比也在上升。\n\n"
                + "业内人士表示，产业链协同创新是保持竞争优势的关键。\n");
        Item driving = withBody(items, "提示牌");
        Item cars = withBody(items, "产销量");
        assertTrue(driving != cars, items.toString());
        assertEquals("智能驾驶不等于自动驾驶", driving.title());
    }

    @Test
    void aSectionHeadingEchoingItsArticlesTitleStaysInTheArticle() {
        List<Item> items = split("# 重塑安全体系实现突围\n\n本报记者 王一\n\n网络安全需要体系化建设，重塑安全体系才能实现突围。\n\n"
                + "专家表示，安全体系建设要从顶层设计入手。\n\n重塑安全体系是突围之道\n\n"
                + "企业应加大投入，培养复合型人才，提升整体防护能力。\n");
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).paragraphs().contains("重塑安全体系是突围之道"));
    }

    @Test
    void kickerAboveTheTitleAndColumnLabelsAreRecognized() {
        List<Item> items = split("城市观察\n\n老旧小区加装电梯提速，居民出行更方便\n\n一部电梯带来的幸福感\n\n本报记者 吴敏\n\n今年以来，全市老旧小区加装电梯工作明显提速，已有两百多部电梯投入使用。\n");
        Item a = items.get(0);
        assertEquals("老旧小区加装电梯提速，居民出行更方便", a.kicker());
        assertEquals("一部电梯带来的幸福感", a.title());
        assertEquals("本报记者 吴敏", a.byline());
    }

    @Test
    void headlineWithoutABodyIsKeptAsATeaser() {
        List<Item> items = split("# 夜间经济点亮城市\n\n## 明日天气\n\n本报讯 今天白天晴，最高气温二十五度。\n");
        assertTrue(items.stream().anyMatch(i -> i.kind() == ItemKind.TEASER || i.title().equals("夜间经济点亮城市")));
        assertTrue(items.stream().anyMatch(i -> i.body().contains("最高气温")));
    }

    @Test
    void furnitureNeverEntersABody() {
        List<Item> items = split("# 新能源车销量增长\n\n本报记者 钱多\n\n上月新能源车销量同比增长两成。\n\n更多内容扫码阅读\n\n经销商表示，消费者更看重续航和充电便利。\n");
        for (Item i : items) {
            assertTrue(!i.body().contains("扫码"), i.body());
        }
    }

    @Test
    void furnitureExtractedAroundASubheadingDoesNotCutTheArticle() {
        // a page reference above the sub-heading, an editor's line among the paragraphs below it: both printed
        // across the columns, neither part of the article nor a boundary in it
        List<Item> items = split(String.join("\n\n",
                "# 老街区焕发新活力",
                "本报记者 吴敏",
                "今年以来，江城市共启动老旧小区改造项目一百二十个，惠及居民约十万人，改造内容包括加装电梯和更新管网。",
                "P16",
                "居民议事会",
                "每个项目在设计阶段都会召开居民议事会，听取意见后再定方案，施工期间还设有居民监督员。",
                "责任编辑 刘洋  美术编辑 陈静",
                "住房和城乡建设局表示，明年将把议事会的做法推广到全市所有改造项目，让居民全程参与。") + "\n");
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).body().contains("居民监督员") && items.get(0).body().contains("推广到全市"));
        assertTrue(!items.get(0).body().contains("P16") && !items.get(0).body().contains("责任编辑"), items.get(0).body());
    }

    @Test
    void aScanToReadMorePromptAfterAFinishedSentenceEndsTheItemAbove() {
        String raw = doubleSpaced(
                "近日，市园林局启动了城区",
                "行道树更新工作，计划年内",
                "补种银杏和香樟三千余株。",
                "更多内容扫码阅读",
                "6月2日，市交通局召开公交",
                "线网优化座谈会，听取市民",
                "对新开线路的意见和建议。",
                "更多内容扫码阅读",
                "城区行道树更新启动")
                + "\n\n公交线网优化听取市民意见\n";
        List<Item> items = split(raw);
        Item trees = withBody(items, "银杏");
        Item buses = withBody(items, "公交");
        assertTrue(trees != buses, trees.body());
        assertEquals("城区行道树更新启动", trees.title());
        assertEquals("公交线网优化听取市民意见", buses.title());
    }

    private static final String[] CANTEEN_IN_A_NARROW_COLUMN = {
            "城东新区的社区食堂上个月",
            "开业，每天中午为附近的老",
            "人提供热饭热菜，荤素搭配",
            "合理，很受欢迎。",
            "食堂负责人说，饭菜的价格",
            "比市场低两成，老人们吃得",
            "放心，子女们也少操了不少",
            "心，大家都很满意。"};

    private static final String[] LIFTS_IN_A_WIDE_COLUMN = {
            "城西的老旧小区今年完成加装电梯的工程，二",
            "十多部新电梯已经投入使用，住在高层的老人",
            "出门方便了很多。",
            "街道办事处介绍，明年还将为更多的小区加装",
            "电梯，让老人住得更加舒心。"};

    private static String[] concat(String[] a, String[] b, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length + more.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(more, 0, out, a.length + b.length, more.length);
        return out;
    }

    @Test
    void aOneLineParagraphClosingAnArticleDoesNotHideTheNextColumnsWiderLines() {
        String[] narrow = concat(CANTEEN_IN_A_NARROW_COLUMN, new String[0], "居民们纷纷点赞。");
        List<Item> items = split(doubleSpaced(concat(narrow, LIFTS_IN_A_WIDE_COLUMN)));
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).body().endsWith("居民们纷纷点赞。"));
        assertTrue(items.get(1).body().startsWith("城西的老旧小区"));
    }

    @Test
    void aOneLineParagraphWiderThanTheColumnAboveStartsTheNextArticle() {
        String[] wide = concat(new String[] {"近日，城西的夜市重新开张，市民很多。"}, LIFTS_IN_A_WIDE_COLUMN);
        List<Item> items = split(doubleSpaced(concat(CANTEEN_IN_A_NARROW_COLUMN, wide)));
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.get(0).body().endsWith("大家都很满意。"));
        assertTrue(items.get(1).body().startsWith("近日，城西的夜市"));
    }

    @Test
    void aLetterSpacedOneLineParagraphIsMeasuredWithoutItsSpaces() {
        // 12 characters with a space after each: the raw line is 17.5 wide, the text 12
        List<Item> items = split(doubleSpaced(concat(CANTEEN_IN_A_NARROW_COLUMN, new String[0],
                "大 家 都 说 这 次 活 动 办 得 好 。")));
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).body().endsWith("大家都说这次活动办得好。"));
    }

    @Test
    void aHeadlineWrappedBeforeALongLatinNameKeepsItsFirstLine() {
        // "Nova Stellar Cloud 3.0发布" has 24 characters but prints as wide as 14 Chinese ones
        String raw = doubleSpaced(
                "科技观察\n行业动态\n 滨江数科\nNova Stellar Cloud 3.0发布",
                "本报讯 日前，滨江数科公司推出",
                "云服务新版本，名为 Nova Stellar",
                "Cloud 3.0，面向中小企业提供存储、",
                "计算和数据分析服务。公司表示，新",
                "版本降低了使用门槛，企业按需付费，",
                "弹性算力随用随取。");
        Item brief = withBody(split(raw), "弹性算力");
        assertEquals("滨江数科Nova Stellar Cloud 3.0发布", brief.title());
    }

    @Test
    void aFrameJumpAfterAFinishedParagraphStartsANewItem() {
        String raw = "\n" + doubleSpaced(
                "今年春季，城东新区的图书馆",
                "正式对外开放，每天接待读者",
                "超过两千人次。")
                + doubleSpaced(
                "海边渔村的民宿陆续开业，",
                "吸引了不少外地游客。",
                "村里还开设了渔家体验课，",
                "游客可以跟着渔民出海，",
                "体验撒网捕鱼的乐趣。");
        List<Item> items = split(raw);
        assertEquals(2, items.size());
        assertTrue(items.get(0).body().startsWith("今年春季"));
        assertTrue(items.get(1).body().startsWith("海边渔村"));
    }

    @Test
    void sectionsUnderTwoLineSubheadingsStayInTheirSignedArticle() {
        List<Item> items = split("社区微更新让老街焕新颜\n\n本报记者 林静\n\n"
                + "今年以来，城西街道启动社区微更新项目，对十多条老街巷的路面、绿化和照明进行改造。\n\n"
                + "居民参与\n\n共商改造方案\n\n"
                + "改造方案由居民投票决定，街道每周召开一次议事会，收集大家的意见和建议。\n\n"
                + "资金保障\n\n多方筹措建设经费\n\n"
                + "项目资金由财政补助和社会捐赠共同承担，目前已完成全部工程量的一半。\n\n"
                + "本报讯 城北公园的荷花进入盛放期，连日来吸引了众多市民前来观赏。\n");
        assertEquals(2, items.size(), items.toString());
        Item article = items.get(0);
        assertEquals("社区微更新让老街焕新颜", article.title());
        assertEquals("本报记者 林静", article.byline());
        assertTrue(article.body().contains("议事会") && article.body().contains("财政补助"), article.body());
        assertTrue(article.paragraphs().contains("共商改造方案"));
        assertTrue(items.get(1).body().contains("荷花"));
    }

    @Test
    void twoShortHeadlineLinesInARowOfADoubleSpacedPageAreOneWrappedTitle() {
        String raw = doubleSpaced(
                "山区小学的孩子们近日用上了",
                "新建的塑胶操场，体育课从此",
                "不再尘土飞扬。学校还添置了",
                "篮球架和乒乓球台，孩子们课",
                "间活动更加丰富。",
                "校长说，下学期还将开设足球",
                "兴趣班，请专业教练来上课。",
                "山区小学操场",
                "换上塑胶跑道");
        List<Item> items = split(raw);
        assertEquals(1, items.size(), items.toString());
        assertEquals("山区小学操场换上塑胶跑道", items.get(0).title());
    }

    @Test
    void aWrappedHeadlineWhoseSecondLineAsksAQuestionIsOneTitle() {
        String raw = doubleSpaced(
                "▶ 本报记者 王小明",
                "共享单车",
                "能否走出停放难？",
                "记者近日走访城区多个地铁站",
                "发现，早晚高峰时段共享单车",
                "堆放在出入口，挤占了盲道和",
                "人行道，不少市民对此不满。",
                "市交通委表示，将在重点站点",
                "增设电子围栏，引导有序停放。");
        List<Item> items = split(raw);
        assertEquals(1, items.size(), items.toString());
        assertEquals("共享单车能否走出停放难？", items.get(0).title());
    }

    @Test
    void theSubjectOfAShiftedVisitSubtitleWrappedOntoALineOfItsOwnStaysInTheSubtitle() {
        // the interview in the shifted font: its dash comes through as 要要, known as a subtitle's only later
        String raw = doubleSpaced(
                "请注意防范山洪等次生灾害，及时避险。",
                "冬储菜为何早上市钥",
                "要要访市农技中心",
                "蔬菜科科长梁文博",
                "本报记者 何舟",
                "　　记者院今年冬储白菜比往年早上市",
                "半个月钥",
                "　　梁文博院今年秋季气温偏高袁白菜",
                "生长期缩短袁大棚面积也扩大了袁上市",
                "时间自然提前了遥市民储菜时袁白菜要",
                "放在阴凉通风处袁不要堆得太高袁隔几",
                "天翻一翻遥",
                "　　记者院今年的菜价会不会上涨钥",
                "　　梁文博院全市冬储菜种植面积比去",
                "年增加了一成袁供应充足袁价格总体平",
                "稳遥",
                "　　记者院农户储菜有哪些好办法钥",
                "　　梁文博院可以挖浅窖或搭简易棚袁",
                "既保温又通风遥");
        List<Item> items = split(raw);
        Item interview = withBody(items, "大棚面积");
        assertEquals("冬储菜为何早上市？", interview.title(), items.toString());
        assertEquals("访市农技中心蔬菜科科长梁文博", interview.subtitle());
    }

    @Test
    void aColumnsNameInLenticularBracketsOrRunIntoItsHeadlineIsTheKicker() {
        String raw = String.join("\n",
                "〖城事漫谈〗",
                "让老街慢下来",
                "　　老街改造，最怕的是一夜之间换了",
                "模样。留住老店和老树，也就留住了",
                "街坊们的念想。",
                "（林 岚）",
                "",
                "【市场观察】理性看待“小盘股”行情",
                "　　近期部分小盘股走势活跃，不少投",
                "资者跟风入场，对此宜保持清醒。",
                "",
                "【时间】2026-03-05 08:30",
                "　　记者从市交通运输局获悉，今年春",
                "运期间全市共发送旅客两百余万人次。") + "\n";
        List<Item> items = split(raw);
        Item column = withBody(items, "老街改造");
        assertEquals("让老街慢下来", column.title(), items.toString());
        assertEquals("〖城事漫谈〗", column.kicker());
        assertFalse(column.body().contains("林 岚") && column.title().contains("林"), column.toString());
        Item market = withBody(items, "小盘股走势");
        assertEquals("理性看待“小盘股”行情", market.title());
        assertEquals("【市场观察】", market.kicker());
        assertEquals("", withBody(items, "春运期间").kicker(), "a feed's field name is no column's name");
    }

    @Test
    void aDataLinkBoxNameOverItsHeadlineIsNotPartOfTheTitle() {
        String raw = String.join("\n",
                "　　记者近日走访多个乡镇发现，充电桩已经开进了不少村",
                "委会大院，村民骑电动车、开新能源汽车都能就近充电，",
                "不用再专门跑一趟县城。",
                "数据链接",
                "一季度乡镇充电桩建设成绩单",
                "新建乡镇充电桩：1260个，同比增长31.5%",
                "覆盖乡镇：全市86个乡镇实现全覆盖",
                "平均充电半径：3.2公里") + "\n";
        List<Item> items = split(raw);
        assertEquals("一季度乡镇充电桩建设成绩单", withBody(items, "新建乡镇充电桩").title(), items.toString());
    }

    @Test
    void aPoemWhosePoetIsNamedOnItsTitlesLineKeepsItsVersesAsItsText() {
        String raw = String.join("\n",
                "## 雨水帖 林禾",
                "",
                "檐下的雨水",
                "把冬天数了又数",
                "门前那棵老柳",
                "先于我们醒来",
                "",
                "父亲扛着锄头",
                "走进一场细雨",
                "他说土已经软了",
                "可以下种了") + "\n";
        List<Item> items = split(raw);
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).body().contains("父亲扛着锄头"), items.toString());
    }

    @Test
    void thePapersReplyUnderAReadersSignedLetterStaysWithTheLetter() {
        String raw = String.join("\n",
                "小区路灯为何迟迟不亮？",
                "　　编辑同志：我家住在城西花园小区，小区东",
                "门外的三盏路灯坏了一个多月，晚上出行很不方便。",
                "　　读者　韩立平",
                "　　本报回复：",
                "　　韩先生您好！收到来信后，记者联系了城西",
                "街道。街道表示，路灯已于昨日全部修复。") + "\n";
        List<Item> items = split(raw);
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).body().contains("全部修复"), items.toString());
    }

    @Test
    void theRowsOfAScheduleUnderItsHeadingAreItsTextNotHeadlines() {
        String raw = String.join("\n",
                "本周社区活动预告",
                "11月2日（周六）9:00　城东社区服务中心　健康讲座",
                "11月3日（周日）14:30　河滨公园　老年合唱比赛",
                "11月5日（周二）10:00　图书馆二楼　亲子阅读会",
                "11月6日（周三）14:30　市老年大学报告厅　讲座：冬季养生与",
                "慢病调理") + "\n";
        List<Item> items = split(raw);
        assertEquals(1, items.size(), items.toString());
        assertEquals("本周社区活动预告", items.get(0).title());
        assertTrue(items.get(0).body().contains("亲子阅读会"), items.toString());
        assertTrue(items.get(0).body().contains("慢病调理"), "a row's wrapped tail stays in its listing: " + items);
    }

    @Test
    void aNoticesIssuerOnTheLineAboveItsTitleIsPartOfTheTitleAndTheStoryAboveKeepsItsOwn() {
        String raw = String.join("\n",
                "城西供水管网改造完工",
                "本报讯（记者 林可）记者从市水务局获悉，城西片区供水管网改造",
                "工程日前完工，市水务局表示，片区居民用水压力明显提升。",
                "临川市水务局",
                "关于城西片区部分路段临时停水的通告",
                "因管网接驳施工，11月8日8时至18时城西片区部分路段将临时停水，",
                "请居民提前做好储水准备。",
                "特此通告。") + "\n";
        List<Item> items = split(raw);
        assertEquals("城西供水管网改造完工", withBody(items, "用水压力").title(), items.toString());
        assertEquals("临川市水务局关于城西片区部分路段临时停水的通告", withBody(items, "储水准备").title(), items.toString());
    }

    @Test
    void aLineOfTwoDecksOverAPlainHeadlineOfADoubleSpacedPageIsItsKicker() {
        String raw = doubleSpaced(
                "2026年10月9日　星期五　6　农业农村",
                "抢抓农时　确保颗粒归仓",
                "万 亩 晚 稻 开 镰 收 割 　",
                "田 野 一 片 丰 收 景",
                "▶ 本报记者 林晓",
                "金秋十月，城郊的千亩稻田一片金黄，几台收割机",
                "来回穿梭，稻谷很快装满了运粮车。",
                "农技站站长说，今年晚稻长势好，亩产有望再创新高。");
        List<Item> items = split(raw);
        assertEquals(1, items.size(), items.toString());
        assertEquals("万亩晚稻开镰收割田野一片丰收景", items.get(0).title());
        assertEquals("抢抓农时 确保颗粒归仓", items.get(0).kicker());
    }

    @Test
    void aPointerToWhatToReadOnAnotherPageEndsTheStoryAboveIt() {
        String raw = String.join("\n",
                "课后服务“加”出新花样",
                "　　本报讯　今年秋季学期起，全市中小学课后服务全面推开，各校开设",
                "了科技、体育、艺术等特色课程，学生参与率超过九成。",
                "▶ 详见第8版《课后服务十问》",
                "",
                "　　课后服务如何既“托得住”又“托得好”？记者日前专访了城东中学",
                "校长林启明。",
                "【校长访谈】",
                "让每个孩子都找到自己的长处",
                "——访城东中学校长林启明",
                "本报记者 何舟",
                "　　记者：学校的课后服务有哪些特色？",
                "　　林启明：我们按学生兴趣开设了二十多门课程，每个孩子都能选到喜欢的。") + "\n";
        List<Item> items = split(raw);
        assertFalse(withBody(items, "参与率超过九成").body().contains("托得住"), items.toString());
    }

    @Test
    void aStorySignedAtItsEndInANarrowerColumnUnderAnotherSignedArticleTakesTheHeadlinePrintedUnderItsSignature() {
        String raw = doubleSpaced(
                "秋收进度过半",
                "▶ 本报记者 林晓",
                "金秋十月，城郊的千亩稻田一片金黄，几台收割机来回穿",
                "梭，稻谷很快装满了运粮车，农户们忙着晾晒刚刚收下",
                "的新谷。",
                "农技站站长说，今年晚稻长势好，亩产有望再创新高，全",
                "县秋收进度已经过半，预计月底前全部完成收割任务，",
                "颗粒归仓。",
                "夜里十一点，县粮食烘干中心依然灯火通明，十多台",
                "烘干机同时运转，一车车湿谷送进来，干谷装袋运往",
                "粮库。",
                "中心负责人说，今年新增六台烘干机，每天能烘干稻",
                "谷三百多吨，农户们再也不用为连阴雨天气发愁了，",
                "心里踏实多了。",
                "（本报记者 何舟）",
                "烘干机昼夜运转保秋粮");
        List<Item> items = split(raw);
        Item dryers = withBody(items, "烘干中心");
        assertEquals("烘干机昼夜运转保秋粮", dryers.title(), items.toString());
        assertFalse(withBody(items, "收割机").body().contains("烘干中心"), items.toString());
    }

    @Test
    void twoLongHeadlineLinesInARowAreAKickerAndItsTitleNotOneWrappedTitle() {
        // a hard-wrapped column of 17 without blank lines: the stack's lines come tight, each as long as a headline
        String raw = String.join("\n",
                "市民服务中心昨起推出延时服务，每个工作",
                "日的窗口服务时间延长至晚上七点，方便上",
                "班族下班后办理业务。",
                "城南菜市场提升改造全面完工",
                "老市场变身社区“邻里中心”",
                "记者近日在城南菜市场看到，改造后的市场",
                "地面干净整洁，摊位统一更换了电子价签，",
                "冷鲜区和熟食区也重新做了分隔。市场负责",
                "人介绍，二楼新设了社区食堂和便民维修点",
                "，每天接待居民五百多人次。") + "\n";
        List<Item> items = split(raw);
        Item market = withBody(items, "电子价签");
        assertEquals("老市场变身社区“邻里中心”", market.title(), items.toString());
        assertEquals("城南菜市场提升改造全面完工", market.kicker());
    }

    @Test
    void aKickerOfSevenCharactersOverATitleOfFourteenAreTwoDecks() {
        String raw = String.join("\n",
                "市民服务中心昨起推出延时服务，每个工作日的窗口服务时",
                "间延长至晚上七点，方便上班族下班后办理业务。",
                "老街改造进行时",
                "城南二十三个片区启动微改造工程",
                "记者近日在城南采访时看到，改造后的老街地面干净整洁，",
                "沿街店铺统一更换了招牌，街角还新设了几处口袋公园。") + "\n";
        List<Item> items = split(raw);
        Item street = withBody(items, "口袋公园");
        assertEquals("城南二十三个片区启动微改造工程", street.title(), items.toString());
        assertEquals("老街改造进行时", street.kicker());
    }

    @Test
    void twoLongHeadlineLinesStayOneTitleWhereTheLowerCannotOpenAHeadline() {
        // 在… goes on from the line above; 交 / 汇 is one word cut at the line's end (交汇 is printed in the body)
        String raw = doubleSpaced(
                "首批一百四十项跨省通办事项",
                "在中部六省全面落地实施",
                "记者近日从省政务服务中心获悉，首批事项",
                "已全部上线，群众办事不再两地来回跑。",
                "新旧两条城市干道今日起正式交",
                "汇贯通通车运行",
                "两条干道在城东交汇，通车后早晚高峰的通",
                "行时间明显缩短，沿线居民出行更方便。");
        List<Item> items = split(raw);
        assertEquals("首批一百四十项跨省通办事项在中部六省全面落地实施", withBody(items, "全部上线").title(), items.toString());
        assertEquals("新旧两条城市干道今日起正式交汇贯通通车运行", withBody(items, "城东交汇").title(), items.toString());
    }

    @Test
    void aPlainLineOverABoldDoubledLineIsTheKickerOfThatTitle() {
        String raw = doubleSpaced(
                "山脚下的旧厂房里，碗口粗的毛竹一捆捆码",
                "得整整齐齐，剖篾机正嗡嗡作响。",
                "返乡青年扎根乡村",
                "三个三个““90后90后””和一座竹编工坊和一座竹编工坊",
                "——青溪县青年创业园里的新农人",
                "三年前，方晓阳辞去城里的工作回到老家，",
                "和两个同学一起办起了竹编工坊。",
                "如今工坊带动四十多户村民增收，产品卖到",
                "了海外，订单排到了明年春天。");
        List<Item> items = split(raw);
        Item story = withBody(items, "方晓阳");
        assertEquals("三个“90后”和一座竹编工坊", story.title(), items.toString());
        assertEquals("返乡青年扎根乡村", story.kicker());
    }

    @Test
    void aHeadlineWrappedOverTwoTightLinesOfASingleSpacedHardWrappedPageIsOneTitle() {
        // no blank lines anywhere: the body wraps every 14 characters and the headline's two lines come tight
        String raw = String.join("\n",
                "近日，城西街道的社区食堂正式",
                "开业，每天为辖区老人提供午餐",
                "和晚餐，八十岁以上老人可享受",
                "半价优惠。",
                "食堂负责人介绍，菜品每周更换",
                "一次，还可以为行动不便的老人",
                "送餐上门。",
                "河道清淤",
                "工程全面完工",
                "记者从市水务局获悉，全市二十",
                "条河道的清淤工程已全部完工，",
                "共清理淤泥十二万立方米，河道",
                "行洪能力明显提升。") + "\n";
        List<Item> items = split(raw);
        assertEquals("河道清淤工程全面完工", withBody(items, "共清理淤泥").title(), items.toString());
    }

    @Test
    void twoShortHeadingLinesOfAParagraphPerLinePageStayKickerAndTitle() {
        // one paragraph per line and no blank lines: the two lines are not one headline cut by a wrap
        String raw = String.join("\n",
                "春季植树活动启动",
                "全市新增绿地五百亩",
                "记者从市园林局获悉，今年春季全市计划植树二十万株，新增绿地五百亩，其中城区口袋公园八十处，"
                        + "郊野公园和河道绿廊四百多亩，所需苗木全部来自本地苗圃。",
                "市民可通过园林局公众号报名参加周末的义务植树活动，每人可认养一棵树并挂上写有自己名字的牌子，"
                        + "园林部门将在明年春天组织认养人回访。") + "\n";
        List<Item> items = split(raw);
        assertEquals(1, items.size(), items.toString());
        assertEquals("春季植树活动启动", items.get(0).kicker());
        assertEquals("全市新增绿地五百亩", items.get(0).title());
    }

    @Test
    void briefsOfAParagraphPerLinePageWithoutBlankLinesKeepTheirOwnHeadlines() {
        // a web feed's briefs: headline, one short paragraph, next headline, all without blank lines
        String raw = String.join("\n",
                "江城今年新建公共充电桩两千个覆盖全部街道",
                "据介绍，江城今年将新建公共充电桩两千个，覆盖全部街道和主要景区。",
                "城东新区图书馆新馆开放藏书达五十万册",
                "城东新区图书馆新馆日前开放，藏书五十万册，另设儿童阅览区和自习室。",
                "江城地铁三号线昨日开通运营首日客流超十万",
                "江城地铁三号线昨日开通运营，全长二十八公里，设站二十个，早晚高峰四分钟一班。") + "\n";
        List<Item> items = split(raw);
        assertEquals(List.of("江城今年新建公共充电桩两千个覆盖全部街道", "城东新区图书馆新馆开放藏书达五十万册", "江城地铁三号线昨日开通运营首日客流超十万"),
                items.stream().map(Item::title).toList(), items.toString());
        assertTrue(items.get(1).body().startsWith("城东新区图书馆新馆日前开放"), items.toString());
    }

    @Test
    void anArticlesFirstParagraphPrintedAboveItsHeadlineSubtitleAndBylineOpensIt() {
        String lead = "6月1日上午，随着最后一段钢箱梁吊装到位，江城南湖大桥实现全线合龙，大桥进入桥面铺装阶段。";
        List<Item> items = split(doubleSpaced(lead, "江城南湖大桥全线合龙", "——预计今年国庆节前通车", "本报记者 周明远",
                "南湖大桥全长二点八公里，双向六车道，建成后从老城区到南湖新区的车程将由四十分钟缩短至十分钟。",
                "施工单位负责人介绍，大桥采用钢箱梁结构，主跨一百八十米，是目前全市跨度最大的桥梁。"));
        assertEquals(1, items.size(), items.toString());
        Item bridge = items.get(0);
        assertEquals("江城南湖大桥全线合龙", bridge.title());
        assertEquals("预计今年国庆节前通车", bridge.subtitle());
        assertEquals("本报记者 周明远", bridge.byline());
        assertTrue(bridge.body().startsWith(lead), items.toString());
    }

    @Test
    void aLeadAboveAKickerTitleAndSubtitleOpensTheArticleTheKickerNamesInsteadOfTakingTheKickerAsItsOwnHeadline() {
        // the kicker names the lead (江城农科院), the title does not: the kicker still belongs to the stack under it
        String lead = "　　6月3日上午，在江城农科院的试验田里，研究员把一架小型无人机放飞，几分钟后，平板电脑上便显示出整块稻田的长势图。";
        List<Item> items = split(String.join("\n", "江城日报　2024年6月5日　第6版", "", lead, "",
                "江城农科院攻关两年", "", "无人机给稻田“看病”", "", "——一架飞机一天能巡查三千亩", "",
                "▶ 本报记者 周明远", "",
                "　　这架无人机搭载了多光谱相机，能分辨出叶片颜色的细微差别，哪里缺肥、哪里有虫，一看便知。",
                "", "　　研究团队介绍，下一步将在全市十个乡镇推广这项技术，帮助种粮大户节省人工和农药。") + "\n");
        assertEquals(1, items.size(), items.toString());
        Item article = items.get(0);
        assertEquals("无人机给稻田“看病”", article.title());
        assertEquals("江城农科院攻关两年", article.kicker());
        assertEquals("一架飞机一天能巡查三千亩", article.subtitle());
        assertTrue(article.body().startsWith("6月3日上午，在江城农科院的试验田里"), items.toString());
    }

    @Test
    void thePagesFirstTextAboveAHeadlineStackThatBarelyNamesItIsStillTheArticlesLead() {
        // one word pair in common (青石, 石巷): too little anywhere else on a page, enough for the page's first text
        String lead = "　　傍晚六点，太阳刚刚落到骑楼后面，青石巷里的灯笼就一盏接一盏亮了起来，空气里飘着卤水和炭火的香味。";
        List<Item> items = split(String.join("\n", "南屿都市报　周末·悦游食光　B3", "2024年6月15日　星期六　编辑 许小蔓", lead,
                "寻味老街", "一条老街，半城烟火", "——走进南屿青石巷美食街", "本报记者 苏小满 文/图",
                "　　这条街位于南屿老城区，全长不到四百米，却挤着大大小小六十多家老字号。",
                "　　“我家这锅卤水，从我阿公那辈算起，已经熬了五十多年。”店主笑着说。") + "\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("一条老街，半城烟火", items.get(0).title(), items.toString());
        assertTrue(items.get(0).body().startsWith("傍晚六点"), items.toString());
    }

    @Test
    void aColumnsLabelOverASignedLeadBecomesTheKickerOfTheStackBelowTheLead() {
        List<Item> items = split(String.join("\n\n", "江城日报　2024年7月6日　第8版", "翰墨丹青", "艺坛人物", "本报记者 温小曦",
                "　　走进杜怀远位于老城桂花巷的家，一股淡淡的墨香扑面而来，书桌上铺着刚写好的一幅行书。",
                "一支笔，写了六十年", "——记书法家杜怀远",
                "　　今年82岁的杜怀远是省书法家协会会员，自幼随祖父习字，六十年来从未间断。",
                "　　如今，杜怀远仍保持着每天临帖两小时的习惯，还常到社区给孩子们上书法课。") + "\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("一支笔，写了六十年", items.get(0).title(), items.toString());
        assertTrue(items.get(0).body().startsWith("走进杜怀远"), items.toString());
        assertEquals("本报记者 温小曦", items.get(0).byline(), items.toString());
    }

    @Test
    void aLeadSignedAboveItAndPrintedAboveTheHeadlineStackBringsItsBylineToTheArticle() {
        List<Item> items = split(String.join("\n", "江城晚报　2024年6月17日　第11版", "", "▶本报记者 林小川", "",
                "　　6月16日晚，江城足球联赛第12轮在江城体育中心打响，两万名球迷到场为主队江城海鸥助威。", "",
                "江城足球联赛第12轮", "江城海鸥主场逆转取得三连胜", "——队长两度破门，球队升至积分榜第三", "",
                "　　比赛开始后，客队采取高位逼抢战术，江城海鸥后场出球屡屡受阻，上半场以零比一落后。", "",
                "　　易边再战，主教练换上两名年轻边锋，江城海鸥连入两球，最终以二比一取胜。") + "\n");
        assertEquals(1, items.size(), items.toString());
        Item report = items.get(0);
        assertEquals("江城海鸥主场逆转取得三连胜", report.title());
        assertEquals("本报记者 林小川", report.byline());
        assertTrue(report.body().startsWith("6月16日晚，江城足球联赛第12轮"), items.toString());
    }

    @Test
    void aBareBenbaoxunLeadAboveAHeadlineStackJoinsTheArticleSignedUnderTheStack() {
        // 本报讯 names no reporter: the byline printed under the headline stack is the article's, not another story's
        List<Item> items = split(String.join("\n", "江城晚报　2024年5月19日　第3版", "",
                "　　本报讯　5月18日晚，江城城市足球联赛半决赛第二回合在江城体育中心打响，主队江城海鸥需要净胜两球才能晋级。", "",
                "城市足球联赛半决赛", "江城海鸥主场逆转晋级决赛", "——替补前锋梅开二度，后卫终场前头球绝杀", "",
                "▶ 本报记者 周小川", "",
                "　　比赛开始后，客队延续了首回合的防守反击打法，第23分钟便先入一球，江城海鸥一度陷入被动。", "",
                "　　易边再战，江城海鸥换上替补前锋，他在十分钟内两度破门，后卫又在终场前头球绝杀，江城海鸥晋级决赛。") + "\n");
        assertEquals(1, items.size(), items.toString());
        Item report = items.get(0);
        assertEquals("江城海鸥主场逆转晋级决赛", report.title());
        assertTrue(report.byline().contains("本报记者 周小川"), report.toString());
        assertTrue(report.body().startsWith("5月18日晚，江城城市足球联赛半决赛"), items.toString());
    }

    @Test
    void unsignedBriefsWrappedInANarrowColumnWithoutBlankLinesKeepTheirHeadlines() {
        // no blank lines, no indents, each headline in larger type over two lines: its lines are told by standing
        // short and unpunctuated after a finished sentence (the last line above each runs to the column)
        String raw = String.join("\n",
                "江城今年新建公共",
                "充电桩两千个",
                "据介绍，江城今年将新建公共充电桩",
                "两千个，覆盖全部街道和主要景区，",
                "市民可在手机上查询空闲的桩位了。",
                "城东新区图书馆",
                "新馆开放迎客",
                "城东新区图书馆新馆日前开放，藏书",
                "五十万册，另设儿童阅览区和自习室",
                "等，每天开放十二个小时无休息日。",
                "江城地铁三号线",
                "昨日开通运营",
                "江城地铁三号线昨日开通运营，全长",
                "二十八公里，设站二十个，早晚高峰",
                "时段四分钟一班车。") + "\n";
        List<Item> items = split(raw);
        assertEquals(List.of("江城今年新建公共充电桩两千个", "城东新区图书馆新馆开放迎客", "江城地铁三号线昨日开通运营"),
                items.stream().map(Item::title).toList(), items.toString());
        assertTrue(withBody(items, "藏书五十万册").body().startsWith("城东新区图书馆新馆日前开放"), items.toString());
    }

    @Test
    void aCommentarySignedUnderItsLastParagraphIsNotASectionOfTheArticleAbove() {
        List<Item> items = split(doubleSpaced("数字稻田里的新农具", "本报记者 罗佳",
                "清晨六点，种粮大户许国强打开手机，查看自家八百亩稻田的墒情和苗情数据，哪块田缺水一目了然。",
                "目前，全市已有一万六千亩水稻接入数字农业平台，年底前接入面积将超过五万亩。",
                "让数字技术走进田间地头",
                "手机成了新农具，数据成了新农资，数字技术用得好，确实能帮农民省工省力、增产增收。",
                "推广数字农业，既要建平台，也要多开展手把手的培训，让农民用得上、用得起、用得好。",
                "本报评论员 秦岚"));
        Item commentary = withBody(items, "新农资");
        assertEquals("让数字技术走进田间地头", commentary.title(), items.toString());
        assertEquals("本报评论员 秦岚", commentary.byline());
        assertEquals(ItemKind.COLUMN, commentary.kind());
        assertEquals("本报记者 罗佳", withBody(items, "种粮大户").byline());
    }

    @Test
    void aBylineBetweenABodyAndABriefWithItsOwnDatelineSignsTheBodyAbove() {
        List<Item> items = split(String.join("\n\n", "大模型进车间 老师傅有了数字搭档",
                "在江城一家装备企业的焊装车间里，质检员正对着平板电脑说话，不到两秒，屏幕上便弹出一份分析报告。",
                "平台接入了车间内一千二百多台设备的运行数据，能够用自然语言完成故障查询和原因诊断。",
                "▶ 本报记者 孙静怡", "江城港集装箱吞吐量创新高",
                "本报讯（记者何佳）记者从江城港集团获悉，今年前五个月江城港累计完成集装箱吞吐量四百八十六万标准箱。") + "\n");
        assertEquals("本报记者 孙静怡", withBody(items, "焊装车间").byline(), items.toString());
        Item port = withBody(items, "吞吐量四百八十六万");
        assertEquals("本报讯（记者何佳）", port.byline(), items.toString());
        assertEquals("江城港集装箱吞吐量创新高", port.title());
    }

    @Test
    void aDatelineUnderABylinePrintedWithTheHeadlineIsKeptInTheByline() {
        List<Item> items = split(doubleSpaced("江城两所高校共建智慧农业研究院", "本报记者 周明远",
                "本报江城6月3日电 江城大学和江城农学院日前签约，两校将共建智慧农业研究院，联合培养无人农机和作物育种方向的研究生。"));
        assertEquals(1, items.size(), items.toString());
        assertEquals("本报记者 周明远 本报江城6月3日电", items.get(0).byline());
        assertTrue(items.get(0).body().startsWith("江城大学和江城农学院"), items.toString());
    }

    @Test
    void aPieceOfQuestionsAndAnswersIsAnInterview() {
        List<Item> items = split(doubleSpaced("让智慧农业走进田间", "——访江城市农科所所长孔明", "本报记者 白雪",
                "今年以来，江城市在二十三个乡镇推广智慧农业示范项目，记者日前专访了市农科所所长孔明。",
                "记者：目前江城智慧农业发展到了什么阶段？",
                "答：总体上看，还处在由示范向推广过渡的阶段，农民的接受程度越来越高。",
                "记者：下一步有哪些打算？",
                "答：一是加强基层农技人员培训，二是推动设备租赁，降低农户的使用成本。"));
        assertEquals(1, items.size(), items.toString());
        assertEquals(ItemKind.INTERVIEW, items.get(0).kind());
    }

    @Test
    void aDeeperMarkdownHeadingRightUnderAHeadlineIsItsSubtitle() {
        List<Item> items = split(String.join("\n\n", "# 江城读书节开幕", "本报记者 王强",
                "6月1日，第三届江城读书节在市图书馆开幕，全市一百多家书店和图书馆推出三百多场阅读活动。",
                "## 茶农用上了云端管家", "### 物联网设备覆盖全县八成茶园", "本报记者 苏晓晴",
                "眼下正值夏茶采摘期，在云溪镇的万亩茶园里，茶农一边采茶，一边低头看手机上的土壤湿度和虫情数据。") + "\n");
        Item tea = withBody(items, "夏茶采摘期");
        assertEquals("茶农用上了云端管家", tea.title(), items.toString());
        assertEquals("物联网设备覆盖全县八成茶园", tea.subtitle());
        assertEquals("本报记者 苏晓晴", tea.byline());
    }

    @Test
    void aSingleSecondLevelHeadingAfterAFeedArticleHeadsAnItemOfItsOwn() {
        List<Item> items = split(String.join("\n\n", "# 江城半程马拉松开跑,五千人参赛", "来源:江城日报 记者 周敏 2025-04-20 08:10",
                "4月19日,江城半程马拉松在滨江公园鸣枪开跑,来自全国各地的五千余名跑者参赛。",
                "本地选手以1小时08分的成绩夺得男子组冠军,赛道沿江而设,坡度平缓。",
                "## 全民健身周下周启动", "记者从市体育局获悉,江城全民健身周将于下周六启动,全市二十所学校的操场将在周末开放。",
                "活动期间将举办健步走、广场舞展演等二十余项群众性体育活动。") + "\n");
        Item run = withBody(items, "鸣枪开跑");
        assertEquals("江城半程马拉松开跑,五千人参赛", run.title(), items.toString());
        assertEquals("来源:江城日报 记者 周敏 2025-04-20 08:10", run.byline());
        Item week = withBody(items, "全民健身周将于下周六启动");
        assertNotSame(run, week, items.toString());
        assertEquals("全民健身周下周启动", week.title());
    }

    @Test
    void aCaptionedTableUnderAHeaderRowIsAListingNamedByItsCaption() {
        List<Item> items = split(String.join("\n", "蔬菜价格连续两周回落", "",
                "　　江城农产品批发市场本周蔬菜价格继续回落，叶菜类降幅最大，",
                "水果价格稳中有升。市场负责人表示，随着本地蔬菜大量上市，",
                "预计下周价格将在低位运行。", "", "本周部分品种批发价格（元/公斤）", "品种 本周 上周 环比",
                "小白菜 1.50 1.80 -16.7%", "番茄 3.20 3.40 -5.9%", "黄瓜 2.10 2.30 -8.7%", "",
                "江城港集装箱吞吐量增长一成", "　　本报讯（记者 王敏）今年上半年，江城港完成集装箱吞吐量四十万标箱，",
                "同比增长百分之十一。") + "\n");
        Item prices = withBody(items, "小白菜 1.50 1.80 -16.7%");
        assertEquals(ItemKind.LISTING, prices.kind(), items.toString());
        assertEquals("本周部分品种批发价格（元/公斤）", prices.title());
        assertEquals(List.of("品种 本周 上周 环比", "小白菜 1.50 1.80 -16.7%", "番茄 3.20 3.40 -5.9%", "黄瓜 2.10 2.30 -8.7%"),
                prices.paragraphs());
        assertEquals("蔬菜价格连续两周回落", withBody(items, "蔬菜价格继续回落").title(), "the caption is not the article's");
        assertEquals("江城港集装箱吞吐量增长一成", withBody(items, "集装箱吞吐量四十万标箱").title());
    }

    @Test
    void aTableWhoseHeaderNamesMonthsAndWhoseCaptionGivesItsPeriodBelowIsOneListingNamedByBoth() {
        List<Item> items = split(String.join("\n", "城郊河道治理回头看", "本报记者 魏小珊",
                "　　下一步，我市将对重点排口安装在线监测设备，力争年底前",
                "让城区河道水质稳定达到四类标准。", "城区主要河道水质监测情况", "（2024年1—5月）",
                "河道名称　监测断面　目标类别　1月　　3月　　5月", "青石河　　石桥村　　Ⅳ类　　　劣Ⅴ类　Ⅴ类　　Ⅴ类",
                "白鹭溪　　望江桥　　Ⅲ类　　　Ⅲ类　　Ⅲ类　　Ⅱ类", "枫林港　　枫林闸　　Ⅳ类　　　Ⅴ类　　Ⅳ类　　Ⅳ类") + "\n");
        Item table = withBody(items, "青石河 石桥村");
        assertEquals(ItemKind.LISTING, table.kind(), items.toString());
        assertEquals("城区主要河道水质监测情况（2024年1—5月）", table.title(), items.toString());
        assertEquals("河道名称 监测断面 目标类别 1月 3月 5月", table.paragraphs().get(0), items.toString());
    }

    @Test
    void aNoticesDocumentNumberUnderItsTitleIsItsFirstLineNotPartOfTheTitle() {
        List<Item> items = split(String.join("\n", "城东区人民法院公告", "（2024）城0103民初1562号",
                "王小军：本院受理原告城东某设备有限公司诉你买卖合同纠纷一案，因你下落不明，依法向你公告送达起诉状副本。",
                "特此公告。") + "\n");
        Item notice = withBody(items, "下落不明");
        assertEquals("城东区人民法院公告", notice.title(), items.toString());
        assertEquals("（2024）城0103民初1562号", notice.paragraphs().get(0), items.toString());
    }

    @Test
    void aBulletedListWithoutFinalPunctuationUnderItsCaptionIsOneItemNotAStackOfHeadlines() {
        List<Item> items = split(String.join("\n", "　　学校还将组织学生参加职业技能大赛，以赛促学。", "",
                "上半年部分考试时间一览", "◆中小学教师资格考试（笔试）：3月9日", "◆全国计算机等级考试：3月30日至4月1日",
                "◆普通高考：6月7日至9日", "◆中考：6月20日至22日", "注：具体安排以各考试主管部门公布的通知为准。") + "\n");
        Item exams = withBody(items, "◆普通高考：6月7日至9日");
        assertEquals("上半年部分考试时间一览", exams.title(), items.toString());
        assertTrue(exams.body().contains("◆中小学教师资格考试（笔试）：3月9日"), items.toString());
        assertTrue(items.stream().noneMatch(i -> i.kind() == ItemKind.TEASER), items.toString());
    }

    @Test
    void aPriceTableWithWordsInSomeCellsAndItsSourceNoteUnderTheCaptionIsOneListing() {
        List<Item> items = split(String.join("\n", "本周主要农副产品零售价格", "（数据来源：城东区价格监测中心）",
                "品名　　单位　　均价（元）　　较上周", "大白菜　　斤　　1.20　　↓0.10", "土豆　　斤　　2.40　　持平",
                "西红柿　　斤　　4.80　　↓0.60", "鸡蛋　　斤　　4.90　　持平") + "\n");
        Item prices = withBody(items, "西红柿 斤 4.80 ↓0.60");
        assertEquals(ItemKind.LISTING, prices.kind(), items.toString());
        assertEquals("本周主要农副产品零售价格", prices.title(), items.toString());
        assertEquals(List.of("品名 单位 均价（元） 较上周", "大白菜 斤 1.20 ↓0.10", "土豆 斤 2.40 持平", "西红柿 斤 4.80 ↓0.60",
                "鸡蛋 斤 4.90 持平"), prices.paragraphs());
    }

    @Test
    void aRoundsResultsUnderTheirCaptionAreAListingThoughTheyHaveNoHeaderRow() {
        List<Item> items = split(String.join("\n", "　　终场前，替补登场的小将远射破门，帮助主队完成逆转。", "",
                "中甲联赛第九轮赛果", "澜平海鸥　2:1　北川铁骑", "南港联　　0:0　青屿港湾", "云川雄鹰　3:2　西岭竞技") + "\n");
        Item results = withBody(items, "南港联 0:0 青屿港湾");
        assertEquals(ItemKind.LISTING, results.kind(), items.toString());
        assertEquals("中甲联赛第九轮赛果", results.title(), items.toString());
    }

    @Test
    void aRoundsResultsAsAMarkdownListAreAListingUnderTheirHeading() {
        List<Item> items = split(String.join("\n", "## 社区篮球联赛第五轮战报", "", "- 江北社区 78:65 湖西社区", "",
                "- 新城社区 59:61 老码头社区(加时)", "", "- 文庙社区 83:70 东风社区", "", "- 滨江社区 66:72 桂园社区") + "\n");
        Item results = withBody(items, "文庙社区 83:70 东风社区");
        assertEquals(ItemKind.LISTING, results.kind(), items.toString());
        assertEquals("社区篮球联赛第五轮战报", results.title(), items.toString());
    }

    @Test
    void aMarkdownTableUnderItsHeadingIsAListingThatKeepsItsPipes() {
        List<Item> items = split(String.join("\n", "## 社区文化艺术节开幕", "",
                "4月21日,第五届社区文化艺术节在市民广场开幕,活动将持续一个月。", "", "## 近期展览", "",
                "| 展览名称 | 地点 | 展期 |", "| --- | --- | --- |", "| 剪影乡愁——剪纸艺术展 | 市美术馆一号厅 | 4月18日—5月18日 |",
                "| 光影四十年——城市变迁摄影展 | 市图书馆一楼大厅 | 5月8日—6月8日 |", "",
                "分享到:微信 | 微博 | QQ空间") + "\n");
        Item shows = withBody(items, "剪影乡愁");
        assertEquals(ItemKind.LISTING, shows.kind(), items.toString());
        assertEquals("近期展览", shows.title(), items.toString());
        assertEquals("| 展览名称 | 地点 | 展期 |", shows.paragraphs().get(0), items.toString());
        assertFalse(shows.body().contains("QQ空间"), items.toString());
    }

    @Test
    void aTableInsideASignedArticlesColumnIsNoSectionOfItAndTheHeadingUnderItsLastRowHeadsTheNextItem() {
        List<Item> items = split(String.join("\n", "江城公交新开两条线路", "本报记者 王敏",
                "　　记者从市交通运输局获悉，为方便城东新区居民出行，", "本月起江城新开8路、9路两条公交线路，", "途经新区多个小区和学校。",
                "　　据介绍，两条线路均使用新能源公交车，", "票价统一为一元，老年人持卡免费乘车。",
                "新线路首末班时刻表", "线路　起讫站点　首班　末班", "8路　火车站—城东新区　6:30　21:00",
                "9路　老城区—城东中学　6:20　20:30", "温馨提示", "　　新线路开通初期，部分站点候车亭仍在建设，",
                "请乘客在临时站牌处有序候车。") + "\n");
        Item lines = withBody(items, "途经新区多个小区和学校");
        Item table = withBody(items, "8路 火车站—城东新区 6:30 21:00");
        Item note = withBody(items, "请乘客在临时站牌处有序候车");
        assertEquals(3, Set.of(lines, table, note).size(), items.toString());
        assertEquals(ItemKind.LISTING, table.kind());
        assertEquals("新线路首末班时刻表", table.title());
        assertEquals("温馨提示", note.title());
    }

    @Test
    void briefsSignedWithNamesInBracketsAtTheirEndAreItemsOfTheirOwnOnAPageWithoutBlankLines() {
        List<Item> items = split(String.join("\n", "江城农商银行推出“科技贷”", "　　江城农商银行日前推出“科技贷”专属产品，对研发",
                "投入达标的科技型中小企业给予最高五百万元的信用贷款，", "无需抵押担保。截至10月底，已发放贷款一亿元。（王明）",
                "城东物流园二期开工建设", "　　11月2日，城东物流园二期项目开工建设。项目总投资",
                "十亿元，建成后年货物吞吐能力可新增两百万吨，预计带", "动就业一千人。（记者 李华 通讯员 赵强）",
                "老字号亮相消费品博览会", "　　江城十二家老字号企业日前亮相华东消费品博览会，现场",
                "签约意向订单金额达两千万元。（孙丽）") + "\n");
        Item loans = withBody(items, "科技型中小企业");
        Item park = withBody(items, "城东物流园二期项目开工建设");
        Item fair = withBody(items, "签约意向订单");
        assertEquals(3, Set.of(loans, park, fair).size(), items.toString());
        assertEquals("城东物流园二期开工建设", park.title());
        assertEquals("老字号亮相消费品博览会", fair.title());
    }

    @Test
    void aNoticesFieldsAreLinesOfItsTextNotHeadlines() {
        List<Item> items = split(String.join("\n", "【活动预告】", "江城湿地徒步节下周六开走",
                "　　为推广湿地徒步线路，江城文旅局将举办湿地徒步节，欢迎广大",
                "市民报名参加。", "时间：10月26日（周六）上午8:00集合", "地点：江城湿地公园东门游客中心",
                "路线：东门—观鸟台—芦苇荡，全程约8公里", "报名方式：关注“江城文旅”公众号在线报名，名额", "300人，报满即止。")
                + "\n");
        Item walk = withBody(items, "欢迎广大市民报名参加");
        assertEquals("江城湿地徒步节下周六开走", walk.title(), items.toString());
        assertTrue(walk.paragraphs().contains("时间：10月26日（周六）上午8:00集合"), walk.toString());
        assertTrue(walk.paragraphs().contains("报名方式：关注“江城文旅”公众号在线报名，名额300人，报满即止。"), walk.toString());
        assertTrue(walk.body().contains("地点：江城湿地公园东门游客中心"), walk.toString());
    }

    @Test
    void anAppsCreditLineWithItsPaperKindAndPostingTimeIsTheBylineNotTheTitle() {
        List<Item> items = split(String.join("\n", "# 暴雨来袭 我市启动防汛应急响应",
                "晚报记者 林小蕾 王凯 实习生 韩冬 | 2024-06-21 19:05 更新", "",
                "受强对流天气影响,今天午后我市出现大范围强降雨,市防汛指挥部于17时启动应急响应。", "",
                "## 老街改造进入方案征集阶段", "融媒记者 乔一 | 2024-06-21 08:30", "",
                "清晨6点,米市街的早点铺已经热气腾腾,街坊们聊起老街改造,既盼着又担心。") + "\n");
        Item rain = withBody(items, "强对流天气");
        assertEquals("暴雨来袭 我市启动防汛应急响应", rain.title(), items.toString());
        assertTrue(rain.byline().contains("林小蕾"), items.toString());
        assertEquals("老街改造进入方案征集阶段", withBody(items, "米市街").title(), items.toString());
    }

    @Test
    void aHeadlineUnderATextSignedByItsUnitStartsTheNextPieceNotASection() {
        // two experience reports on one page, the first signed at its end by the unit that wrote it
        List<Item> items = split(String.join("\n\n", "“红色物业”让老旧小区换新颜",
                "　　城南街道老旧小区多，物业管理长\n期缺位，居民意见较大。街道党工委\n推动成立红色物业公司，由社区党组\n织牵头选聘物业企业。",
                "　　如今，辖区老旧小区全部实现物业\n服务覆盖，居民满意度达到九成。",
                "（中共江城市城南街道工作委员会）",
                "党员“土专家”带富乡亲",
                "　　柳河镇是传统农业镇，镇党委把致\n富能手培养成党员，带动群众发展稻\n虾共养、食用菌种植等特色产业。",
                "　　今年全镇村集体经济收入均超过三\n十万元。") + "\n");
        Item second = withBody(items, "柳河镇是传统农业镇");
        assertEquals("党员“土专家”带富乡亲", second.title(), items.toString());
        assertFalse(second.body().contains("物业"), items.toString());
        assertTrue(withBody(items, "红色物业公司").body().endsWith("（中共江城市城南街道工作委员会）"), items.toString());
    }

    @Test
    void aListOfNotesUnderItsBoxNameIsNoPartOfTheFeatureAbove() {
        List<Item> items = split(String.join("\n\n", "城乡公交开进茶山村", "文/图 本报记者 伍小远",
                "　　早上7点，一辆绿色中巴车准时停靠在岭下镇茶坪村的站台，十几位村民陆续上车。",
                "　　“以前进城要走半小时山路，现在家门口就能坐车。”村民老周说。",
                "出行速递",
                "●城东站至机场快线5月20日起调整末班时间，由每晚21时30分延后至23时。",
                "●市区新增投放共享电单车3000辆，主要覆盖地铁站周边。") + "\n");
        Item box = withBody(items, "机场快线");
        assertEquals("出行速递", box.title(), items.toString());
        assertFalse(box.body().contains("茶坪村"), items.toString());
    }

    @Test
    void itemsThatOpenWithTheSameBracketedLabelAreSiblingsNotSections() {
        List<Item> items = split(String.join("\n\n", "小区门前路灯“罢工”半个月",
                "【市民来电】我是锦绣花园小区的居民，小区北门外的七八盏路灯从本月中旬起就不亮了。",
                "（市民 周女士）",
                "【部门回复】市路灯管理所：经排查，路灯不亮是附近施工挖断了电缆所致，目前已全部恢复照明。",
                "公交站牌信息为何迟迟不更新",
                "【市民来电】12路公交车调整了线路，可站台上的站牌至今还是老信息。",
                "（市民 冯先生）",
                "【部门回复】公交集团：新站牌将于5月5日前安装到位。") + "\n");
        Item bus = withBody(items, "12路公交车");
        assertEquals("公交站牌信息为何迟迟不更新", bus.title(), items.toString());
        assertFalse(bus.body().contains("路灯"), items.toString());
    }

    @Test
    void aBoxsLastOneLineParagraphStillShowsItsNarrowColumnWhenTheArticleResumesWide() {
        // no blank lines; the box is set 16 wide inside a feature 34 wide and ends with a one-line paragraph
        List<Item> items = split(String.join("\n", "“山鹰”民兵连的硬核底色", "本报记者 严小峻",
                "　　凌晨两点，一阵急促的集合哨声划破了山村的宁静，十分钟后，",
                "三十名队员全副武装，在村委会门前列队完毕。",
                "【链接】", "什么是基干民兵",
                "民兵分为基干民兵和普通民兵。基干",
                "民兵是民兵组织中的骨干力量，主要",
                "由退出现役的士兵和经过军事训练的",
                "青年组成，担负着参加战备勤务、支",
                "援部队作战和抢险救灾等任务。",
                "应急救援民兵连属于基干民兵中的专",
                "业力量，平时以抢险救灾为主要任务，",
                "一般按照“平时应急、急时应战”的",
                "要求进行编组和训练。",
                "　　去年7月，清源县遭遇特大暴雨，两个村庄被洪水围困，民兵连",
                "连夜冒雨赶赴现场，成功转移被困群众260余人。",
                "　　五年来，这支民兵连先后参与抗洪抢险、森林灭火等任务27次。") + "\n");
        Item box = withBody(items, "基干民兵和普通民兵");
        assertFalse(box.body().contains("特大暴雨"), items.toString());
    }

    @Test
    void aKickerOpenedWithDialogueOrAClassroomColumnNameStaysOverItsTitleEvenUnderTheByline() {
        List<Item> items = split(String.join("\n", "本报记者 殷小溪", "", "对话内分泌科专家", "控 糖 不 等 于 不 吃 主 食", "",
                "　　很多糖尿病患者一确诊就把米饭、面条“拉进黑名单”。这样做对吗？记者就此专访了市人民医院的专家。", "",
                "科普小课堂", "秋天的叶片为什么会变色", "文/邵小衿", "",
                "　　每到秋天，枫树、银杏等树木的叶片会由绿变黄、变红，这是叶绿素分解的结果。") + "\n");
        Item diet = withBody(items, "拉进黑名单");
        assertEquals("控糖不等于不吃主食", diet.title(), items.toString());
        assertEquals("对话内分泌科专家", diet.kicker(), items.toString());
        assertEquals("本报记者 殷小溪", diet.byline(), items.toString());
        assertEquals("秋天的叶片为什么会变色", withBody(items, "叶绿素").title(), items.toString());
    }

    @Test
    void aPoemsVersesUnderItsTitleAndPoetAreItsBodyUpToTheNextSignedPiece() {
        List<Item> items = split(String.join("\n", "秋天的信", "◎ 阿小朵", "", "秋天把一封信", "夹在银杏叶里",
                "寄给每一扇", "没有关紧的窗", "", "信上写着稻子的名字", "写着晒谷场上", "父亲弯下去的背影", "",
                "今夜我把回信写在月光上", "不贴邮票", "只要你抬头", "就能收到", "", "外婆的针线筐", "◎ 程远山", "",
                "　　外婆的针线筐是用细竹篾编的，圆圆的，比脸盆小一圈，边沿已经磨得发亮。") + "\n");
        Item poem = withBody(items, "秋天把一封信");
        assertEquals("秋天的信", poem.title(), items.toString());
        assertEquals("就能收到", poem.paragraphs().get(poem.paragraphs().size() - 1), items.toString());
        assertEquals("外婆的针线筐", withBody(items, "细竹篾").title(), items.toString());
        assertTrue(items.stream().noneMatch(i -> i.kind() == ItemKind.TEASER), items.toString());
        // a two-character poet, spaced on the page, signs a poem too
        Item june = withBody(split(String.join("\n", "六 月 ， 在 青 溪", "", "林　默", "", "风从塘埂上走过",
                "一池荷叶便翻出银白的背面", "", "我蹲在水边", "看云在倒影里慢慢地游", "", "后来我走了很远的路",
                "却再没有一场雨落进这样清亮的水里。") + "\n"), "风从塘埂上走过");
        assertEquals("六月，在青溪", june.title());
    }

    @Test
    void anArticleGoesOnAfterAPhotoWithItsOwnHeadlinePrintedInsideIt() {
        // no blank lines; the caption runs wider than the article's column of 18
        List<Item> items = split(String.join("\n", "雄鹰主场逆转晋位", "■ 本报记者 司徒小岳",
                "　　5月18日晚，城市足球联赛第九轮一",
                "场焦点战在奥体中心体育场打响。主场",
                "作战的雄鹰队在先失一球的情况下逆转",
                "战胜海港队，积分升至联赛第二位。",
                "　　当晚到场观众达两万八千余人，创",
                "下本赛季该球场上座纪录。",
                "　　第二十一分钟，海港队利用一次角",
                "球机会头球破门，1比0领先。",
                "头球扳平",
                "5月18日，雄鹰队前锋热合曼（中）在比赛中跃起争顶，打进本赛季个人",
                "第七球，目前位列联赛射手榜第三位。",
                "本报记者 尹小照 摄",
                "　　易边再战，雄鹰队加强了边路进",
                "攻。第五十六分钟，右后卫葛天宇沿边",
                "路突破后传中，热合曼头球将比分扳平。",
                "　　第八十五分钟，替补登场的小将蔡",
                "沐阳一脚远射，帮助主队完成逆转。") + "\n");
        Item match = withBody(items, "焦点战");
        assertEquals("雄鹰主场逆转晋位", match.title(), items.toString());
        assertTrue(match.body().contains("易边再战，雄鹰队加强了边路进攻。") && match.body().endsWith("完成逆转。"),
                items.toString());
        assertFalse(match.body().contains("射手榜"), items.toString());
    }

    @Test
    void aPullQuoteWithItsSpeakerInsideAnArticleNeitherCutsItNorTitlesAnything() {
        List<Item> items = split(String.join("\n\n", "山坳里的百人学校", "文/图 本报记者 苏小晴",
                "　　从县城出发，沿着盘山公路开车一个多小时，再步行二十分钟，才能看到半山腰上的白鹭坪村小学。",
                "　　校长覃秀兰在这所学校已经工作了二十三年，她说，孩子们走出大山的路，要从这间教室开始铺。",
                "“孩子们走出大山的路，", "要从这间教室开始铺。”", "——白鹭坪村小学校长覃秀兰",
                "　　硬件改善了，留住好老师仍是难题。前些年学校每年都有年轻教师调走，最多的一年走了四个。",
                "校长手记", "把每一个孩子都放在心上", "□ 青崖县实验小学校长　龙启航",
                "　　期末考试刚结束，几位老师拿着成绩单来找我，说六年级有个孩子数学只考了四十分。") + "\n");
        Item school = withBody(items, "盘山公路");
        assertEquals("山坳里的百人学校", school.title(), items.toString());
        assertTrue(school.body().contains("留住好老师仍是难题"), items.toString());
        assertTrue(items.stream().noneMatch(i -> i.title().contains("覃秀兰")), items.toString());
        Item column = withBody(items, "期末考试刚结束");
        assertEquals("把每一个孩子都放在心上", column.title(), items.toString());
        assertEquals("青崖县实验小学校长 龙启航", column.byline(), items.toString());
    }

    @Test
    void aHeadlinePrintedInTheMiddleOfItsStoryTitlesTheWholeStory() {
        List<Item> items = split(String.join("\n", "东非多国联合启动",
                "旱情监测网络",
                "　　新华社内罗毕6月3日电（记者 邝小远）东非",
                "多国气象部门3日宣布联合启动旱情监测",
                "网络，覆盖七国主要牧区。", "",
                "　　新华社柏林6月3日电（记者 尹小树）德国、",
                "法国等欧洲国家近日遭遇罕见的六月热浪，",
                "多地最高气温突破35摄氏度。",
                "　　据当地媒体报道，慕尼黑2日午后气温",
                "达到36.2摄氏度，创下同期最高纪录。",
                "欧洲多地遭遇",
                "罕见六月热浪",
                "　　在法国，气象部门将东南部12个省的",
                "高温预警级别提升至橙色。",
                "　　气象专家指出，欧洲此次罕见热浪预计将持续",
                "至本周末。") + "\n");
        Item heat = withBody(items, "慕尼黑2日午后");
        assertEquals("欧洲多地遭遇罕见六月热浪", heat.title(), items.toString());
        assertTrue(heat.body().contains("高温预警级别") && heat.body().endsWith("至本周末。"), items.toString());
        assertFalse(heat.body().contains("牧区"), items.toString());
    }

    @Test
    void aWebPagesFooterLinksEndTheStoryAboveAndTheNextHeadlineStartsItsOwn() {
        List<Item> items = split(String.join("\n", "老街焕新记：一条百年街巷的微改造之路",
                "来源：澜州晚报　编辑：许小欣　发布时间：2024-05-21 08:15", "",
                "　　澜州新闻网讯（记者 冯小筠）青石板路、木格花窗、飞檐翘角，历时一年多的槐荫街微改造日前完工。", "",
                "一、不拆一栋老房子", "", "　　槐荫街全长约600米，沿街保留着四十多栋清末民初的老建筑。", "",
                "二、居民说了算", "", "　　改造方案前后征求了三轮居民意见。", "",
                "　　市住建局表示，今年还将启动另外5条历史街巷的保护提升工作。", "", "（责任编辑：许小欣）", "",
                "相关新闻：", "· 我市公布第三批历史建筑名录 新增42处", "· 老城区口袋公园建设进入收尾阶段", "",
                "上一篇：澜州地铁3号线二期工程全线贯通", "下一篇：澜江夜游航线新增两个停靠点", "",
                "澜江夜游航线新增两个停靠点", "", "来源：澜州晚报　　编辑：许小欣　　发布时间：2024-05-21 08:15", "",
                "　　记者昨日从市文旅集团获悉，澜江夜游航线自5月25日起新增两个停靠点。") + "\n");
        Item cruise = withBody(items, "澜江夜游航线自5月25日起");
        assertEquals("澜江夜游航线新增两个停靠点", cruise.title(), items.toString());
        assertFalse(cruise.body().contains("槐荫街"), items.toString());
        assertTrue(items.stream().noneMatch(i -> i.body().contains("历史建筑名录") || i.title().contains("历史建筑名录")),
                items.toString());
        // a link inside a story is no footer
        List<Item> rain = split(String.join("\n\n", "# 强降雨持续 全市启动防汛应急响应",
                "受强降雨影响,全市已转移安置受威胁群众一千三百余人。",
                "[点击查看全市避险安置点分布图](https://news.example.cn/a/bxd.html)",
                "据了解,全市各级部门已有四千余人上岗值守。") + "\n");
        assertEquals(1, rain.size(), rain.toString());
    }

    @Test
    void aBoxNameOverAHeadlineStartsABoxApartFromTheArticleAbove() {
        List<Item> items = split(doubleSpaced("合作社里来了“田管家”", "本报通讯员 刘小阳",
                "　　清晨五点，禾丰农机专业合作社的院子里已经热闹起来，",
                "理事长拿着手机，在微信群里逐一确认当天的托管订单。",
                "　　目前，合作社托管服务面积已扩大到一万二千亩。",
                "农事提醒", "秋播秋管抓好“三个关键”",
                "当前，秋收已进入扫尾阶段，秋播工作全面展开。",
                "一是抢墒早播，做到随收随种。二是科学施肥，增施有机肥。"));
        Item box = withBody(items, "秋播工作全面展开");
        assertFalse(box.body().contains("托管服务面积"), items.toString());
        assertEquals("秋播秋管抓好“三个关键”", box.title());
    }

    @Test
    void aBoxNameRightOverItsTextTitlesTheBox() {
        List<Item> items = split(String.join("\n\n", "城东公交新线今起开通", "本报记者 王小敏",
                "　　今天起，城东新区开通两条公交线路，串联起三个大型居住区和地铁站。",
                "温馨提示", "　　新线开通初期，部分站点候车亭仍在建设中，请乘客在临时站牌处有序候车。") + "\n");
        Item box = withBody(items, "临时站牌处有序候车");
        assertEquals("温馨提示", box.title(), items.toString());
        assertFalse(box.body().contains("串联起"), items.toString());
    }

    @Test
    void aReadersLetterUnderItsLabelIsNoSectionOfTheSignedCommentaryAbove() {
        List<Item> items = split(String.join("\n\n", "夜市要热闹，也要安静", "□ 王明",
                "　　入夏以来，我市多个夜市人气火爆，但噪音扰民、油烟污染等问题也随之而来。",
                "　　说到底，夜间经济比拼的不只是热闹程度，更是城市治理的精细化水平。", "读者来信", "小区门口的斑马线何时能画上？",
                "编辑同志：", "　　我家住在江城柳岸路的一个小区。去年小区门口的道路完成了改造，原先的斑马线却一直没有重新画上。",
                "　　希望有关部门能尽快重新施划斑马线，让居民出行更安全一些。", "城南区读者 李华",
                "投稿邮箱：jcpinglun@example.com　来稿请注明真实姓名及联系电话") + "\n");
        Item letter = withBody(items, "斑马线却一直没有重新画上");
        assertFalse(letter.body().contains("夜间经济"), items.toString());
        assertEquals("小区门口的斑马线何时能画上？", letter.title());
        assertTrue(items.stream().noneMatch(i -> i.body().contains("投稿邮箱")), items.toString());
        assertTrue(Labels.isBoxLabel("读者来信"), "a label over readers' letters, never a kicker that joins them to the piece above");
    }

    @Test
    void aFeedsPictureWithItsCaptionInsideAnArticleIsAPhotoAndTheArticleGoesOnAfterIt() {
        List<Item> items = split(String.join("\n\n", "# 秋粮收购季开启 三座烘干中心同步投用",
                "来源：江城融媒　作者：王敏　发布时间：2024-09-12 10:02",
                "眼下正值中稻收获时节，江城秋粮收购工作全面启动。今年全县设立收购网点二十三个，三座烘干中心同步投入使用。",
                "在城东烘干中心，一辆辆满载稻谷的农用车排队等候过磅。种粮大户说，现在烘干、入仓一条龙，心里踏实多了。",
                "![](https://img.example.com/2024/0912.jpg)", "▲城东粮食烘干中心内，工作人员正在调试设备。王敏 摄",
                "据介绍，三座烘干中心均由村集体经济组织参与建设运营，每吨收取服务费六十元左右。",
                "# 稻田里的开镰节", "9月11日，江城枫树村举行第五届开镰节，村民们在金黄的稻田里挥镰收割，庆祝丰收。") + "\n");
        Item grain = withBody(items, "秋粮收购工作全面启动");
        assertEquals("秋粮收购季开启 三座烘干中心同步投用", grain.title(), items.toString());
        assertTrue(grain.body().contains("每吨收取服务费六十元左右"), grain.toString());
        Item photo = withBody(items, "工作人员正在调试设备");
        assertEquals(ItemKind.PHOTO, photo.kind());
        assertNotSame(grain, photo);
    }

    @Test
    void decoratedRunInHeadlinesWithoutADatelineHeadBriefsOfTheirOwn() {
        List<Item> items = split(String.join("\n", "财经简讯", "",
                "■5月江城社会消费品零售总额增长5.1%　据市统计局消息，5月份",
                "全市实现社会消费品零售总额一千亿元，同比增长5.1%，增速比上月加快", "0.9个百分点。", "",
                "■江城港前5月集装箱吞吐量创新高　江城港集团昨日发布数据，今年1至",
                "5月，江城港累计完成集装箱吞吐量一千万标准箱，同比增长9.7%。") + "\n");
        Item retail = withBody(items, "全市实现社会消费品零售总额");
        Item port = withBody(items, "累计完成集装箱吞吐量");
        assertNotSame(retail, port, items.toString());
        assertEquals("5月江城社会消费品零售总额增长5.1%", retail.title());
        assertEquals("江城港前5月集装箱吞吐量创新高", port.title());
        assertTrue(retail.body().startsWith("据市统计局消息，5月份全市实现"), retail.toString());
    }

    @Test
    void aNoticeSignedByItsIssuerAndADateWithoutTheClosingFormulaKeepsTheIssuer() {
        List<Item> items = split(String.join("\n", "关于江城红利基金暂停大额申购业务的公告",
                "　　为保护基金份额持有人利益，江城基金管理有限公司决定自2024年6月14日起，",
                "暂停江城红利基金单日单个账户累计金额超过100万元的申购业务。", "江城基金管理有限公司", "2024年6月13日", "",
                "江城港集装箱吞吐量增长一成", "　　本报讯（记者 王敏）今年上半年，江城港完成集装箱吞吐量四十万标箱。") + "\n");
        Item notice = withBody(items, "暂停江城红利基金");
        assertTrue(notice.body().contains("江城基金管理有限公司\n") || notice.body().endsWith("江城基金管理有限公司"), notice.toString());
        assertTrue(items.stream().noneMatch(i -> i.title().equals("江城基金管理有限公司")), items.toString());
    }

    @Test
    void aNoticesIssuersAndDateABlankLineBelowItsClosingFormulaAreItsTextAndTheHeadlineAfterThemHeadsTheNextItem() {
        List<Item> items = split(String.join("\n\n", "江城日报　2024年10月8日　第5版", "关于滨江路封闭施工的通告",
                "　　因滨江路雨污管网改造工程施工需要，滨江路（建设桥至解放路段）自10月10日起封闭施工，请市民绕行。",
                "　　特此通告。", "江城市公安局交通警察支队　江城市城市管理局", "2024年10月8日",
                "城东新建两座口袋公园",
                "　　本报讯（记者 王敏）城东新区今年新建的两座口袋公园日前完工，附近居民多了散步休闲的好去处。") + "\n");
        Item notice = withBody(items, "雨污管网改造");
        assertEquals("关于滨江路封闭施工的通告", notice.title(), items.toString());
        assertTrue(notice.body().contains("江城市公安局交通警察支队"), notice.toString());
        assertTrue(items.stream().noneMatch(i -> i.title().contains("交通警察支队")), items.toString());
        assertEquals("城东新建两座口袋公园", withBody(items, "口袋公园日前完工").title(), items.toString());
    }

    @Test
    void aNoticesDateUnderItsIssuerStaysInTheNoticeThoughAloneOnItsLineItLooksLikeThePagesDate() {
        // blank lines between paragraphs, the issuer and the date each a paragraph of their own
        List<Item> items = split(String.join("\n", "江城日报　2024年7月8日　第7版", "", "关于江城澜岸府二期集中交付的公告", "",
                "　　江城澜岸府二期项目已通过竣工验收，定于7月20日至7月28日集中交", "付，请各位业主按约定时间办理交付手续。", "",
                "　　特此公告。", "", "江城澜岸置业有限公司", "", "2024年7月8日", "",
                "上周城区新房网签量继续回升", "",
                "　　本报讯（记者 王敏）上周城区新建商品住宅网签一千二百套，环比增", "长一成。") + "\n");
        Item notice = withBody(items, "集中交付");
        assertTrue(notice.body().endsWith("江城澜岸置业有限公司\n2024年7月8日"), notice.toString());
    }

    @Test
    void aHeadlineBelowANoticeSignedAndDatedOnItsLastLineHeadsTheNextItem() {
        List<Item> items = split(doubleSpaced("江城日报　2025年4月28日　第5版", "关于地铁4号线部分站点出入口临时调整的公告",
                "　　因周边道路施工需要，自5月1日起，地铁", "4号线文昌路站C出入口暂停使用，其余出入", "口正常开放。施工期间，请乘客留意引导",
                "标识。",
                "江城地铁运营有限公司，2025年4月27日。", "站点周边公交线路同步优化", "　　为做好地铁与公交的衔接，市公交集团同",
                "步对4号线沿线十二条公交线路进行了优化", "调整，方便乘客换乘。", "（记者 沈一鸣）"));
        assertEquals("站点周边公交线路同步优化", withBody(items, "市公交集团").title(), items.toString());
        assertFalse(withBody(items, "文昌路站").body().contains("市公交集团"), items.toString());
    }

    @Test
    void aCourtsNoticeAfterASignedColumnIsANoticeOfItsOwnSignedByTheCourtAndDate() {
        List<Item> items = split(String.join("\n", "江城法治报　2024年11月12日　第3版", "社保不能“代办补缴”，这些常识要记牢",
                "江城正衡律师事务所律师 柴小雪", "　　近年来，以“代办社保”为名实施的诈骗案件时有发生，群众要提高警惕。",
                "　　如果已经上当，应当立即保存转账记录等证据，尽快向公安机关报案。", "江城市南坪区人民法院公告",
                "　　庄小龙：本院受理原告江城机械有限公司诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。",
                "　　自公告之日起经过三十日，即视为送达。", "江城市南坪区人民法院　二〇二四年十一月十一日") + "\n");
        Item notice = withBody(items, "本院受理原告");
        assertEquals("江城市南坪区人民法院公告", notice.title(), items.toString());
        assertTrue(notice.body().endsWith("二〇二四年十一月十一日"), notice.toString());
        assertFalse(withBody(items, "代办社保").body().contains("本院受理"), items.toString());
    }

    @Test
    void aNoticeUnderItsTitleAfterASignedReportIsNotASectionOfTheReport() {
        // no blank lines, indented paragraphs: the report's sections are joined to it after the page is cut
        List<Item> items = split(String.join("\n", "江城日报　2024年6月5日　第2版", "前4个月我市经济运行稳中有进",
                "本报记者 钟小言", "　　记者6月4日从市统计局获悉，前4个月全市规模以上工业增加值同比增长",
                "7.2%，经济运行稳中有进。全市固定资产投资增长5.6%，社会消费品零售",
                "总额增长6.1%，网上零售保持较快增长。",
                "　　“从数据看，全市工业和投资的区域分化仍然存在。”市统计局有关负",
                "责人表示，下一步要紧盯重点项目和重点企业，加强经济运行监测调度。",
                "关于江城大道部分路段夜间临时封闭交通的通告",
                "　　因江城大道（人民路口至滨江路口段）雨污管网改造施工需要，决定自",
                "2024年6月10日至7月20日，每日22时至次日5时对上述路段实施临时封闭交",
                "通。白天正常通行，但施工路段将设置围挡，限速每小时30公里。",
                "　　封闭期间，过往车辆请提前绕行建设路、解放路通行。",
                "　　特此通告。") + "\n");
        Item notice = withBody(items, "雨污管网改造");
        assertEquals("关于江城大道部分路段夜间临时封闭交通的通告", notice.title(), items.toString());
        assertFalse(withBody(items, "规模以上工业").body().contains("雨污管网"), items.toString());
    }

    @Test
    void aHeadlineBelowASignedNoticeHeadsTheNextItemNotASectionOfTheNotice() {
        // double-spaced: every line a blank line apart; the brief below opens without a dateline of its own
        List<Item> items = split(doubleSpaced("江城日报　2024年5月17日　第6版", "关于滨江路部分路段封闭施工的通告",
                "　　因雨水管网改造需要，滨江路东段将于5月", "20日起封闭施工，工期约两个月。请过往车", "辆提前规划路线，绕道通行。特此通告。",
                "　　　　江城市公安局交通警察支队", "　　　　江城市城市管理局", "　　　　2024年5月16日",
                "城西两条公交线路临时改道", "　　记者从市公交集团获悉，受道路施工影响，", "5路、12路公交车自5月20日起临时改道运", "行，沿线部分站点暂停使用。"));
        Item notice = withBody(items, "雨水管网改造");
        assertTrue(notice.body().contains("江城市城市管理局"), notice.toString());
        assertFalse(notice.body().contains("临时改道"), items.toString());
        assertEquals("城西两条公交线路临时改道", withBody(items, "受道路施工影响").title(), items.toString());
    }

    @Test
    void anAdviceColumnsNameOverItsHeadlineOnAPageWithoutBlankLinesIsNotPartOfTheTitle() {
        List<Item> items = split(String.join("\n", "江城日报　2024年11月12日　第7版　健康周刊",
                "专家支招", "入冬后血压忽高忽低怎么办", "■江城市中医院心血管科主任医师　魏楚明",
                "　　立冬过后，气温一天比一天低，心血管科",
                "门诊的高血压患者明显多了起来。不少老病号",
                "反映，血压忽高忽低，吃着药也控制不好。",
                "　　人体受到冷空气刺激后，全身小血管收缩，",
                "血压随之升高；回到暖和的室内，血管舒张，",
                "血压又会下降。这样一冷一热，血压就像坐",
                "上了过山车。",
                "　　我给大家提几点建议：一是勤测量，二是",
                "不擅自停药减药，三是注意保暖，四是清淡",
                "饮食、适度运动。") + "\n");
        Item column = withBody(items, "立冬过后");
        assertEquals("入冬后血压忽高忽低怎么办", column.title(), items.toString());
    }

    @Test
    void aReadersQuestionUnderItsColumnsNameBelowASignedColumnIsAPieceOfItsOwnTitledByTheQuestion() {
        List<Item> items = split(String.join("\n", "江城日报　2024年11月12日　第7版　健康周刊",
                "入冬后血压忽高忽低怎么办", "■江城市中医院心血管科主任医师　魏楚明",
                "　　立冬过后，气温一天比一天低，心血管科门诊的高血压患者明显多了起",
                "来，不少老病号反映血压忽高忽低，吃着药也控制不好。",
                "　　我给大家提几点建议：一是勤测量，二是不擅自停药，三是注意保暖。",
                "读者问医生答", "孩子反复咳嗽，要不要查过敏原？",
                "　　读者（城南区刘女士）问：我家孩子今年5岁，入秋以来咳嗽断断续续已",
                "经一个多月了，要不要带孩子去查过敏原？",
                "　　江城市妇幼保健院儿科医师叶小蕾答：孩子咳嗽超过4周，医学上称为慢",
                "性咳嗽，建议先到儿科就诊，由医生判断是否需要检查过敏原。") + "\n");
        Item question = withBody(items, "我家孩子今年5岁");
        assertEquals("孩子反复咳嗽，要不要查过敏原？", question.title(), items.toString());
        assertFalse(withBody(items, "立冬过后").body().contains("我家孩子"), items.toString());
    }

    @Test
    void anEssaySignedAtItsEndAfterAReviewSignedAboveItsTextIsAPieceOfItsOwn() {
        List<Item> items = split(doubleSpaced("江城晚报·副刊　2024年4月23日　第12版", "在时间的褶皱里寻找故乡", "——读长篇小说《河湾旧事》",
                "□ 苏小秋", "　　合上《河湾旧事》的最后一页，窗外正下着细雨，我在书桌前坐了很久。",
                "　　小说以江南小镇为背景，写了三代人的离乡与归乡，语言干净，细节饱满。",
                "槐花开时", "　　老家院子里有一棵槐树，是祖父年轻时种下的，每年四月底便开满了花。",
                "　　今年清明回去，院子里静悄悄的，只有那棵槐树还在，根就还在。", "□ 陆小微"));
        Item essay = withBody(items, "老家院子里有一棵槐树");
        assertEquals("槐花开时", essay.title(), items.toString());
        assertEquals("陆小微", essay.byline(), items.toString());
        assertFalse(withBody(items, "合上《河湾旧事》").body().contains("槐树"), items.toString());
    }

    @Test
    void aShortSecondLevelHeadingRightOverAFirstLevelOneIsItsKicker() {
        List<Item> items = split(String.join("\n", "## 假日出行", "# 五一去哪儿？跟着古驿道走一趟慢时光",
                "“上一次走这条路，还是三十多年前跟着父亲去镇上卖茶。”4月27日清晨，68岁的杜怀山站在古道口说。",
                "眼下，“五一”假期临近，各地旅游市场持续升温，古道游成了不少游客的新选择。") + "\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("假日出行", items.get(0).kicker(), items.toString());
        assertEquals("五一去哪儿？跟着古驿道走一趟慢时光", items.get(0).title(), items.toString());
    }

    @Test
    void aFeedsParagraphsOnePerLineStayApartThoughImageLinesAndCaptionsLeaveSomeLinesUnfinished() {
        // half-width commas make the lines narrower than a wide feed's; the image lines' "!" is no sentence's
        List<Item> items = split(String.join("\n", "# 五一去哪儿,跟着古驿道走一趟慢时光", "",
                "![](https://img.example.cn/2024/04/29/gudao_01.jpg)", "",
                "第一条线路从杜家坪出发,沿松岭古驿道向西,全程约9公里,步行需要四个多小时。",
                "“我们没有大拆大建,只是把塌方的路段修补起来。”镇干部说,施工队里大多是附近村子的老石匠。",
                "第二条线路以茶为主题。游客可以跟着茶农采茶、炒茶,晚上住进老屋改成的民宿。",
                "第三条线路适合带孩子的家庭,孩子们可以在这里学编竹蜻蜓、做豆花。",
                "夜幕降临,老街上的灯笼次第亮起,不少游客选择多住一晚,第二天再去茶园看看。", "",
                "![](https://img.example.cn/2024/04/29/gudao_02.jpg)",
                "游客在古驿道的石拱桥上拍照留念,桥面的青石板已被磨得发亮。 梁晚晴 摄", "",
                "![](https://img.example.cn/2024/04/29/gudao_03.jpg)",
                "游客在高山茶园跟着茶农学习采摘明前茶,当地把茶园观光与民宿经济结合起来。 韦一舟 摄") + "\n");
        Item feature = withBody(items, "第一条线路从杜家坪出发");
        assertEquals(5, feature.paragraphs().size(), feature.toString());
        assertTrue(feature.body().contains("夜幕降临"), items.toString());
    }

    @Test
    void aNumberedSectionRightUnderAHeadlineIsTheTextsFirstSectionNotTheTitle() {
        List<Item> items = split(String.join("\n", "　　家长放下焦虑，孩子才能放下包袱，学习才会成为一件快乐的事。", "", "江城职业高级中学2024年招生简章", "一、学校简介",
                "　　江城职业高级中学创办于1958年，是省级重点中等职业学校，现有在校生两千余人。", "二、报名方式",
                "　　考生参加中考后，通过全市中考志愿填报系统填报我校志愿。") + "\n");
        Item notice = withBody(items, "创办于1958年");
        assertEquals("江城职业高级中学2024年招生简章", notice.title(), items.toString());
        assertEquals("", notice.kicker());
        assertEquals("一、学校简介", notice.paragraphs().get(0));
    }

    @Test
    void aShortLineOpeningLikeAKickerOverAHeadlineLineIsTheKickerNotTheTitlesFirstLine() {
        List<Item> items = split(String.join("\n", "江城日报　2025年4月16日　星期三　第2版　要闻", "", "聚焦一季度经济运行",
                "江城外贸进出口同比增长百分之十二", "本报记者 王敏", "　　记者从江城海关获悉，今年一季度，全市货物贸易进出口总值",
                "达到四百一十二亿元，同比增长百分之十二点三，增速比去年同期", "提高四点六个百分点，贸易结构持续优化。") + "\n");
        Item trade = withBody(items, "货物贸易进出口总值");
        assertEquals("江城外贸进出口同比增长百分之十二", trade.title(), items.toString());
        assertEquals("聚焦一季度经济运行", trade.kicker());
    }

    @Test
    void aWireDumpsBracketedFieldsGiveEachStoryItsTitleAndSource() {
        List<Item> items = split(String.join("\n", "=== 稿件库导出　2025-05-27 08:40　共2条 ===", "",
                "【标题】江城首条山区公交环线开通", "【来源】江城日报　2025-04-02　第3版",
                "本报讯（记者 王敏）4月1日上午，江城首条山区公交环线开通运营，沿线六个村的村民出行更方便了。",
                "据悉，江城今年还将开通两条镇村公交线路。", "", "----", "【标题】江城港一季度集装箱吞吐量增长12.3%", "【来源】新华社",
                "新华社江城4月10日电（记者 李华）记者从江城港务集团获悉，今年一季度，江城港完成集装箱吞吐量158万标准箱。")
                + "\n");
        Item bus = withBody(items, "山区公交环线开通运营");
        assertEquals("江城首条山区公交环线开通", bus.title(), items.toString());
        assertEquals("", bus.kicker());
        assertTrue(bus.byline().contains("来源：江城日报"), bus.toString());
        assertEquals("江城港一季度集装箱吞吐量增长12.3%", withBody(items, "江城港务集团").title());
        assertTrue(items.stream().noneMatch(i -> (i.title() + i.kicker() + i.body()).contains("稿件库导出")), items.toString());
    }

    @Test
    void aFeedArticlesSectionsStayItsOwnWhenAMetaLineSitsUnderItsHeadline() {
        List<Item> items = split(String.join("\n\n", "# 江城港智慧码头二期投用", "发布时间：2024-11-12 08:30　来源：江城新闻网",
                "11月11日上午，随着一艘远洋货轮靠泊，江城港智慧码头二期正式投入运营。", "## 无人集卡往来穿梭",
                "在二期码头的作业区，记者几乎看不到忙碌的工人，无人集卡往来穿梭。", "## 岸电覆盖率达到百分之百",
                "码头所有泊位均配备了高压岸电设施，船舶靠港期间可关闭辅机。", "# 江城启动冬季供暖", "发布时间：2024-11-15 10:05　来源：江城晚报",
                "11月15日零时，江城供暖季正式开始。") + "\n");
        Item port = withBody(items, "正式投入运营");
        assertEquals("江城港智慧码头二期投用", port.title(), items.toString());
        assertTrue(port.body().contains("无人集卡往来穿梭") && port.body().contains("高压岸电设施"), port.toString());
        assertEquals("江城启动冬季供暖", withBody(items, "供暖季正式开始").title());
    }

    @Test
    void decoratedSubheadingsStayInTheSignedArticleOnAPageWhoseBlankLinesSeparateItemsAndAReportersNotesAreNoByline() {
        List<Item> items = split(String.join("\n", "三十年守护，一条山路亮起来", "本报记者 王敏", "　　清晨六点，天刚蒙蒙亮，老吴已经扛着铁锹",
                "出了门。从村口到乡道的七公里山路，他走了三十年。", "", "■ 一把铁锹一副担子", "　　白岩村地处深山里，全村两百多户人家散落",
                "在几道山梁上。每逢雨季，山路就塌方。", "", "■ 路通了，人心也通了", "　　村道被纳入县里的建设项目，土路变成了",
                "水泥路。老吴每天至少巡一趟路，雨天巡两趟。", "", "记者手记", "路在脚下，也在心里", "　　采访那天，我跟着老吴走了一趟他守了",
                "三十年的山路，七公里走了两个多小时。", "", "江城新开两条公交线路", "　　本报讯（记者 李华）本月起，江城新开两条",
                "公交线路，方便城东居民出行。") + "\n");
        Item road = withBody(items, "从村口到乡道的七公里山路");
        assertTrue(road.body().contains("每逢雨季") && road.body().contains("雨天巡两趟"), items.toString());
        assertEquals("本报记者 王敏", road.byline());
        assertFalse(Bylines.isByline("记者手记"));
        assertFalse(road.body().contains("采访那天"), road.toString());
    }

    @Test
    void aTipsBoxUnderASignedArticleIsAnItemOfItsOwn() {
        List<Item> items = split(String.join("\n", "夏天喝水有讲究", "", "本报记者 王敏", "",
                "连日高温，不少市民一天要喝好几瓶饮料。市人民医院", "营养科医生提醒，补水应以白开水为主，少量多次，不",
                "要等口渴了才喝。", "", "医生介绍，大量出汗后可适当补充淡盐水，老人和儿童",
                "更要注意及时补水，有慢性病的市民应遵医嘱饮水。", "", "小贴士：中暑了怎么办", "",
                "1.立即到阴凉通风处休息，解开衣扣散热。", "", "2.用湿毛巾擦拭身体，少量多次饮用淡盐水。", "",
                "3.症状不缓解时，及时拨打急救电话。") + "\n");
        Item water = withBody(items, "补水应以白开水为主");
        Item tips = withBody(items, "解开衣扣散热");
        assertNotSame(water, tips, items.toString());
        assertEquals("小贴士：中暑了怎么办", tips.title());
        assertFalse(water.body().contains("中暑"), water.toString());
    }

    @Test
    void aSecondLevelHeadingRightUnderATopLevelHeadlineIsItsSubtitle() {
        List<Item> items = split(String.join("\n", "# 江城老城区九条小巷完成改造", "## 雨污分流同步推进，居民出行更方便",
                "来源：江城日报  记者：周红",
                "记者从市住建局获悉，今年以来，老城区共有九条背街小巷完成综合改造，惠及居民两千余户。",
                "据介绍，改造坚持先地下、后地上，同步实施雨污分流和路面修复。", "",
                "# 城南公园荷花进入盛花期", "文/林小晓",
                "连日来，城南公园百余亩荷花竞相绽放，吸引大批市民前来赏花拍照。") + "\n");
        Item lanes = withBody(items, "背街小巷完成综合改造");
        assertEquals("江城老城区九条小巷完成改造", lanes.title(), items.toString());
        assertEquals("雨污分流同步推进，居民出行更方便", lanes.subtitle());
        assertEquals("来源：江城日报 记者：周红", lanes.byline());
        assertEquals("城南公园荷花进入盛花期", withBody(items, "荷花竞相绽放").title());
    }

    @Test
    void aHeadlinesFirstClauseEndingInACommaOnALineOfItsOwnIsPartOfTheTitle() {
        // blocks as the normalizer hands over a page whose headline's first clause came out as a block of its own
        // (its comma was the shifted font's 袁 when the lines were grouped)
        Set<BlockFlag> end = Set.of(BlockFlag.SENTENCE_END);
        List<Item> items = splitter.split(new NormalizedText(Layout.PARAGRAPHS, List.of(
                new Block(0, "社会第6版", List.of(5), 0, 0, "masthead", Set.of()),
                new Block(1, "“楼道管家”上岗，", List.of(9), 1, 0, null, Set.of()),
                new Block(2, "老小区治理有了新帮手", List.of(10), 0, 0, null, Set.of()),
                new Block(3, "本报记者 钟敏 通讯员 柯小川", List.of(14), 0, 0, null, Set.of(BlockFlag.BYLINE)),
                new Block(4, "每天早上七点半，家住城西梧桐巷的退休教师许秀英都会戴上红袖章，沿着巷子转上一圈。", List.of(18, 18, 4), 1, 0, null, end),
                new Block(5, "街道负责人介绍，全街道已有楼道管家一百二十名，覆盖老小区三十六个。", List.of(18, 15), 1, 0, null, end))));
        assertEquals(1, items.size(), items.toString());
        assertEquals("“楼道管家”上岗，老小区治理有了新帮手", items.get(0).title());
        assertEquals("", items.get(0).kicker());
    }

    @Test
    void aTitleWrappedOverTwoLinesUnderAKickerStaysOneTitle() {
        List<Item> items = split(String.join("\n",
                "　　本报讯（记者 陈可为）4月16日，记者从市统计局获悉，",
                "今年一季度，全市实现地区生产总值六百多亿元，同比",
                "增长百分之六，经济运行实现“开门红”。", "",
                "稳中有进 进中向好", "我市一季度经济运行", "实现“开门红”", "——工业投资、外贸出口增速均高于全省", "",
                "　　分产业看，第一产业增加值同比增长百分之三，第二",
                "产业增长百分之七，第三产业增长百分之五。三次产业",
                "结构持续优化，服务业占比较上年同期有所提高。") + "\n");
        Item article = withBody(items, "分产业看");
        assertEquals("我市一季度经济运行实现“开门红”", article.title(), items.toString());
        assertEquals("稳中有进 进中向好", article.kicker());
        assertEquals("工业投资、外贸出口增速均高于全省", article.subtitle());
    }

    @Test
    void aSubtitlePrintedOnTheTitlesLineAfterADashIsTheSubtitle() {
        List<Item> items = split(String.join("\n", "端侧大模型，挤进手机的“最后一厘米”——国产厂商竞逐新赛道", "本报记者 杜小泓", "",
                "　　今年以来，多家国产终端厂商密集发布搭载端侧大模型的新机，手机正在成为人工智能落地的新入口。") + "\n");
        assertEquals("端侧大模型，挤进手机的“最后一厘米”", items.get(0).title(), items.toString());
        assertEquals("国产厂商竞逐新赛道", items.get(0).subtitle());
    }

    @Test
    void aBriefColumnsLabelIsNoPartOfItsFirstBriefsTitle() {
        List<Item> items = split(String.join("\n", "民营企业家就会把更多心思放在创新发展上。", "本报评论员", "",
                "要闻简报", "暑运铁路运力同比增加一成",
                "本报北京6月13日讯（记者 邵晴）记者从国铁集团获悉，今年暑", "运铁路运力同比增加一成。",
                "全国夏粮收购进度过半", "据新华社电 记者从有关部门获悉，全国夏粮收", "购进度已经过半。") + "\n");
        assertEquals("暑运铁路运力同比增加一成", withBody(items, "暑运铁路运力").title(), items.toString());
        assertEquals("全国夏粮收购进度过半", withBody(items, "夏粮收购进度").title());
    }

    @Test
    void aWireSourceOpeningABriefAndABracketedBylineAfterItsLastSentenceAreItsBylines() {
        List<Item> items = split(String.join("\n\n", "全国夏粮收购进度过半",
                "据新华社电 记者从有关部门获悉，全国夏粮收购进度已经过半，收购价格总体平稳。",
                "城东老人晨练突发心脏骤停",
                "本报讯 昨日上午，城东一名六旬老人晨练时突发心脏骤停，路过的护士立即为其进行心肺复苏。（记者许小禾）") + "\n");
        Item grain = withBody(items, "夏粮收购进度已经过半");
        assertEquals("据新华社电", grain.byline(), items.toString());
        assertTrue(grain.paragraphs().get(0).startsWith("记者从有关部门获悉"));
        Item rescue = withBody(items, "心肺复苏");
        assertEquals("记者许小禾", rescue.byline(), items.toString());
        assertTrue(rescue.paragraphs().get(0).endsWith("心肺复苏。"));
        assertNull(Bylines.datelinePrefix("据了解，全国夏粮收购进度已经过半。"));
        assertNull(Bylines.datelinePrefix("据国家电网统计，全国用电负荷创新高。"), "an outlet's name comes before 电");
    }

    @Test
    void aDatelinedFirstParagraphPrintedAboveItsHeadlineStackOpensTheArticle() {
        List<Item> items = split(String.join("\n",
                "　　新华社江城4月17日电（记者 杜小明）记者17日从江城市统计局获悉，",
                "今年一季度，江城市地区生产总值同比增长百分之六，经济运行稳中向好。", "",
                "江城一季度经济实现“开门稳”", "——高技术制造业增加值同比增长一成半", "",
                "　　分产业看，第一产业增加值同比增长百分之三，第二产业增长百分之七，",
                "第三产业增长百分之六。其中，规模以上工业增加值同比增长百分之八。", "",
                "　　消费市场持续回暖。一季度，全市社会消费品零售总额同比增长百分之五。") + "\n");
        assertEquals(1, items.size(), items.toString());
        Item article = items.get(0);
        assertEquals("江城一季度经济实现“开门稳”", article.title());
        assertEquals("新华社江城4月17日电（记者杜小明）", article.byline());
        assertTrue(article.paragraphs().get(0).startsWith("记者17日从江城市统计局获悉"), article.toString());
    }

    @Test
    void aWireStorysEndMarkWrappedOntoItsOwnLineStaysWithTheStory() {
        List<Item> items = split(String.join("\n\n", "江城山区轻轨首段开通",
                "新华社江城4月17日电（记者 周小敏）17日上午，江城山区轻轨一期工程首段正式开通试运行。", "（完）",
                "新华社临江4月17日电（记者 钱小远）考古工作者近日在临江发现一座宋代砖室墓。") + "\n");
        assertEquals(2, items.size(), items.toString());
        assertTrue(items.stream().noneMatch(i -> i.title().contains("完")), items.toString());
    }

    @Test
    void aDashedSubtitleStacksUnderAHeadlineWhoseBylineIsPrintedAboveIt() {
        List<Item> items = split(String.join("\n", "■ 本报记者 蒋一川 实习生 廖小言", "守山二十年，他把荒坡变成了青山",
                "——记江城县青峰林场护林员石国平",
                "　　清晨五点多，五十八岁的石国平已经背上水壶和柴刀，沿着林间小道往山里走去。",
                "　　林场位于江城县西北部，经营面积五万亩，是全县最大的国有林场。") + "\n");
        assertEquals(1, items.size(), items.toString());
        Item article = items.get(0);
        assertEquals("守山二十年，他把荒坡变成了青山", article.title());
        assertEquals("记江城县青峰林场护林员石国平", article.subtitle());
        assertEquals("本报记者 蒋一川 实习生 廖小言", article.byline());
    }

    @Test
    void whereBlankLinesSeparateOnlyItemsAHeadlineAfterOneStartsAnItemNotASection() {
        List<Item> items = split(String.join("\n",
                "澜州博物馆新馆开放首月迎客四十万人次", "本报记者 沈佳",
                "五月一日正式开放的澜州博物馆新馆，开馆首月共接待观众四十万人次，单日最高客流突破两万人次。",
                "新馆位于滨江新区，建筑面积约五万八千平方米，设有十二个常设展厅和三个临时展厅。",
                "为满足上班族的参观需求，新馆在每周五、周六延长开放至晚上九点。",
                "不少家长带着孩子前来参观，沉浸式展厅和互动体验区最受欢迎。",
                "馆长何清远表示，接下来将联合省内外博物馆推出更多精品特展。",
                "",
                "澄州发放首批绿色消费券",
                "澄州市日前启动首批绿色消费券发放活动，总额两千万元，市民购买节能家电可享受百分之十五的补贴。") + "\n");
        Item coupons = withBody(items, "绿色消费券发放");
        assertEquals("澄州发放首批绿色消费券", coupons.title(), items.toString());
        assertFalse(withBody(items, "开馆首月").body().contains("消费券"), items.toString());
    }

    @Test
    void aColumnLabelInBracketsStaysTheKickerOverItsHeadline() {
        List<Item> items = split(doubleSpaced("【江城观察】", "让文化消费热得更持久",
                "从非遗市集到古街夜游，从音乐节到城市马拉松，今年以来，江城文化消费持续升温，热度之下更值得思考的是如何让它持久。",
                "本报评论员 江楠"));
        assertEquals(1, items.size(), items.toString());
        assertEquals("【江城观察】", items.get(0).kicker());
        assertEquals("让文化消费热得更持久", items.get(0).title());
    }

    @Test
    void anItemUnderADatelineOnItsOwnLineIsABriefAndAReporterWithACorrespondentIsNoDateline() {
        List<Item> items = split(doubleSpaced("上市公司现金分红总额创新高", "本报北京6月3日电（记者赵一鸣）",
                "记者从有关方面了解到，今年沪深北三家交易所共有三千八百余家上市公司实施或披露现金分红方案，分红总额约两万亿元，再创新高。",
                "市场人士表示，常态化分红机制逐步形成，有助于增强投资者获得感，引导中长期资金入市。"));
        assertEquals(1, items.size(), items.toString());
        assertEquals(ItemKind.BRIEF, items.get(0).kind());
        assertFalse(Bylines.opensWithDateline("本报记者 王强 通讯员 李华"), "the 讯 of 通讯员 opens no dateline");
        assertNull(Bylines.datelinePrefix("本报记者 王强 通讯员 李华 报道组"));
    }

    @Test
    void aHeadlineAfterAShortDatelinedBriefHeadsTheNextItem() {
        List<Item> items = split(doubleSpaced("引水干渠恢复通水",
                "本报临川7月1日电（记者方卓）经过为期一个月的清淤维修，临川至青州引水干渠今天上午恢复通水。",
                "维修期间，施工单位共清理淤泥四万立方米，修复渠道衬砌一千八百平方米。",
                "北湖区启用智慧水务平台",
                "北湖区智慧水务平台日前正式上线运行，平台接入全区一百多个雨量站和水位监测点的实时数据。"));
        assertEquals("北湖区启用智慧水务平台", withBody(items, "雨量站").title(), items.toString());
        assertFalse(withBody(items, "清淤维修").body().contains("雨量站"), items.toString());
    }

    @Test
    void aNewsSitesOrPapersOwnDatelineOpensABrief() {
        assertEquals("云岭新闻网讯（记者 孟飞）", Bylines.datelinePrefix("云岭新闻网讯（记者 孟飞）首届数字经济博览会将于7月开幕。"));
        assertEquals("江城日报讯（记者王强）", Bylines.datelinePrefix("江城日报讯（记者王强）昨天，江城地铁三号线开通。"));
        assertNull(Bylines.datelinePrefix("最新资讯（记者手记）显示，客流明显增加。"));
    }

    @Test
    void aDecoratedTwoDeckSubheadingBetweenParagraphsIsASection() {
        // no byline above the text to make it a signed article that takes in its sections
        List<Item> items = split(String.join("\n\n", "青州森林覆盖率达六成",
                "秋日的青州西山层林尽染，站在林场的瞭望台上放眼望去，成片的马尾松和杉木林连绵起伏。",
                "● 科学造林 荒山变青山",
                "过去种树靠经验，现在靠数据，林场根据土壤和坡向等条件因地制宜选择树种，成活率明显提高。",
                "● 智慧管护 守好全市每一片林",
                "在市林业局的指挥中心，大屏幕上实时滚动显示着各个林区的监测画面，火情和病虫害一目了然。") + "\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("青州森林覆盖率达六成", items.get(0).title());
        assertTrue(items.get(0).body().contains("监测画面"), items.toString());
    }

    @Test
    void aShortTwoDeckHeadingPrintedTightBetweenParagraphsIsASection() {
        List<Item> items = split(String.join("\n", "青州社区医院试点家庭医生服务", "",
                "　　清晨七点半，青州市北塘社区卫生服务中心的慢病管理室已经亮",
                "起了灯，家庭医生正在逐一回访签约居民。",
                "数据多跑路　患者少跑腿",
                "　　试点的一个重要抓手是信息化。市卫生健康委为每个试点中心配",
                "备了智能随访终端，患者在家测量的数据自动上传。",
                "上下联动　转诊更顺畅",
                "　　为解决基层接不住的问题，青州还推动市级医院与试点中心组建",
                "医联体，专家每周到社区坐诊。") + "\n");
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).body().contains("专家每周到社区坐诊"), items.toString());
    }

    @Test
    void aBylineWithNothingButFurnitureBelowItSignsTheArticleAboveAndThePapersImprintIsFurniture() {
        List<Item> items = split(String.join("\n\n", "市民中心推出周末不打烊服务",
                "　　自本月起，市民中心政务服务大厅推行周末不打烊服务，每周六上午办理不动产登记等事项。",
                "▶ 本报记者 苏小禾", "本版责任编辑：胡小晴 美编：秦川",
                "江城日报社出版 地址：江城市文昌路88号 广告热线：96311") + "\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("本报记者 苏小禾", items.get(0).byline());
        assertFalse(items.get(0).body().contains("广告热线"), items.toString());
    }

    @Test
    void aDigestsThirdLevelHeadingsHeadItsItemsWhenNoShallowerLevelDoes() {
        List<Item> items = split(String.join("\n\n", "# 城东社区周刊｜第18期", "发布时间：2024-06-16　阅读 2.3万",
                "### 长者食堂再添三家", "本周，城东又有三家长者食堂开门迎客，全区街道实现全覆盖。",
                "1. 60周岁以上老人每餐减免2元；", "2. 80周岁以上老人每餐减免4元。",
                "### 垃圾分类新规7月施行", "《城东区生活垃圾分类管理办法》将于7月1日起正式施行。",
                "### 下周天气持续晴热", "气象部门预计，下周全区以晴热天气为主，最高气温或达36℃。") + "\n");
        assertEquals(3, items.stream().filter(i -> i.kind() != ItemKind.TEASER).count(), items.toString());
        assertEquals("垃圾分类新规7月施行", withBody(items, "管理办法").title());
        assertTrue(withBody(items, "食堂").body().contains("每餐减免4元"), "the numbered list stays in its item");
    }

    @Test
    void aFeedsLabelledFieldsGiveTitleSubtitleAndBylineAndItsRulesSeparateItems() {
        List<Item> items = split(String.join("\n", "标题：江城至青溪城际铁路全线铺轨", "副题：预计明年上半年开通运营",
                "来源：江城日报", "作者：记者 罗小敏 通讯员 施小华", "正文：",
                "5月20日上午，随着最后一组长钢轨在青溪站落下，城际铁路实现全线铺轨。", "========",
                "标题:青溪县启动夏季防汛应急演练", "来源:青溪融媒", "作者:",
                "正文:5月19日,青溪县在梅溪河举行防汛抗旱综合应急演练。", "========") + "\n");
        assertEquals(2, items.size(), items.toString());
        Item rail = withBody(items, "全线铺轨。");
        assertEquals("江城至青溪城际铁路全线铺轨", rail.title());
        assertEquals("预计明年上半年开通运营", rail.subtitle());
        assertTrue(rail.byline().contains("罗小敏"), rail.toString());
        Item drill = withBody(items, "应急演练。");
        assertEquals("青溪县启动夏季防汛应急演练", drill.title());
        assertTrue(drill.paragraphs().get(0).startsWith("5月19日"), drill.toString());
    }

    @Test
    void aColumnsNameOverItsHeadlineAndItsWritersSpacedNameUnderItAreNoPartOfTheTitle() {
        List<Item> items = split(String.join("\n\n", "青禾观察", "让家门口的医院更有温度", "林　舟",
                "　　近日，县人民医院在六个乡镇卫生院设立了专家门诊，每周固定派驻专家坐诊，群众就近就能看上专家号。",
                "　　基层看病难，难在优质医疗资源分布不均，专家下沉正是破题之举。") + "\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("让家门口的医院更有温度", items.get(0).title());
        assertEquals("林 舟", items.get(0).byline());
        assertTrue(Bylines.isByline("本报驻伦敦记者 韩嘉树"), "a posted correspondent");
    }

    @Test
    void headlinesPrintedApartFromTheirBriefsCutTheBodyWhereEachBriefBegins() {
        // the extraction ran three briefs of one column together and printed the headlines of the last two
        // as one block below them
        List<Item> items = split("瑞士团队研发语音控制机器人系统\n\n"
                + "近日，瑞士一所大学的研究团队研发出一套语音控制的机器人操作系统，用户只需说话即可指挥机器人搬运货物。\n\n"
                + "新系统提高了易用性，也减少了人工操作中的安全风险。\n\n"
                + "据报道，德国一家研究机构开发出一种新型电池回收工艺，可将锂的回收率提高到百分之九十五。\n\n"
                + "研究人员表示，这种回收工艺能耗低，适合在工厂大规模应用。\n\n"
                + "近日，日本一所大学研制出一种柔性太阳能薄膜，厚度不到头发丝的十分之一，可贴在衣物和窗户上发电。\n\n"
                + "研究团队表示，这种薄膜的发电效率已达到百分之十五。\n\n"
                + "德国开发新型电池回收工艺\n日本研制出柔性太阳能薄膜\n");
        assertEquals(3, items.size(), items.toString());
        assertEquals("瑞士团队研发语音控制机器人系统", withBody(items, "瑞士一所大学").title());
        assertTrue(withBody(items, "瑞士一所大学").body().endsWith("安全风险。"));
        Item germany = withBody(items, "德国一家研究机构");
        assertEquals("德国开发新型电池回收工艺", germany.title());
        assertTrue(germany.body().startsWith("据报道") && germany.body().endsWith("大规模应用。"), germany.body());
        Item japan = withBody(items, "柔性太阳能薄膜");
        assertEquals("日本研制出柔性太阳能薄膜", japan.title());
        assertTrue(japan.body().startsWith("近日，日本"), japan.body());
    }

    @Test
    void anUnclaimedHeadlineDoesNotCutABodyThatSpeaksOfItThroughout() {
        // a front-page teaser pointing elsewhere, next to an article on the same subject
        List<Item> items = split("# 城市绿地面积持续增长\n\n"
                + "今年以来，全市城市绿地面积持续增长，新增绿地三百公顷。\n\n"
                + "园林部门表示，城市绿地建设将向老城区倾斜，让更多居民出门见绿。\n\n"
                + "据介绍，明年全市城市绿地面积还将持续增长，新建口袋公园五十个。\n\n"
                + "# 全市城市绿地面积还将持续增长\n");
        assertEquals("城市绿地面积持续增长", withBody(items, "三百公顷").title());
        assertTrue(withBody(items, "三百公顷").body().contains("口袋公园"), items.toString());
    }

    @Test
    void aShortMarkdownHeadingRightAboveADeeperOneNamesTheSectionAndIsNoItem() {
        List<Item> items = split("## 评论\n\n### 让绿道真正活起来\n\n绿道建得好，更要用得好，让绿道成为市民愿意去的好地方。\n\n（作者为本报评论员）\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("让绿道真正活起来", items.get(0).title());
    }

    @Test
    void theFirstLineOfAWrappedHeadlinePrintedTightUnderTheHeadlineAboveJoinsItsOwnHeadline() {
        // blocks as the normalizer hands them over for a double-spaced page: the closing headline of the statistics
        // brief and the first line of the funding brief's headline came out as one block of two lines; the funding
        // headline's second line is a block of its own right above its body
        List<Item> items = splitDoubleSpacedBlocks(
                block(0, "本报讯近日，全市统计部门发布数据，一季度全市工业增加值同比增长8%，高新产业增速领先。", 16, 16, 10),
                block(1, "一季度全市工业增加值同比增长8%南湖生物科技公司完成", 15, 10),
                block(2, "新一轮融资", 5),
                block(3, "本报讯日前，南湖生物科技公司宣布完成新一轮融资，由多家投资机构联合领投。", 16, 16, 4));
        assertEquals(2, items.size(), items.toString());
        assertEquals("一季度全市工业增加值同比增长8%", withBody(items, "统计部门").title());
        assertEquals("南湖生物科技公司完成新一轮融资", withBody(items, "投资机构").title());
    }

    @Test
    void theLastLineOfAHeadlinePrintedAfterItsBodyCanSitInTheNextHeadlinesBlock() {
        // the traffic brief's headline wrapped: its first line alone, its second line printed tight above the
        // fisheries brief's headline
        List<Item> items = splitDoubleSpacedBlocks(
                block(0, "近日，全国首个基于人工智能的城市交通信号自动调控系统“畅行”正式上线，路口通行效率提升两成。", 16, 16, 16),
                block(1, "据介绍，“畅行”系统可根据车流实时调整信号灯配时。", 16, 9),
                block(2, "全国首个城市交通信号", 10),
                block(3, "自动调控系统“畅行”上线海洋牧场监测网络建成", 12, 10),
                block(4, "本报讯日前，全省海洋牧场监测网络建成，可实时监测水温和鱼群。", 16, 14));
        assertEquals("全国首个城市交通信号自动调控系统“畅行”上线", withBody(items, "路口通行").title(), items.toString());
        assertEquals("海洋牧场监测网络建成", withBody(items, "鱼群").title(), items.toString());
    }

    /** Blocks as the normalizer hands them over for a double-spaced page. */
    private List<Item> splitDoubleSpacedBlocks(Block... blocks) {
        return splitter.split(new NormalizedText(Layout.DOUBLE_SPACED, List.of(blocks)));
    }

    private static Block block(int index, String text, Integer... lineWidths) {
        Set<BlockFlag> flags = text.endsWith("。") ? Set.of(BlockFlag.SENTENCE_END) : Set.of();
        return new Block(index, text, List.of(lineWidths), 1, 0, null, flags);
    }

    @Test
    void aLineOpeningWithAConnectiveIsRunningTextNotAHeadline() {
        assertTrue(!Splitter.isHeadlineText("与此同时，市政部门为保障供水"));
        assertTrue(Splitter.isHeadlineText("城市更新，让老街区焕发新活力"));
    }

    @Test
    void aFeedsHeadlineInLenticularBracketsIsReadWithoutThem() {
        String raw = "【城南公园完成改造 新增步道三公里】\n城南公园改造工程日前完工,新增步道三公里,市民可以沿湖散步。\n"
                + "公园管理处表示,周末将举办开园活动,欢迎市民参加。\n(记者 王小明)\n----\n"
                + "【讣告】\n城南中学退休教师李文华同志因病医治无效,于2025年3月2日逝世,享年八十六岁。特此讣告。\n";
        List<Item> items = split(raw);
        assertEquals(List.of("城南公园完成改造 新增步道三公里", "讣告"), items.stream().map(Item::title).toList());
    }

    @Test
    void numberedSectionHeadingsKeepADatedArticleWhole() {
        String raw = "老街焕新记\n\n　　江城新闻网讯（记者 王芳）老街微改造工程日前完工，街巷保留了原有格局。\n\n"
                + "一、不拆老房子\n\n　　改造坚持修旧如旧，沿街六十多处老建筑全部保留，只对破损部分进行修补。\n\n"
                + "二、留住老街坊\n\n　　改造期间居民没有搬离，施工队分段施工，尽量减少对生活的影响。\n";
        List<Item> items = split(raw);
        assertEquals(1, items.size());
        assertEquals("老街焕新记", items.get(0).title());
        assertTrue(items.get(0).paragraphs().contains("二、留住老街坊"));
    }

    @Test
    void briefsWithRunInHeadlinesInAColumnOfBriefsAreItemsOfTheirOwn() {
        String raw = "简　讯\n\n　　城西菜场完成改造　本报讯　6月3日，城西菜场\n完成改造并重新开业，新增摊位八十个，市\n民买菜更方便了。\n\n"
                + "　　老街夜市今晚开市　本报讯（记者 周红）昨晚，\n老街夜市开市，吸引游客上万人次，周边\n商户营业额明显增长。\n";
        List<Item> items = split(raw);
        assertEquals(List.of("城西菜场完成改造", "老街夜市今晚开市"), items.stream().map(Item::title).toList());
        assertEquals("本报讯（记者周红）", items.get(1).byline());
    }

    @Test
    void anEditorsNoteAfterAnArticleIntroducesTheCommentaryPrintedBelowIt() {
        String raw = doubleSpaced("办好民生小事要常态长效", "■ 本报评论员",
                "　　小区路灯坏了没人修，菜市场一下雨就积水，这些小事实实在在影响着群众的生活。",
                "　　编者按：社区养老设施建得多、用得少，本版今起推出系列评论，欢迎读者参与讨论。",
                "社区养老，别让床位空转",
                "　　走进一些社区养老服务中心，崭新的护理床整齐排列，却少见老人身影。",
                "□ 许明远");
        List<Item> items = split(raw);
        assertEquals(List.of("办好民生小事要常态长效", "社区养老，别让床位空转"), items.stream().map(Item::title).toList());
        assertTrue(items.get(1).paragraphs().get(0).startsWith("编者按："), items.get(1).paragraphs().toString());
    }

    @Test
    void aLetterSpacedNoticeTitleHeadsItsNoticeAndTheLinesSigningItAreItsText() {
        String raw = "公　告\n王某某（男，1980年3月出生）：本院受理原告城南建材公司诉你买卖合同纠纷一案，已审理终结。"
                + "因你下落不明，现向你公告送达判决书，自公告之日起经过六十日即视为送达。特此公告。\n城南区人民法院\n二〇二五年三月十日\n\n"
                + "春季植树活动启动\n本报讯　3月12日，城南区春季义务植树活动在滨河公园启动，五百余名市民参加，共栽下树苗两千株。\n";
        List<Item> items = split(raw);
        assertEquals(List.of("公告", "春季植树活动启动"), items.stream().map(Item::title).toList());
        assertEquals(List.of("城南区人民法院", "二〇二五年三月十日"),
                items.get(0).paragraphs().subList(items.get(0).paragraphs().size() - 2, items.get(0).paragraphs().size()));
    }

    @Test
    void aTwoCharacterBlockEndingASentenceIsTextNotALabel() {
        // blocks as the normalizer hands over a sentence whose last character and full stop came out as a block of
        // their own: a label of two characters would leave them in no item
        Set<BlockFlag> end = Set.of(BlockFlag.SENTENCE_END);
        List<Item> items = splitter.split(new NormalizedText(Layout.PARAGRAPHS, List.of(
                new Block(0, "新线试运营服务要跟上", List.of(10), 0, 0, null, Set.of()),
                new Block(1, "城市因交通而兴，也因服务而暖。期待新线跑出速度，让每一位乘客都能乘兴而来、满意而", List.of(16, 16, 10), 1, 0, null, Set.of()),
                new Block(2, "归。", List.of(2), 0, 0, null, end))));
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).body().endsWith("满意而\n归。"), items.get(0).body());
    }

    @Test
    void aColumnsNameThenItsWriterThenTheHeadlineMakeOneSignedColumn() {
        List<Item> items = split("师者说\n\n文/林书声（作者系城南第三中学教师）\n\n慢一点，等等那个举手的孩子\n\n"
                + "上周的一节数学课上，我提出一个问题后，教室里很快举起了一片小手。\n\n"
                + "我决定多等一等，让每个孩子都有开口的机会。\n");
        assertEquals(1, items.size(), items.toString());
        assertEquals("慢一点，等等那个举手的孩子", items.get(0).title());
        assertEquals("文/林书声（作者系城南第三中学教师）", items.get(0).byline());
    }

    @Test
    void aWritersAffiliationUnderTheSignatureStaysAtTheEndOfTheTextAndOutOfTheByline() {
        List<Item> items = split(doubleSpaced("别让打卡式阅读消解读书本义",
                "　　每天阅读打卡领奖励的活动层出不穷，不少人每天准时晒出书页照片。",
                "　　阅读少一些功利，多一些从容，才能真正滋养心灵。",
                "□ 沈知秋", "（作者单位：城南大学文学院）"));
        assertEquals(1, items.size(), items.toString());
        assertEquals("沈知秋", items.get(0).byline());
        assertEquals("（作者单位：城南大学文学院）", items.get(0).paragraphs().get(items.get(0).paragraphs().size() - 1));
    }
}
