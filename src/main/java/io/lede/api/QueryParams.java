package io.lede.api;

/** Parsing of query parameters shared by the resources, into 400s that name the parameter and the reason. */
public final class QueryParams {

    private QueryParams() {
    }

    public static int intParam(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a whole number, got \"" + raw + "\"");
        }
        if (value < min || value > max) {
            throw ApiException.invalid(name, max != Integer.MAX_VALUE ? "must be between " + min + " and " + max
                    : value < min ? "must be at least " + min : "is too large, got " + raw.strip());
        }
        return (int) value;
    }

    public static boolean onOff(String name, String raw, boolean defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw ApiException.invalid(name, "must be on or off, got \"" + raw + "\"");
        };
    }
}
