package org.newsgraph.vocab;

/**
 * A personal title or role noun of {@code titles.tsv}.
 *
 * @param rank {@code head} for heads of state or government, {@code senior}, or {@code other}
 */
public record Title(String phrase, String sector, String rank) {
    public boolean isHead() {
        return rank.equals("head");
    }
}
