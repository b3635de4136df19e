package org.newsgraph.eval.extraction;

/** Accuracy of one field over the pages whose gold has it: a wrong value and no value both miss. */
public final class FieldTally {
    private int gold;
    private int right;

    public void add(boolean hasGold, boolean isRight) {
        if (hasGold) {
            gold++;
            if (isRight) {
                right++;
            }
        }
    }

    public int gold() {
        return gold;
    }

    public int right() {
        return right;
    }

    public double accuracy() {
        return gold == 0 ? 0 : right / (double) gold;
    }
}
