package io.newsflow.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Retypes a transliterated "person" printed right after a larger place as a place.
 *
 * <p>An address goes from the larger place to the smaller one with nothing between them (美国内华达州里诺),
 * and the model, which learned transliterated names mostly as people, tags the foreign city as a PERSON. A
 * PERSON mention that starts right where a LOCATION ending in {@link #DIVISION_ENDS} ends, and does not start
 * with a common Chinese surname, becomes a LOCATION. Chinese text also writes a person right after their city
 * (徐州市樊禹, 安丘市王培增): those names start with a surname and stay people. Stateless; {@link #apply} is a
 * pure function of its arguments.
 */
final class PlaceNames {

    /** Last characters of administrative divisions: state, province, country, city, county, district. */
    static final String DIVISION_ENDS = "州省国市县区";

    private PlaceNames() {
    }

    /**
     * @param mentions sorted, non-overlapping mentions
     * @return the mentions, with such persons retyped as places
     */
    static List<Mention> apply(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        Mention previous = null;
        for (Mention m : mentions) {
            boolean afterDivision = previous != null && previous.type() == EntityType.LOCATION
                    && previous.end() == m.start()
                    && DIVISION_ENDS.indexOf(previous.text().charAt(previous.text().length() - 1)) >= 0;
            if (afterDivision && m.type() == EntityType.PERSON && m.text().indexOf('·') < 0
                    && !NameVocabulary.isSurname(m.text().charAt(0))) {
                m = new Mention(m.text(), EntityType.LOCATION, m.start(), m.end(), m.canonical());
            }
            out.add(m);
            previous = m;
        }
        return out;
    }
}
