package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a page into text and decides whether it is HTML. Rejects what is not a page
 * (empty, binary); decodes by BOM, then {@code <meta charset>}, then strict UTF-8, falling back to
 * windows-1252 with a warning rather than losing the document.
 */
public final class PageDecoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START =
            Pattern.compile("^\\s*(<!doctype html|<html|<head|<body|<!--|<meta|<div|<p[ >]|<article)",
                    Pattern.CASE_INSENSITIVE);

    /** The decoded page and any warning a user should see. */
    public record Decoded(String text, RawDocument.Format format, String warning) {}

    private PageDecoder() {}

    public static Decoded decode(String input, byte[] bytes, boolean htmlByName) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new InputException(input, "empty: the input holds no text");
        }
        if (looksBinary(bytes)) {
            throw new InputException(input, "binary data, not a text or HTML page");
        }
        String warning = null;
        String text;
        Charset declared = bomCharset(bytes);
        int skip = bomLength(bytes);
        if (declared == null) {
            declared = metaCharset(bytes);
        }
        if (declared != null) {
            text = new String(bytes, skip, bytes.length - skip, declared);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, Charset.forName("windows-1252"));
                warning = "not valid UTF-8 and no charset declared; read as windows-1252";
            }
        }
        boolean html = htmlByName || HTML_START.matcher(text).find();
        return new Decoded(text, html ? RawDocument.Format.HTML : RawDocument.Format.TEXT, warning);
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
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }
}
