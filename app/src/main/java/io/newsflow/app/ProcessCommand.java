package io.newsflow.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.extract.Extractors;
import io.newsflow.extract.Mention;
import io.newsflow.pipeline.PageInput;
import io.newsflow.pipeline.ProcessedItem;
import io.newsflow.pipeline.TextPipeline;
import io.newsflow.split.Item;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code newsflow process FILE... | -}: runs the offline text pipeline and writes one JSON object per
 * item to stdout. Bad inputs are reported on stderr and make the exit code non-zero, but never stop
 * the other files from being processed.
 */
final class ProcessCommand implements Command {

    private static final String HELP = """
            usage: newsflow process [--extractor NAME] FILE... | -

            Normalizes raw newspaper page text, splits it into items and extracts entities.
            Writes JSON Lines to stdout, one item per line, with the fields:
              source    input file name ("stdin" for -)
              index     position of the item on the page, from 0
              kind      article, brief, photo, column, ...
              title, kicker, subtitle, byline
              body      body paragraphs joined by newline
              entities  [{text, type, start, end, canonical}] with offsets into body
            Input must be UTF-8 text. Empty, binary, non-UTF-8 or unreadable files are reported
            on stderr (naming the file and the reason); the other files are still processed and
            the exit code is 1.

            options:
              --extractor NAME   entity extractor: %s (default: default)
              -h, --help         this help
            """;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return "process";
    }

    @Override
    public String summary() {
        return "normalize, split and extract entities from raw page files; JSON Lines on stdout";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        List<String> files = new ArrayList<>();
        String extractorName = "default";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-h") || a.equals("--help")) {
                out.print(HELP.formatted(String.join(", ", Extractors.NAMES)));
                return 0;
            } else if (a.equals("--extractor")) {
                if (i + 1 >= args.size()) {
                    err.println("newsflow process: --extractor needs a value (" + String.join(", ", Extractors.NAMES) + ")");
                    return 2;
                }
                extractorName = args.get(++i);
            } else if (a.startsWith("--")) {
                err.println("newsflow process: unknown option " + a + " (see --help)");
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println("newsflow process: no input files (give FILE... or - for stdin; see --help)");
            return 2;
        }
        TextPipeline pipeline = new TextPipeline(Extractors.create(extractorName));
        int failures = 0;
        for (String f : files) {
            String source = f.equals("-") ? "stdin" : Path.of(f).getFileName().toString();
            PageInput.Result input;
            try {
                byte[] bytes = f.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(f));
                input = PageInput.decode(bytes);
            } catch (IOException | RuntimeException e) {
                input = PageInput.Result.rejected(PageInput.Reason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            if (input.text() == null) {
                err.println("newsflow process: " + f + ": " + input.reason() + ": " + input.message());
                failures++;
                continue;
            }
            for (ProcessedItem p : pipeline.process(input.text())) {
                out.println(json.writeValueAsString(toJson(source, p)));
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private ObjectNode toJson(String source, ProcessedItem p) {
        Item item = p.item();
        ObjectNode o = json.createObjectNode();
        o.put("source", source);
        o.put("index", p.index());
        o.put("kind", item.kind().wireName());
        o.put("title", item.title());
        o.put("kicker", item.kicker());
        o.put("subtitle", item.subtitle());
        o.put("byline", item.byline());
        o.put("body", item.body());
        ArrayNode entities = o.putArray("entities");
        for (Mention m : p.mentions()) {
            entities.addObject()
                    .put("text", m.text())
                    .put("type", m.type().name())
                    .put("start", m.start())
                    .put("end", m.end())
                    .put("canonical", m.canonical());
        }
        return o;
    }
}
