package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpSettings;
import org.newsgraph.entities.EntityResolver;
import org.newsgraph.eval.events.EventGoldFiles;
import org.newsgraph.eval.events.EventReport;
import org.newsgraph.eval.events.EventScorer;
import org.newsgraph.eval.events.EventSystem;
import org.newsgraph.eval.events.GoldSentence;
import org.newsgraph.eval.events.PetrarchActorDictionary;
import org.newsgraph.eval.events.VerbLookupBaseline;
import org.newsgraph.events.EventVocabulary;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Event coding on gold records (PLOVER JSON or PETRARCH XML, told apart from the file), beside a "
                + "verb-lookup baseline in the same run: precision, recall and F1 by actor country, recipient country "
                + "and PLOVER type, CAMEO root and actor code accuracy, and a confusion table of types.")
final class EvalEventsCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold events: PLOVER records or PETRARCH records.")
    Path gold;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor dictionary in PETRARCH's format; its actors and codes extend the engine's vocabulary.")
    Path actors;

    @Option(names = "--no-baseline", description = "Skip the verb-lookup baseline.")
    boolean noBaseline;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Also write each text's gold and coded events as JSON Lines, to look at the misses.")
    Path dump;

    @Override
    public Integer call() {
        List<GoldSentence> sentences;
        EventGoldFiles.Format format;
        Vocabulary vocab;
        try {
            format = EventGoldFiles.format(gold);
            sentences = EventGoldFiles.read(gold);
            vocab = actors == null ? Vocabulary.builtIn() : actorVocabulary(actors);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Annotator annotator = new CoreNlpAnnotator(CoreNlpSettings.DEFAULT);
        EventVocabulary eventVocab = EventVocabulary.builtIn();
        Pipeline pipeline = Pipeline.standard(annotator, vocab);
        List<EventSystem> systems = new ArrayList<>();
        systems.add(new EventSystem() {
            @Override
            public String name() {
                return "Newsgraph";
            }

            @Override
            public List<Event> events(GoldSentence s) {
                return pipeline.analyzeText(s.id(), s.text(), s.date()).events();
            }
        });
        if (!noBaseline) {
            systems.add(new VerbLookupBaseline(annotator, new EntityResolver(vocab), eventVocab));
        }
        List<EventScorer> scores = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            scores.add(new EventScorer());
        }
        List<Double> seconds;
        try {
            seconds = GoldRun.run(sentences, systems, EventSystem::name, EventSystem::events, GoldSentence::id,
                    List.<Event>of(), (system, s, coded) -> scores.get(system).add(s, coded), dump,
                    EvalEventsCommand::dumpLine);
        } catch (IOException e) {
            System.err.println("error: " + dump + ": cannot write: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        EventReport.print(System.out, gold, format, sentences, systems, scores, seconds);
        return ExitCodes.OK;
    }

    private static Vocabulary actorVocabulary(Path file) throws IOException {
        PetrarchActorDictionary.ActorRows rows = PetrarchActorDictionary.read(file);
        System.err.printf("actors: %d country-level and %d other actors from %s%n", rows.countries().size(),
                rows.organizations().size(), file);
        return Vocabulary.builtInWith(rows.countries(), rows.organizations());
    }

    /** One text's gold and coded events, each coded event marked right or wrong, as one JSON line. */
    private static String dumpLine(GoldSentence s, List<Event> coded) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", s.id());
        line.put("text", s.text());
        line.put("gold", s.events().stream().map(g -> String.join("+", g.sources()) + " " + g.plover() + "(" + g.label() + ") "
                + String.join("+", g.targets())).toList());
        line.put("coded", coded.stream().map(e -> {
            EventScorer.Key k = EventScorer.Key.of(e);
            boolean right = s.events().stream().anyMatch(g -> EventScorer.matches(g, k, true));
            return (right ? "+ " : "- ") + e.actor().code() + " " + e.plover() + "/" + e.cameo() + " " + e.recipient().code()
                    + " [" + e.evidence().text() + "]";
        }).toList());
        try {
            return RecordJson.mapper().writeValueAsString(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
