package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.Event;

/**
 * Scores coded events against gold events, one sentence at a time, summed over a set.
 *
 * <p>An event is reduced to its key: actor country, recipient country, PLOVER type (the country
 * is an actor code's first block, so {@code USAGOV} counts as {@code USA} and {@code IGO} as
 * itself). A key matches a gold event when its actor country is one of the gold's source
 * countries, its type is the gold's, and its recipient country is one of the gold's targets;
 * where the gold names no recipient, any recipient matches, except for a compound actor without
 * recipient ("the United States and Jordan agreed"), whose parties act on one another: then the
 * recipient must be another of the parties. Precision is over a sentence's distinct keys (a key
 * is right if it matches any gold event of its sentence), recall over its gold events (found if
 * any key matches). The same is counted for dyads alone, type ignored.
 *
 * <p>Over matched pairs it also counts the CAMEO root (where the gold has a CAMEO code, on pairs
 * whose dyad matches, whatever the type) and the actor codes to country plus first sector block.
 * The confusion table crosses gold and coded types on matching dyads; {@code none} marks a gold
 * event no key's dyad matched, or a key whose dyad matched no gold event.
 */
public final class EventScorer {
    /** The key an event is matched by. */
    public record Key(String actor, String recipient, String plover) {
        public static Key of(Event e) {
            return new Key(ActorCodes.country(e.actor() == null ? null : e.actor().code()),
                    ActorCodes.country(e.recipient() == null ? null : e.recipient().code()), e.plover());
        }

        @Override
        public String toString() {
            return actor + " " + plover + " " + recipient;
        }
    }

    /** A ratio with its counts, for reports. */
    public record Ratio(int hits, int total) {
        public double value() {
            return total == 0 ? 0 : (double) hits / total;
        }
    }

    /** Precision, recall and F1 of one view. */
    public record Scores(Ratio precision, Ratio recall) {
        public double f1() {
            double p = precision.value();
            double r = recall.value();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static final String NONE = "none";

    private int predicted;
    private int correct;
    private int dyadsPredicted;
    private int dyadsCorrect;
    private int gold;
    private int found;
    private int dyadsFound;
    private int cameoGold;
    private int cameoRight;
    private int codeSides;
    private int codeRight;
    private int goldWithoutType;
    private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();

    public void add(GoldSentence sentence, List<Event> events) {
        Map<Key, Event> keys = new LinkedHashMap<>();
        for (Event e : events) {
            keys.putIfAbsent(Key.of(e), e);
        }
        predicted += keys.size();
        List<Key> dyads = new ArrayList<>();
        for (Key k : keys.keySet()) {
            if (sentence.events().stream().anyMatch(g -> matches(g, k, true))) {
                correct++;
            }
            Key dyad = new Key(k.actor(), k.recipient(), null);
            if (!dyads.contains(dyad)) {
                dyads.add(dyad);
            }
            if (sentence.events().stream().noneMatch(g -> matches(g, k, false))) {
                count(NONE, k.plover());
            }
        }
        dyadsPredicted += dyads.size();
        for (Key d : dyads) {
            if (sentence.events().stream().anyMatch(g -> matches(g, d, false))) {
                dyadsCorrect++;
            }
        }
        for (GoldEvent g : sentence.events()) {
            gold++;
            if (g.plover() == null) {
                goldWithoutType++;
            }
            Key sameType = null;
            Key sameDyad = null;
            for (Key k : keys.keySet()) {
                if (matches(g, k, true) && sameType == null) {
                    sameType = k;
                }
                if (matches(g, k, false) && sameDyad == null) {
                    sameDyad = k;
                }
            }
            Key best = sameType != null ? sameType : sameDyad;
            count(typeName(g), best == null ? NONE : best.plover());
            if (sameType != null) {
                found++;
                codes(g, keys.get(sameType));
            }
            if (best != null) {
                dyadsFound++;
                if (g.cameo() != null) {
                    cameoGold++;
                    String root = PloverTypes.cameoRoot(keys.get(best).cameo());
                    if (Objects.equals(root, PloverTypes.cameoRoot(g.cameo()))) {
                        cameoRight++;
                    }
                }
            }
        }
    }

    /** Whether a key matches a gold event: dyad as described above, and the type unless {@code withType} is false. */
    public static boolean matches(GoldEvent g, Key k, boolean withType) {
        if (withType && (g.plover() == null || !g.plover().equals(k.plover()))) {
            return false;
        }
        if (!hasCountry(g.sources(), k.actor())) {
            return false;
        }
        if (g.mutual()) {
            List<String> others = new ArrayList<>(g.sources());
            others.remove(firstWithCountry(g.sources(), k.actor()));
            return hasCountry(others, k.recipient());
        }
        return g.targets().isEmpty() || hasCountry(g.targets(), k.recipient());
    }

    /** Actor and recipient codes of a matched pair, to country plus first sector block. */
    private void codes(GoldEvent g, Event e) {
        codeSides++;
        if (sameCode(g.sources(), e.actor().code())) {
            codeRight++;
        }
        if (!g.targets().isEmpty() || g.mutual()) {
            codeSides++;
            if (sameCode(g.targets().isEmpty() ? g.sources() : g.targets(), e.recipient().code())) {
                codeRight++;
            }
        }
    }

    private static boolean sameCode(List<String> gold, String code) {
        String c = ActorCodes.countryAndSector(code);
        return gold.stream().anyMatch(g -> ActorCodes.countryAndSector(g).equals(c));
    }

    private static boolean hasCountry(List<String> codes, String country) {
        return firstWithCountry(codes, country) != null;
    }

    private static String firstWithCountry(List<String> codes, String country) {
        for (String c : codes) {
            if (ActorCodes.country(c).equals(country)) {
                return c;
            }
        }
        return null;
    }

    private static String typeName(GoldEvent g) {
        return g.plover() == null ? "other" : g.plover();
    }

    private void count(String goldType, String codedType) {
        confusion.computeIfAbsent(goldType, k -> new LinkedHashMap<>())
                .merge(codedType == null ? "other" : codedType, 1, Integer::sum);
    }

    public Scores events() {
        return new Scores(new Ratio(correct, predicted), new Ratio(found, gold));
    }

    public Scores dyads() {
        return new Scores(new Ratio(dyadsCorrect, dyadsPredicted), new Ratio(dyadsFound, gold));
    }

    /** CAMEO root right over gold events with a CAMEO code whose dyad was found; total 0 when the gold has none. */
    public Ratio cameoRoot() {
        return new Ratio(cameoRight, cameoGold);
    }

    /** Actor and recipient codes right (country and first sector block) over the sides of matched events. */
    public Ratio actorCodes() {
        return new Ratio(codeRight, codeSides);
    }

    /** Gold events whose label has no PLOVER type (they can only be missed). */
    public int goldWithoutType() {
        return goldWithoutType;
    }

    /** Gold type -> coded type -> count. */
    public Map<String, Map<String, Integer>> confusion() {
        return confusion;
    }
}
