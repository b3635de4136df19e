package org.newsgraph.server;

/** The request names something that does not exist (an unknown article id): 404. */
public final class NotFoundException extends RequestException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }
}
