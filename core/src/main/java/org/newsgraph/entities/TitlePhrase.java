package org.newsgraph.entities;

import java.util.List;

/**
 * The titles and affiliation written before a person's name: "Chairman Joint Chiefs of Staff
 * Committee of the Islamic Republic of Pakistan General" gives two titles, country PAK, sector MIL.
 *
 * @param start  first token of the phrase (the name's own first token when there is no phrase)
 * @param head   whether a title names a head of state or government
 */
public record TitlePhrase(int start, List<String> titles, String country, String sector, boolean head) {
    public static TitlePhrase none(int nameStart) {
        return new TitlePhrase(nameStart, List.of(), null, null, false);
    }
}
