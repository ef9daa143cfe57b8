package io.newsflow.extract;

import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Baseline extractor over HanLP portable's Viterbi segmenter with its role-tagging recognizers for
 * person, place and organization names. Words tagged {@code nr*} become {@link EntityType#PERSON},
 * {@code ns*} {@link EntityType#LOCATION}, {@code nt*} {@link EntityType#ORGANIZATION}.
 *
 * <p>The text is fed to HanLP in sentence-sized pieces (see {@link Chunker}): several times faster
 * than whole pages, and offsets are mapped back into the string passed in.
 *
 * <p>Extra words: HanLP's {@code CustomDictionary} is a JVM-wide static; adding words there would leak
 * into every other segmenter in the process (and into other tests). This class therefore gives its
 * segmenter its own {@link DynamicCustomDictionary} (HanLP's default custom words plus the extra
 * entity names passed to the constructor), so the global dictionary is not touched. The segmenter comes from
 * {@link HanlpSegmenters}, which repairs HanLP's shared part-of-speech matrix once (see there).
 *
 * <p>Thread-safe after construction: the segmenter is configured once in the constructor and only
 * used for segmentation afterwards (segmentation keeps no per-call state in the instance).
 */
public final class HanlpExtractor implements EntityExtractor {

    /** Version string of the HanLP library this class is written against. */
    public static final String HANLP_VERSION = "portable-1.8.6";

    private final Segment segment;
    private final Chunker chunker = new Chunker(300);

    /** HanLP with its default dictionaries only. */
    public HanlpExtractor() {
        this(Map.of());
    }

    /**
     * @param extraWords entity names to add to this instance's custom dictionary, with their type
     *                   (e.g. 工业和信息化部 → ORGANIZATION, which HanLP otherwise splits)
     */
    public HanlpExtractor(Map<String, EntityType> extraWords) {
        DynamicCustomDictionary dict = null;
        if (!extraWords.isEmpty()) {
            dict = new DynamicCustomDictionary();
            for (Map.Entry<String, EntityType> e : extraWords.entrySet()) {
                dict.insert(e.getKey(), natureOf(e.getValue()) + " 1000");
            }
        }
        this.segment = HanlpSegmenters.recognizing(dict);
    }

    @Override
    public String name() {
        return "hanlp-viterbi-" + HANLP_VERSION;
    }

    @Override
    public List<Mention> extract(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int[] b = chunker.boundaries(text);
        for (int k = 0; k + 1 < b.length; k++) {
            String piece = text.substring(b[k], b[k + 1]);
            if (piece.isBlank()) {
                continue;
            }
            int cursor = 0;
            for (Term t : segment.seg(piece)) {
                // HanLP's offsets are right for plain text; searching from the cursor guards against
                // any normalisation that changes lengths, so the span always matches the input
                int at = t.word.isEmpty() ? -1 : piece.indexOf(t.word, cursor);
                if (at < 0) {
                    continue;
                }
                cursor = at + t.word.length();
                EntityType type = typeOf(t.nature == null ? null : t.nature.toString());
                if (type != null) {
                    int start = b[k] + at;
                    out.add(new Mention(t.word, type, start, start + t.word.length()));
                }
            }
        }
        return out;
    }

    /** Maps a HanLP part-of-speech tag to our type, or null if it is not a name. */
    static EntityType typeOf(String nature) {
        if (nature == null || nature.length() < 2 || nature.charAt(0) != 'n') {
            return null;
        }
        return switch (nature.charAt(1)) {
            // nr, nr1, nr2, nrf (transliterated), nrj (Japanese)
            case 'r' -> EntityType.PERSON;
            case 's' -> EntityType.LOCATION;
            case 't' -> EntityType.ORGANIZATION;
            default -> null;
        };
    }

    private static String natureOf(EntityType type) {
        return switch (type) {
            case PERSON -> "nr";
            case LOCATION -> "ns";
            case ORGANIZATION -> "nt";
        };
    }
}
