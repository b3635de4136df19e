package org.newsgraph.eval.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.entities.NameTokens;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Scores predicted quotes against gold attributions, one document at a time, summed over a set.
 * A prediction hits a gold attribution when it covers more than half of the gold content's
 * characters; each side is matched at most once, the largest overlaps first. Over the hits it
 * counts exact cue spans and source spans (exact, and overlapping); named speakers are counted
 * over every gold quote that names one, so a quote not found is a speaker not named. A quotation's
 * speaker is the one named by the prediction matched to it, or, when that prediction went to another
 * quotation, by the prediction that covers most of it: two phrases in marks inside one reported
 * clause ('Begala said the mayor will need “to push past the attacks” and “not get bogged down”')
 * are two quotations of one gold set and one clause of another, and each is attributed by that
 * clause. The count with each prediction used once is kept beside it. Two views are kept:
 * attributions with quotation marks, and all attributions.
 */
public final class QuoteScorer {
    private static final String MARKS = "“”\"«»„";

    /** Counts for one view. */
    public static final class Counts {
        int predicted;
        int gold;
        int hits;
        int cueExact;
        int sourceExact;
        int sourceOverlap;
        int speakerGold;
        int speakerRight;
        int speakerRightOnce;
        int wholeSpeakerGold;
        int wholeSpeakerRight;

        public double precision() {
            return predicted == 0 ? 0 : (double) hits / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) hits / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double cueAccuracy() {
            return hits == 0 ? 0 : (double) cueExact / hits;
        }

        public double sourceExactAccuracy() {
            return hits == 0 ? 0 : (double) sourceExact / hits;
        }

        public double sourceOverlapAccuracy() {
            return hits == 0 ? 0 : (double) sourceOverlap / hits;
        }

        public int speakerGold() {
            return speakerGold;
        }

        public double speakerAccuracy() {
            return speakerGold == 0 ? 0 : (double) speakerRight / speakerGold;
        }

        /** Named-speaker accuracy with each prediction attributing one quotation at most. */
        public double speakerAccuracyOnePerPrediction() {
            return speakerGold == 0 ? 0 : (double) speakerRightOnce / speakerGold;
        }

        /** Named gold quotes whose content is all in marks (PolNeAR's "pure direct"). */
        public int wholeQuoteSpeakerGold() {
            return wholeSpeakerGold;
        }

        /** Named-speaker accuracy over those quotes: the words are all the speaker's, none the writer's. */
        public double wholeQuoteSpeakerAccuracy() {
            return wholeSpeakerGold == 0 ? 0 : (double) wholeSpeakerRight / wholeSpeakerGold;
        }

        public int predicted() {
            return predicted;
        }

        public int gold() {
            return gold;
        }

        public int hits() {
            return hits;
        }
    }

    private final Counts marked = new Counts();
    private final Counts all = new Counts();

    public Counts withQuoteMarks() {
        return marked;
    }

    public Counts allAttributions() {
        return all;
    }

    public void add(GoldDocument doc, List<Quote> predicted) {
        score(doc.text(), doc.attributions().stream().filter(GoldAttribution::hasQuoteMarks).toList(),
                predicted.stream().filter(q -> hasMarks(doc.text(), q)).toList(), marked);
        score(doc.text(), doc.attributions(), predicted, all);
    }

