package org.newsgraph.quotes;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one author a byline names, who is the "I" of the story's own prose: "“Your Honor,” I said"
 * in a first-person piece is the writer's. Null when the byline names no one or several.
 */
final class Narrator {
    private static final Pattern LEAD = Pattern.compile("(?i)^\\s*(by|from)\\s+");
    /** What follows the name in many bylines: ", Contributor", " | Reuters", " - Staff Writer". */
    private static final Pattern TAIL = Pattern.compile("\\s*([,|/(]|\\s[-–—]\\s).*$");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.’'-]*(\\s+\\p{L}[\\p{L}.’'-]*){1,3}");

    private Narrator() {}

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
