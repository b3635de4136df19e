/**
 * Finds the people, organisations, countries and places of a document and groups every mention of
 * each ("Ilham Aliyev", "President Aliyev", "the head of state") into one entity with its country,
 * sector and titles.
 */
package org.newsgraph.entities;
