package org.newsgraph.nlp;

/**
 * One token of the annotated text.
 *
 * @param index  position in the document's token list
 * @param text   the token as it stands in the text (typographic quotes kept)
 * @param start  offset of its first character in the text
 * @param end    offset after its last character
 * @param pos    Penn Treebank part-of-speech tag
 * @param lemma  dictionary form, lower case for ordinary words
 * @param ner    named-entity label (PERSON, ORGANIZATION, LOCATION, MISC) or "O"
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner) {

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    /** A verb with tense (or a modal): "said", "says", "say", "will"; not "saying" or "said" as a participle. */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** An opening or closing quotation mark, as the tagger marks it or as typed. */
    public boolean isQuotationMark() {
        return pos.equals("``") || pos.equals("''") || text.equals("“") || text.equals("”") || text.equals("\"")
                || text.equals("«") || text.equals("»") || text.equals("„");
    }

    /** A dash that sets off an aside or a signature: "―", "—", "–" or "--" (not a hyphen). */
    public boolean isDash() {
        return text.equals("―") || text.equals("—") || text.equals("–") || text.equals("--");
    }

    public boolean hasEntityLabel() {
        return !ner.equals("O");
    }
}
