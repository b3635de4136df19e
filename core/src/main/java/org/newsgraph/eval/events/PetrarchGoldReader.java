package org.newsgraph.eval.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads PETRARCH's validation records: {@code <Sentence date="YYYYMMDD" id category>} holding
 * {@code <EventCoding sourcecode targetcode eventcode>} gold codings and a {@code <Text>}. A
 * coding marked {@code noevents} or {@code error} (a sentence PETRARCH is to discard) adds no
 * event: a coder should find nothing there. Gold CAMEO codes are mapped to PLOVER by their root;
 * the test dictionaries use some codes outside CAMEO (900s, 200s), which have no PLOVER type.
 */
public final class PetrarchGoldReader {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public List<GoldSentence> read(Path file) throws IOException {
        Document doc = parse(file);
        NodeList sentences = doc.getElementsByTagName("Sentence");
        List<GoldSentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            String id = s.getAttribute("id");
            NodeList texts = s.getElementsByTagName("Text");
            if (texts.getLength() == 0 || texts.item(0).getTextContent().isBlank()) {
                throw new IllegalArgumentException(file + ": sentence " + id + ": no <Text>");
            }
            // The records wrap lines inside a sentence; the coder should see one line of text.
            String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            List<GoldEvent> events = new ArrayList<>();
            NodeList codings = s.getElementsByTagName("EventCoding");
            for (int k = 0; k < codings.getLength(); k++) {
                Element c = (Element) codings.item(k);
                if (c.hasAttribute("noevents") || c.hasAttribute("error") || !c.hasAttribute("eventcode")) {
                    continue;
                }
                String cameo = c.getAttribute("eventcode").strip();
                GoldEvent g = new GoldEvent(code(c, "sourcecode"), code(c, "targetcode"), PloverTypes.fromCameo(cameo), cameo,
                        cameo);
                if (!events.contains(g)) {
                    events.add(g);
                }
            }
            out.add(new GoldSentence(id, text, date(file, id, s.getAttribute("date")), events));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no <Sentence> records");
        }
        return out;
    }

    private static List<String> code(Element coding, String attribute) {
        String v = coding.getAttribute(attribute).strip();
        return v.isEmpty() ? List.of() : List.of(v);
    }

    private static LocalDate date(Path file, String id, String d) {
        if (d.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(d.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": sentence " + id + ": bad date '" + d + "' (expected YYYYMMDD)");
        }
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // Gold files come from elsewhere: no DTDs, no external entities, nothing fetched.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // a warning does not stop reading; the records that follow are still checked
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return b.parse(file.toFile());
        } catch (SAXException e) {
            String line = e instanceof SAXParseException p ? ":" + p.getLineNumber() : "";
            throw new IllegalArgumentException(file + line + ": not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser unavailable", e);
        }
    }
}
