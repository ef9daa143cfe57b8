package io.newsflow.pipeline;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether raw bytes are usable page text: UTF-8 (strictly decoded), not empty, not binary.
 * Shared by the offline {@code process} command and the streaming producer so that both reject the
 * same inputs for the same reasons.
 */
public final class PageInput {
    private PageInput() {
    }

    /** Why an input was rejected. */
    public enum Reason { EMPTY, NOT_UTF8, BINARY, TOO_LARGE, UNREADABLE }

    /**
     * Outcome of decoding: either {@code text} is set, or {@code reason} and {@code message} say why not.
     *
     * @param text    decoded text, or null when rejected
     * @param reason  rejection reason, or null when accepted
     * @param message human-readable detail, or null when accepted
     */
    public record Result(String text, Reason reason, String message) {
        public static Result rejected(Reason reason, String message) {
            return new Result(null, reason, message);
        }
    }

    /** Control characters (other than tab, newline, CR, form feed) tolerated per 1000 chars. */
    private static final int MAX_CONTROL_PER_MILLE = 5;

    public static Result decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Result.rejected(Reason.EMPTY, "the file is empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return Result.rejected(Reason.BINARY, "contains NUL bytes: binary data, not text");
            }
        }
        String text;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            return Result.rejected(Reason.NOT_UTF8, "not valid UTF-8 (" + e.getMessage() + "); convert it, e.g. iconv -f GB18030 -t UTF-8");
        }
        if (text.isBlank()) {
            return Result.rejected(Reason.EMPTY, "contains only white space");
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
        if (control * 1000 > (long) MAX_CONTROL_PER_MILLE * text.length()) {
            return Result.rejected(Reason.BINARY, control + " control characters in " + text.length() + ": binary data, not text");
        }
        return new Result(text, null, null);
    }
}
