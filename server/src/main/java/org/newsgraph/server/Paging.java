package org.newsgraph.server;

/**
 * The {@code limit} and {@code offset} query parameters of a list, checked at the edge so that a
 * bad value is answered with a 400 that names it, never with a store error.
 */
record Paging(int limit, int offset) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** Parses the raw parameters; {@code null} or blank means "not given". */
    static Paging parse(String limit, String offset) {
        return new Paging(
                number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                number("offset", offset, 0, 0, Integer.MAX_VALUE));
    }

    private static int number(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String range = max == Integer.MAX_VALUE ? "a whole number >= " + min
                : "a whole number from " + min + " to " + max;
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw new BadRequestException(name + " must be " + range + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be " + range + ", got '" + abbreviate(raw) + "'");
        }
    }

    /** Echoing a request value is fine; echoing a megabyte of it is not. */
    private static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
