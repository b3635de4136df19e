package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both gold formats, recognised from the file's content, read into the same sentences and events. */
class EventGoldFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static final String PLOVER = """
            [
             {"id": "DOC-0001", "event": "DOCUMENT", "eventText": "notes about the file"},
             {"id": "R-DEMAND-0001", "date": "2000-01-01", "event": "DEMAND",
              "source": [{"actorText": "Russia", "code": "RUS"}],
              "target": [{"actorText": "Sudanese authorities", "code": "SDN", "sector": "GOV"}],
              "text": "Russia said Sudan must return the helicopter."},
             {"id": "R-AGREE-0001", "date": "2000-01-01", "event": "AGREE",
              "source": [{"code": "USA"}, {"code": "JOR"}], "target": "",
              "text": "The United States and Jordan agreed."},
             {"id": "R-FIGHT-0001", "date": "2000-01-01", "event": "FIGHT", "source": [{"code": "ISR", "sector": "MIL"}],
              "target": [{"code": "PSE"}], "text": "The United States and Jordan agreed."}
            ]""";

    @Test
    void ploverRecordsAreRenamedToPlover08AndRecordsOfOneTextShareASentence() throws IOException {
        Path f = write("gold.txt", "\uFEFF\n" + PLOVER);
        assertEquals(EventGoldFiles.Format.PLOVER_JSON, EventGoldFiles.format(f));
        List<GoldSentence> gold = EventGoldFiles.read(f);
        assertEquals(2, gold.size(), "the DOCUMENT header is skipped, two records share a text");
        GoldEvent demand = gold.get(0).events().get(0);
        assertEquals("REQUEST", demand.plover());
        assertEquals("DEMAND", demand.label());
        assertEquals(List.of("RUS"), demand.sources());
        assertEquals(List.of("SDNGOV"), demand.targets());
        assertEquals(null, demand.cameo(), "PLOVER records carry no CAMEO code");
        assertEquals(LocalDate.of(2000, 1, 1), gold.get(0).date());
        List<GoldEvent> shared = gold.get(1).events();
        assertEquals(List.of("AGREE", "ASSAULT"), shared.stream().map(GoldEvent::plover).toList());
        assertTrue(shared.get(0).mutual(), "a compound actor without a target acts on itself");
    }

    @Test
    void petrarchRecordsGiveCameoCodesAndSentencesThatExpectNothing() throws IOException {
        Path f = write("records.json", """
                <Validation><Sentences>
                <Sentence date="19950103" id="DEMO-02" category="DEMO">
                <EventCoding sourcecode="DAGGOV" targetcode="GON" eventcode="032"></EventCoding>
                <EventCoding sourcecode="GON" targetcode="DAGGOV" eventcode="903"></EventCoding>
                <Text>
                Dagolath's Prime Minister left
                for Minas Tirith.
                </Text>
                </Sentence>
                <Sentence date="19950112" id="DEMO-24" category="DEMO">
                <EventCoding noevents = "True"></EventCoding>
                <Text>Eriador's death toll has risen.</Text>
                </Sentence>
                </Sentences></Validation>""");
        assertEquals(EventGoldFiles.Format.PETRARCH_XML, EventGoldFiles.format(f));
        List<GoldSentence> gold = EventGoldFiles.read(f);
        assertEquals("Dagolath's Prime Minister left for Minas Tirith.", gold.get(0).text());
        assertEquals(LocalDate.of(1995, 1, 3), gold.get(0).date());
        GoldEvent visit = gold.get(0).events().get(0);
        assertEquals("AGREE", visit.plover(), "032 is an intent to cooperate");
        assertEquals("032", visit.cameo());
        assertEquals(null, gold.get(0).events().get(1).plover(), "a code outside CAMEO's roots has no PLOVER type");
        assertTrue(gold.get(1).events().isEmpty());
    }

    @Test
    void aFileInNeitherFormatOrMissingIsAnErrorNamingIt() throws IOException {
        Path csv = write("gold.csv", "id,event\n1,AGREE\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventGoldFiles.read(csv));
        assertTrue(e.getMessage().startsWith(csv.toString()), e.getMessage());
        Path missing = dir.resolve("nothing.json");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EventGoldFiles.read(missing)).getMessage()
                .contains("no such file"));
    }

    @Test
    void aPloverRecordWithAnUnknownLabelIsAnErrorNamingTheRecord() throws IOException {
        Path f = write("bad.json", "[{\"id\": \"X-1\", \"event\": \"HUG\", \"text\": \"They hugged.\"}]");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventGoldFiles.read(f));
        assertTrue(e.getMessage().contains("X-1") && e.getMessage().contains("HUG"), e.getMessage());
    }

    @Test
    void malformedXmlIsAnErrorNamingTheFileAndLine() throws IOException {
        Path f = write("bad.xml", "<Validation>\n<Sentence id=\"a\">\n</Validation>");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventGoldFiles.read(f));
        assertTrue(e.getMessage().startsWith(f + ":3"), e.getMessage());
    }
}
