package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Hand-built annotations for unit tests, written the way a tagger would output them:
 * {@code word/POS}, {@code word/POS/NER} or {@code word/POS/lemma} (or both, NER last), one sentence
 * per call, {@code ¶} starting a new paragraph. The text is rebuilt with ordinary spacing (a HYPH
 * token joins the words on either side), so
 * offsets are real, and no model is loaded.
 */
public final class TaggedText {
    private static final Set<String> LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ":", ";", "?", "!", "’s", "'s", "”", "’", ")", "n't");
    private static final Set<String> NO_SPACE_AFTER = Set.of("“", "(", "‘");

    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Span> paragraphs = new ArrayList<>();
    private int paragraphStart;
    private boolean glue = true;

    /** Starts a new paragraph (a blank line in the body). */
    public TaggedText paragraph() {
        closeParagraph();
        text.append("\n\n");
        paragraphStart = text.length();
        glue = true;
        return this;
    }

    public TaggedText sentence(String tagged) {
        int first = tokens.size();
        for (String spec : tagged.trim().split("\\s+")) {
            if (spec.equals("¶")) {
                paragraph();
                continue;
            }
            String[] f = spec.split("/");
            String word = f[0].isEmpty() ? "/" : f[0];
            String pos = f.length > 1 ? f[1] : (Character.isLetterOrDigit(word.charAt(0)) ? "NN" : word);
            String lemma = word.toLowerCase(Locale.ROOT);
            String ner = "O";
            for (int i = 2; i < f.length; i++) {
                if (LABELS.contains(f[i])) {
                    ner = f[i];
                } else {
                    lemma = f[i];
                }
            }
            if (!glue && !NO_SPACE_BEFORE.contains(word) && !pos.equals("''") && !pos.equals("HYPH")) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, start, text.length(), pos, lemma, ner));
            glue = NO_SPACE_AFTER.contains(word) || pos.equals("``") || pos.equals("HYPH"); // "conservative-leaning"
        }
        if (tokens.size() > first) {
            sentences.add(new Sentence(sentences.size(), tokens.get(first).start(), tokens.get(tokens.size() - 1).end(),
                    first, tokens.size(), List.of()));
        }
        return this;
    }

    public AnnotatedText annotated() {
        return new AnnotatedText(text.toString(), tokens, sentences);
    }

    /** The passage as an article with this byline. */
    public Article article(java.time.LocalDate date, String byline) {
        Article a = article(date);
        return new Article(a.url(), a.title(), byline, a.publishedDate(), a.source(), a.language(), a.body(), a.paragraphs());
    }

    public Article article(java.time.LocalDate date) {
        List<Span> ps = new ArrayList<>(paragraphs);
        if (paragraphStart < text.length()) {
            ps.add(Span.bounds(paragraphStart, text.length()));
        }
        return new Article(null, null, null, date, null, "en", text.toString(), ps);
    }

    private void closeParagraph() {
        if (paragraphStart < text.length()) {
            paragraphs.add(Span.bounds(paragraphStart, text.length()));
        }
    }
}
