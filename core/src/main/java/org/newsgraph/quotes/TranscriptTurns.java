package org.newsgraph.quotes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
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

    /** Where the words of a turn begin, after its label, when the quoted text at {@code start} opens with one; else -1. */
    static int wordsStart(String body, int start, int end) {
        Matcher m = LABEL.matcher(body).region(start, end);
        if (!m.lookingAt() || NOT_NAMES.contains(m.group(1))) {
            return -1;
        }
        return m.end();
    }

    /** The turn as a quote: its speaker the person the label names by surname, its source the label. */
    static Quote turn(String body, int start, int wordsStart, int end, DocumentEntities entities) {
        String label = body.substring(start, wordsStart).strip();
        label = label.substring(0, label.length() - 1);
        Span source = Span.of(body, start, start + label.length());
        String[] words = label.split(" ");
        String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
        Quote.Speaker speaker = null;
        for (Entity e : entities.entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            String[] name = e.name().toLowerCase(Locale.ROOT).split(" ");
            if (name[name.length - 1].equals(surname)) {
                speaker = new Quote.Speaker(e.id(), e.name());
                break;
            }
        }
        return new Quote(body.substring(wordsStart, end), wordsStart, end, Quote.QuoteKind.direct, speaker, source, null);
    }
}
