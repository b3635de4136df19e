package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands what a user names on the command line (files, folders, URLs, {@code -}) or in a JSON
 * Lines batch into {@link DocumentSource}s. Expansion never fails: an input that cannot be read
 * becomes a source whose {@code load} throws, so the batch reports it and goes on.
 */
public final class InputSources {
    private static final List<String> PAGE_SUFFIXES = List.of(".txt", ".html", ".htm", ".xhtml", ".gz");

    private final InputLimits limits;
    private final InputStream stdin;
    private final ObjectMapper json = new ObjectMapper();
    private HttpClient http;

    public InputSources(InputLimits limits, InputStream stdin) {
        this.limits = limits;
        this.stdin = stdin;
    }

    public List<DocumentSource> expand(List<String> args) {
        List<DocumentSource> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(source("-", () -> decode("-", BoundedReader.read("-", stdin, limits.maxBytes(), false),
                        false, null)));
            } else if (isUrl(arg)) {
                out.add(source(arg, () -> fetch(arg)));
            } else {
                Path path = Path.of(arg);
                if (Files.isDirectory(path)) {
                    out.addAll(folder(path));
                } else {
                    out.add(source(arg, () -> file(arg, path, null, null)));
                }
            }
        }
        return out;
    }

    /**
     * One source per line of a batch file: {@code {"id", "text" | "html" | "path", "url"?, "date"?}}.
     * A line that is not such an object fails alone, named {@code file:line}.
     */
    public List<DocumentSource> jsonLines(Path file) throws IOException {
        List<DocumentSource> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String name = file + ":" + (i + 1);
            out.add(source(name, () -> batchLine(name, line, file.toAbsolutePath().getParent())));
        }
        return out;
    }

    private RawDocument batchLine(String name, String line, Path base) throws IOException {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            throw new InputException(name, "not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(name, "not a JSON object");
        }
        String url = text(node, "url");
        LocalDate date = null;
        if (text(node, "date") != null) {
            try {
                date = LocalDate.parse(text(node, "date"));
            } catch (DateTimeParseException e) {
                throw new InputException(name, "date is not YYYY-MM-DD: " + text(node, "date"));
            }
        }
        String givenId = text(node, "id");
        String text = content(name, node, "text");
        if (text != null) {
            return new RawDocument(idOr(givenId, name), text, RawDocument.Format.TEXT, url, date);
        }
        String html = content(name, node, "html");
        if (html != null) {
            return new RawDocument(idOr(givenId, name), html, RawDocument.Format.HTML, url, date);
        }
        String path = content(name, node, "path");
        if (path != null) {
            return file(name, base.resolve(path), idOr(givenId, path), url).withDefaultDate(date);
        }
        throw new InputException(name, "needs one of \"text\", \"html\" or \"path\"");
    }

    /**
     * A page field of a batch line, or null when the line does not have it. A field that is there
     * but holds no page fails here, naming the line: passed on, it would be analysed as an empty page.
     */
    private static String content(String name, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputException(name, "\"" + field + "\" must be a string, not " + v.getNodeType().name()
                    .toLowerCase(Locale.ROOT));
        }
        if (v.asText().isBlank()) {
            throw new InputException(name, "\"" + field + "\" is empty");
        }
        return v.asText();
    }

    private static String idOr(String id, String fallback) {
        return id != null && !id.isBlank() ? id : fallback;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private List<DocumentSource> folder(Path dir) {
        List<DocumentSource> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> PAGE_SUFFIXES.stream().anyMatch(s -> p.toString().toLowerCase(Locale.ROOT).endsWith(s)))
                    .sorted()
                    .forEach(p -> out.add(source(p.toString(), () -> file(p.toString(), p, null, null))));
        } catch (IOException | RuntimeException e) {
            out.add(source(dir.toString(), () -> {
                throw new InputException(dir.toString(), "cannot list folder: " + e.getMessage());
            }));
        }
        return out;
    }

    private RawDocument file(String name, Path path, String id, String url) throws IOException {
        if (!Files.exists(path)) {
            throw new InputException(name, "no such file or folder");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new InputException(name, "not a readable file");
        }
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        String inner = gz ? lower.substring(0, lower.length() - 3) : lower;
        boolean html = inner.endsWith(".html") || inner.endsWith(".htm") || inner.endsWith(".xhtml");
        if (!gz && Files.size(path) > limits.maxBytes()) {
            throw new InputException(name, "larger than the " + InputLimits.describe(limits.maxBytes())
                    + " limit for one page (" + InputLimits.describe(Files.size(path)) + ")");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = BoundedReader.read(name, in, limits.maxBytes(), gz);
        } catch (java.util.zip.ZipException e) {
            throw new InputException(name, "not a valid gzip file: " + e.getMessage());
        }
        return decode(name, bytes, html, url).withId(id != null ? id : name);
    }

    private RawDocument fetch(String url) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = client().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMillis(limits.fetchTimeoutMs()))
                    .header("User-Agent", "Newsgraph/0.1 (+https://github.com/newsgraph)")
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IllegalArgumentException e) {
            throw new InputException(url, "not a valid URL: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(url, "interrupted while fetching");
        } catch (IOException e) {
            throw new InputException(url, "cannot fetch: " + describe(e));
        }
        if (response.statusCode() / 100 != 2) {
            response.body().close();
            throw new InputException(url, "server answered HTTP " + response.statusCode());
        }
        byte[] bytes = BoundedReader.read(url, response.body(), limits.maxBytes(), false);
        String type = response.headers().firstValue("content-type").orElse("");
        return decode(url, bytes, type.contains("html"), url, PageDecoder.headerCharset(type));
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(limits.fetchTimeoutMs()))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return http;
    }

    private static RawDocument decode(String name, byte[] bytes, boolean html, String url) {
        return decode(name, bytes, html, url, null);
    }

    private static RawDocument decode(String name, byte[] bytes, boolean html, String url, String headerCharset) {
        PageDecoder.Decoded d = PageDecoder.decode(name, bytes, html, headerCharset);
        if (d.warning() != null) {
            System.err.println("warning: " + name + ": " + d.warning());
        }
        return new RawDocument(name, d.text(), d.format(), url, null);
    }

    private static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    @FunctionalInterface
    private interface Loader {
        RawDocument load() throws IOException;
    }

    private static DocumentSource source(String name, Loader loader) {
        return new DocumentSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RawDocument load() {
                try {
                    return loader.load();
                } catch (InputException e) {
                    throw e;
                } catch (IOException e) {
                    throw new InputException(name, "cannot read: " + describe(e), e);
                }
            }
        };
    }
}
