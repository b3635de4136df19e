package org.newsgraph.eval.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.GoldLines;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.model.Span;

/**
 * Reads quotations annotated by hand on web pages kept elsewhere, each located by a few of its
 * words rather than by offsets, so that the annotation holds no page text and survives changes to
 * the extractor: a tab-separated file of {@code page_id, snippet, speaker, source, kind}, where the
 * snippet is a verbatim stretch (a few words, enough to be unique) from the start of the quotation's words, the
 * speaker the full name the article gives (empty when it names no one), the source the words at the
 * quotation that refer to the speaker, and kind {@code direct} or {@code phrase}; an id with four
 * empty cells is a page read that holds no quotation.
 *
 * <p>Each page ({@code <id>.html.gz}, {@code .html} or {@code .txt} in one of the page folders) is
 * extracted with the engine's own {@link ArticleExtractor}, and the snippet found in the body,
 * as {@link LooseMatch} finds words (spacing and the shape of marks aside, whole words only; of
 * several occurrences, one in marks, near its source words). The gold content is the snippet's span: a quote found covers
 * it when it covers over half of it. A snippet not in the body (the extractor left it out, or the
 * annotator mistyped it) is no quotation of the document scored; {@link #missing()} names them, so
 * that the report can say so.
 */
public final class SnippetAnnotationReader {
    private static final int COLUMNS = 5;
    /** How far from the quotation its source words are looked for, in characters either side. */
    private static final int SOURCE_REACH = 400;

    private final List<Path> pageFolders;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final InputSources inputs = new InputSources(InputLimits.DEFAULT, InputStream.nullInputStream());
    private final List<String> missing = new ArrayList<>();

    public SnippetAnnotationReader(List<Path> pageFolders) {
        this.pageFolders = List.copyOf(pageFolders);
    }

    /** The annotations, {@code file:line}, whose snippet is not in the extracted body. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    public List<GoldDocument> read(Path annotations) throws IOException {
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, List<GoldAttribution>> byDoc = new LinkedHashMap<>();
        for (GoldLines.Row row : GoldLines.tsv(annotations, COLUMNS, "page_id, snippet, speaker, source, kind")) {
            String where = row.where();
            String[] cells = row.cells().toArray(String[]::new);
            String id = cells[0].strip();
            String body = bodies.get(id);
            if (body == null) {
                body = bodyOf(where, id);
                bodies.put(id, body);
            }
            List<GoldAttribution> quotes = byDoc.computeIfAbsent(id, k -> new ArrayList<>());
            if (row.onlyId()) {
                continue; // a page read that holds no quotation: scored, so that what is found there counts
            }
            String kind = cells[4].strip();
            if (!kind.equals("direct") && !kind.equals("phrase")) {
                throw new IllegalArgumentException(where + ": kind must be direct or phrase, not '" + kind + "'");
            }
            String snippet = cells[1].strip();
            if (snippet.isEmpty()) {
                throw new IllegalArgumentException(where + ": a quotation needs a snippet of its words");
            }
            Span content = LooseMatch.quotation(body, snippet, cells[3].strip(), SOURCE_REACH);
            if (content == null) {
                missing.add(where);
                continue;
            }
            String source = cells[3].strip();
            Span sourceSpan = source.isEmpty() ? null : LooseMatch.nearest(body, source, content, SOURCE_REACH);
            String speaker = cells[2].strip();
            quotes.add(new GoldAttribution(id + "#" + quotes.size(), List.of(content), List.of(),
                    sourceSpan == null ? List.of() : List.of(sourceSpan), true, kind.equals("direct"),
                    speaker.isEmpty() ? null : speaker));
        }
        List<GoldDocument> docs = new ArrayList<>();
        byDoc.forEach((id, quotes) -> docs.add(new GoldDocument(id, bodies.get(id), quotes)));
        return docs;
    }

    /** The extracted body of the page with this id, from the first folder that holds it. */
    private String bodyOf(String where, String id) {
        for (Path folder : pageFolders) {
            for (String suffix : List.of(".html.gz", ".html", ".txt")) {
                Path page = folder.resolve(id + suffix);
                if (Files.isRegularFile(page)) {
                    try {
                        return extractor.extract(inputs.expand(List.of(page.toString())).get(0).load()).body();
                    } catch (RuntimeException e) { // (an InputException, or the extractor failing on the page)
                        throw new IllegalArgumentException(where + ": page " + page + " cannot be read: " + e);
                    }
                }
            }
        }
        throw new IllegalArgumentException(where + ": page " + id + " is in none of " + pageFolders);
    }
}
