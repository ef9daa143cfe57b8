package io.newsflow.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Decorator that cleans up a model's mentions and gives each one a canonical name, in this order:
 *
 * <ol>
 *   <li><b>Teams are their institution and leader.</b> A mention ending with 团队, 课题组 … loses the team
 *   word; "institution + leader" becomes the two (东湖理工大学周明远院士团队 → 东湖理工大学 + 周明远): see
 *   {@link TeamNames}.</li>
 *   <li><b>Titles and roles never stay inside a person name.</b> A PERSON span such as 戴琼海院士 or
 *   董事长王明 loses the title; a span that reads organization + title + name (中国工程院院士戴琼海) is
 *   split into the organization (ORGANIZATION, or LOCATION when it ends like a place name) and the
 *   person; the title itself is dropped. ORGANIZATION spans that end with a title (中国工程院院士) lose
 *   it, and organization + title + name becomes two mentions as above.</li>
 *   <li><b>Bracketed names are whole.</b> An organization span with a closing bracket it never opened
 *   (苏州）智能科技有限公司) reaches back to the bracket and the name before it: see {@link BracketedNames}.</li>
 *   <li><b>Known names win.</b> Every surface form in the {@link AliasTable} found in the text
 *   (longest match first) replaces the model's mentions it overlaps, unless a model mention strictly
 *   contains it (the outermost name wins: 工业和信息化部电子第五研究所 stays one organization). A known
 *   name the model did not touch at all is added only when it has 4+ characters, because a short one
 *   may be part of an ordinary word (教育部门).</li>
 *   <li><b>Names cut short are completed, lone characters are no persons.</b> A mention that begins a longer
 *   mention of the same text, where the text spells that name out, becomes it (李 → 李小令, 京 → 京东): see
 *   {@link LongerNames}. Then a one-character PERSON without a title after it (江主席 stays) and a lone
 *   one-character ORGANIZATION are dropped: see {@link LoneCharacters}.</li>
 *   <li><b>Names the text uses as organizations are organizations.</b> A PERSON mention whose surface form is
 *   followed somewhere in the text by an organization word (特斯拉公司), by a corporate role and a person
 *   (特斯拉首席执行官 + name), or that is listed with organizations, becomes an ORGANIZATION: see
 *   {@link OrganizationEvidence}. A listed known organization counts.</li>
 *   <li><b>A foreign city after its state is a place.</b> A PERSON right after a LOCATION ending in 州, 省, 国 …,
 *   not starting with a common surname (美国内华达州里诺), becomes a LOCATION: see {@link PlaceNames}.</li>
 *   <li><b>Canonical names.</b> A surface form in the alias table gets the table's canonical name
 *   (工信部 → 工业和信息化部); otherwise the canonical name is the surface form with whitespace removed and
 *   full-width ASCII folded to half-width. The mention's text stays the surface form.</li>
 * </ol>
 * The result keeps the {@link EntityExtractor} contract (sorted, non-overlapping, offsets into the
 * input). Thread-safe if the delegate is: this class holds only immutable state.
 */
public final class CanonicalizingExtractor implements EntityExtractor {

    /** Titles and roles, longest first so 副部长 is tried before 部长. */
    static final List<String> TITLES = sortLongestFirst(List.of(
            "院士", "董事长", "副董事长", "理事长", "副理事长", "部长", "副部长", "总经理", "副总经理", "经理",
            "总裁", "副总裁", "首席执行官", "首席科学家", "主席", "副主席", "总书记", "书记", "副书记", "总理",
            "副总理", "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "局长", "副局长", "厅长",
            "副厅长", "处长", "科长", "主任", "副主任", "委员", "常委", "秘书长", "副秘书长", "会长", "副会长",
            "校长", "副校长", "院长", "副院长", "所长", "副所长", "厂长", "社长", "总编辑", "主编", "教授",
            "副教授", "研究员", "副研究员", "工程师", "总工程师", "博士", "硕士", "记者", "通讯员", "大使",
            "总统", "副总统", "首相", "外长", "议长", "司令员", "政委", "将军", "主持人", "创始人", "负责人",
            "发言人", "先生", "女士", "同志", "老师", "医生", "护士", "队长", "教练", "总监", "董事",
            "监事", "行长", "副行长", "署长", "检察长", "庭长", "法官", "律师", "党组书记", "总干事", "理事",
            "组长", "班长", "村长", "乡长", "镇长", "州长", "部长助理", "特派员", "专员"));

    private static final String PLACE_ENDINGS = "省市县区州国村镇乡";

    /**
     * Common Chinese surnames. They tell a Chinese person's name from a transliteration or a brand: an
     * organization span only splits off a person whose name starts with one, and the team, organization-evidence
     * and place rules treat a name that starts with one as a person's.
     */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    private final EntityExtractor delegate;
    private final AliasTable aliases;

    public CanonicalizingExtractor(EntityExtractor delegate, AliasTable aliases) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    @Override
    public String name() {
        return delegate.name() + "+canonical";
    }

    @Override
    public List<Mention> extract(String text) {
        List<Mention> cleaned = new ArrayList<>();
        for (Mention m : delegate.extract(text)) {
            for (Mention part : TeamNames.split(text, m)) {
                splitTitles(text, part, cleaned);
            }
        }
        // Order matters: spans are repaired before they are compared (brackets, known names), names are
        // completed before lone characters are judged, and types are decided last, from the final spans.
        List<Mention> merged = BracketedNames.apply(text, cleaned);
        merged = applyKnownNames(text, merged);
        merged = LongerNames.apply(text, merged);
        merged = LoneCharacters.apply(text, merged);
        merged = OrganizationEvidence.apply(text, merged);
        merged = PlaceNames.apply(merged);
        List<Mention> out = new ArrayList<>(merged.size());
        for (Mention m : merged) {
            out.add(new Mention(m.text(), m.type(), m.start(), m.end(), canonical(m.text())));
        }
        return out;
    }

