package org.newsgraph.quotes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one author a byline names, who is the "I" of the story's own prose: "“Your Honor,” I said"
 * in a first-person piece is the writer's. Without a byline, a book excerpt's note names its author
 * ("excerpts from bestselling author Dinesh D’Souza’s new book"). Null when no one or several are named.
 */
final class Narrator {
    private static final Pattern LEAD = Pattern.compile("(?i)^\\s*(by|from)\\s+");
    /** What follows the name in many bylines: ", Contributor", " | Reuters", " - Staff Writer". */
    private static final Pattern TAIL = Pattern.compile("\\s*([,|/(]|\\s[-–—]\\s).*$");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.’'-]*(\\s+\\p{L}[\\p{L}.’'-]*){1,3}");

    /** An editor's note opening a book excerpt: "excerpts from [lower-case words] Name’s [new] book". */
    private static final Pattern EXCERPT = Pattern.compile("(?:[Ee]xcerpts?|[Aa]dapted)\\s+(?:of|from)\\s+(?:[\\p{Ll}-]+\\s+){0,4}"
            + "(\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){1,3})(?:’s|'s)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:book|memoir)\\b");
    /** How far into the text an excerpt's note is looked for, in characters. */
    private static final int NOTE_REACH = 1000;

    private Narrator() {}

    /** The byline's one author, else the author of the book the opening of {@code body} says it excerpts. */
    static String of(String byline, String body) {
        String author = of(byline);
        if (author != null || body == null) {
            return author;
        }
        Matcher m = EXCERPT.matcher(body.substring(0, Math.min(body.length(), NOTE_REACH)));
        return m.find() ? m.group(1) : null;
    }

    static String of(String byline) {
        if (byline == null) {
            return null;
        }
        String name = TAIL.matcher(LEAD.matcher(byline.strip()).replaceFirst("")).replaceFirst("").strip();
        if (!NAME.matcher(name).matches() || name.toLowerCase(Locale.ROOT).contains(" and ")) {
            return null; // "Staff", "Reuters", "Jane Doe and John Roe"
        }
        return name;
    }
}
