package org.newsgraph.eval.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PLOVER 0.8 event types, the renames from the 0.5b1 labels that the PLOVER gold records use, and
 * the PLOVER type of a CAMEO code (for gold that is coded in CAMEO only, such as PETRARCH's).
 */
public final class PloverTypes {
    /** The sixteen types of PLOVER 0.8, cooperative first, in the manual's order. */
    public static final List<String> ALL = List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** 0.5b1 labels that 0.8 renamed or merged (INVESTIGATE became ACCUSE with mode "investigate"). */
    private static final Map<String, String> RENAMED = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /**
     * CAMEO root to PLOVER type. Root 01 (public statements) has no PLOVER event. The 3-digit codes
     * below are the ones whose PLOVER type differs from their root's.
     */
    private static final Map<String, String> BY_ROOT = Map.ofEntries(Map.entry("02", "REQUEST"), Map.entry("03", "AGREE"),
            Map.entry("04", "CONSULT"), Map.entry("05", "SUPPORT"), Map.entry("06", "COOPERATE"), Map.entry("07", "AID"),
            Map.entry("08", "CONCEDE"), Map.entry("09", "ACCUSE"), Map.entry("10", "REQUEST"), Map.entry("11", "ACCUSE"),
            Map.entry("12", "REJECT"), Map.entry("13", "THREATEN"), Map.entry("14", "PROTEST"), Map.entry("15", "MOBILIZE"),
            Map.entry("16", "SANCTION"), Map.entry("17", "COERCE"), Map.entry("18", "ASSAULT"), Map.entry("19", "ASSAULT"),
            Map.entry("20", "ASSAULT"));
    private static final Map<String, String> BY_BASE = Map.of("084", "RETREAT", "085", "RETREAT", "086", "RETREAT",
            "087", "RETREAT", "163", "COERCE", "175", "ASSAULT", "191", "COERCE", "192", "COERCE");

    private PloverTypes() {}

    /** The 0.8 type of a gold label, or null for a label PLOVER does not have. */
    public static String fromLabel(String label) {
        String l = label.strip().toUpperCase(Locale.ROOT);
        String renamed = RENAMED.getOrDefault(l, l);
        return ALL.contains(renamed) ? renamed : null;
    }

    /** The PLOVER type of a CAMEO code, or null when the code has no CAMEO root with a PLOVER type. */
    public static String fromCameo(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return null;
        }
        if (cameo.length() >= 3 && BY_BASE.containsKey(cameo.substring(0, 3))) {
            return BY_BASE.get(cameo.substring(0, 3));
        }
        return BY_ROOT.get(cameo.substring(0, 2));
    }

    /** The two-digit root of a CAMEO code, or null when it has none. */
    public static String cameoRoot(String cameo) {
        return cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2);
    }
}
