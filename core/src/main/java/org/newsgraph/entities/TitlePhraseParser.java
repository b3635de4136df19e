package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Token;
import org.newsgraph.vocab.PhraseMatcher;
import org.newsgraph.vocab.Title;
import org.newsgraph.vocab.Vocabulary;

/**
 * Reads the title phrase before a name. Scanning left from the name it takes capitalised words,
 * "of", "the", title words and country words up to the first word that cannot belong to a title;
 * the phrase then starts at its first title, country adjective or honorific. A capitalised run
 * after a title word continues the title ("Chairman" + "Joint Chiefs of Staff Committee") until a
 * country or another title begins.
 */
final class TitlePhraseParser {
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame");
    private static final Pattern MILITARY = Pattern.compile(
            "\\b(general|admiral|colonel|major|army|navy|air force|armed forces|military|defen[cs]e|chiefs? of staff|marshal|commander)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Vocabulary vocab;

    TitlePhraseParser(Vocabulary vocab) {
        this.vocab = vocab;
    }

    TitlePhrase parse(List<Token> tokens, List<String> texts, int sentenceStart, int nameStart) {
        int k = nameStart;
        while (k - 1 >= sentenceStart && mayBelongToTitle(tokens.get(k - 1), texts, k - 1)) {
            k--;
        }
        int p = k;
        while (p < nameStart && !startsPhrase(texts, p)) {
            p++;
        }
        if (p == nameStart) {
            return TitlePhrase.none(nameStart);
        }
        List<String> titles = new ArrayList<>();
        String country = null;
        String sector = null;
        boolean head = false;
        boolean military = false;
        int q = p;
        while (q < nameStart) {
            PhraseMatcher.Match<Title> t = vocab.titles().matchAt(texts, q);
            PhraseMatcher.Match<Vocabulary.CountryRef> c = vocab.countries().matchAt(texts, q);
            if (t != null && t.end() <= nameStart) {
                int end = extendTitle(tokens, texts, t.end(), nameStart);
                String title = join(texts, q, end);
                titles.add(title);
                head |= t.value().isHead();
                if (sector == null) {
                    sector = t.value().sector();
                }
                military |= MILITARY.matcher(title).find();
                q = end;
            } else if (c != null && c.end() <= nameStart) {
                if (country == null) {
                    country = c.value().country().iso3();
                }
                q = c.end();
            } else {
                q++;
            }
        }
        if (military) {
            sector = "MIL";
        }
        return new TitlePhrase(p, titles, country, sector, head);
    }

    private boolean mayBelongToTitle(Token t, List<String> texts, int i) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (lower.equals("of") || lower.equals("the") || HONORIFICS.contains(lower)) {
            return true;
        }
        if (t.isCapitalized() && (Character.isLetter(t.text().charAt(0)))) {
            return true;
        }
        return vocab.titles().matchAt(texts, i) != null;
    }

    private boolean startsPhrase(List<String> texts, int i) {
        if (HONORIFICS.contains(texts.get(i).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (vocab.titles().matchAt(texts, i) != null) {
            return true;
        }
        PhraseMatcher.Match<Vocabulary.CountryRef> c = vocab.countries().matchAt(texts, i);
        return c != null && c.value().form() == Vocabulary.CountryForm.ADJECTIVE;
    }

    /** A capitalised run after a title word continues it, stopping before a country or another title. */
    private int extendTitle(List<Token> tokens, List<String> texts, int from, int limit) {
        int end = from;
        int q = from;
        while (q < limit) {
            String w = texts.get(q);
            if (vocab.countries().matchAt(texts, q) != null || vocab.titles().matchAt(texts, q) != null) {
                break;
            }
            if (w.equals("of") && q + 1 < limit && tokens.get(q + 1).isCapitalized()
                    && vocab.countries().matchAt(texts, q + 1) == null) {
                q++;
                continue;
            }
            if (!tokens.get(q).isCapitalized()) {
                break;
            }
            q++;
            end = q;
        }
        return end;
    }

    private static String join(List<String> texts, int from, int to) {
        return String.join(" ", texts.subList(from, to));
    }
}
