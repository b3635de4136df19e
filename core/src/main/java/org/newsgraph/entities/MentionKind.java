package org.newsgraph.entities;

/** How a mention names its entity; quote and event coding weigh them differently. */
public enum MentionKind {
    /** A proper name, with any title before it ("President Ilham Aliyev"). */
    NAME,
    /** A definite description ("the head of state", "the Azerbaijani leader"). */
    DESCRIPTION,
    /** A country by name or formal name ("Republic of Azerbaijan"). */
    COUNTRY_NAME,
    /** A country by adjective ("Pakistani"). */
    COUNTRY_ADJECTIVE,
    /** A country by its capital ("Moscow said"). */
    CAPITAL,
    ORGANIZATION,
    LOCATION
}
