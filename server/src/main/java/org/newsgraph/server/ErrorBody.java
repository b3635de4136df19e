package org.newsgraph.server;

/** The one JSON shape of every API error: {@code {"error": "...", "status": 404}}. */
record ErrorBody(String error, int status) {}
