package io.newsflow.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote what, as Chinese newspapers print it: bylines (本报记者 王小明, 文/王小明), datelines (本报讯, 本报北京6月1日电,
 * 新华社…电（记者…）), signatures and source notes in brackets, a commentator's signature, interview turns. Photo
 * credits and caption openers are {@link Captions}. Public so that the splitter uses exactly the same definitions.
 */
public final class Bylines {
    private Bylines() {
    }

    static final String NAME = "[\\p{IsHan}·]{2,4}";
    /** A paper, site, app or station by its name (东川日报, 云岭新闻网, 云帆新闻): whose reporter a byline names (东川日报记者 方晴). */
    private static final String OUTLET = "[\\p{IsHan}]{2,6}(?:日报|晚报|晨报|早报|时报|商报|新闻网|在线|电视台|融媒体中心|新闻|客户端)";
    private static final String ROLE_WORD = "(?:(?:特约|实习|首席)?(?:记者|通讯员|特派记者|评论员|撰稿人|见习记者)|实习生)";
    /**
     * A reporter's role, the outlet and posting first or not (本报记者, 新华社驻东京记者, 特约通讯员); a paper's own reporters
     * by its kind (晚报记者, 融媒记者) too.
     */
    private static final String ROLE = "(?:(?:本报|新华社|中新社|人民日报|经济日报|光明日报|晚报|晨报|日报|都市报|融媒)"
            + "(?:驻[\\p{IsHan}]{1,6}?)?)?" + ROLE_WORD;

    /**
     * A feed's credit line of labelled fields: the source, then who reported (来源：江城日报 记者：周敏 通讯员：吴刚), or the
     * source alone (来源：江城新闻网). After the source, sites also print the reporter unlabelled and the time of posting
     * (来源:江城日报 记者 周敏 2024-06-10 07:30).
     */
    private static final String CREDIT_FIELD = "(?:记者|通讯员|实习生|作者|摄影)\\s*[：:]\\s*" + NAME + "(?:[、,，]\\s*" + NAME + ")*\\s*";
    private static final String POSTED_AT =
            "(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?";
    /** One labelled field alone (记者：…) may be an interview's question: the source or a second field tells. */
    private static final String CREDIT_FIELDS = "(?:来源\\s*[：:]\\s*[^\\s：:，。,]{2,12}(?=\\s|$)\\s*"
            + "(?:" + CREDIT_FIELD + "|" + ROLE_WORD + "\\s*" + NAME + "(?:[、,，]\\s*" + NAME + ")*(?=\\s|$)\\s*)*"
            + "(?:" + POSTED_AT + ")?"
            + "|(?:" + CREDIT_FIELD + "){2,})";

    /** How a note on the writer opens inside its brackets: 作者系…, 作者单位：… */
    private static final String AFFILIATION = "(?:作者[系为是]|作者单位[：:])";
    /** A note on the writer in brackets at the end of a signature. */
    private static final Pattern AFFILIATION_AFTER = Pattern.compile("[（(]" + AFFILIATION + "[^()（）]{2,30}[)）]$");

