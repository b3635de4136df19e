/**
 * From a page to the {@link org.newsgraph.model.Article} a reader sees: metadata, and body
 * paragraphs without the page's chrome (menus, share bars, text-size widgets, source lines).
 */
package org.newsgraph.extract;
