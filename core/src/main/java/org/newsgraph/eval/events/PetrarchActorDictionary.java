package org.newsgraph.eval.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.eval.GoldLines;
import org.newsgraph.vocab.TsvFile;

/**
 * Reads an actor dictionary in PETRARCH's format and turns it into vocabulary rows, so that the
 * engine codes the user's actors with the user's codes.
 *
 * <p>The format: {@code NAME [CODE]} starts an entry; {@code +SYNONYM} lines add names to it; an
 * indented {@code [CODE restriction]} line gives a code valid for a span of dates; {@code #}
 * starts a comment, {@code <!-- -->} a comment block. Words are joined by {@code _} or spaces; a
 * name ending in {@code _} matches only as written, any other name's last word is a stem
 * ({@code DAGOLATH} also matches "Dagolathi").
 *
 * <p>How that maps onto Newsgraph: a three-letter code is a country row (name, stem forms as
 * adjectives); a longer code is an organisation whose country is the first three letters and whose
 * sector is the rest ({@code ITHMIL}). Dictionary words are upper case while news is not, so each
 * name is added in title case and as written. The vocabulary is built once, so a date-restricted
 * entry keeps its unrestricted code, else its last listed one; entries coded as null actors
 * ({@code ---}) are left out.
 */
public final class PetrarchActorDictionary {
    /** Rows for {@code countries.tsv} (5 columns) and {@code organizations.tsv} (4 columns). */
    public record ActorRows(List<TsvFile.Row> countries, List<TsvFile.Row> organizations) {}

    /** Endings a stem takes in news: demonyms and plurals first (adjective forms), then name endings. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("s", "n", "ns", "an", "ans", "ian", "ians", "i", "is",
            "ese", "ish");
    private static final List<String> NAME_ENDINGS = List.of("a", "e", "es");

    private static final class Entry {
        final int line;
        final List<String> names = new ArrayList<>();
        final List<String> codes = new ArrayList<>();

        Entry(int line) {
            this.line = line;
        }
    }

    private PetrarchActorDictionary() {}

    public static ActorRows read(Path file) throws IOException {
        List<String> lines = GoldLines.read(file);
        List<Entry> entries = entries(file, lines);
        List<TsvFile.Row> countries = new ArrayList<>();
        List<TsvFile.Row> orgs = new ArrayList<>();
        for (Entry e : entries) {
            String code = chooseCode(e.codes);
            if (code == null) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            Set<String> adjectives = new LinkedHashSet<>();
            for (String n : e.names) {
                forms(n, names, adjectives);
            }
            names.removeIf(String::isBlank);
            if (names.isEmpty()) {
                continue;
            }
            List<String> all = new ArrayList<>(names);
            String name = all.get(0);
            String aliases = String.join("|", all.subList(1, all.size()));
            if (code.length() == 3) {
                countries.add(new TsvFile.Row(file.toString(), e.line,
                        List.of(code, name, aliases, String.join("|", adjectives), "")));
            } else {
                all.addAll(adjectives);
                orgs.add(new TsvFile.Row(file.toString(), e.line,
                        List.of(name, String.join("|", all.subList(1, all.size())), code.substring(0, 3), code.substring(3))));
            }
        }
        if (countries.isEmpty() && orgs.isEmpty()) {
            throw new IllegalArgumentException(file + ": no actor entries found (expected lines like 'ARNOR [ARN]')");
        }
        return new ActorRows(List.copyOf(countries), List.copyOf(orgs));
    }

    private static List<Entry> entries(Path file, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        boolean inComment = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (inComment || line.strip().startsWith("<!")) {
                inComment = !line.contains("-->");
                continue;
            }
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            String body = line.strip();
            if (body.startsWith("+")) {
                if (current == null) {
                    throw new IllegalArgumentException(file + ":" + n + ": synonym before any entry");
                }
                current.names.add(body.substring(1).strip());
            } else if (Character.isWhitespace(line.charAt(0)) && body.startsWith("[")) {
                if (current == null) {
                    throw new IllegalArgumentException(file + ":" + n + ": code before any entry");
                }
                current.codes.add(bracket(file, n, body));
            } else {
                current = new Entry(n);
                entries.add(current);
                int open = body.indexOf('[');
                current.names.add((open < 0 ? body : body.substring(0, open)).strip());
                if (open >= 0) {
                    current.codes.add(bracket(file, n, body.substring(open)));
                }
            }
        }
        return entries;
    }

    private static String bracket(Path file, int n, String s) {
        int close = s.indexOf(']');
        if (!s.startsWith("[") || close < 0) {
            throw new IllegalArgumentException(file + ":" + n + ": expected [CODE], found '" + s + "'");
        }
        return s.substring(1, close).strip();
    }

    /** The unrestricted code, else the last one listed; null for a null actor. */
    private static String chooseCode(List<String> codes) {
        String chosen = null;
        for (String c : codes) {
            boolean restricted = c.contains("<") || c.contains(">") || c.strip().split("\\s+").length > 1;
            String code = c.split("[\\s<>]+")[0].split("/")[0].toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{3,}")) {
                code = null;
            }
            if (!restricted) {
                return code;
            }
            chosen = code;
        }
        return chosen;
    }

    /** Adds the text forms of one dictionary name: title case, as written, without a leading "the", stem endings. */
    private static void forms(String dictionaryName, Set<String> names, Set<String> adjectives) {
        boolean exact = dictionaryName.endsWith("_");
        List<String> words = new ArrayList<>(List.of(dictionaryName.replace('_', ' ').strip().split("\\s+")));
        if (words.size() > 1 && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        List<String> title = words.stream().map(PetrarchActorDictionary::titleCase).toList();
        names.add(String.join(" ", title));
        names.add(String.join(" ", words));
        if (exact) {
            return;
        }
        String stem = String.join(" ", title);
        for (String ending : ADJECTIVE_ENDINGS) {
            adjectives.add(stem + ending);
        }
        for (String ending : NAME_ENDINGS) {
            names.add(stem + ending);
        }
    }

    /** "GONDOR" -> "Gondor", "BARAD-DUR" -> "Barad-Dur"; words with a dot ("U.S.") stay as written. */
    private static String titleCase(String word) {
        if (word.contains(".")) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-';
        }
        return sb.toString();
    }
}
