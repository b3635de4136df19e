/**
 * The HTTP API and web UI over a {@link org.newsgraph.store.RecordStore}.
 *
 * <p>{@link org.newsgraph.server.NewsgraphServer#create} is the only public entry point: it builds
 * a Javalin app with every route and every error mapping, without starting it. Pages are rendered
 * by small package-private classes ({@code ArticleListPage}, {@code ArticlePage},
 * {@code ArticleFacts}, {@code BodyMarkup}) that all pass record text through {@code Html}'s
 * escaping; no record text is ever written into a page as markup. Scripts and styles come from
 * {@code /static} on the class path, never inline, so that the Content-Security-Policy can forbid
 * inline code.
 */
package org.newsgraph.server;
