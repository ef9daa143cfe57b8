package io.newsflow.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes page furniture: text printed on the page that belongs to no article (QR-code prompts,
 * teaser page references, jump lines and pointers to another page, ad index tables, editor credits, mastheads,
 * the credits of a chart, contact lines and web addresses of ads and of the paper, a date alone on its line, a
 * markdown feed's image line, a web page's navigation, meta and footer lines, classified ads, weather boxes, desk
 * notes). What depends on the lines above a line (a masthead's run, a teaser column, an ad's extent) is
 * {@link LineFurniture}'s.
 */
final class Furniture {
    private Furniture() {
    }

    static final String QR_PROMPT = "qr_prompt";
    /** A row of a table printed as text, its cells separated by "|" ({@link TextTables}, or a markdown table's). */
    static final String TABLE = "table";
    /** A markdown feed's image, {@code ![alt](url)}, alone on its line: kept whole (alt text and address). */
    static final String IMAGE = "image";
    static final String PAGE_REF = "page_ref";
    static final String JUMP = "jump";
    static final String AD_INDEX = "ad_index";
    static final String EDITOR_CREDIT = "editor_credit";
    static final String MASTHEAD = "masthead";
    static final String CHART_CREDIT = "chart_credit";
    /** Who supplied a text, in brackets on its own line: （平川县农业农村局供稿）. */
    static final String SOURCE_CREDIT = "source_credit";
    static final String CONTACT = "contact";
    /** A web page's navigation and controls copied into a feed: 首页 > 地方新闻 > 正文, 点击查看更多, 返回顶部. */
    static final String WEB_NAV = "web_nav";

    /** First characters of {@link #BREADCRUMB} and {@link #WEB_CONTROL}. */
    private static final String WEB_NAV_FIRST = "首主网当点查阅返打关分【字上下相延推评收转";

    /** A breadcrumb trail: 首页 > 地方新闻 > 正文, 当前位置：首页 › 要闻, 江城新闻网 > 教育 > 正文. */
    private static final Pattern BREADCRUMB = Pattern.compile(
            "(?:当前位置[：:]\\s*)?(?:首页|主页|网站首页)\\s*[>＞›»]\\s*[^>＞›»]{1,12}(?:\\s*[>＞›»]\\s*[^>＞›»]{1,12})*"
                    + "|[^>＞›»，。,]{1,12}(?:\\s*[>＞›»]\\s*[^>＞›»，。,]{1,12}){2,}");
    /** Controls of a web page (点击查看更多, 返回顶部, 分享到：微信 微博, 【字号 大 中 小】, 打印本页, 关闭窗口). */
    private static final Pattern WEB_CONTROL = Pattern.compile(
            "点击(?:查看|阅读|浏览)(?:更多|全文|原文)|查看更多|阅读全文|返回顶部|返回首页|打印本页|关闭窗口"
                    + "|分享到[：:]?.{0,20}|【?\\s*字[号体]\\s*[：:]?\\s*大\\s*中\\s*小\\s*】?(?:[\\s\u3000]*【?(?:打印本页|打印|关闭窗口|关闭|收藏|纠错)】?)*"
                    + "|(?:上一篇|下一篇)[：:].{1,40}|(?:相关阅读|相关新闻|延伸阅读|推荐阅读)[：:]?"
                    // a story's counters and the report-an-error link: 评论(86) 点赞(312) 收藏, 【纠错】
                    + "|(?:(?:评论|点赞|收藏|转发|分享)\\s*(?:[（(]\\d+[)）])?\\s*){2,}|【纠错】(?:\\s*【.{1,16}】)?");

