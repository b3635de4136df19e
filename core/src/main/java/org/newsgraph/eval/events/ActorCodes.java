package org.newsgraph.eval.events;

import java.util.Locale;
import java.util.Map;

/**
 * Reading CAMEO-style actor codes, which are three-letter blocks: the first names the country (or
 * stands for one, {@code IGO}, {@code NGO}), the next the sector ({@code USAGOV}). Gold files add
 * lower-case ethnic or group suffixes ({@code IRQCVLkur}) and {@code ***} for an unknown sector.
 */
final class ActorCodes {
    private ActorCodes() {}

    /**
     * Country blocks that some gold files write outside ISO 3166 alpha-3, with the ISO code the
     * engine writes for the same country (the PLOVER records write Japan "JAP" and Italy "ITL").
     */
    private static final Map<String, String> NOT_ISO = Map.of("JAP", "JPN", "ITL", "ITA");

    /** The country block: "USAGOV" -> "USA", "IGO" -> "IGO", "JAP" -> "JPN"; null stays null. */
    static String country(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        String block = c.length() <= 3 ? c : c.substring(0, 3);
        return NOT_ISO.getOrDefault(block, block);
    }

    /** Country plus the first sector block where it is letters: "IRQCVLkur" -> "IRQCVL", "ISR***" -> "ISR". */
    static String countryAndSector(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        if (c.length() < 6 || !c.substring(3, 6).chars().allMatch(Character::isLetter)) {
            return country(c);
        }
        return country(c) + c.substring(3, 6).toUpperCase(Locale.ROOT);
    }
}
