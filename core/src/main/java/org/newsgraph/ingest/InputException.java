package org.newsgraph.ingest;

/** An input that cannot be read or is not a page; the message names the input and the reason. */
public final class InputException extends RuntimeException {
    private final String input;

    public InputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
    }

    public InputException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
