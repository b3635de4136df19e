package org.newsgraph.store;

/**
 * A store could not do what was asked. The message names the store file and the operation, so a
 * user who runs several stores can tell which one failed and why.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
