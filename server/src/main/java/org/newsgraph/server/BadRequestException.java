package org.newsgraph.server;

/** A request parameter is malformed or out of range: 400. */
public final class BadRequestException extends RequestException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 400;
    }
}
