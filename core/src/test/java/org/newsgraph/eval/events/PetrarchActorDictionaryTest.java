package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.vocab.TsvFile;
import org.newsgraph.vocab.Vocabulary;

class PetrarchActorDictionaryTest {
    @TempDir
    Path dir;

    private PetrarchActorDictionary.ActorRows read(String content) throws IOException {
        Path p = dir.resolve("actors.txt");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return PetrarchActorDictionary.read(p);
    }

    @Test
    void entriesSynonymsDatedCodesAndCommentsBecomeVocabularyRows() throws IOException {
        PetrarchActorDictionary.ActorRows rows = read("""
                <!-- A DICTIONARY
                # with notes -->
                ARNOR_  [ARN]   # exact name
                GONDOR [GON]
                +MINAS_TIRITH
                GOLLUM  # pas
                +SMEAGOL
                \t[HOB < 950601]
                \t[HOBREB > 990816]
                ITHILEN MILITARY  [ITHMIL]
                ISILDUR  [+++]
                JAPAN  [JAP]
                """);
        List<String> codes = rows.countries().stream().map(r -> r.cell(0)).toList();
        assertEquals(List.of("ARN", "GON", "JAP"), codes, "the null actor +++ is left out");
        TsvFile.Row gondor = rows.countries().get(1);
        assertEquals("Gondor", gondor.cell(1));
        assertTrue(gondor.values(2).contains("Minas Tirith"), gondor.toString());
        assertTrue(gondor.values(3).contains("Gondorian"), "a stem takes demonym endings: " + gondor);
        assertTrue(rows.countries().get(0).values(3).isEmpty(), "a name ending in _ matches only as written");
        List<String> orgs = rows.organizations().stream().map(r -> r.cell(0) + "=" + r.cell(2) + "+" + r.cell(3)).toList();
        assertEquals(List.of("Gollum=HOB+REB", "Ithilen Military=ITH+MIL"), orgs, "dated codes: the last one listed");
    }

    @Test
    void theUsersActorsWinOverTheBuiltInVocabulary() throws IOException {
        PetrarchActorDictionary.ActorRows rows = read("JAPAN [JAP]\nARNOR [ARN]\n");
        Vocabulary v = Vocabulary.builtInWith(rows.countries(), rows.organizations());
        assertEquals("JAP", v.countries().matchAt(List.of("Japan"), 0).value().country().iso3());
        assertEquals("ARN", v.countries().matchAt(List.of("Arnorian"), 0).value().country().iso3());
        assertEquals("FRA", v.countries().matchAt(List.of("France"), 0).value().country().iso3());
    }

    @Test
    void aFileWithoutEntriesOrWithABrokenCodeIsAnErrorNamingIt() throws IOException {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> read("# nothing here\n"));
        assertTrue(empty.getMessage().contains("actors.txt"), empty.getMessage());
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> read("ARNOR [ARN\n"));
        assertTrue(broken.getMessage().contains("actors.txt:1"), broken.getMessage());
    }
}