    /**
     * A web page's meta line under its headline: the time of publication, then source, author, editor or views
     * (2025-06-12 09:30 来源：江城日报 浏览量：3862).
     */
    private static final Pattern WEB_META = Pattern.compile(
            "(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*(?:\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?"
                    + "(?:\\s*(?:来源|作者|编辑|责任编辑|浏览量?|阅读量?|点击量?|浏览次数|阅读数)\\s*[：:]?\\s*[^\\s，。；！？]{0,20})*");
    /**
     * A labelled publication time, then views or shares (发布时间：2024-06-16　阅读 2.3万　分享 486), the source, writer or
     * editor labelled before it or not (来源：澜州新闻网　编辑：许可欣　发布时间：…).
     */
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:(?:来源|作者|编辑|责任编辑)\\s*[：:]\\s*[^\\s，。；！？]{1,20}\\s+)*(?:发布时间|发表时间|时间)\\s*[：:]\\s*(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?[^，。；！？]{0,40}");
    /** A web site's footer: copyright and registration lines (Copyright © 2025 …, 京ICP备…号, 公网安备…). */
    private static final Pattern WEB_FOOTER = Pattern.compile(
            "(?:(?:Copyright|COPYRIGHT|版权所有|©)|.*(?:ICP备|ICP证|公网安备|版权所有|All Rights Reserved)"
                    + "|.{0,8}版权归.{1,16}所有[，,]?\\s*(?:未经(?:书面)?(?:授权|许可))?.{0,8}(?:不得|禁止|严禁)转载).*");

    /**
     * An app's or site's meta line over a story: a time of publication to the minute with the outlet's name before
     * or after it, a source field or not (东湖新闻 2024-07-01 07:30 来源：东湖日报, 2024-07-01 16:05 | 东湖新闻).
     */
    private static final Pattern APP_META = Pattern.compile(
            "(?:[\\p{IsHan}A-Za-z]{2,10}[\\s\u3000]*[|｜]?[\\s\u3000]*)?(?:来源[：:][\\s\u3000]*[\\p{IsHan}]{2,12}[\\s\u3000]*)?"
                    + "(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}[\\s\u3000]*\\d{1,2}:\\d{2}"
                    + "(?:[\\s\u3000]*[|｜]?[\\s\u3000]*(?:来源[：:][\\s\u3000]*)?[\\p{IsHan}A-Za-z]{2,12})?");
    /** Words that name a story's writers: a dated line holding one is its byline. */
    private static final String[] BYLINE_WORDS = {"记者", "通讯员", "作者", "编辑", "文/", "图/"};
    /**
     * A story's counters in an app (阅读 1.2万　点赞 906, 阅读数3562·点赞128, 评论 23 | 写评论...): two at least, one
     * and the comment link, or the views alone.
     */
    private static final Pattern APP_COUNTERS = Pattern.compile(
            "(?:(?:阅读|浏览|点赞|评论|收藏|转发|分享|在看)(?:数|量)?[\\s\u3000]*[\\d.]+万?\\+?[\\s\u3000]*[|｜·]?[\\s\u3000]*){2,}(?:写评论\\S*)?"
                    + "|(?:阅读|浏览|点赞|评论)[\\s\u3000]*[\\d.]+万?[\\s\u3000]*[|｜·]?[\\s\u3000]*写评论\\S*"
                    // the views alone on their line under an app's headline: 阅读 1.2万
                    + "|(?:阅读|浏览)(?:数|量)?[\\s\u3000]*[\\d.]+万?\\+?");
    /** A statement that the text may not be reprinted (声明：本文为东湖日报原创稿件，未经授权不得转载。). */
    private static final Pattern NO_REPRINT = Pattern.compile(
            "(?:声明[：:])?.{0,32}(?:未经(?:书面|协议)?(?:授权|许可|同意)[，,]?)?(?:不得|禁止|严禁|谢绝)(?:转载|转发|摘编|复制|下载)[^。！？]{0,16}[。！]?");
    /** Words by which a site or paper names its own content in a reprint notice. */
    private static final String[] OWN_CONTENT_WORDS = {"本文", "本网", "本站", "本报", "本刊", "原创", "稿件", "版权", "作品"};
    /** The disclaimer under an opinion piece (本文仅代表作者观点), the site's, not the writer's text. */
    private static final Pattern OPINION_DISCLAIMER = Pattern.compile("(?:本文|文章|此文)(?:仅|只)代表作者(?:个人)?观点[^。！？]{0,20}[。]?");

    /**
     * A page's disclaimer over advice or market news (本版文章仅供参考，具体诊疗请遵医嘱; 风险提示：市场有风险，投资需谨慎。本文
     * 不构成投资建议。; 股市有风险 投资需谨慎).
     */
    private static final Pattern ADVICE_DISCLAIMER = Pattern.compile(
            "(?:风险提示[：:]\\s*)?(?:本版|本文|以上)?(?:文章|内容|信息|数据)?仅供参考[^。！？]{0,20}[。]?"
                    + "|(?:风险提示[：:]\\s*)?(?:股市|市场|投资)有风险[，,\\s]*投资需谨慎[。.]?(?:本文(?:不构成|不作为)[^。]{0,12}[。.]?)?");

    /** A prompt to open or download an app (打开潮汐财经APP，查看更多实时行情; 下载某某客户端，阅读更多). */
    private static final Pattern APP_PROMPT = Pattern.compile(
            "(?:更多精彩)?[，,]?(?:请)?(?:打开|下载|安装)[^，。；！？,]{1,16}(?:APP|App|客户端)[，,]?[^。；！？]{0,16}[。]?");

    /** A site's name and its address (东礁新闻网　www.djxw.cn), wherever on the page. */
    private static final Pattern SITE_AND_ADDRESS = Pattern.compile("[\\p{IsHan}]{2,10}网[\\s\u3000]+(?:https?://)?www\\.[\\w.\\-/]+");

    /** A teaser for the next issue (下期预告：端午假期出行服务保障综述), not for a page of this one. */
    private static final Pattern NEXT_ISSUE = Pattern.compile("(?:下期|明日|下周)预告[：:][^。！？]{2,30}");

    /** Three or more cells separated by "|", with a markdown table's outer bars or not. */
    private static final Pattern TABLE_ROW = Pattern.compile("\\|?[^|]+(?:\\|[^|]+){2,}\\|?");
    /** {@code ![alt](url)} or {@code ![alt](url "title")}. */
    /** Where the export left a picture out: a bracketed word alone on its line (［图片］, 【图】, [视频]). */
    private static final Pattern PICTURE_PLACEHOLDER = Pattern.compile("[\\[［【(（]\\s*(?:图片|图|照片|组图|视频)\\s*[\\]］】)）]");
    static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    /**
     * A prompt to scan a code: the scan first (扫码看更多, 扫描二维码 下载客户端), or after what it leads to or a plea
     * (更多内容扫码阅读, 更多资讯请扫码关注…, 民生投诉请扫二维码), and nothing after it that reads on: no 、, no full stop, no
     * comma at the line's end. A wrapped line of text that mentions scanning (支持刷卡、扫码等多种支付方式，市民也;
     * 农户扫码即可预约) is no prompt.
     */
    private static final Pattern QR = Pattern.compile(
            "(?:[^，。、“”]{0,16}?(?:更多|请|欢迎|敬请|可)[^，。、“”]{0,8}?)?"
                    + "(?:扫码|扫描(?:下方|上方|右侧|左侧|文末)?二维码|扫二维码|扫一扫|长按识别(?:二维码)?)[^。、]{0,24}(?<![，,])");
    /** P16, Ｐ10～12, 孕10耀12 (the mojibake form), 第5版. */
    private static final Pattern PAGE = Pattern.compile("(?:[PＰ孕]\\s*\\d{1,3}(?:\\s*[～~\\-－—耀至、,，]\\s*\\d{1,3})*|第\\s*\\d{1,3}\\s*版)");
    private static final Pattern JUMP_LINE = Pattern.compile("[(（]?\\s*(?:下转|上接|转第|接第|紧接|详见第|见第)\\s*\\d*.{0,6}版?\\s*[)）]?");
    private static final Pattern AD_HEADER = Pattern.compile(".*版位.*广告.*|.*广告索引.*");
    /** A row of an ad index, or the word 广告 printed alone over an advertisement. */
    private static final Pattern AD_ROW = Pattern.compile("\\d{1,3}\\s*版(\\s+.*)?|.*公益广告.*|.*形象广告.*|.*订阅广告.*|广\\s*告");
    /** 详见P5, 见 P16, （详见第5版）, 转P3, 详见第8版《…》: a pointer to where the story goes on, or to what to read there. */
    private static final Pattern POINTER = Pattern.compile("[(（]?\\s*(?:详见|详情见|见|转至|转)\\s*(?:[PＰ]\\s*\\d{1,3}|第\\s*\\d{1,3}\\s*版)\\s*[)）]?"
            + "(?:\\s*《[^》]{1,24}》)?");
    /** A teaser: a title and where to read it (龙舟赛完整赛果详见第5版, 养蜂人的故事 详见A7版; ▶夜经济的新名片 P12 is {@link #PAGE}'s). */
    private static final Pattern TEASER_POINTER = Pattern.compile(
            "[^，。；！？,;!?]{2,24}?\\s*(?:详见|详情见|见)\\s*(?:[PＰ]\\s*\\d{1,3}|第\\s*[A-Z]?\\d{1,3}\\s*版|[A-Z]\\d{1,2}\\s*版)");
    /**
     * A bracketed pointer to the paper's other media (（积分榜见本报客户端）, （完整名单详见本报微信公众号）): what the
     * print page leaves out, never text of the story above it.
     */
    private static final Pattern MEDIA_POINTER = Pattern.compile(
            "[(（][^()（），。]{0,12}见[^()（），。]{0,12}(?:客户端|网站|官网|APP|App|app|公众号|微博|视频号|新媒体)[)）]");
    /** A row of an index with dot leaders to its page (青禾农商银行…………第4版, 本地新闻........A3版). */
    private static final Pattern LEADER_ROW = Pattern.compile("[^，。；！？]{2,20}?[…．.·]{3,}\\s*(?:第\\s*)?[A-Z]?\\d{1,3}\\s*版");
    /** A correction of an earlier issue printed among the stories (更正：本报5月8日第4版…特此更正。). */
    private static final Pattern CORRECTION = Pattern.compile("更正[：:].{4,}(?:特此更正|谨此致歉|特此致歉)[。！]?");
    /**
     * A page header: the paper's name, a full date and the page (南湖日报 2025年6月9日 星期一 第3版), the same
     * masthead the ingest producer reads the edition from.
     */
    private static final Pattern PAGE_HEADER = Pattern.compile(
            ".*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*(?:第\\s*[A-Z]{0,2}\\s*\\d{1,3}\\s*版|(?<![A-Za-z])[A-Z]\\s?\\d{1,2}(?!\\d)|星期[一二三四五六日天]|第\\s*\\d{1,6}\\s*期).*"
                    + "|.*第\\s*[A-Z]{0,2}\\s*\\d{1,3}\\s*版.*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*");
    /**
     * A page header names the paper, date, page, section and its editors (the page before the date or after it): wider
     * than a headline, a line at most.
     */
    private static final int PAGE_HEADER_WIDTH = 60;

    /** A page folio: the section's name and the page number (要闻 2, 国际·15, 3 经济, A06 城事). */
    private static final Pattern FOLIO = Pattern.compile("[\\p{IsHan}]{2,4}\\s*[·•]?\\s*[A-Z]?\\d{1,2}|[A-Z]?\\d{1,2}\\s*[·•]?\\s*[\\p{IsHan}]{2,4}"
            // a section of two names and its page, either way round (民族·边疆6, 旅游·节庆 3, A6 金融·市场)
            + "|[\\p{IsHan}]{2,4}\\s*[·•]\\s*[\\p{IsHan}]{2,4}\\s*[A-Z]?\\d{1,2}"
            + "|[A-Z]?\\d{1,2}\\s*[\\p{IsHan}]{2,4}\\s*[·•]\\s*[\\p{IsHan}]{2,4}");
    /**
     * A section and its page (社会 第6版, 第6版 社会): only as a whole block at the page top, as a single line the tail
     * of a wrapped page header may read so too (…星 + 期二 第5版).
     */
    private static final Pattern SECTION_PAGE = Pattern.compile(
            "[\\p{IsHan}]{2,4}(?:\\s*[·•]\\s*[\\p{IsHan}]{2,4})?\\s*[·•]?\\s*第\\s*[A-Z]?\\d{1,3}\\s*版"
                    + "|第\\s*[A-Z]?\\d{1,3}\\s*版\\s*[·•]?\\s*[\\p{IsHan}]{2,4}(?:\\s*[·•]\\s*[\\p{IsHan}]{2,4})?");

    /** A page's section name of two words joined by a middle dot, without its page number (交通·科技, 经济•民生). */
    private static final Pattern SECTION_NAME = Pattern.compile("[\\p{IsHan}]{2,4}\\s*[·•]\\s*[\\p{IsHan}]{2,4}");
    /** A county paper's short name alone on the page's first lines (青禾报). */
    private static final Pattern SHORT_PAPER_NAME = Pattern.compile("[\\p{IsHan}]{2,3}报");
    /** The paper's name, then a section and its page (鹤汀法治报　政法·平安　第3版); only at the page top. */
    private static final Pattern PAPER_SECTION_PAGE = Pattern.compile("[\\p{IsHan}]{2,8}报\\s+(?:" + SECTION_PAGE.pattern() + ")");
    /** A news site's name alone on a line (澜州新闻网, 江城在线); only at the page top, above its navigation. */
    private static final Pattern SITE_NAME = Pattern.compile("[\\p{IsHan}]{2,6}(?:新闻网|在线)");
    /** The paper's name alone on a line (江南日报); only at the page top ({@link #classifyPageTop}). */
    private static final Pattern PAPER_NAME = Pattern.compile("[\\p{IsHan}]{1,6}(?:日报|晚报|晨报|早报|时报|商报|都市报|青年报|法治报|经济报|科技报|导报|周报|农民报|教育报)");
    /** An editor's line: a role, then a colon or a space, then names ("责任编辑 刘洋  美术编辑 陈静"). */
    private static final Pattern EDITOR = Pattern.compile(
            "(?:[\\p{IsHan}]{2,10}供稿[\\s\u3000]*)?"
                    + "(?:本版)?(?:责任编辑|责编|值班主任|值班总编辑|值班总编|值班编辑|编辑|美术编辑|美编|图片编辑|版面编辑|版式设计|版式|校对|责任校对|统筹|审核|审校|终审|主编|执行主编)"
                    + "(?:\\s*[：:]|[\\s\u3000]+).{0,30}");

    /**
     * The credits printed under a chart or an infographic (制图：张三, 数据来源：国家统计局): they belong to the graphic,
     * whose numbers the text extraction does not carry, and are no headline of anything.
     */
    /** One quote of a market strip: an index, its value, an arrow and the change (上证指数 3038.23 ▲0.54%). */
    private static final Pattern QUOTE = Pattern.compile("[\\p{IsHan}A-Za-z]{2,8}\\s*\\d[\\d,.]*\\s*[▲▼]\\s*[-+]?\\d[\\d.]*%");
    /** Fewest quotes that make a line a market strip. */
    private static final int TICKER_QUOTES_MIN = 2;

    /** Whether the line is a market strip: two quotes or more ({@link #QUOTE}) and no sentence. */
    private static boolean isTicker(String t) {
        if (Chars.containsAnyChar(t, "，。；！？")) {
            return false;
        }
        Matcher m = QUOTE.matcher(t);
        int quotes = 0;
        while (m.find()) {
            quotes++;
        }
        return quotes >= TICKER_QUOTES_MIN;
    }

    /** An institution's name alone, as a chart credit lists its sources one a line (江澜省价格监测中心). */
    private static final Pattern SOURCE_NAME = Pattern.compile("[\\p{IsHan}]{2,16}(?:中心|局|厅|委|院|所|会|部|办|站|公司|集团|协会|研究院)");

    static boolean isSourceName(String text) {
        return SOURCE_NAME.matcher(text.strip()).matches();
    }

    /**
     * The desk's note on where a page's texts or pictures come from (本版稿件除署名外均由新华社、中新社提供), an editor's line
     * after it or not.
     */
    private static final Pattern PAGE_SOURCES = Pattern.compile(
            "本版(?:稿件|图片|文字|图文|照片)?除署名外均?(?:由|据|为|系|来自)[^，。；！？]{2,24}?(?:提供|供稿|电)?(?:[\\s\u3000]*(?:编辑|责编|责任编辑|校对|美编).*)?");

    /** A supplier's credit in brackets, alone on its line: （平川县农业农村局供稿）, （市气象台供稿）. */
    private static final Pattern SUPPLIED_BY = Pattern.compile("[（(][\\p{IsHan}]{2,26}供稿[)）]");
    private static final Pattern CHART = Pattern.compile("(?:制图|数据来源|资料来源|图表来源|图表制作|图表设计)\\s*[：:院]\\s*\\S.{0,30}");

    /**
     * A contact line, of an advertisement or of the paper itself (电话：0571-12345678, 地址：…, 本报地址：… 邮编：…,
     * 投稿邮箱：…): a label, a colon and a short value, no sentence.
     */
    private static final Pattern CONTACT_LINE = Pattern.compile(
            "(?:(?:本报|报社|编辑部)?(?:新闻|报料|投诉|民生|读者|健康)?(?:地址|邮编|电话|热线|服务热线|咨询电话|订阅电话|订报电话|广告热线|传真|邮箱|电子邮箱|投稿邮箱|网址|官网"
                    + "|来信请寄|来稿请寄|来信地址|咨询热线)"
                    + "\\s*[：:院]\\s*[^，。；！？]{1,40}?\\s*)+"
                    // what the envelope should say: 注明“社区来信”
                    + "(?:注明[^，。；！？]{1,20})?"
                    // the desk's request to writers after its mailbox: 来稿请注明真实姓名、工作单位及联系电话
                    + "(?:(?:来稿|投稿)[^，。；！？]{2,30}。?)?");

    /**
     * A note of the desk or of a content system's export, not of any article: 【稿库导出】… 导出时间：…, a banner
     * between runs of = (=== 稿件库导出 … ===), or a line set
     * between dashes (——以上稿件仅供内部编辑参考——).
     */
    static final String DESK_NOTE = "desk_note";

    /** A service or hotline number under its label, without a colon (市民热线　12345, 燃气抢修 86770119). */
    private static final Pattern SERVICE_NUMBER = Pattern.compile(
            "[\\p{IsHan}]{0,6}(?:热线|电话|投诉|抢修|咨询|举报|客服|求助|报警|急救|查询|服务)[\\s\\u3000]*\\d[\\d\\-]{2,15}");

    /** A contact field (地址：, 广告热线：, 邮编：) anywhere in a line. */
    private static final Pattern CONTACT_FIELD = Pattern.compile(
            "(?:地址|邮编|电话|热线|传真|邮箱|网址)\\s*[：:]\\s*\\S");

    /** An editor's field (本版编辑：苏墨, 校对：任可) beside the contact fields of a page's foot. */
    private static final Pattern EDITOR_FIELD = Pattern.compile("(?:编辑|美编|校对|审核)\\s*[：:]\\s*\\S");

    /** Contact and editor fields in {@code t} (本版投稿邮箱：… 本版编辑：… counts two). */
    private static int contactFields(String t) {
        int n = occurrences(CONTACT_FIELD, t);
        return n > 0 ? n + occurrences(EDITOR_FIELD, t) : 0;
    }

    private static int occurrences(Pattern p, String t) {
        int n = 0;
        for (Matcher m = p.matcher(t); m.find(); ) {
            n++;
        }
        return n;
    }

    /** A date alone on its line, as a page header prints it (2025年6月1日 星期日, 农历五月初六 after it or not). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:\\s*(?:星期|周)[一二三四五六日天])?(?:\\s*农历[\\p{IsHan}]{2,8})?");
    /** A web address alone on its line (www.jcdaily.cn, http://…). */
    private static final Pattern WEB_LINE = Pattern.compile("(?:(?:https?://)?www\\.|https?://)[\\w.\\-/?=&%#:]+");
    /**
     * More masthead lines, only at the page top: the paper's owner (中共某市委机关报), the issue and page count
     * (今日8版 第12873期), the weather box (天气：多云 14℃～22℃).
     */
    private static final Pattern MASTHEAD_LINE = Pattern.compile(
            "[\\p{IsHan}]{2,14}机关报|(?:今日\\s*\\d{1,3}\\s*版\\s*)?第\\s*\\d{2,6}\\s*期|今日\\s*\\d{1,3}\\s*版|天气\\s*[：:].{1,30}");
    /** The paper's name in capitals (JIANGCHENG DAILY); only at the page top ({@link #classifyPageTop}). */
    private static final Pattern LATIN_MASTHEAD = Pattern.compile("[A-Z][A-Z0-9 .&'-]{3,40}");

    /** A weather box's line: a temperature range (多云转小雨 19℃～26℃), or wind and air quality (东南风3级 空气质量：良). */
    private static final Pattern TEMPERATURE_RANGE = Pattern.compile("-?\\d{1,2}\\s*℃\\s*[～~\\-－至]\\s*-?\\d{1,2}\\s*℃");
    /**
     * A range with the unit printed once (18～27℃), taken with a word of the sky or the wind beside it (多云转晴
     * 18～27℃ 东北风2级): a wrapped line of a story can hold such a range too.
     */
    private static final Pattern FORECAST = Pattern.compile(
            "(?=.*[晴阴雨云雪雾霾风]).*-?\\d{1,2}\\s*[～~\\-－至]\\s*-?\\d{1,2}\\s*℃.*");
    private static final Pattern WIND = Pattern.compile("[东南西北]{1,2}风\\s*\\d");

    static final String WEATHER = "weather";

    private static final Pattern WEATHER_HEADING = Pattern.compile("(?:今日|明日|今天|明天|本地|城市|农事|农业|旅游)?天气(?:预报)?");

    private static boolean isWeatherLine(String t) {
        return t.length() <= 6 && WEATHER_HEADING.matcher(t).matches() || (t.indexOf('℃') >= 0 && (TEMPERATURE_RANGE.matcher(t).find() || FORECAST.matcher(t).matches()) || t.contains("空气质量") && WIND.matcher(t).find())
                && !Chars.containsAnyChar(t, "，。；！？,;!?");
    }

    /** Literals of which {@link #QR} needs one. */
    private static final String[] QR_WORDS = {"扫码", "扫描二维码", "扫一扫", "二维码", "长按识别"};
    /**
     * A jump marker in brackets printed inside a paragraph's line: at its end where the story goes on elsewhere
     * (…三百余家。（下转第2版）), at its start where it comes from (（上接第1版）集聚…).
     */
    private static final Pattern INLINE_JUMP = Pattern.compile(
            "[(（]\\s*(?:下转|上接|转第|接第|紧接)\\s*第?\\s*[A-Z]?\\s*(?:\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*版\\s*[)）]");

    /** A jump marker found inside a line: the marker, the line's text without it, and whether it ended the line. */
    record InlineJump(String marker, String text, boolean atEnd) {
    }

    /** The bracketed jump marker at the end or start of {@code line}, or null when it has none (or is nothing but one). */
    static InlineJump inlineJump(String line) {
        String t = line.strip();
        if (!Chars.containsAny(t, JUMP_WORDS)) {
            return null;
        }
        Matcher m = INLINE_JUMP.matcher(t);
        while (m.find()) {
            if (m.end() == t.length() && m.start() > 0) {
                return new InlineJump(m.group(), t.substring(0, m.start()).strip(), true);
            }
            if (m.start() == 0 && m.end() < t.length()) {
                return new InlineJump(m.group(), t.substring(m.end()).strip(), false);
            }
        }
        return null;
    }

    /** Literals of which {@link #JUMP_LINE} needs one. */
    private static final String[] JUMP_WORDS = {"下转", "上接", "转第", "接第", "紧接", "见第"};


    /** Lines at the top of a page that may be its masthead or folio (see {@link #classifyPageTop}). */
    static final int PAGE_TOP_LINES = 3;

    /**
     * Kind of furniture of a short text printed among the first {@link #PAGE_TOP_LINES} lines of a page, or null:
     * what {@link #classify} knows, plus the paper's or news site's name alone (江南日报, 澜州新闻网), a folio (要闻 2) and a section name
     * (交通·科技). Elsewhere such a
     * text is as likely the tail of a wrapped line ("细分市场20", "9万人次").
     */
    static String classifyPageTop(String text) {
        String kind = classify(text);
        String t = text.strip();
        if (kind != null || t.isEmpty()) {
            return kind;
        }
        double w = Chars.width(t);
        if (w <= 10 && t.charAt(t.length() - 1) == '报' && (PAPER_NAME.matcher(t).matches() || SHORT_PAPER_NAME.matcher(t).matches())
                || w <= 8 && (FOLIO.matcher(t).matches() || SECTION_NAME.matcher(t).matches())
                || w <= 8 && SITE_NAME.matcher(t).matches()
                || w <= 30 && t.indexOf('版') >= 0 && PAPER_SECTION_PAGE.matcher(t).matches()
                || LATIN_MASTHEAD.matcher(t).matches() || w <= 36 && MASTHEAD_LINE.matcher(t).matches()
                || w <= 30 && isPaperSectionFolio(t) || w <= 50 && isMastheadParts(t) || w <= 50 && isPageSectionEditors(t)) {
            return MASTHEAD;
        }
        return null;
    }

    /**
     * A page header of the page code, its section and the page's editors, spaced apart (第3版　海洋·渔业　责任编辑：王潮,
     * A05　城事　编辑：周红　美编：李强); only at the page top.
     */
    private static boolean isPageSectionEditors(String t) {
        String[] parts = t.split("[\\s\u3000]+", 3);
        return parts.length == 3 && PAGE_CODE.matcher(parts[0]).matches() && HEADER_SECTION.matcher(parts[1]).matches()
                && EDITOR.matcher(parts[2]).matches();
    }

    /** A part of a masthead line that says what it is: the owner, the publisher, the registration, the issue, the site. */
    private static final Pattern MASTHEAD_MARK = Pattern.compile(
            "[\\p{IsHan}]{2,14}机关报|[\\p{IsHan}]{2,16}(?:出版|主办)|国内统一连续出版物号|邮发代号|第\\d{1,6}[期号]|今日\\d{1,3}版"
                    + "|[\\p{IsHan}]{2,8}(?:新闻网|在线)|(?:https?://)?www\\.[\\w.\\-/]+");
    /** The other parts such a line holds: codes and numbers (CN, 53-0017), the paper's name in capitals. */
    private static final Pattern MASTHEAD_CODE = Pattern.compile("[A-Z]{1,12}|[\\d\\-]{2,12}");

    /**
     * A line of the masthead's parts spaced apart (中共青川市委机关报　　青川日报社出版, 国内统一连续出版物号 CN 53-0017
     * 邮发代号 65-12, 第12873期　今日8版　　青川新闻网 www.qcnews.cn); only at the page top.
     */
    private static boolean isMastheadParts(String t) {
        String[] parts = t.split("[\\s\u3000]+");
        if (parts.length < 2) {
            return false;
        }
        boolean marked = false;
        for (String part : parts) {
            if (MASTHEAD_MARK.matcher(part).matches()) {
                marked = true;
            } else if (!MASTHEAD_CODE.matcher(part).matches()) {
                return false;
            }
        }
        return marked;
    }

    /** A page code in a page header: A07, B3, 07, 第3版. */
    private static final Pattern PAGE_CODE = Pattern.compile("[A-Z]?\\d{1,2}|第\\s*\\d{1,3}\\s*版");
    /** A section's name in a page header: 社会, 周末·悦游食光. */
    private static final Pattern HEADER_SECTION = Pattern.compile("[\\p{IsHan}·•]{2,8}");

    /**
     * A page header of the paper's name, its page code and a section or two, spaced apart in any order (A07　社会
     * 江城晚报, 南屿都市报　周末·悦游食光　B3); only at the page top.
     */
    private static boolean isPaperSectionFolio(String t) {
        String[] parts = t.split("[\\s\u3000]+");
        if (parts.length < 3 || parts.length > 4) {
            return false;
        }
        boolean paper = false;
        boolean page = false;
        for (String part : parts) {
            if (!paper && (PAPER_NAME.matcher(part).matches() || SHORT_PAPER_NAME.matcher(part).matches())) {
                paper = true;
            } else if (!page && PAGE_CODE.matcher(part).matches()) {
                page = true;
            } else if (!HEADER_SECTION.matcher(part).matches()) {
                return false;
            }
        }
        return paper && page;
    }

    /**
     * {@link #classifyPageTop} for a block (its lines joined), or a line right under masthead lines, which may also be a
     * section and its page (社会 第6版).
     */
    static String classifyPageTopBlock(String text) {
        String kind = classifyPageTop(text);
        String t = text.strip();
        return kind == null && Chars.width(t) <= 16 && t.indexOf('版') >= 0 && SECTION_PAGE.matcher(t).matches() ? MASTHEAD : kind;
    }

    /** A title and the page it is on: ▶港口城市的夜经济 P12 (a decoration glyph before it). */
    private static final Pattern DECORATED_TEASER = Pattern.compile("[^，。；！？,;!?]{2,24}?\\s*[PＰ]\\s*\\d{1,3}");

    /**
     * Kind of furniture of a line printed after a decoration glyph (▶, ●), or null: a teaser naming a title and a page
     * (P12). Without the glyph a text ending in P12 may as well be a product (华为P60) at the end of a wrapped line.
     */
    static String classifyDecorated(String text) {
        String t = text.strip();
        return Chars.width(t) <= 28 && DECORATED_TEASER.matcher(t).matches() ? PAGE_REF : null;
    }

    /** A classified advertisement under its heading (遗失声明, 诚聘, 注销公告): its lines up to the next blank line. */
    static final String ADVERT = "advert";
    /** Headings of classified advertisements. */
    private static final Pattern ADVERT_HEADING = Pattern.compile(
            "(?:遗失|作废|注销|减资|清算|拍卖|招标|更正|迁址|合并|分立)(?:声明|公告)|诚聘|招聘(?:启事)?|寻人启事|招领启事|招租|旺铺招租|分类广告");

    /** First characters of {@link #ADVERT_HEADING}. */
    private static final String ADVERT_FIRST = "遗作注减清拍招更迁合分诚寻旺";
    /** A classified advertisement whose heading opens its first line, spaced from the text. */
    private static final Pattern RUN_IN_ADVERT = Pattern.compile("(?:" + ADVERT_HEADING.pattern() + ")[ \u3000]+\\S.*");

    /** Whether a line is the heading of a classified advertisement (its letter spacing ignored: 诚　聘). */
    static boolean isAdvertHeading(String line) {
        String t = line.strip();
        if (t.length() > 8) {
            // 诚聘　某公司因业务发展需要…: the heading run in before the text (every line is asked: its first char first)
            return ADVERT_FIRST.indexOf(t.charAt(0)) >= 0 && RUN_IN_ADVERT.matcher(t).matches();
        }
        return ADVERT_HEADING.matcher(t.replace(" ", "").replace("\u3000", "")).matches();
    }

    /**
     * The heading of a column of teasers (导读, 本期要目): the short lines under it name stories of other pages. Plain
     * 导读 is not furniture itself: over a summary paragraph it introduces the article below (the splitter's label).
     */
    private static final Pattern TEASER_INDEX_HEADER = Pattern.compile("(?:本期|今日|本版|新闻)?(?:导读|要目)");
    private static final Pattern TEASER_INDEX_FURNITURE = Pattern.compile("(?:本期|今日|本版|新闻)(?:导读|要目)|要目");
    /** Widest line of a teaser column under its {@link #TEASER_INDEX_HEADER}: a title, narrower than body text. */
    static final int TEASER_INDEX_WIDTH = 24;

    /** The heading of a web page's list of links to other pages (相关阅读：, 推荐阅读). */
    private static final Pattern RELATED_READING = Pattern.compile("(?:相关阅读|相关新闻|延伸阅读|推荐阅读|相关链接)[：:]?");

    /** A related story's link on the line of its label: 相关阅读: 寒潮中如何科学防寒保暖?医生支招. */
    private static final Pattern RELATED_LINK = Pattern.compile("(?:相关阅读|相关新闻|延伸阅读|推荐阅读)[：:]\\s*[^。！]{2,40}");

    static boolean isRelatedReadingHeader(String text) {
        String t = text.strip(); // every line of a page is asked: the literal first
        return t.length() >= 4 && "相延推".indexOf(t.charAt(0)) >= 0 && RELATED_READING.matcher(t).matches();
    }

    /** A list item's bullet: the lines of a related-reading list start with one (· 我市启动…). */
    static boolean opensWithBullet(String text) {
        String t = text.strip();
        return !t.isEmpty() && "·•●▪◆-".indexOf(t.charAt(0)) >= 0;
    }

    static boolean isTeaserIndexHeader(String text) {
        String t = text.strip();
        return Chars.width(t) <= 8 && TEASER_INDEX_HEADER.matcher(t).matches();
    }

    /** A title, a space and its page: 首批1200户居民签约 P3. Only the raw line shows the space. */
    private static final Pattern SPACED_TEASER = Pattern.compile("[^，。；！？,;!?]{2,24}?\\s+[PＰ]\\s*\\d{1,3}");

    /**
     * Kind of furniture of one printed line before its spaces are closed up, beyond {@link #classify}: a teaser whose
     * page number stands apart from its title (首批1200户居民签约 P3; without the space, 华为P60 ends a wrapped line).
     */
    static String classifyLine(String line) {
        String t = line.strip();
        int n = t.length();
        if (n < 4 || !Chars.isAsciiDigit(t.charAt(n - 1)) || Chars.width(t) > 32) {
            return null;
        }
        return SPACED_TEASER.matcher(t).matches() ? PAGE_REF : null;
    }

    /** A feed's line that is nothing but a link, a list item's or not: - [标题](https://…). */
    private static final Pattern LINK_LINE = Pattern.compile("(?:[-*+]\\s+)?\\[[^\\[\\]]+\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");

    static boolean isLinkLine(String line) {
        return LINK_LINE.matcher(line.strip()).matches();
    }

    /** The text inside the brackets a feed prints around its editor's line (【责任编辑：赵欣】, [编辑：王强]). */
    private static String unbracketed(String t) {
        int n = t.length();
        if (n > 2 && (t.charAt(0) == '【' && t.charAt(n - 1) == '】' || t.charAt(0) == '[' && t.charAt(n - 1) == ']'
                || t.charAt(0) == '（' && t.charAt(n - 1) == '）' || t.charAt(0) == '(' && t.charAt(n - 1) == ')')) {
            return t.substring(1, n - 1).strip();
        }
        return t;
    }

    /**
     * A line of running text (…乘客既可以扫码乘车，也可以使用现金购票。沿线): a sentence ending inside it, or two commas. A
     * prompt (扫码关注，看更多) is one phrase or two.
     */
    private static boolean isRunningText(String t) {
        int commas = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '，' || c == ',') {
                commas++;
            } else if (i < t.length() - 1 && (c == '。' || c == '；' || c == '！' || c == '？')) {
                return true;
            }
        }
        return commas >= 2;
    }

    private static boolean isPageReference(String t) {
        return "PＰ孕第".indexOf(t.charAt(0)) >= 0 && PAGE.matcher(t).matches();
    }

    /** The widest line (in columns, {@link Chars#width}) any kind but a page reference ({@link #PAGE}) is looked for in. */
    private static final int WIDEST_FURNITURE = 80;

    /** Kind of furniture of a single short text, or null. */
    static String classify(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.startsWith("![") && MARKDOWN_IMAGE.matcher(t).matches() || t.length() <= 6 && PICTURE_PLACEHOLDER.matcher(t).matches()) {
            return IMAGE;
        }
        if (t.indexOf('|') >= 0 && TABLE_ROW.matcher(t).matches()) {
            return TABLE;
        }
        if ((t.indexOf('▲') >= 0 || t.indexOf('▼') >= 0) && isTicker(t)) {
            return TABLE; // ■行情　上证指数 3038.23 ▲0.54%　深证成指 9512.67 ▲0.92%: a market strip across the page
        }
        if (t.length() > 2 * WIDEST_FURNITURE) {
            // a paragraph: every other kind is a short line (each char is at least half a column wide)
            return isPageReference(t) ? PAGE_REF : null;
        }
        double w = Chars.width(t);
        // both start with one of a few characters (首页, 当前位置, 点击, 查看, 阅读, 返回, 打印, 关闭, 分享, 【字号, 字号)
        boolean crumbs = w <= 50 && Chars.containsAnyChar(t, ">＞›»");
        if (w <= 50 && (crumbs || WEB_NAV_FIRST.indexOf(t.charAt(0)) >= 0)
                && (crumbs && BREADCRUMB.matcher(t).matches() || WEB_CONTROL.matcher(t).matches())) {
            return WEB_NAV;
        }
        // Each pattern is tried only when a literal it cannot match without is present: this runs on every
        // line of every page, and the leading ".*" patterns backtrack over the whole line.
        if (w <= 60 && (Chars.isAsciiDigit(t.charAt(0)) || t.startsWith("发布") || t.startsWith("发表") || t.startsWith("时间")
                || (t.startsWith("来源") || t.startsWith("作者") || t.startsWith("编辑") || t.startsWith("责任编辑")) && t.contains("时间"))
                && (WEB_META.matcher(t).matches() || PUBLISHED.matcher(t).matches())) {
            return WEB_NAV;
        }
        if (w <= 80 && (t.indexOf("ICP") >= 0 || t.contains("安备") || t.contains("版权") || t.contains("Copyright")
                || t.contains("COPYRIGHT") || t.contains("Rights") || t.charAt(0) == '©') && WEB_FOOTER.matcher(t).matches()) {
            return WEB_NAV;
        }
        // a line naming its source first or its writers (来源：…, 记者 X) is the story's byline, dated
        if (w <= 40 && t.indexOf('-') > 0 && t.indexOf(':') > 0 && !t.startsWith("来源") && !Chars.containsAny(t, BYLINE_WORDS)
                && APP_META.matcher(t).matches()) {
            return WEB_NAV;
        }
        if (w <= 40 && (t.contains("阅读") || t.contains("点赞") || t.contains("评论") || t.contains("浏览"))
                && APP_COUNTERS.matcher(t).matches()) {
            return WEB_NAV;
        }
        // about this text or site (本文, 本网, 原创稿件…), not a rule reported in the news (不得转发谣言)
        if (w <= 60 && (t.contains("转载") || t.contains("转发") || t.contains("摘编") || t.contains("复制") || t.contains("下载"))
                && Chars.containsAny(t, OWN_CONTENT_WORDS) && NO_REPRINT.matcher(t).matches()) {
            return WEB_NAV;
        }
        if (w <= 50 && "相延推".indexOf(t.charAt(0)) >= 0 && RELATED_LINK.matcher(t).matches()) {
            return WEB_NAV; // 相关阅读: 寒潮中如何科学防寒保暖? (a link to another story, its address dropped or not)
        }
        if (w <= 40 && t.contains("代表作者") && OPINION_DISCLAIMER.matcher(t).matches()) {
            return DESK_NOTE;
        }
        if (w <= 60 && (t.contains("仅供参考") || t.contains("风险")) && ADVICE_DISCLAIMER.matcher(t).matches()) {
            return DESK_NOTE;
        }
        if (w <= 40 && (t.contains("APP") || t.contains("App") || t.contains("客户端")) && APP_PROMPT.matcher(t).matches()) {
            return WEB_NAV;
        }
        if (w <= 40 && t.contains("www.") && SITE_AND_ADDRESS.matcher(t).matches()) {
            return CONTACT;
        }
        if (w <= 8 && TEASER_INDEX_FURNITURE.matcher(t).matches()) {
            return PAGE_REF;
        }
        if (w <= 30 && isWeatherLine(t)) {
            return WEATHER;
        }
        if (w <= 40 && Chars.containsAny(t, QR_WORDS) && !isRunningText(t) && QR.matcher(t).matches()) {
            return QR_PROMPT;
        }
        if (isPageReference(t)) {
            return PAGE_REF;
        }
        if (w <= 24 && Chars.containsAny(t, JUMP_WORDS) && JUMP_LINE.matcher(t).matches()) {
            return JUMP;
        }
        if (w <= 16 && (t.indexOf('见') >= 0 || t.indexOf('转') >= 0) && POINTER.matcher(t).matches()) {
            return JUMP;
        }
        if (w <= 32 && t.indexOf('见') >= 0 && (TEASER_POINTER.matcher(t).matches() || MEDIA_POINTER.matcher(t).matches())) {
            return PAGE_REF;
        }
        if (w <= 40 && t.indexOf("预告") > 0 && t.indexOf("预告") <= 2 && NEXT_ISSUE.matcher(t).matches()) {
            return PAGE_REF; // 下期预告：… points at what the next issue will carry
        }
        if (w <= 32 && t.indexOf('版') == t.length() - 1 && LEADER_ROW.matcher(t).matches()) {
            return PAGE_REF;
        }
        if (t.startsWith("更正") && CORRECTION.matcher(t).matches()) {
            return DESK_NOTE;
        }
        if (w <= PAGE_HEADER_WIDTH && t.indexOf('年') >= 0 && !Chars.containsAnyChar(t, "，。,")
                && PAGE_HEADER.matcher(t).matches()) {
            return MASTHEAD;
        }
        if (w <= 30 && t.indexOf('年') >= 0 && t.indexOf('日') >= 0 && DATE_LINE.matcher(t).matches()) {
            return MASTHEAD;
        }
        if (w <= 40 && (t.startsWith("www.") || t.startsWith("http")) && WEB_LINE.matcher(t).matches()) {
            return CONTACT;
        }
        boolean adWord = t.contains("广告");
        if (w <= 40 && (adWord && AD_HEADER.matcher(t).matches()
                || (adWord || Chars.isAsciiDigit(t.charAt(0))) && AD_ROW.matcher(t).matches())) {
            return AD_INDEX;
        }
        if (w <= 40 && (t.indexOf('编') >= 0 || t.indexOf('版') >= 0 || t.indexOf('校') >= 0 || t.indexOf('审') >= 0)
                && EDITOR.matcher(unbracketed(t)).matches()) {
            return EDITOR_CREDIT;
        }
        if (w <= 50 && t.startsWith("本版") && t.contains("除署名外") && PAGE_SOURCES.matcher(t).matches()) {
            return EDITOR_CREDIT;
        }
        // 院 is the colon in the shifted Founder font; no word of running text reads 电话院, 地址院 or 制图院
        boolean colon = t.indexOf('：') >= 0 || t.indexOf(':') >= 0 || t.indexOf('院') >= 0;
        if (w <= 40 && colon && !Chars.endsSentence(t) && CONTACT_LINE.matcher(t).matches()) {
            return CONTACT;
        }
        if (w <= 24 && Chars.isAsciiDigit(t.charAt(t.length() - 1)) && SERVICE_NUMBER.matcher(t).matches()) {
            return CONTACT; // a service box's line: 燃气抢修　86770119
        }
        if (w <= 60 && (t.contains("导出时间") || t.startsWith("——") && t.endsWith("——") && t.length() >= 8
                || t.startsWith("===") && t.endsWith("===") && t.length() >= 8)
                && !Chars.endsSentence(t.replace("——", "").replace("=", ""))) {
            return DESK_NOTE; // also an export's banner between rules: === 稿件库导出 2025-05-27 共6条 ===
        }
        if (w <= 60 && colon && !Chars.containsAnyChar(t, "，。；！？") && contactFields(t) >= 2) {
            return CONTACT; // the paper's imprint: 江城日报社出版 地址：… 广告热线：…
        }
        if (w <= 40 && (t.startsWith("制图") || t.contains("来源") || t.startsWith("图表")) && !Chars.endsSentence(t)
                && CHART.matcher(unbracketed(t)).matches()) {
            return CHART_CREDIT; // also in brackets: （数据来源：市价格监测中心）
        }
        if (w <= 32 && t.contains("供稿") && SUPPLIED_BY.matcher(t).matches()) {
            return SOURCE_CREDIT;
        }
        return null;
    }
}
