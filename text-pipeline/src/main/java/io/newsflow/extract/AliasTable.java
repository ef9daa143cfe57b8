package io.newsflow.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Known entity names: each maps a surface form (full name or alias) to its type and canonical name.
 * Read from a tab-separated resource the team maintains ({@link #DEFAULT_RESOURCE}): one entity per
 * line, {@code TYPE<TAB>canonical name<TAB>alias|alias|...}, TYPE one of PERSON, ORGANIZATION,
 * LOCATION; {@code #} starts a comment. The canonical name is itself a surface form. Immutable.
 */
public final class AliasTable {

    /** Classpath location of the shipped alias list. */
    public static final String DEFAULT_RESOURCE = "newsflow/ner/aliases.tsv";

    /** One known name. */
    public record Entry(String canonical, EntityType type) {
    }

    private final Map<String, Entry> bySurface;
    private final int maxLength;
    private final java.util.Set<Character> firstChars;

    public AliasTable(Map<String, Entry> bySurface) {
        this.bySurface = Collections.unmodifiableMap(new HashMap<>(bySurface));
        this.maxLength = bySurface.keySet().stream().mapToInt(String::length).max().orElse(0);
        java.util.Set<Character> first = new java.util.HashSet<>();
        bySurface.keySet().forEach(k -> first.add(k.charAt(0)));
        this.firstChars = java.util.Set.copyOf(first);
    }

    /** Whether some surface form starts with {@code c} (a cheap filter before substring lookups). */
    public boolean mayStartWith(char c) {
        return firstChars.contains(c);
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
            Entry entry = new Entry(cols[1].strip(), type);
            add(map, entry.canonical(), entry, sourceName, lineNo);
            if (cols.length > 2) {
                for (String alias : cols[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        add(map, alias.strip(), entry, sourceName, lineNo);
                    }
                }
            }
        }
        return new AliasTable(map);
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

    public int maxLength() {
        return maxLength;
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
