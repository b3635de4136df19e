package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSourcesTest {
    private static final long MB = 1024 * 1024;
    private static final InputLimits ONE_MB = new InputLimits(MB, 2_000);

    @TempDir
    Path dir;

    private static InputSources sources() {
        return new InputSources(ONE_MB, new ByteArrayInputStream(new byte[0]));
    }

    private static DocumentSource only(List<DocumentSource> list) {
        assertEquals(1, list.size(), () -> "sources: " + list.stream().map(DocumentSource::name).toList());
        return list.get(0);
    }

    private static InputException loadFails(DocumentSource source) {
        return assertThrows(InputException.class, source::load);
    }

    private static void assertMessage(InputException e, String name, String... parts) {
        assertEquals(name, e.input());
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
        }
    }

    private static void gzip(Path target, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(content);
        }
    }

    @Test
    void textFileIsReadAsTextWithItsPathAsId() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "The harbour reopened on Wednesday.");
        RawDocument doc = only(sources().expand(List.of(file.toString()))).load();

        assertEquals(file.toString(), doc.id());
        assertEquals("The harbour reopened on Wednesday.", doc.content());
        assertEquals(RawDocument.Format.TEXT, doc.format());
        assertNull(doc.url());
        assertNull(doc.date());
    }

    @Test
    void htmlFileIsReadAsHtmlByItsName() throws IOException {
        Path file = Files.writeString(dir.resolve("story.HTML"), "Just words, no markup.");

        assertEquals(RawDocument.Format.HTML, only(sources().expand(List.of(file.toString()))).load().format());
    }

    @Test
    void sourceIsNamedBeforeItIsLoaded() {
        String missing = dir.resolve("later.txt").toString();

        assertEquals(missing, only(sources().expand(List.of(missing))).name());
    }

    @Test
    void emptyFileFailsNamingTheInputAndEmpty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));

        assertMessage(loadFails(only(sources().expand(List.of(file.toString())))), file.toString(), "empty");
    }

    @Test
    void binaryFileFailsNamingTheInputAndBinary() throws IOException {
        Path file = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});

        assertMessage(loadFails(only(sources().expand(List.of(file.toString())))), file.toString(), "binary");
    }

    @Test
    void missingPathFailsWithNoSuchFile() {
        String missing = dir.resolve("nowhere.txt").toString();

        assertMessage(loadFails(only(sources().expand(List.of(missing)))), missing, "no such file");
    }

    @Test
    void windows1252FileIsDecodedNotLost() throws IOException {
        byte[] bytes = "He said \u201cno\u201d twice.".getBytes(Charset.forName("windows-1252"));
        assertEquals((byte) 0x93, bytes[8]);
        Path file = Files.write(dir.resolve("old.txt"), bytes);

        assertEquals("He said “no” twice.", only(sources().expand(List.of(file.toString()))).load().content());
    }

    @Test
    void utf8ByteOrderMarkIsStrippedFromAFile() throws IOException {
        byte[] text = "Hello, world.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Path file = Files.write(dir.resolve("bom.txt"), bytes);

        assertEquals("Hello, world.", only(sources().expand(List.of(file.toString()))).load().content());
    }

    @Test
    void windows1251PageIsDecodedByItsMetaCharset() throws IOException {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Правительство объявило о реформе.</p></body></html>";
        Path file = Files.write(dir.resolve("ru.html"), page.getBytes(Charset.forName("windows-1251")));
        RawDocument doc = only(sources().expand(List.of(file.toString()))).load();

        assertTrue(doc.content().contains("Правительство объявило о реформе."), doc.content());
        assertEquals(RawDocument.Format.HTML, doc.format());
    }

    @Test
    void fileOverTheLimitFailsWithLargerThan() throws IOException {
        byte[] bytes = new byte[(int) (2 * MB)];
        Arrays.fill(bytes, (byte) 'a');
        Path file = Files.write(dir.resolve("huge.txt"), bytes);

        assertMessage(loadFails(only(sources().expand(List.of(file.toString())))), file.toString(),
                "larger than", "1 MB");
    }

    @Test
    void gzipBombFailsWithLargerThanOnceDecompressed() throws IOException {
        byte[] bytes = new byte[(int) (5 * MB)];
        Arrays.fill(bytes, (byte) 'a');
        Path file = dir.resolve("bomb.txt.gz");
        gzip(file, bytes);
        assertTrue(Files.size(file) < 64 * 1024, "the bomb is small on disk");

        InputException e = loadFails(only(sources().expand(List.of(file.toString()))));
        assertMessage(e, file.toString(), "larger than", "once decompressed");
    }

    @Test
    void gzippedHtmlPageIsDecompressedAndReadAsHtml() throws IOException {
        Path file = dir.resolve("story.html.gz");
        gzip(file, "<p>The harbour reopened.</p>".getBytes(StandardCharsets.UTF_8));
        RawDocument doc = only(sources().expand(List.of(file.toString()))).load();

        assertEquals("<p>The harbour reopened.</p>", doc.content());
        assertEquals(RawDocument.Format.HTML, doc.format());
    }

    @Test
    void corruptGzipFailsNamingTheInput() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.txt.gz"), "this is not gzip at all");

        assertMessage(loadFails(only(sources().expand(List.of(file.toString())))), file.toString(), "gzip");
    }

    @Test
    void folderIsExpandedToItsPagesSortedSkippingOtherFiles() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(folder.resolve("b.txt"), "Second story.");
        Files.writeString(folder.resolve("a.html"), "<p>First story.</p>");
        Files.writeString(folder.resolve("notes.json"), "{}");
        Files.writeString(folder.resolve("image.png"), "not a page");
        Files.writeString(folder.resolve("README"), "not a page");
        Path sub = Files.createDirectory(folder.resolve("sub"));
        Files.writeString(sub.resolve("c.htm"), "<p>Third story.</p>");

        List<DocumentSource> found = sources().expand(List.of(folder.toString()));

        assertEquals(List.of(folder.resolve("a.html").toString(), folder.resolve("b.txt").toString(),
                sub.resolve("c.htm").toString()), found.stream().map(DocumentSource::name).toList());
        assertEquals("Second story.", found.get(1).load().content());
    }

    @Test
    void emptyFolderExpandsToNothing() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("nothing"));

        assertTrue(sources().expand(List.of(folder.toString())).isEmpty());
    }

    @Test
    void oneBadInputDoesNotStopTheOthers() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "A good page.");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        List<DocumentSource> list = sources().expand(List.of(empty.toString(), good.toString()));

        assertEquals(2, list.size());
        assertThrows(InputException.class, list.get(0)::load);
        assertEquals("A good page.", list.get(1).load().content());
    }

    @Test
    void dashReadsStandardInput() {
        InputSources withStdin = new InputSources(ONE_MB,
                new ByteArrayInputStream("Piped story text.".getBytes(StandardCharsets.UTF_8)));
        RawDocument doc = only(withStdin.expand(List.of("-"))).load();

        assertEquals("-", doc.id());
        assertEquals("Piped story text.", doc.content());
    }

    @Test
    void emptyStandardInputFailsNamingTheDash() {
        assertMessage(loadFails(only(sources().expand(List.of("-")))), "-", "empty");
    }

    @Test
    void unreachableUrlFailsWithCannotFetch() {
        String url = "http://127.0.0.1:1/";

        assertMessage(loadFails(only(sources().expand(List.of(url)))), url, "cannot fetch");
    }

    @Test
    void urlIsFetchedAndItsContentTypeDecidesHtml() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", exchange -> {
            byte[] body = "Words without markup.".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
            RawDocument doc = only(sources().expand(List.of(url))).load();

            assertEquals(url, doc.id());
            assertEquals(url, doc.url());
            assertEquals("Words without markup.", doc.content());
            assertEquals(RawDocument.Format.HTML, doc.format());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void urlIsDecodedInTheCharsetItsContentTypeHeaderNames() throws IOException {
        // Polish in ISO-8859-2 without a <meta charset>: guessed, it would come out as windows-1252.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", exchange -> {
            byte[] body = "<html><body><p>Zażółć gęślą jaźń. Wójt gminy powiedział, że źródło jest czyste.</p></body></html>"
                    .getBytes(Charset.forName("ISO-8859-2"));
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=ISO-8859-2");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
            RawDocument doc = only(sources().expand(List.of(url))).load();

            assertTrue(doc.content().contains("Zażółć gęślą jaźń"), doc.content());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void urlAnsweringAnErrorStatusFailsNamingTheStatus() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone";

            assertMessage(loadFails(only(sources().expand(List.of(url)))), url, "404");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new InputLimits(0, 1000));
        assertThrows(IllegalArgumentException.class, () -> new InputLimits(MB, 0));
        assertFalse(InputLimits.DEFAULT.maxBytes() <= 0);
    }
}
