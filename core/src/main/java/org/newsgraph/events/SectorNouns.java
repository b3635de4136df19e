package org.newsgraph.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nouns that name a group acting for a country, by lemma, with the CAMEO-style sector they give:
 * "Israeli soldiers" are {@code ISRMIL}, "opposition groups in Zimbabwe" {@code ZWEOPP}. Event
 * data codes such groups as actors (PETRARCH calls them agents) although they name no entity.
 */
final class SectorNouns {
    private static final Map<String, String> SECTOR = build();

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        put(m, "GOV", "government", "authority", "administration", "official", "ministry", "minister", "leader", "leadership",
                "diplomat", "negotiator", "regime", "cabinet", "envoy", "embassy", "spokesman", "junta",
                "president");
        put(m, "MIL", "troops", "troop", "soldier", "army", "force", "military", "militiaman", "navy", "aircraft", "jet", "warplane",
                "helicopter", "tank", "gunship", "artillery", "officer", "paratrooper", "commando", "unit", "marine",
                "peacekeeper");
        put(m, "COP", "police", "policeman", "gendarme");
        put(m, "REB", "rebel", "guerrilla", "guerilla", "insurgent", "militant", "separatist", "fighter", "extremist", "militia");
        put(m, "OPP", "opposition", "dissident", "activist", "supporter");
        put(m, "CVL", "people", "civilian", "resident", "villager", "demonstrator", "protester", "protestor", "crowd", "citizen",
                "population", "settler", "youth", "inhabitant", "mob", "community",
                // ethnic and religious groups named with a country: "Iraqi Kurds", "Syrian Druze"
                "kurd", "arab", "muslim", "moslem", "christian", "jew", "hindu", "sikh", "shiite", "sunni", "tamil", "hutu",
                "tutsi", "druze");
        put(m, "EDU", "student", "university", "school");
        put(m, "LAB", "worker", "union", "employee");
        put(m, "REF", "refugee");
        put(m, "CRM", "prisoner", "hacker", "gang", "criminal", "smuggler", "hostage-taker");
        put(m, "LEG", "parliament", "lawmaker", "legislator", "deputy", "congress", "senate", "assembly", "parliamentarian");
        put(m, "JUD", "court", "judge", "prosecutor", "tribunal");
        put(m, "MED", "newspaper", "television", "radio", "journalist");
        put(m, "BUS", "businessman", "company", "firm");
        put(m, "AGR", "farmer");
        put(m, "REL", "missionary", "clergy", "church", "cleric", "bishop");
        put(m, "SPY", "intelligence");
        put(m, "ELI", "elder");
        return Map.copyOf(m);
    }

    private SectorNouns() {}

    private static void put(Map<String, String> m, String sector, String... lemmas) {
        for (String l : lemmas) {
            m.put(l, sector);
        }
    }

    /** The sector a noun's lemma gives, or null. */
    static String of(String lemma) {
        return SECTOR.get(lemma.toLowerCase(Locale.ROOT));
    }
}
