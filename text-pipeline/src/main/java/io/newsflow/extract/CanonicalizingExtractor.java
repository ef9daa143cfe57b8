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
 *   (longest match first) replaces the model's mentions inside it, unless a model mention strictly
 *   contains it (the outermost name wins: 工业和信息化部电子第五研究所 stays one organization) or starts
 *   before it and ends inside it (北京 of 北京东路 keeps 京东 out); a model organization that starts inside
 *   a known organization and ends after it makes the two one organization. A known name the model did not
 *   touch at all is added only when it stands alone ({@link AliasTable#standsAlone}: 4+ characters, or a
 *   short coined name the list marks), because a short one may be part of an ordinary word (教育部门).</li>
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
            String lead = NameVocabulary.titleAt(text, s, e);
            while (lead != null && e - (s + lead.length()) >= 2) {
                s += lead.length();
                lead = NameVocabulary.titleAt(text, s, e);
            }
        }
        String trail = NameVocabulary.titleEndingAt(text, s, e);
        while (trail != null && e - trail.length() - s >= 2) {
            e -= trail.length();
            trail = NameVocabulary.titleEndingAt(text, s, e);
        }
        // org + title + name (中国工程院院士戴琼海): split at the last title followed by a 2–4 char name
        for (int i = e - 2; i > s + 1; i--) {
            String title = NameVocabulary.titleEndingAt(text, s, i);
            int nameLen = e - i;
            boolean looksLikeName = m.type() == EntityType.PERSON || NameVocabulary.isSurname(text.charAt(i));
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
        return NameVocabulary.endsLikePlace(prefix) ? EntityType.LOCATION : EntityType.ORGANIZATION;
    }

    private List<Mention> applyKnownNames(String text, List<Mention> model) {
        List<Mention> result = new ArrayList<>(model);
        result.sort(Comparator.comparingInt(Mention::start));
        if (aliases.size() == 0) {
            return dropOverlaps(result);
        }
        List<Mention> known = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            int matched = 0;
            for (int len : aliases.lengthsStartingWith(text.charAt(i))) { // longest first; none for most characters
                if (len < 2 || i + len > n) {
                    continue;
                }
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
            // (教育部门 = "education departments"): only names that stand alone are forced on their own
            boolean overlapsModel = result.stream().anyMatch(m -> m.start() < k.end() && k.start() < m.end());
            if (!overlapsModel && !aliases.standsAlone(k.text())) {
                continue;
            }
            // a model name that starts before it and ends inside it reads the characters differently
            // (北京 of 北京东路 against 京东): the model's boundary wins
            if (result.stream().anyMatch(m -> m.start() < k.start() && m.end() > k.start())) {
                continue;
            }
            // an organization the model started inside it and carried on past its end is a part of it
            // (信息化部节能司 over 工业和信息化部): the whole span, as the outermost name
            int end = k.end();
            for (Mention m : result) {
                if (m.start() > k.start() && m.start() < k.end() && m.end() > k.end()
                        && m.type() == EntityType.ORGANIZATION && k.type() == EntityType.ORGANIZATION) {
                    end = Math.max(end, m.end());
                }
            }
            Mention whole = end == k.end() ? k : new Mention(text.substring(k.start(), end), k.type(), k.start(), end);
            result.removeIf(m -> m.start() < whole.end() && whole.start() < m.end());
            result.add(whole);
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
}