    /**
     * A line that is only a byline: 本报记者 叶伟, 新华社记者 张三, 本报记者 王小明 李华, 文/张三, 文/图 本报记者 张三, 记者 张三 文/图,
     * the writer's post in brackets after it or not (文/张三（作者系某中学教师）); or a paper's own signature on its
     * commentaries, which names no one: 本报评论员, 新华社评论员, 本报编辑部.
     */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "(?:(?:本报|本刊|新华社|人民日报|经济日报|光明日报)(?:特约)?评论员|本报编辑部"
                    + "|" + ROLE + "\\s*" + NAME + "(?:\\s*[、,，\\s]\\s*" + NAME + ")*"
                    + "(?:\\s*" + ROLE + "\\s*" + NAME + "(?:\\s*[、,，\\s]\\s*" + NAME + ")*)*"
                    + "|(?:(?:(?:文|图)\\s*[/／|｜]\\s*|(?:文/图|图/文|文图)\\s*[/／|｜：:]?\\s*)(?:" + ROLE + "\\s*)?" + NAME
                    + "(?:\\s+" + NAME + ")*\\s*)+"
                    + "|" + CREDIT_FIELDS + ")"
                    + "(?:\\s*(?:报道|发|摄|文[/／]图|图[/／]文))?"
                    + "(?:\\s*[（(]" + AFFILIATION + "[^()（）]{2,30}[)）])?"
                    // an app's credit line goes on with the time of posting: … | 2024-06-21 19:05 更新
                    + "(?:\\s*[|｜]?\\s*" + POSTED_AT + "(?:\\s*更新)?)?");

    /**
     * Bylines whose first word only a longer scan finds, tried after a literal check ({@link #matchesBylineLine}): an
     * outlet's reporter (东川日报记者 方晴), a reader's signature with its district (城南区 读者 胡秋菊) or with a space
     * before the name (读者　叶女士).
     */
    private static final Pattern NAMED_SOURCE_BYLINE = Pattern.compile(
            "(?:" + OUTLET + ROLE_WORD + "\\s*" + NAME + "(?:\\s*[、,，\\s]\\s*" + NAME + ")*"
                    + "(?:\\s*" + ROLE + "\\s*" + NAME + "(?:\\s*[、,，\\s]\\s*" + NAME + ")*)*"
                    + "|[\\p{IsHan}]{2,6}(?:省|市|区|县|镇|乡|街道|社区)[\\s\\u3000]*(?:读者|市民|网友)[\\s\\u3000]*" + NAME
                    + "|(?:读者|市民|网友)[\\s\\u3000]+" + NAME + ")"
                    + "(?:\\s*(?:报道|发|摄))?");
    /** Literals of which {@link #NAMED_SOURCE_BYLINE} needs one. */
    private static final String[] NAMED_SOURCE_WORDS = {"报记者", "网记者", "线记者", "台记者", "心记者", "闻记者", "端记者", "读者", "市民", "网友"};

    /** {@link #BYLINE_LINE}, or {@link #NAMED_SOURCE_BYLINE} where its literal is present. */
    private static boolean matchesBylineLine(String t) {
        return BYLINE_LINE.matcher(t).matches()
                || Chars.containsAny(t, NAMED_SOURCE_WORDS) && NAMED_SOURCE_BYLINE.matcher(t).matches();
    }


    /**
     * 本报讯 or 本报讯(记者王小明 通讯员李华), a wire source (据新华社电, 据央视新闻客户端消息: an outlet, then 电 or 消息), 本报北京6月1日电 or 新华社北京6月1日电(记者X), or with the reporters named
     * before a colon (本报上海6月1日电 记者王强报道：), at the start of a paragraph. The 讯 of 通讯员 (本报记者 王强 通讯员
     * 李华) is no 讯 of a dateline.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:本报讯|本报电|(?:本报|新华社|中新社|人民网|新华网)[^，。,()（）]{0,16}?(?:讯(?!员)|电)|新华社|中新社|人民网|新华网"
                    + "|据[^，。,()（）\\s]{1,10}?(?:社|台|网|报|客户端|新闻)(?:电|消息)|据(?:新华社|中新社|中国新闻社)报道"
                    + "|[\\p{IsHan}]{2,8}(?:网|日报|晚报|报|电视台)讯(?=\\s*[(（]\\s*记者))"
                    + "\\s*(?:[(（][^()（）]{1,60}[)）])?"
                    // a separator between two names, never none: with none allowed, a reporter's sentence after the
                    // dateline (新华社…电 记者从市场监督管理局获悉，…) splits into names in exponentially many ways
                    + "(?:\\s*(?:" + ROLE + "\\s*" + NAME + "(?:[、,，\\s]+" + NAME + ")*\\s*)+报道)?)\\s*(?:[：:，,]\\s*)?");

    /**
     * A dateline whose reporters' bracket the line's end cuts open (本报讯（通讯员 钱小满 记者 / 罗家宁）日前…): the
     * bracket closes on the next line, whatever its indent.
     */
    private static final Pattern UNCLOSED_DATELINE = Pattern.compile(
            "(?:本报讯|(?:本报|新华社|中新社)[^，。,()（）]{0,16}?电|[\\p{IsHan}]{2,8}(?:网|日报|晚报|报|电视台)讯)\\s*[(（][^()（）]{0,40}");

    /** Whether the line {@code t} is a dateline whose reporters' bracket is still open at its end. */
    public static boolean opensUnclosedDateline(String t) {
        // asked of every line pair of a page: a dateline's bracket opens within its first characters and stays open
        int open = -1;
        for (int k = 0; k < Math.min(t.length(), UNCLOSED_OPEN_MAX) && open < 0; k++) {
            char c = t.charAt(k);
            open = c == '（' || c == '(' ? k : -1;
        }
        return open >= 3 && mayOpenWithDateline(t) && UNCLOSED_DATELINE.matcher(t.strip()).matches();
    }

    /** Furthest into a line the reporters' bracket of a dateline opens (新华社布宜诺斯艾利斯6月2日电（). */
    private static final int UNCLOSED_OPEN_MAX = 24;

    /**
     * Reporters named after a dateline without brackets, each name ended by a space (通讯员 赵敏 记者 孙丽 ): the space
     * is all that tells the last name from the sentence after it.
     */
    private static final Pattern SPACED_REPORTERS = Pattern.compile(
            "^(?:" + ROLE + "\\s*" + NAME + "(?:[、,，]\\s*" + NAME + ")*[ \\u3000]+)+");

    /**
     * Source or author note closing a brief or a commentary: (综合新华社、滨江日报等), (据新华社), (作者系…), a legal
     * Q&A's answering lawyer (（解答律师：某律师事务所 某某）); or the
     * closing dateline some papers print under an article's last paragraph instead of opening it: (本报江城11月20日电),
     * (新华社北京6月1日电).
     */
    private static final Pattern SOURCE_NOTE = Pattern.compile("[(（](?:(?:综合|据|来源|本报综合|编译|摘编|整理|作者[为系是]|作者单位|解答律师|答疑律师)[^()（）]{1,60}"
            + "|(?:本报|新华社|中新社)[^()（），。,]{0,16}电)[)）]");

    public static boolean isByline(String line) {
        String t = stripDecoration(line);
        String signed = closingSignature(t);
        if (signed != null) {
            t = signed;
        }
        // a char is at least half a column wide: a longer text is wider than 30 without measuring it
        return t.length() <= 60 && Chars.width(t) <= 30 && mayBeBylineLine(t) && matchesBylineLine(t) && !REPORTING.matcher(t).find()
                && !COLUMN_OF_ROLE.matcher(t).matches()
                || mayBeSourceNote(t) && SOURCE_NOTE.matcher(t).matches()
                || isWholeDateline(t);
    }

    /** A column named after the writer's role (记者手记, 编辑札记, 记者观察): a label over its text, no byline. */
    private static final Pattern COLUMN_OF_ROLE = Pattern.compile(
            "(?:本报)?(?:记者|编辑|评论员|通讯员)(?:手记|札记|笔记|日记|观察|调查|视点|述评|来信|随笔|感言)");

    /** Last words of an institution's name that tell it from a writer's. */
    private static final String INSTITUTION_WORDS = "研究院|研究所|研究中心|研究会|智库|大学|学院|协会|学会|委员会";
    /**
     * An institution spaced from its writers (市中医院治未病科 谭玉珂), their post after it or not (某小学校长 龙启航): with the
     * space to end it, its name may end in a department's word as well, since the space, not the word, tells it from
     * the names.
     */
    private static final Pattern SPACED_INSTITUTION = Pattern.compile("^[\\p{IsHan}]{2,20}(?:" + INSTITUTION_WORDS
            + "|医院|科|中心|局|馆|学校|中学|小学|公司|集团|银行|法院|检察院|事务所)"
            // the writer's post there (青崖县实验小学校长 龙启航, 某律师事务所律师 柴映雪)
            + "(?:副?(?:校长|院长|局长|所长|馆长|主任|书记|教授|研究员|教师|老师|医师|主任医师)|律师|合伙人)?[ \u3000]+");
    /** An institution a signature names before its writers (某某研究院 王小明): the shortest prefix ending in one of these. */
    private static final Pattern INSTITUTION = Pattern.compile("^[\\p{IsHan}]{1,16}?(?:" + INSTITUTION_WORDS + ")");
    /**
     * Names of a box beside the articles: advice (农事提醒, 温馨提示, 小贴士) or a list of short notes (新书速递, 出行速递).
     * Decorated like a signature (◆温馨提示◆), such a name is none; the splitter reads it as the box's label.
     */
    public static final String BOX_NAME_WORDS = "小贴士|\\p{IsHan}{2}(?:提醒|提示|速递)";
    private static final Pattern BOX_WORD = Pattern.compile(BOX_NAME_WORDS);
    /** One name as printed after a decoration glyph (■王小明); several names must read as names ({@link Surnames}). */
    private static final Pattern ONE_NAME = Pattern.compile("[\\p{IsHan}]{2,4}");

    /**
     * Whether a line that followed a decoration glyph (■ □ ● ▶, stripped) is only a signature without a role word, as
     * commentaries and analyses are signed: one name (王小明), several names spaced or glued together (王小明 李华,
     * 王小明李华), or an institution and its writers (华信研究院 王小明李华). Several names must each start with a common
     * surname, which keeps short decorated sub-headings (■ 市场需求旺盛) out.
     */
    public static boolean isDecoratedSignature(String undecorated) {
        String t = undecorated.strip();
        Matcher note = AFFILIATION_AFTER.matcher(t);
        if (note.find() && note.start() > 0) {
            t = t.substring(0, note.start()).strip(); // □韦思源（作者单位：某证券研究所）: the writer, then where they work
        }
        if (ONE_NAME.matcher(t).matches()) {
            return !BOX_WORD.matcher(t).matches(); // ◆温馨提示◆ names a box
        }
        if (t.length() > 30) {
            return false;
        }
        Matcher institution = SPACED_INSTITUTION.matcher(t);
        boolean named = institution.find() || (institution = INSTITUTION.matcher(t)).find();
        String writers = named ? t.substring(institution.end()).strip() : t;
        String[] names = writers.split("[ \u3000]+");
        if (!named && names.length == 1 && writers.length() < 5) {
            return false; // two to four characters are one name (above); without an institution or a space: a phrase
        }
        for (String name : names) {
            if (!Surnames.isNameRun(name)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern INTERVIEW_TURN = Pattern.compile("^(?:记者|问|答|主持人)[：:]");
    /** A named speaker's turn: 周明：… (a name of two or three characters, a colon). */
    private static final Pattern NAMED_TURN = Pattern.compile("^([\\p{IsHan}]{2,3})[：:]");

    /**
     * Whether a paragraph opens an interview's turn (记者：…, 问：…, 答：…, or a speaker's name and a colon, 周明：…,
     * the name starting with a common surname): a speaker's turn is a paragraph of its own. News quotes a speaker as
     * 周明说：…, never with the bare name, so a line opening so after a finished one starts a turn.
     */
    /** The label of a notice's field (时间：, 地点：, 报名方式：, 咨询电话：) at the start of a line. */
    private static final Pattern NOTICE_FIELD = Pattern.compile(
            "(?:活动|比赛|报名|开放|展览|参赛|参加|咨询|联系)?(?:时间|日期|地点|地址|路线|方式|对象|费用|电话|热线|联系人|主办单位|承办单位|协办单位|注意事项)[：:]");

    /**
     * Whether a line opens with the label of a notice's field (时间：10月26日上午8:00集合, 地点：雾溪村游客服务点): each
     * field is a line of its own and text, however short, never a headline.
     */
    public static boolean opensNoticeField(String line) {
        // asked of every line pair of a page: the label's colon is among the first few characters or there is none
        int colon = -1;
        for (int k = 2; k <= NOTICE_LABEL_MAX && k < line.length() && colon < 0; k++) {
            char c = line.charAt(k);
            colon = c == '：' || c == ':' ? k : -1;
        }
        return colon > 0 && NOTICE_FIELD.matcher(line).lookingAt();
    }

    /** Longest label of a notice's field before its colon (报名方式, 主办单位, 注意事项: six at most with a prefix). */
    private static final int NOTICE_LABEL_MAX = 6;

    public static boolean opensInterviewTurn(String paragraph) {
        // a speaker is at most three characters long and then a colon: asked of many line pairs, so looked for first
        boolean colon = false;
        for (int i = 1; i <= 3 && i < paragraph.length() && !colon; i++) {
            colon = paragraph.charAt(i) == '：' || paragraph.charAt(i) == ':';
        }
        if (!colon) {
            return false;
        }
        if (INTERVIEW_TURN.matcher(paragraph).lookingAt()) {
            return true;
        }
        Matcher named = NAMED_TURN.matcher(paragraph);
        return named.lookingAt() && Surnames.isNameRun(named.group(1));
    }

    /** A note on who the author is, （作者系江城大学教授）: newspapers print it under opinion pieces by outside writers. */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("[(（]\\s*作者[为系是]");

    /**
     * Whether a byline signs a commentary: a commentator (本报评论员, 本报特约评论员 张三) or an outside author introduced
     * by a note (（作者系…）) writes opinion, not news.
     */
    public static boolean signsCommentary(String byline) {
        return byline.contains("评论员") || byline.contains("作者") && AUTHOR_NOTE.matcher(byline).find();
    }

    /** A writer's post or employer in brackets on a line of its own under the signature (（作者单位：某大学）). */
    private static final Pattern AFFILIATION_NOTE = Pattern.compile("[(（]\\s*" + AFFILIATION + "[^()（）]{2,60}[)）]");

    /**
     * Whether {@code line} is only a writer's affiliation in brackets: a note printed under the signature, which the
     * item keeps as its last paragraph rather than in the byline (the byline names who wrote it).
     */
    public static boolean isAffiliationNote(String line) {
        String t = line.strip();
        return mayBeSourceNote(t) && AFFILIATION_NOTE.matcher(t).matches();
    }

    /**
     * A source note in brackets: (综合新华社、滨江日报等), （来源：江城晚报）, (据新华社电). Papers print it after the
     * last paragraph of what it credits.
     */
    public static boolean isSourceNote(String line) {
        String t = line.strip();
        return mayBeSourceNote(t) && SOURCE_NOTE.matcher(t).matches();
    }

    /**
     * A byline in brackets, as papers sign an article at its end: （本报记者 王小明）, (记者 李四 通讯员 张三). Returns
     * what the brackets hold, or null when the line is not bracketed that way (a source note's brackets hold no
     * role word and are left to {@link #SOURCE_NOTE}).
     */
    public static String closingSignature(String line) {
        String t = line.strip();
        if (t.length() < 6 || !mayBeSourceNote(t) || !(t.endsWith(")") || t.endsWith("）"))) {
            return null;
        }
        String inner = t.substring(1, t.length() - 1).strip();
        return Chars.containsAny(inner, ROLE_WORDS) && matchesBylineLine(inner) ? inner : null;
    }

    /** A unit that signs a text it wrote (省农业农村厅种植业管理处, 中共某街道工作委员会): a name ending like an office. */
    private static final String UNIT = "\\p{IsHan}{2,26}(?:委员会|工委|党委|党组|支部|政府|办公室|局|厅|处|科|站|所|院|中心|队|部|协会|学会|街道|社区)";
    /** A unit's signature: the unit, and that it put the text together or not (市农业农村局整理). */
    private static final String UNIT_SIGNATURE = UNIT + "(?:提供|整理)?";
    /** A signer in brackets: one or more names, a two-character name spaced out to the width of three (林 岫), or a unit. */
    private static final Pattern BRACKETED_SIGNER = Pattern.compile("[（(](?:" + NAME + "(?:[ 　、]" + NAME + ")*|\\p{IsHan}[ 　]{1,2}\\p{IsHan}|"
            + UNIT_SIGNATURE + ")[)）]");
    /** A unit in brackets closing a paragraph's last sentence (。（市农业农村局种植业科）). */
    private static final Pattern UNIT_SIGNED_END = Pattern.compile("[。！？”][（(]" + UNIT_SIGNATURE + "[)）]$");

    /** Whether the line is only a signer in brackets: （方明）, （王小明 李华）, （省农业农村厅种植业管理处）. */
    public static boolean isBracketedSigner(String line) {
        String t = line.strip();
        // every line pair of a page asks this: most lines do not open with a bracket
        return !t.isEmpty() && (t.charAt(0) == '（' || t.charAt(0) == '(') && BRACKETED_SIGNER.matcher(t).matches();
    }

    /** Names in brackets closing a paragraph's last sentence (。（方明）, 。（王小明 李华）): a brief signed at its end. */
    private static final Pattern SIGNED_END = Pattern.compile("[。！？”][（(]" + NAME + "(?:[ 　、]" + NAME + ")*[)）]$");

    /**
     * Whether {@code paragraph} ends with its writers' signature in brackets after its last sentence: the names alone
     * (…2.6亿元。（方明）), with their roles (…。（记者 王强 通讯员 李华）) or the unit that wrote it (…。（市农业农村局种植业科）).
     * A text signed so is finished.
     */
    public static boolean endsWithSignature(String paragraph) {
        String t = paragraph.strip();
        if (!t.endsWith("）") && !t.endsWith(")")) {
            return false;
        }
        if (SIGNED_END.matcher(t).find() || UNIT_SIGNED_END.matcher(t).find()) {
            return true;
        }
        int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
        return open > 0 && Chars.endsSentence(t.substring(0, open)) && closingSignature(t.substring(open)) != null;
    }

    /**
     * A role word followed by what the reporter did ("记者注意到，今年以来，已有…", "记者了解到"): the first line of a
     * paragraph wrapped short, not a byline, although its clauses look like names separated by commas.
     */
    private static final Pattern REPORTING = Pattern.compile(
            "(?:记者|通讯员)\\s*(?:注意到|了解到|获悉|发现|看到|走访|采访|调查|观察到|来到|从|在|近日|日前|表示|介绍|问)");

    /**
     * Literal conditions without which {@link #BYLINE_LINE} cannot match (a role word, or 文/图 first), checked
     * first because every line of a page is asked.
     */
    private static boolean mayBeBylineLine(String t) {
        return t.startsWith("文") || t.startsWith("图") || t.startsWith("来源") || Chars.containsAny(t, ROLE_WORDS)
                || Chars.containsAny(t, WRITER_WORDS);
    }

    /**
     * Whether a byline is a reader's or citizen's signature (读者 赵女士, 城南区 读者 胡秋菊): it signs the letter above
     * it, never the text below.
     */
    public static boolean isReaderSignature(String t) {
        return Chars.containsAny(t, WRITER_WORDS) && !Chars.containsAny(t, ROLE_WORDS) && isByline(t);
    }

    /** A reader's or citizen's signature under a letter (城南区 读者 胡秋菊) names one of these. */
    private static final String[] WRITER_WORDS = {"读者", "市民", "网友"};

    /** One of these is part of every {@link #ROLE}. */
    private static final String[] ROLE_WORDS = {"记者", "通讯员", "评论员", "撰稿人"};

    /** {@link #SOURCE_NOTE} needs an opening bracket first. */
    private static boolean mayBeSourceNote(String t) {
        return t.startsWith("(") || t.startsWith("（");
    }

    /** A dateline printed on a line of its own (本报北京6月1日电 （记者王强）): the byline of the text below it. */
    private static boolean isWholeDateline(String t) {
        if (!(t.startsWith("本报") || t.startsWith("新华社") || t.startsWith("中新社") || t.startsWith("人民网")
                || t.startsWith("新华网")) || Chars.width(t) > 40) {
            return false;
        }
        Matcher m = datelineAt(t);
        return m != null && m.end() == t.length();
    }

    /**
     * Literal conditions without which {@link #DATELINE} cannot match: one of its outlets or 据 first, or a 讯 (a
     * city paper's 晚报讯). Every line and paragraph of a page is asked whether it opens with a dateline.
     */
    private static boolean mayOpenWithDateline(String t) {
        return t.startsWith("本报") || t.startsWith("新华社") || t.startsWith("中新社") || t.startsWith("人民网")
                || t.startsWith("新华网") || t.startsWith("据") || t.indexOf('讯') >= 0;
    }

    /** The match of a dateline at the start of {@code t}, or null ("新华社" alone is none: 讯/电 or a reporter in brackets). */
    private static Matcher datelineAt(String t) {
        if (!mayOpenWithDateline(t)) {
            return null;
        }
        Matcher m = DATELINE.matcher(t);
        if (!m.lookingAt()) {
            return null;
        }
        String prefix = m.group(1).strip();
        return prefix.contains("讯") || prefix.endsWith("电") || prefix.contains("(") || prefix.contains("（")
                || prefix.endsWith("报道") || prefix.endsWith("消息") ? m : null;
    }

    /**
     * A line that opens with a dateline whose reporters follow without brackets, separated by spaces
     * (本报讯 通讯员 赵敏 记者 孙丽 为方便…), with those reporters put in brackets as other datelines print them
     * (本报讯（通讯员 赵敏 记者 孙丽）为方便…): once the line's spaces are closed up, nothing else would tell the
     * last name from the sentence. Any other line comes back unchanged.
     */
    public static String bracketSpacedReporters(String line) {
        Matcher d = datelineAt(line);
        if (d == null || d.group(1).endsWith("）") || d.group(1).endsWith(")") || d.group(1).endsWith("报道")) {
            return line;
        }
        String rest = line.substring(d.end());
        Matcher r = SPACED_REPORTERS.matcher(rest);
        if (!r.lookingAt() || r.end() >= rest.length()) {
            return line;
        }
        return d.group(1).strip() + "（" + rest.substring(0, r.end()).strip() + "）" + rest.substring(r.end());
    }

    /** Shortest and longest run-in headline ({@link #splitRunInHeadline}), in characters. */
    private static final int RUN_IN_MIN = 4;
    private static final int RUN_IN_MAX = 24;

    /**
     * A brief whose headline is run in, set before its dateline on the paragraph's first line (云岭县秋粮收购全面启动
     * 本报讯 9月18日，…), as columns of briefs (简讯) print them: the headline and the rest of the line, or null for
     * any other line. The headline is a phrase without punctuation, spaced from a dateline that opens the rest.
     */
    static String[] splitRunInHeadline(String line) {
        int gap = 0;
        while (gap < line.length() && !Chars.isSpace(line.charAt(gap))) {
            gap++;
        }
        if (gap < RUN_IN_MIN || gap > RUN_IN_MAX || gap == line.length()) {
            return null;
        }
        String rest = line.substring(gap).strip();
        if (!mayOpenWithDateline(rest)) {
            return null; // nearly every spaced line: no dateline after the gap
        }
        String head = line.substring(0, gap);
        if (!Chars.isHan(head.charAt(0)) || Chars.containsAnyChar(head, "，。；：！？、,.;:!?()（）【】") || datelineAt(head) != null
                || isByline(head) || datelinePrefix(rest) == null) {
            return null;
        }
        return new String[] {head, rest};
    }

    /** Shortest text after a decorated run-in headline ({@link #splitDecoratedRunIn}): a clause and its comma at least. */
    private static final int RUN_IN_TEXT_MIN = 8;

    /**
     * A brief's headline run in after a decoration glyph, spaced from its text without a dateline (■5月全市社零总额
     * 增长5.1%　据市统计局消息，…), as columns of briefs print them: the headline and the text, or null. The glyph
     * and the gap are what tell it: the text after the gap must read on (a comma or a full stop in it), which keeps a
     * decorated two-deck sub-heading (● 科学造林 荒山变青山) out.
     */
    static String[] splitDecoratedRunIn(String undecorated) {
        int gap = 0;
        while (gap < undecorated.length() && !Chars.isSpace(undecorated.charAt(gap))) {
            gap++;
        }
        if (gap < RUN_IN_MIN || gap > RUN_IN_MAX + 6 || gap == undecorated.length()) {
            return null;
        }
        String head = undecorated.substring(0, gap);
        String rest = undecorated.substring(gap).strip();
        if (Chars.containsAnyChar(head, "，。；：！？、,;:!?()（）【】") || rest.length() < RUN_IN_TEXT_MIN
                || !Chars.containsAnyChar(rest, "，。,") || isByline(head) || Chars.containsAny(head, ROLE_WORDS)
                || Chars.hanCount(head) < RUN_IN_MIN) {
            return null;
        }
        return new String[] {head, rest};
    }

    /** {@code paragraph} without the dateline it opens with (and the colon after it), or unchanged without one. */
    public static String textAfterDateline(String paragraph) {
        Matcher m = datelineAt(paragraph);
        return m == null ? paragraph : paragraph.substring(m.end()).strip();
    }

    /** Whether {@code text} opens with a dateline or is one (本报北京6月3日电（记者赵一鸣）, 本报讯(记者刘静)). */
    public static boolean opensWithDateline(String text) {
        return datelineAt(text) != null;
    }

    /** The dateline/byline prefix of a paragraph (本报讯(记者刘静)), or null (also for a dateline that is all of it). */
    public static String datelinePrefix(String paragraph) {
        Matcher m = datelineAt(paragraph);
        return m == null || m.end() >= paragraph.length() ? null : m.group(1).strip();
    }

    static String stripDecoration(String line) {
        int i = 0;
        while (i < line.length() && (Decorations.isDecoration(line.charAt(i)) || Chars.isSpace(line.charAt(i)))) {
            i++;
        }
        String rest = line.substring(i).strip();
        if (i > 0 && rest.length() > 1 && rest.charAt(rest.length() - 1) == line.strip().charAt(0)) {
            rest = rest.substring(0, rest.length() - 1).strip(); // ◆温馨提示◆: the same glyph closes what it opened
        }
        // ■ □ ● in Founder-mojibake blocks come out as 姻 阴 荫: strip them only before a byline
        if (rest.length() > 3 && "姻阴荫茵".indexOf(rest.charAt(0)) >= 0 && matchesBylineLine(rest.substring(1).strip())) {
            return rest.substring(1).strip();
        }
        return rest;
    }
}
