package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void emptyBytesAreRefusedNamingTheInput() {
        InputException e = assertThrows(InputException.class, () -> PageDecoder.decode("page.txt", new byte[0], false));

        assertEquals("page.txt", e.input());
        assertTrue(e.getMessage().startsWith("page.txt: "));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void whiteSpaceOnlyIsRefusedAsEmpty() {
        InputException e = assertThrows(InputException.class, () -> PageDecoder.decode("blank.txt", utf8(" \n\t\r\n "), false));

        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void bytesWithNulAreRefusedAsBinary() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'a', 'b', 'c'};
        InputException e = assertThrows(InputException.class, () -> PageDecoder.decode("archive.txt", bytes, false));

        assertEquals("archive.txt", e.input());
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void manyControlCharactersAreRefusedAsBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        InputException e = assertThrows(InputException.class, () -> PageDecoder.decode("blob", bytes, false));

        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void validUtf8IsDecodedWithoutWarning() {
        PageDecoder.Decoded d = PageDecoder.decode("page.txt", utf8("Bakı – “quoted” – Ünal"), false);

        assertEquals("Bakı – “quoted” – Ünal", d.text());
        assertEquals(RawDocument.Format.TEXT, d.format());
        assertNull(d.warning());
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() {
        byte[] bytes = concat(utf8("He said "), new byte[] {(byte) 0x93}, utf8("no"), new byte[] {(byte) 0x94}, utf8(" twice."));
        PageDecoder.Decoded d = PageDecoder.decode("old.txt", bytes, false);

        assertEquals("He said “no” twice.", d.text());
        assertNotNull(d.warning());
        assertTrue(d.warning().contains("windows-1252"), d.warning());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("Hello, world."));
        PageDecoder.Decoded d = PageDecoder.decode("bom.txt", bytes, false);

        assertEquals("Hello, world.", d.text());
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedNotTakenForBinary() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Hello, world.".getBytes(StandardCharsets.UTF_16LE));
        PageDecoder.Decoded d = PageDecoder.decode("utf16.txt", bytes, false);

        assertEquals("Hello, world.", d.text());
    }

    @Test
    void metaCharsetWindows1251DecodesCyrillic() {
        String page = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head>"
                + "<body><p>Правительство объявило о новой реформе.</p></body></html>";
        PageDecoder.Decoded d = PageDecoder.decode("ru.html", page.getBytes(Charset.forName("windows-1251")), true);

        assertEquals(page, d.text());
        assertTrue(d.text().contains("Правительство объявило"));
        assertEquals(RawDocument.Format.HTML, d.format());
        assertNull(d.warning());
    }

    @Test
    void httpEquivContentTypeCharsetIsHonoured() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>Москва</p></body></html>";
        PageDecoder.Decoded d = PageDecoder.decode("ru.html", page.getBytes(Charset.forName("windows-1251")), true);

        assertTrue(d.text().contains("Москва"), d.text());
    }

    @Test
    void unknownMetaCharsetFallsBackToUtf8() {
        String page = "<html><head><meta charset=\"no-such-charset\"></head><body><p>Zürich</p></body></html>";
        PageDecoder.Decoded d = PageDecoder.decode("page.html", utf8(page), true);

        assertEquals(page, d.text());
    }

    @Test
    void contentThatStartsLikeHtmlIsHtmlWhateverItsName() {
        PageDecoder.Decoded d = PageDecoder.decode("page.txt", utf8("  <!DOCTYPE html><html><body><p>x</p></body></html>"), false);

        assertEquals(RawDocument.Format.HTML, d.format());
    }

    @Test
    void plainTextMentioningTagsLaterIsText() {
        PageDecoder.Decoded d = PageDecoder.decode("page.txt", utf8("A story about the <html> tag."), false);

        assertEquals(RawDocument.Format.TEXT, d.format());
        assertFalse(d.text().isEmpty());
    }

    @Test
    void htmlByNameIsHtmlEvenWithoutMarkupAtTheStart() {
        PageDecoder.Decoded d = PageDecoder.decode("page.html", utf8("Just words."), true);

        assertEquals(RawDocument.Format.HTML, d.format());
    }

    @Test
    void charsetOfAContentTypeHeaderIsItsCharsetParameter() {
        assertEquals("ISO-8859-2", PageDecoder.headerCharset("text/html; charset=ISO-8859-2"));
        assertEquals("utf-8", PageDecoder.headerCharset("text/html;charset=\"utf-8\""));
        assertNull(PageDecoder.headerCharset("text/html"));
        assertNull(PageDecoder.headerCharset(null));
    }
}
