package io.newsflow.app.bench;

import io.newsflow.pipeline.TextPipeline;
import io.newsflow.split.Item;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The page templates a benchmark run re-publishes under many distinct page ids: every non-hidden regular file of
 * one directory, read as UTF-8, with what the offline pipeline makes of it (its item count, which tells when a
 * published copy is complete on the enriched topic, and its item bodies, the extract stage's input). Pages the
 * splitter finds no item in are left out (they never produce an article to wait for).
 */
record BenchPages(Path directory, List<Template> templates, List<String> skipped) {

    /** One page: file name, raw text, its length in code points, the bodies of its items. */
    record Template(String name, String content, long chars, List<String> bodies) {
        int items() {
            return bodies.size();
        }
    }

    BenchPages {
        templates = List.copyOf(templates);
        skipped = List.copyOf(skipped);
    }

    static BenchPages load(Path directory, TextPipeline pipeline) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        List<Template> templates = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path f : files) {
            String content = Files.readString(f, StandardCharsets.UTF_8);
            List<String> bodies = new ArrayList<>();
            for (Item item : pipeline.split(pipeline.normalize(content))) {
                bodies.add(item.body());
            }
            if (bodies.isEmpty()) {
                skipped.add(f.getFileName().toString());
            } else {
                templates.add(new Template(f.getFileName().toString(), content,
                        content.codePointCount(0, content.length()), bodies));
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no page with at least one item in " + directory.toAbsolutePath()
                    + (skipped.isEmpty() ? "" : " (no items: " + skipped + ")"));
        }
        return new BenchPages(directory, templates, skipped);
    }

    /** Template of the i-th published page (the templates in turn). */
    Template template(long i) {
        return templates.get((int) (i % templates.size()));
    }

    long totalChars() {
        return templates.stream().mapToLong(Template::chars).sum();
    }

    int totalItems() {
        return templates.stream().mapToInt(Template::items).sum();
    }
}
