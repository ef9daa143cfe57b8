package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageValidatorTest {

    private final PageValidator validator = new PageValidator(1024, 0.01);

    private Verdict check(byte[] bytes) {
        try {
            return validator.check(PageInput.read("page.txt", new ByteArrayInputStream(bytes), validator.maxBytes()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static RejectReason reason(Verdict v) {
        return assertInstanceOf(Verdict.Rejected.class, v).reason();
    }

    @Test
    void chineseTextIsAcceptedUnchanged() {
        String text = "\uFEFF ▶ 本报记者 叶伟\n\n随着“低碳”目标稳步推进\r\n\t第二段。\f";
        Verdict v = check(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, assertInstanceOf(Verdict.Accepted.class, v).text());
    }

    @Test
    void zeroBytesAreEmpty() {
        assertEquals(RejectReason.EMPTY, reason(check(new byte[0])));
    }

    @Test
    void whitespaceOnlyIsEmpty() {
        assertEquals(RejectReason.EMPTY, reason(check("\uFEFF \n\u3000\t\r\n\u00A0".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void overTheLimitIsTooLargeEvenWhenValidText() {
        byte[] big = "新".repeat(400).getBytes(StandardCharsets.UTF_8); // 1200 bytes > 1024
        Verdict.Rejected r = assertInstanceOf(Verdict.Rejected.class, check(big));
        assertEquals(RejectReason.TOO_LARGE, r.reason());
        assertTrue(r.message().contains("1200 bytes"), r.message());
        byte[] atLimit = Arrays.copyOf("a".repeat(1024).getBytes(StandardCharsets.US_ASCII), 1024);
        assertInstanceOf(Verdict.Accepted.class, check(atLimit));
    }

    @Test
    void nulByteIsBinaryBeforeUtf8IsChecked() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Verdict.Rejected r = assertInstanceOf(Verdict.Rejected.class, check(png));
        assertEquals(RejectReason.BINARY, r.reason());
        assertTrue(r.message().contains("offset 8"), r.message());
        assertEquals(RejectReason.BINARY, reason(check("text\0text".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void malformedUtf8IsNotUtf8WithTheOffset() {
        byte[] gbk = "中文".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertEquals(RejectReason.NOT_UTF8, reason(check(gbk)));
        byte[] truncated = Arrays.copyOf("好".getBytes(StandardCharsets.UTF_8), 2);
        assertEquals(RejectReason.NOT_UTF8, reason(check(truncated)));
        byte[] overlong = {'a', 'b', (byte) 0xC0, (byte) 0xAF};
        Verdict.Rejected r = assertInstanceOf(Verdict.Rejected.class, check(overlong));
        assertEquals(RejectReason.NOT_UTF8, r.reason());
        assertTrue(r.message().contains("offset 2"), r.message());
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        assertEquals(RejectReason.NOT_UTF8, reason(check(surrogate)));
    }

    @Test
    void manyControlCharactersAreBinary() {
        StringBuilder s = new StringBuilder("正文".repeat(40));
        for (int i = 0; i < 5; i++) {
            s.append('\u0001').append('\u001B');
        }
        assertEquals(RejectReason.BINARY, reason(check(s.toString().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aSingleStrayControlCharacterInALongPageIsTolerated() {
        String s = "正文".repeat(100) + "\u0007" + "正文".repeat(50);
        assertInstanceOf(Verdict.Accepted.class, check(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path dir) {
        Verdict v = validator.check(PageInput.read(dir.resolve("gone.txt"), 1024));
        Verdict.Rejected r = assertInstanceOf(Verdict.Rejected.class, v);
        assertEquals(RejectReason.UNREADABLE, r.reason());
        assertTrue(r.message().contains("gone.txt"), r.message());
        assertEquals(RejectReason.UNREADABLE, reason(validator.check(PageInput.read(dir, 1024))));
    }

    @Test
    void largeFileIsReadOnlyUpToTheLimit(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.txt");
        Files.write(f, new byte[100_000]);
        PageInput in = PageInput.read(f, 1024);
        assertEquals(1025, in.bytes().length);
        assertEquals(100_000, in.totalSize());
        assertTrue(in.truncated());
        assertEquals(RejectReason.TOO_LARGE, reason(validator.check(in)));
    }

    @Test
    void theRealSeedPagesAreAcceptedWithDefaultLimits() throws IOException {
        String shared = System.getProperty("newsflow.shared");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")),
                "shared seeds not found (system property newsflow.shared); skipping");
        PageValidator defaults = new PageValidator(PageValidator.DEFAULT_MAX_BYTES, PageValidator.DEFAULT_MAX_CONTROL_RATIO);
        try (var files = Files.list(Path.of(shared, "seeds"))) {
            List<Path> seeds = files.sorted().toList();
            assertEquals(5, seeds.size());
            for (Path seed : seeds) {
                Verdict v = defaults.check(PageInput.read(seed, defaults.maxBytes()));
                assertInstanceOf(Verdict.Accepted.class, v, seed + ": " + v);
            }
        }
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new PageValidator(0, 0.01));
        assertThrows(IllegalArgumentException.class, () -> new PageValidator(10, 1.5));
    }
}
