package io.newsflow.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Known entity names: each maps a surface form (full name or alias) to its type and canonical name.
 * Read from a tab-separated resource the team maintains ({@link #DEFAULT_RESOURCE}): one entity per
 * line, {@code TYPE<TAB>canonical name<TAB>alias|alias|...}, TYPE one of PERSON, ORGANIZATION,
 * LOCATION; {@code #} starts a comment. The canonical name is itself a surface form. Immutable.
 *
 * <p>A name of four or more characters is taken wherever it appears in a text ({@link #standsAlone}); a
 * shorter one only where the model saw a name there too, because a short name may be part of an ordinary
 * word (教育部 in 教育部门, 京东 in 北京东路). A surface form written with a trailing {@code *} in the list
 * ({@code 腾讯*}) stands alone even when short: mark only coined names that are part of no ordinary word.
 */
public final class AliasTable {

    /** Classpath location of the shipped alias list. */
    public static final String DEFAULT_RESOURCE = "newsflow/ner/aliases.tsv";

    /** One known name. */
    public record Entry(String canonical, EntityType type) {
    }

    /** Marks a surface form that {@link #standsAlone} although it is short. */
    static final String STANDS_ALONE_MARK = "*";

    private final Map<String, Entry> bySurface;
    private final Set<String> shortStandingAlone;
    /** For each first character, the lengths of the surface forms starting with it, longest first. */
    private final Map<Character, int[]> lengthsByFirstChar;

    public AliasTable(Map<String, Entry> bySurface) {
        this(bySurface, Set.of());
    }

    /**
     * @param shortStandingAlone surface forms of fewer than four characters that {@link #standsAlone} all
     *                           the same
     */
    public AliasTable(Map<String, Entry> bySurface, Set<String> shortStandingAlone) {
        this.bySurface = Collections.unmodifiableMap(new HashMap<>(bySurface));
        this.shortStandingAlone = Set.copyOf(shortStandingAlone);
        Map<Character, java.util.TreeSet<Integer>> lengths = new HashMap<>();
        bySurface.keySet().forEach(k -> lengths.computeIfAbsent(k.charAt(0), c -> new java.util.TreeSet<>()).add(k.length()));
        Map<Character, int[]> byFirst = new HashMap<>();
        lengths.forEach((c, set) -> byFirst.put(c, set.descendingSet().stream().mapToInt(Integer::intValue).toArray()));
        this.lengthsByFirstChar = Map.copyOf(byFirst);
    }

    private static final int[] NO_LENGTHS = new int[0];

    /**
     * The lengths of the surface forms that start with {@code c}, longest first; empty when none does. Lets a scan
     * of a text look up only the substrings that can match (most characters start no listed name).
     */
    public int[] lengthsStartingWith(char c) {
        return lengthsByFirstChar.getOrDefault(c, NO_LENGTHS);
    }

    public static AliasTable empty() {
        return new AliasTable(Map.of());
    }

    /** The shipped alias list. */
    public static AliasTable loadDefault() {
        InputStream in = AliasTable.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("alias list " + DEFAULT_RESOURCE + " is not on the classpath");
        }
        try (in) {
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias list " + DEFAULT_RESOURCE, e);
        }
    }

    public static AliasTable parse(InputStream in, String sourceName) throws IOException {
        Map<String, Entry> map = new LinkedHashMap<>();
        Set<String> standing = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cols = t.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(sourceName + ":" + lineNo
                        + ": expected TYPE<TAB>canonical[<TAB>alias|alias...], got '" + line + "'");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(cols[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + ":" + lineNo + ": unknown type '" + cols[0]
                        + "' (valid: PERSON, ORGANIZATION, LOCATION)");
            }
            String canonical = surface(cols[1], standing);
            Entry entry = new Entry(canonical, type);
            add(map, canonical, entry, sourceName, lineNo);
            if (cols.length > 2) {
                for (String alias : cols[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        add(map, surface(alias, standing), entry, sourceName, lineNo);
                    }
                }
            }
        }
        return new AliasTable(map, standing);
    }

    /** A listed form without its mark; a marked form is remembered in {@code standing}. */
    private static String surface(String listed, Set<String> standing) {
        String s = listed.strip();
        if (s.endsWith(STANDS_ALONE_MARK)) {
            s = s.substring(0, s.length() - STANDS_ALONE_MARK.length()).strip();
            standing.add(s);
        }
        return s;
    }

    private static void add(Map<String, Entry> map, String surface, Entry entry, String source, int lineNo) {
        Entry old = map.put(surface, entry);
        if (old != null && !old.equals(entry)) {
            throw new IllegalArgumentException(source + ":" + lineNo + ": '" + surface + "' already maps to "
                    + old.canonical() + " (" + old.type() + ")");
        }
    }

    /** The entry for an exact surface form, or null. */
    public Entry lookup(String surface) {
        return bySurface.get(surface);
    }

    /**
     * Whether a listed surface form is taken as a name where the model saw none: four or more characters,
     * or marked in the list.
     */
    public boolean standsAlone(String surface) {
        return surface.length() >= 4 || shortStandingAlone.contains(surface);
    }

    public int size() {
        return bySurface.size();
    }

    /** All surface forms with their types (e.g. to seed a segmenter's dictionary). */
    public Map<String, EntityType> surfaceTypes() {
        Map<String, EntityType> out = new LinkedHashMap<>();
        bySurface.forEach((s, e) -> out.put(s, e.type()));
        return out;
    }
}
