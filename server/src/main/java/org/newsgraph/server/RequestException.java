package org.newsgraph.server;

/**
 * A request that the server answers with an error status. The message is shown to the client, so
 * it must say what was wrong with the request and nothing about the server's internals.
 */
public abstract class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected RequestException(String message) {
        super(message);
    }

    /** The HTTP status of the answer. */
    public abstract int status();
}
