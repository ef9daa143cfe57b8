package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process command: JSON Lines out, clear errors for bad inputs, other files still processed. */
class ProcessCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(byte[] stdin, String... args) throws Exception {
        return new ProcessCommand().run(List.of(args), new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static final String PAGE = "# 城南公园完成改造\n\n本报记者 王小明\n\n城南公园改造工程日前完工，北京市园林局表示新增步道三公里。\n";

    @Test
    void writesOneJsonObjectPerItemWithAllFields() throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), PAGE);
        assertEquals(0, run(new byte[0], "--extractor", "hanlp", page.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode item = new ObjectMapper().readTree(lines[0]);
        assertEquals("page.txt", item.get("source").asText());
        assertEquals(0, item.get("index").asInt());
        assertEquals("article", item.get("kind").asText());
        assertEquals("城南公园完成改造", item.get("title").asText());
        assertEquals("本报记者 王小明", item.get("byline").asText());
        for (String f : List.of("kicker", "subtitle", "body", "entities")) {
            assertTrue(item.has(f), f);
        }
        String body = item.get("body").asText();
        for (JsonNode e : item.get("entities")) {
            assertEquals(e.get("text").asText(), body.substring(e.get("start").asInt(), e.get("end").asInt()));
        }
    }

    @Test
    void readsStdinWhenGivenADash() throws Exception {
        assertEquals(0, run(PAGE.getBytes(StandardCharsets.UTF_8), "--extractor", "hanlp", "-"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"source\":\"stdin\""));
    }

    @Test
    void reportsEachBadInputByNameAndReasonAndStillProcessesTheOthers() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path gbk = Files.write(dir.resolve("gbk.txt"), "城市新闻报道".getBytes(Charset.forName("GBK")));
        Path missing = dir.resolve("missing.txt");
        Path good = Files.writeString(dir.resolve("good.txt"), PAGE);
        int code = run(new byte[0], "--extractor", "hanlp", empty.toString(), binary.toString(), gbk.toString(), missing.toString(), good.toString());
        assertEquals(1, code);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("empty.txt: EMPTY"), errors);
        assertTrue(errors.contains("image.bin: BINARY"), errors);
        assertTrue(errors.contains("gbk.txt: NOT_UTF8"), errors);
        assertTrue(errors.contains("missing.txt: UNREADABLE"), errors);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"source\":\"good.txt\""));
    }

    @Test
    void helpDocumentsTheOutputFields() throws Exception {
        assertEquals(0, run(new byte[0], "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String f : List.of("source", "index", "kind", "title", "kicker", "subtitle", "byline", "body", "entities")) {
            assertTrue(help.contains(f), f);
        }
    }

    @Test
    void rejectsUnknownOptionsAndMissingFiles() throws Exception {
        assertEquals(2, run(new byte[0], "--bogus"));
        assertEquals(2, run(new byte[0]));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no input files"));
    }
}
