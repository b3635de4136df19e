package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page into text and decides whether it is HTML. Rejects what is not a page
 * (empty, binary). The character set comes from, in this order: a byte-order mark, the HTTP
 * header's charset, the page's {@code <meta charset>} (or {@code http-equiv}), then a guess:
 * strict UTF-8 when the bytes are valid UTF-8, else juniversalchardet's statistical guess, else
 * windows-1252 with a warning. A declared charset loses to UTF-8 when the bytes are valid UTF-8
 * with non-ASCII characters in them: sites often declare ISO-8859-1 or EUC-KR on pages that
 * their server re-encoded, and a real Latin-1 or Korean page is almost never valid UTF-8 by
 * chance. Legacy names are read as the supersets browsers use (ISO-8859-1 as windows-1252,
 * GB2312 as GB18030, EUC-KR as windows-949).
 */
public final class PageDecoder {
    /** A declaration is expected near the top; sites with huge heads still declare it in the first 16 KB. */
    private static final int DECLARATION_BYTES = 16 * 1024;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET =
            Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START =
            Pattern.compile("^\\s*(<!doctype html|<html|<head|<body|<!--|<meta|<div|<p[ >]|<article)",
                    Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** What browsers read a legacy label as: each is a superset of the charset it names. */
    private static final Map<String, String> SUPERSETS = Map.of("iso-8859-1", "windows-1252", "latin1",
            "windows-1252", "us-ascii", "windows-1252", "ascii", "windows-1252", "gb2312", "GB18030", "gbk",
            "GB18030", "euc-kr", "x-windows-949", "ks_c_5601-1987", "x-windows-949", "shift_jis", "windows-31j",
            "x-sjis", "windows-31j");

    /** The decoded page and any warning a user should see. */
    public record Decoded(String text, RawDocument.Format format, String warning) {}

    private PageDecoder() {}

    public static Decoded decode(String input, byte[] bytes, boolean htmlByName) {
        return decode(input, bytes, htmlByName, null);
    }

    /**
     * @param headerCharset the charset of the HTTP {@code Content-Type} header, or null
     */
    public static Decoded decode(String input, byte[] bytes, boolean htmlByName, String headerCharset) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new InputException(input, "empty: the input holds no text");
        }
        if (looksBinary(bytes)) {
            throw new InputException(input, "binary data, not a text or HTML page");
        }
        String warning = null;
        String text;
        Charset bom = bomCharset(bytes);
        Charset declared = bom != null ? bom : charset(headerCharset);
        if (declared == null) {
            declared = metaCharset(bytes);
        }
        if (bom == null && declared != null && declared.name().startsWith("UTF-16")) {
            // Without a BOM these bytes passed the binary check, so they are not UTF-16 whatever the page says.
            declared = null;
        }
        Utf8 utf8 = bom != null ? null : Utf8.check(bytes);
        if (bom != null) {
            text = new String(bytes, bomLength(bytes), bytes.length - bomLength(bytes), bom);
        } else if (utf8 == Utf8.VALID_NON_ASCII || utf8 == Utf8.ASCII && declared == null) {
            // Valid UTF-8 with non-ASCII text beats any declaration (see the class comment).
            text = new String(bytes, StandardCharsets.UTF_8);
        } else if (declared != null && !(declared.equals(StandardCharsets.UTF_8) && utf8 == Utf8.INVALID)) {
            text = new String(bytes, declared);
        } else {
            Charset guessed = guess(bytes);
            text = new String(bytes, guessed != null ? guessed : WINDOWS_1252);
            warning = (declared != null ? "declared " + declared.name() + " but not valid in it" : "no charset declared")
                    + "; read as " + (guessed != null ? guessed.name() + " (guessed)" : "windows-1252");
        }
        boolean html = htmlByName || HTML_START.matcher(text).find();
        return new Decoded(text, html ? RawDocument.Format.HTML : RawDocument.Format.TEXT, warning);
    }

    /** Whether bytes are UTF-8, and whether they hold anything beyond ASCII (which every charset reads alike). */
    private enum Utf8 {
        ASCII, VALID_NON_ASCII, INVALID;

        static Utf8 check(byte[] bytes) {
            boolean ascii = true;
            for (byte b : bytes) {
                if (b < 0) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                return ASCII;
            }
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
                return VALID_NON_ASCII;
            } catch (CharacterCodingException e) {
                return INVALID;
            }
        }
    }

    /** juniversalchardet's guess from the byte statistics; null when it has none or Java lacks the charset. */
    private static Charset guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        return charset(detector.getDetectedCharset());
    }

    /**
     * The {@code charset} parameter of an HTTP {@code Content-Type} header ("text/html;
     * charset=ISO-8859-1" -> "ISO-8859-1"), quotes removed; null when the header has none.
     */
    public static String headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** A charset by its label, read as the superset browsers use; null if unknown or unsupported. */
    static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("utf8")) {
            l = "utf-8";
        }
        try {
            return Charset.forName(SUPERSETS.getOrDefault(l, l));
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control characters in the first 8 KB mean a binary file (UTF-16 has a BOM). */
    private static boolean looksBinary(byte[] bytes) {
        if (bomCharset(bytes) != null) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b) {
        Charset c = bomCharset(b);
        if (c == null) {
            return 0;
        }
        return c == StandardCharsets.UTF_8 ? 3 : 2;
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }
}
