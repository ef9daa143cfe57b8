package io.newsflow.bench;

import io.newsflow.normalize.Block;
import io.newsflow.normalize.NormalizedText;
import io.newsflow.normalize.Normalizer;
import io.newsflow.pipeline.PageInput;
import io.newsflow.split.Item;
import io.newsflow.split.Splitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One benchmark input set, read from disk at run time, together with what each stage receives from
 * it: the raw pages (normalize input), the normalized pages (split input) and the item bodies (extract
 * input). The later inputs are produced once here with the real stages, so a benchmark of one stage
 * measures only that stage.
 *
 * <p>Two sets exist: {@code seeds}, the five real raw pages in {@code <newsflow.shared>/seeds} (test
 * input only: never copied into the repository), and {@code samples}, the team's pages in
 * {@code <newsflow.samples>} ({@code samples/} at the repository root). "Characters" are Unicode code
 * points. A page filter ({@link #ALL_PAGES} or a file-name prefix) narrows a set to some pages, e.g.
 * to see how a stage scales with page size.
 *
 * @param name       input set name ({@link #SEEDS} or {@link #SAMPLES})
 * @param directory  where the pages were read from
 * @param pageNames  file names, sorted
 * @param raw        decoded page text, one per file
 * @param normalized normalizer output, one per page
 * @param bodies     bodies of every item the splitter found, in page order
 */
public record StageInputs(String name, Path directory, List<String> pageNames, List<String> raw,
                          List<NormalizedText> normalized, List<String> bodies) {

    public static final String SEEDS = "seeds";
    public static final String SAMPLES = "samples";
    /** Page filter that keeps every page of a set. */
    public static final String ALL_PAGES = "*";
    /** System property naming the shared data directory (seeds live in its {@code seeds} folder). */
    public static final String SHARED_PROPERTY = "newsflow.shared";
    /** System property naming the directory of the team's sample pages. */
    public static final String SAMPLES_PROPERTY = "newsflow.samples";
    /**
     * Defaults, relative to the repository root: the nearest directory at or above the working
     * directory holding both {@code pom.xml} and {@code samples/} (so the jar works from the root and
     * from {@code benchmarks/}), else the working directory.
     */
    public static final String DEFAULT_SHARED = "../shared";
    public static final String DEFAULT_SAMPLES = "samples";

    public StageInputs {
        pageNames = List.copyOf(pageNames);
        raw = List.copyOf(raw);
        normalized = List.copyOf(normalized);
        bodies = List.copyOf(bodies);
    }

    /** The directory an input set is read from, as configured by the system properties. */
    public static Path directory(String set) {
        return switch (set) {
            case SEEDS -> sharedDirectory().resolve("seeds");
            case SAMPLES -> configured(SAMPLES_PROPERTY, DEFAULT_SAMPLES);
            default -> throw new IllegalArgumentException("unknown input set '" + set + "'; valid: "
                    + SEEDS + ", " + SAMPLES);
        };
    }

    /** The shared data directory: {@value #SHARED_PROPERTY} if set, else {@value #DEFAULT_SHARED} from the repository root. */
    public static Path sharedDirectory() {
        return configured(SHARED_PROPERTY, DEFAULT_SHARED);
    }

    private static Path configured(String property, String defaultFromRoot) {
        String value = System.getProperty(property);
        Path path = value != null ? Path.of(value) : repositoryRoot().resolve(defaultFromRoot);
        return path.toAbsolutePath().normalize();
    }

    private static Path repositoryRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve(DEFAULT_SAMPLES))) {
                return dir;
            }
        }
        return cwd;
    }

    /** Why {@code set} cannot be loaded (missing directory or no .txt pages), or empty when it can. */
    public static Optional<String> unavailableReason(String set) {
        return unavailableReason(set, directory(set));
    }

    static Optional<String> unavailableReason(String set, Path configured) {
        Path dir = configured.toAbsolutePath().normalize();
        String property = SEEDS.equals(set) ? SHARED_PROPERTY + " (seeds are read from <it>/seeds)" : SAMPLES_PROPERTY;
        if (!Files.isDirectory(dir)) {
            return Optional.of("input set '" + set + "': directory " + dir + " does not exist; set -D" + property);
        }
        if (pageFiles(dir).isEmpty()) {
            return Optional.of("input set '" + set + "': no *.txt pages in " + dir + "; set -D" + property);
        }
        return Optional.empty();
    }

    /**
     * Reads the pages of {@code set} and runs normalize and split once to prepare the later stages' inputs.
     *
     * @throws IllegalStateException when the set is unavailable or a page is not usable text
     */
    public static StageInputs load(String set) {
        return load(set, ALL_PAGES);
    }

    /**
     * Like {@link #load(String)}, keeping only the pages whose file name starts with {@code pageFilter}
     * ({@link #ALL_PAGES} keeps all).
     *
     * @throws IllegalStateException also when the filter matches no page
     */
    public static StageInputs load(String set, String pageFilter) {
        unavailableReason(set).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        Path dir = directory(set).toAbsolutePath().normalize();
        List<Path> files = pageFiles(dir).stream()
                .filter(f -> ALL_PAGES.equals(pageFilter) || f.getFileName().toString().startsWith(pageFilter))
                .toList();
        if (files.isEmpty()) {
            throw new IllegalStateException("input set '" + set + "': no page in " + dir + " has a name starting with '"
                    + pageFilter + "' (page filter; use '" + ALL_PAGES + "' for all pages)");
        }
        Normalizer normalizer = new Normalizer();
        Splitter splitter = new Splitter();
        List<String> names = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        List<NormalizedText> normalized = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Path file : files) {
            String text = decode(file);
            NormalizedText page = normalizer.normalize(text);
            names.add(file.getFileName().toString());
            raw.add(text);
            normalized.add(page);
            for (Item item : splitter.split(page)) {
                bodies.add(item.body());
            }
        }
        return new StageInputs(set, dir, names, raw, normalized, bodies);
    }

    /** Characters of the raw pages: what normalize (and the whole pipeline) reads. */
    public long rawChars() {
        return raw.stream().mapToLong(StageInputs::chars).sum();
    }

    /** Characters of all normalized blocks (furniture included): what split reads. */
    public long normalizedChars() {
        long sum = 0;
        for (NormalizedText page : normalized) {
            for (Block block : page.blocks()) {
                sum += chars(block.text());
            }
        }
        return sum;
    }

    /** Characters of all item bodies: what extract reads. */
    public long bodyChars() {
        return bodies.stream().mapToLong(StageInputs::chars).sum();
    }

    private static long chars(String s) {
        return s.codePointCount(0, s.length());
    }

    private static List<Path> pageFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        PageInput.Result result = PageInput.decode(bytes);
        if (result.text() == null) {
            throw new IllegalStateException("page " + file + " rejected (" + result.reason() + "): " + result.message());
        }
        return result.text();
    }
}
