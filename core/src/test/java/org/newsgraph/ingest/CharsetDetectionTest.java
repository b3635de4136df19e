package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages in legacy charsets come out as readable text: header, BOM, {@code <meta>}, then a guess. */
class CharsetDetectionTest {
    private static final String RUSSIAN = "<html><body><p>Министр заявил во вторник, что правительство не планирует"
            + " повышать налоги в этом году, и что бюджет впервые за десять лет сбалансирован.</p></body></html>";
    private static final String KOREAN = "<html><body><p>정부는 화요일 올해 세금을 인상할 계획이 없다고 밝혔다. 예산은"
            + " 십 년 만에 처음으로 균형을 이루었다고 장관이 말했다.</p></body></html>";
    private static final String PORTUGUESE = "<html><body><p>O governo anunciou nesta terça-feira novas medidas para"
            + " proteger os trabalhadores e as pequenas empresas da região, disse o ministro à imprensa.</p></body></html>";

    private static PageDecoder.Decoded decode(String text, String charset) {
        return PageDecoder.decode("page.html", text.getBytes(Charset.forName(charset)), true);
    }

    @Test
    void undeclaredCyrillicInWindows1251IsGuessed() {
        PageDecoder.Decoded d = decode(RUSSIAN, "windows-1251");

        assertEquals(RUSSIAN, d.text());
        assertTrue(d.warning().contains("guessed"), d.warning());
    }

    @Test
    void undeclaredKoreanInEucKrIsGuessed() {
        assertEquals(KOREAN, decode(KOREAN, "EUC-KR").text());
    }

    @Test
    void metaCharsetIsFollowed() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head>" + PORTUGUESE.substring(6);
        PageDecoder.Decoded d = decode(page, "ISO-8859-1");

        assertEquals(page, d.text());
        assertNull(d.warning());
    }

    @Test
    void httpEquivContentTypeIsFollowed() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head>" + RUSSIAN.substring(6);

        assertEquals(page, decode(page, "windows-1251").text());
    }

    @Test
    void headerCharsetComesBeforeMeta() {
        String page = "<html><head><meta charset=\"utf-8\"></head>" + RUSSIAN.substring(6);
        byte[] bytes = page.getBytes(Charset.forName("KOI8-R"));

        assertEquals(page, PageDecoder.decode("u", bytes, true, "koi8-r").text());
    }

    @Test
    void validUtf8BeatsADeclaredLatin1() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head>" + PORTUGUESE.substring(6);

        assertEquals(page, PageDecoder.decode("p", page.getBytes(StandardCharsets.UTF_8), true).text());
    }

    @Test
    void legacyLabelsReadAsTheirBrowserSupersets() {
        assertEquals("windows-1252", PageDecoder.charset("ISO-8859-1").name());
        assertEquals("GB18030", PageDecoder.charset("gb2312").name());
        assertNull(PageDecoder.charset("no-such-charset"));
    }
}