    /** The canonical name of a surface form (alias table first, then normalisation rules). */
    public String canonical(String surface) {
        AliasTable.Entry e = aliases.lookup(surface);
        if (e != null) {
            return e.canonical();
        }
        String folded = fold(surface);
        e = aliases.lookup(folded);
        return e != null ? e.canonical() : folded;
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c == '•' || c == '・' || c == '．') {
                c = '·';
            }
            sb.append(c);
        }
        return sb.length() == 0 ? s : sb.toString();
    }

    private void splitTitles(String text, Mention m, List<Mention> out) {
        if (m.type() == EntityType.LOCATION) {
            out.add(m);
            return;
        }
        int s = m.start();
        int e = m.end();
        // title + name (董事长王明) → drop the leading title; name + title (王明董事长) → drop the trailing title
        if (m.type() == EntityType.PERSON) {
            String lead = titleAt(text, s, e);
            while (lead != null && e - (s + lead.length()) >= 2) {
                s += lead.length();
                lead = titleAt(text, s, e);
            }
        }
        String trail = titleEndingAt(text, s, e);
        while (trail != null && e - trail.length() - s >= 2) {
            e -= trail.length();
            trail = titleEndingAt(text, s, e);
        }
        // org + title + name (中国工程院院士戴琼海): split at the last title followed by a 2–4 char name
        for (int i = e - 2; i > s + 1; i--) {
            String title = titleEndingAt(text, s, i);
            int nameLen = e - i;
            boolean looksLikeName = m.type() == EntityType.PERSON || SURNAMES.indexOf(text.charAt(i)) >= 0;
            if (title != null && looksLikeName && nameLen >= 2 && nameLen <= 4 && i - title.length() - s >= 2) {
                int orgEnd = i - title.length();
                EntityType orgType = typeOfPrefix(text.substring(s, orgEnd));
                out.add(new Mention(text.substring(s, orgEnd), orgType, s, orgEnd));
                out.add(new Mention(text.substring(i, e), EntityType.PERSON, i, e));
                return;
            }
        }
        if (s == m.start() && e == m.end()) {
            out.add(m);
        } else if (e > s) {
            out.add(new Mention(text.substring(s, e), m.type(), s, e));
        }
    }

    private EntityType typeOfPrefix(String prefix) {
        AliasTable.Entry known = aliases.lookup(prefix);
        if (known != null) {
            return known.type();
        }
        return PLACE_ENDINGS.indexOf(prefix.charAt(prefix.length() - 1)) >= 0
                ? EntityType.LOCATION : EntityType.ORGANIZATION;
    }

    static String titleAt(String text, int s, int e) {
        for (String t : TITLES) {
            if (s + t.length() <= e && text.startsWith(t, s)) {
                return t;
            }
        }
        return null;
    }

    static String titleEndingAt(String text, int s, int e) {
        return wordEndingAt(text, s, e, TITLES);
    }

    /** The first of {@code words} that {@code text[s, e)} ends with, or null; list longer words first. */
    static String wordEndingAt(String text, int s, int e, List<String> words) {
        for (String w : words) {
            if (e - w.length() >= s && text.startsWith(w, e - w.length())) {
                return w;
            }
        }
        return null;
    }

    private List<Mention> applyKnownNames(String text, List<Mention> model) {
        List<Mention> result = new ArrayList<>(model);
        result.sort(Comparator.comparingInt(Mention::start));
        int max = aliases.maxLength();
        if (max == 0) {
            return dropOverlaps(result);
        }
        List<Mention> known = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!aliases.mayStartWith(text.charAt(i))) {
                i++;
                continue;
            }
            int matched = 0;
            for (int len = Math.min(max, n - i); len >= 2; len--) {
                AliasTable.Entry e = aliases.lookup(text.substring(i, i + len));
                if (e != null) {
                    known.add(new Mention(text.substring(i, i + len), e.type(), i, i + len));
                    matched = len;
                    break;
                }
            }
            i += matched > 0 ? matched : 1;
        }
        for (Mention k : known) {
            boolean containedInLonger = false;
            for (Mention m : result) {
                if (m.start() <= k.start() && m.end() >= k.end() && (m.end() - m.start()) > (k.end() - k.start())) {
                    containedInLonger = true;
                    break;
                }
            }
            if (containedInLonger) {
                continue;
            }
            // a short known name the model did not see at all may be part of an ordinary word
            // (教育部门 = "education departments"): only names of 4+ chars are forced on their own
            boolean overlapsModel = result.stream().anyMatch(m -> m.start() < k.end() && k.start() < m.end());
            if (!overlapsModel && k.end() - k.start() < 4) {
                continue;
            }
            result.removeIf(m -> m.start() < k.end() && k.start() < m.end());
            result.add(k);
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return dropOverlaps(result);
    }

    private static List<Mention> dropOverlaps(List<Mention> sorted) {
        List<Mention> out = new ArrayList<>(sorted.size());
        int prevEnd = 0;
        for (Mention m : sorted) {
            if (m.start() >= prevEnd) {
                out.add(m);
                prevEnd = m.end();
            }
        }
        return out;
    }

    private static List<String> sortLongestFirst(List<String> titles) {
        List<String> l = new ArrayList<>(new java.util.LinkedHashSet<>(titles));
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
