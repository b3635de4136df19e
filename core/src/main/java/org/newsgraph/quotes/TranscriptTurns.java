package org.newsgraph.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Turns of a transcript printed in quotation marks, as papers run interviews: '"WALLACE: Let's
 * start ...' / '"PENCE: Well, look ...'. The capitalised label names the speaker by surname; the
 * words after it are the quote. Each turn is its own quotation even where the marks of one turn
 * run on into the next paragraph's.
 */
final class TranscriptTurns {
    /** One to three words in capitals, then a colon: "PENCE:", "MR. TRUMP:", "CHRIS WALLACE:". */
    private static final Pattern LABEL = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}'’.\\-]+(?: \\p{Lu}[\\p{Lu}'’.\\-]+){0,2}):\\s+");
    /** Labels that name a role, not a person: "Q:", "A:" have no letters enough; these are words. */
    private static final List<String> NOT_NAMES = List.of("UPDATE", "NOTE", "EDITOR'S NOTE", "WATCH", "READ", "CORRECTION",
            "PHOTOS", "VIDEO", "BREAKING", "SOURCE", "SOURCES", "TRANSCRIPT", "RELATED");

    private TranscriptTurns() {}

    /** Whether the marks open a paragraph with a capital label and words after it. */
    static boolean opensTurn(String body, QuotedSpan q) {
        return wordsStart(body, q) >= 0;
    }

    /**
     * The turn as a quote, or null when the marks are not one: its speaker the person the label
     * names by surname (no one named so: not a turn, "“WOW: ...”" is a tweet's shout), its source
     * the label.
     */
    static Quote turn(Article article, QuotedSpan q, ReferenceResolver refs, DocumentEntities entities) {
        String body = article.body();
        int words = wordsStart(body, q);
        if (words < 0 || !opensParagraph(article, q.open())) {
            return null;
        }
        String label = body.substring(q.start(), words).strip();
        label = label.substring(0, label.length() - 1);
        String[] parts = label.split(" ");
        String speaker = refs.personWithSurname(parts[parts.length - 1]);
        if (speaker == null) {
            return null;
        }
        Span source = Span.of(body, q.start(), q.start() + label.length());
        return new Quote(body.substring(words, q.end()), words, q.end(), Quote.QuoteKind.direct,
                QuoteFinder.speaker(entities, speaker), source, null);
    }

    /** Where the words of a turn begin, after its label, or -1 (also when no words follow it). */
    private static int wordsStart(String body, QuotedSpan q) {
        Matcher m = LABEL.matcher(body).region(q.start(), q.end());
        if (!m.lookingAt() || NOT_NAMES.contains(m.group(1).replace('’', '\'')) || m.end() >= q.end()) {
            return -1;
        }
        return m.end();
    }

    private static boolean opensParagraph(Article article, int open) {
        for (Span p : article.paragraphs()) {
            if (p.start() <= open && open < p.end()) {
                return article.body().substring(p.start(), open).isBlank();
            }
        }
        return false;
    }
}
