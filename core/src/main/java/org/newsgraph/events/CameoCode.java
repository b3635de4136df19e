package org.newsgraph.events;

/** A CAMEO code with its PLOVER type, mode, context and Goldstein-style intensity. */
public record CameoCode(String code, String plover, String mode, String context, double goldstein) {
    /** 1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict. */
    public int quadClass() {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }
}
