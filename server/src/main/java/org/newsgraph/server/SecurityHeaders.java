package org.newsgraph.server;

import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers that keep article text inert even if an escaping bug let markup through: scripts and
 * styles only from this origin (so no inline script can run), no plugins, no {@code <base>}
 * rewriting, and no content-type sniffing.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

    static final Map<String, String> ALL = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }
}
