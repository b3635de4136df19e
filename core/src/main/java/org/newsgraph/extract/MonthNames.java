package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and their usual abbreviations, lower case, in the languages news pages are most
 * often written in: English, German, French, Spanish, Portuguese, Italian, Dutch, Romanian, the
 * Scandinavian languages, Polish, Czech, Turkish, Russian, Ukrainian and Arabic (the Egyptian
 * names, and the Levantine ones that are one word). Inflected forms are listed as pages print
 * them ("марта", "września", "března").
 */
final class MonthNames {
    private static final String[][] NAMES = {
        {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen",
            "januari", "ianuarie", "ian", "stycznia", "styczeń", "ledna", "leden", "ocak", "января", "январь",
            "січня", "يناير"},
        {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev",
            "febbraio", "februari", "februarie", "lutego", "luty", "února", "únor", "şubat", "subat", "февраля",
            "февраль", "лютого", "فبراير", "شباط"},
        {"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marts", "marzo", "março", "marco", "maart", "martie",
            "marca", "marzec", "března", "březen", "mart", "марта", "март", "березня", "مارس", "آذار"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "aprilie", "kwietnia", "kwiecień", "dubna",
            "duben", "nisan", "апреля", "апрель", "квітня", "أبريل", "ابريل", "إبريل", "نيسان"},
        {"may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maj", "maja", "května", "květen", "mayıs",
            "mayis", "мая", "май", "травня", "مايو", "أيار"},
        {"june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "iunie", "czerwca", "czerwiec",
            "června", "červen", "haziran", "июня", "июнь", "червня", "يونيو", "يونيه", "حزيران"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "iulie", "lipca",
            "lipiec", "července", "červenec", "temmuz", "июля", "июль", "липня", "يوليو", "يوليه", "تموز"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sierpień",
            "srpna", "srpen", "ağustos", "agustos", "августа", "август", "серпня", "أغسطس", "اغسطس", "آب"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre",
            "septembrie", "września", "wrzesień", "září", "eylül", "eylul", "сентября", "сентябрь", "вересня",
            "سبتمبر", "أيلول"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott",
            "octombrie", "października", "październik", "října", "říjen", "ekim", "октября", "октябрь",
            "жовтня", "أكتوبر", "اكتوبر"},
        {"november", "nov", "novembre", "noviembre", "novembro", "noiembrie", "listopada", "listopad",
            "listopadu", "kasım", "kasim", "ноября", "ноябрь", "листопада", "نوفمبر"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro",
            "dicembre", "decembrie", "desember", "grudnia", "grudzień", "prosince", "prosinec", "aralık",
            "aralik", "декабря", "декабрь", "грудня", "ديسمبر"},
    };
    private static final Map<String, Integer> BY_NAME = index();

    private MonthNames() {}

    /** The month's number (1-12) for a name or abbreviation in any case, 0 if it is none. */
    static int number(String name) {
        return BY_NAME.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            for (String n : NAMES[i]) {
                out.put(n, i + 1);
            }
        }
        return Map.copyOf(out);
    }
}
