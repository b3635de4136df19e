/**
 * Quotations and who said them: direct quotes between quotation marks of every style, indirect
 * speech after reporting verbs, and the speaker of each resolved to a named entity of the document
 * through names, titles, descriptions, pronouns and the order of the conversation.
 */
package org.newsgraph.quotes;