    private static boolean hasMarks(String text, Quote q) {
        int from = Math.max(0, q.start() - 1);
        int to = Math.min(text.length(), q.end() + 1);
        for (int i = from; i < to; i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private record Pair(int gold, int predicted, int overlap) {}

    private static void score(String text, List<GoldAttribution> gold, List<Quote> predicted, Counts c) {
        c.gold += gold.size();
        // Every gold quote with a name counts, found or not: a quote missed is a speaker not named.
        c.speakerGold += (int) gold.stream().filter(g -> g.speaker() != null).count();
        c.wholeSpeakerGold += (int) gold.stream().filter(g -> g.speaker() != null && g.wholeQuote()).count();
        c.predicted += predicted.size();
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution ga = gold.get(g);
            for (int p = 0; p < predicted.size(); p++) {
                int overlap = overlap(ga.contents(), predicted.get(p));
                if (overlap * 2 > ga.contentLength()) {
                    pairs.add(new Pair(g, p, overlap));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        int[] matchedTo = new int[gold.size()];
        Arrays.fill(matchedTo, -1);
        for (Pair pair : pairs) {
            if (goldUsed[pair.gold()] || predUsed[pair.predicted()]) {
                continue;
            }
            goldUsed[pair.gold()] = true;
            predUsed[pair.predicted()] = true;
            matchedTo[pair.gold()] = pair.predicted();
            c.hits++;
            GoldAttribution ga = gold.get(pair.gold());
            Quote q = predicted.get(pair.predicted());
            if (q.cue() != null && ga.cues().stream().anyMatch(s -> same(s, q.cue()))) {
                c.cueExact++;
            }
            if (q.source() != null && ga.sources().stream().anyMatch(s -> same(s, q.source()))) {
                c.sourceExact++;
            }
            if (q.source() != null && ga.sources().stream().anyMatch(s -> s.overlaps(q.source()))) {
                c.sourceOverlap++;
            }
            if (namesSpeaker(ga, q)) {
                c.speakerRightOnce++;
            }
        }
        // Each named quotation by the prediction matched to it, else by the one covering most of it.
        int[] attributedBy = new int[gold.size()];
        Arrays.fill(attributedBy, -1);
        for (Pair pair : pairs) {
            if (matchedTo[pair.gold()] == pair.predicted() || matchedTo[pair.gold()] < 0 && attributedBy[pair.gold()] < 0) {
                attributedBy[pair.gold()] = pair.predicted();
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution ga = gold.get(g);
            if (attributedBy[g] >= 0 && namesSpeaker(ga, predicted.get(attributedBy[g]))) {
                c.speakerRight++;
                if (ga.wholeQuote()) {
                    c.wholeSpeakerRight++;
                }
            }
        }
    }

    private static boolean namesSpeaker(GoldAttribution ga, Quote q) {
        return ga.speaker() != null && q.speaker() != null && sameName(ga.speaker(), q.speaker().name());
    }

    private static int overlap(List<Span> contents, Quote q) {
        int sum = 0;
        for (Span s : contents) {
            for (Span part : q.spans()) {
                sum += Math.max(0, Math.min(s.end(), part.end()) - Math.max(s.start(), part.start()));
            }
        }
        return sum;
    }

    private static boolean same(Span a, Span b) {
        return a.start() == b.start() && a.end() == b.end();
    }

    /**
     * A named speaker is right when the names agree after case, punctuation, accents and a leading "the" are ignored, when
     * one is the other's initials ("FBI"), or when
     * one is the other with given names left out ("Trump" for "Donald Trump" is not: the gold's full
     * name must be matched by a full name, so only extra middle initials or titles are forgiven).
     */
    static boolean sameName(String gold, String predicted) {
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        if (g.equals(p) || initialsOf(gold, predicted) || initialsOf(predicted, gold)) {
            return true;
        }
        return g.size() >= 2 && p.size() >= 2 && g.get(0).equals(p.get(0))
                && g.get(g.size() - 1).equals(p.get(p.size() - 1));
    }

    /** "FBI" for "Federal Bureau of Investigation": one name the other's initials. */
    private static boolean initialsOf(String acronym, String name) {
        if (!acronym.matches("\\p{Lu}{2,6}")) {
            return false;
        }
        return NameTokens.initials(List.of(name.split("[\\s-]+"))).equals(acronym);
    }

    /**
     * Name words without case, punctuation or accents ("Gonzàlez" as written, "González" as corrected),
     * nor an article opening a body's name ("The Idle Hour" is "Idle Hour").
     */
    private static List<String> tokens(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> words = List.of(folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+"));
        return words.size() > 1 && words.get(0).equals("the") ? words.subList(1, words.size()) : words;
    }
}
