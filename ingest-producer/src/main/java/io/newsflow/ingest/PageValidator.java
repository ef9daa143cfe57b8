package io.newsflow.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether an input is a publishable page, in this order (the first failing check names the reason):
 * <ol>
 *   <li>{@link RejectReason#UNREADABLE}: the input could not be read;</li>
 *   <li>{@link RejectReason#EMPTY}: zero bytes;</li>
 *   <li>{@link RejectReason#TOO_LARGE}: more than {@code maxBytes};</li>
 *   <li>{@link RejectReason#BINARY}: a NUL byte anywhere (checked before decoding because NUL is valid
 *       UTF-8 but never occurs in page text, and binary files usually fail UTF-8 too — BINARY is the more
 *       useful reason);</li>
 *   <li>{@link RejectReason#NOT_UTF8}: strict UTF-8 decoding fails (the byte offset is reported);</li>
 *   <li>{@link RejectReason#BINARY}: more than {@code maxControlRatio} of the characters are control
 *       characters other than tab, line feed, carriage return and form feed (C0, DEL and C1 count);</li>
 *   <li>{@link RejectReason#EMPTY}: only whitespace (including BOM, NBSP and ideographic space).</li>
 * </ol>
 * Accepted text is the exact decoded content: nothing is trimmed or repaired here. Immutable, thread-safe.
 */
public final class PageValidator {

    /** Default page size limit: 2 MiB, far above a real page (the seeds are 15–140 KB). */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /** Default tolerated share of control characters: 1 %. */
    public static final double DEFAULT_MAX_CONTROL_RATIO = 0.01;

    private final long maxBytes;
    private final double maxControlRatio;

    public PageValidator(long maxBytes, double maxControlRatio) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
        }
        if (!(maxControlRatio >= 0 && maxControlRatio <= 1)) {
            throw new IllegalArgumentException("maxControlRatio must be within [0, 1], got " + maxControlRatio);
        }
        this.maxBytes = maxBytes;
        this.maxControlRatio = maxControlRatio;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Verdict check(PageInput input) {
        if (input.readError() != null) {
            return new Verdict.Rejected(RejectReason.UNREADABLE, "cannot read " + input.sourceName() + ": " + input.readError());
        }
        byte[] bytes = input.bytes();
        if (input.totalSize() == 0 && bytes.length == 0) {
            return new Verdict.Rejected(RejectReason.EMPTY, input.sourceName() + " is empty (0 bytes)");
        }
        long size = Math.max(input.totalSize(), bytes.length);
        if (size > maxBytes || input.truncated()) {
            return new Verdict.Rejected(RejectReason.TOO_LARGE,
                    input.sourceName() + " has " + size + " bytes, over the page size limit of " + maxBytes + " bytes");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Verdict.Rejected(RejectReason.BINARY,
                        input.sourceName() + " contains a NUL byte at offset " + i + ": binary data, not page text");
            }
        }
        String text;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            text = chars.toString();
        } catch (CharacterCodingException e) {
            String where = e instanceof MalformedInputException ? " at byte offset " + in.position() : "";
            return new Verdict.Rejected(RejectReason.NOT_UTF8,
                    input.sourceName() + " is not valid UTF-8" + where + " (" + e.getMessage() + ")");
        }
        int controls = 0;
        int length = text.length();
        boolean blank = true;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                controls++;
            }
            if (blank && !isBlank(c)) {
                blank = false;
            }
        }
        if (controls > 0 && controls > maxControlRatio * length) {
            return new Verdict.Rejected(RejectReason.BINARY, String.format(java.util.Locale.ROOT,
                    "%s has %d control characters in %d (%.1f%%, limit %.1f%%): binary data, not page text",
                    input.sourceName(), controls, length, 100.0 * controls / length, 100.0 * maxControlRatio));
        }
        if (blank) {
            return new Verdict.Rejected(RejectReason.EMPTY, input.sourceName() + " holds only whitespace (" + size + " bytes)");
        }
        return new Verdict.Accepted(text);
    }

    private static boolean isControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
