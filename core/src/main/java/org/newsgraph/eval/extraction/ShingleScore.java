package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page scored as Zyte's article-extraction benchmark scores it: both texts are cut into runs
 * of Unicode word characters (case kept, punctuation dropped), each becomes the multiset of its
 * overlapping 4-token shingles (a text of one to three tokens is a single shingle), and the
 * shared shingles are counted with multiplicity.
 *
 * @param tp    shingles in both texts (the smaller count of each)
 * @param fp    shingles the prediction has beyond the gold
 * @param fn    shingles the gold has beyond the prediction
 * @param exact whether both texts have the same token sequence
 */
public record ShingleScore(int tp, int fp, int fn, boolean exact) {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    public static ShingleScore of(String predicted, String gold) {
        List<String> p = tokens(predicted);
        List<String> g = tokens(gold);
        Map<List<String>, Integer> ps = shingles(p);
        Map<List<String>, Integer> gs = shingles(g);
        int tp = 0;
        int fp = 0;
        for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
            int shared = Math.min(e.getValue(), gs.getOrDefault(e.getKey(), 0));
            tp += shared;
            fp += e.getValue() - shared;
        }
        int goldTotal = gs.values().stream().mapToInt(Integer::intValue).sum();
        return new ShingleScore(tp, fp, goldTotal - tp, p.equals(g));
    }

    /** 1 when nothing was predicted beyond the gold (including when both are empty). */
    public double precision() {
        return fp == 0 && fn == 0 ? 1 : tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
        return fp == 0 && fn == 0 ? 1 : tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }
}
