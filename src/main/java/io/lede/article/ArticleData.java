package io.lede.article;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lede.api.ApiException;
import io.lede.api.Problem.FieldError;
import io.lede.extract.LanguageCodes;
import io.lede.extract.LanguageDetector;

/**
 * A validated, normalised article: what the service stores. Built only through {@link #from(ArticleInput)}, which
 * reports every problem of the input at once, each with its field.
 */
public record ArticleData(
        String externalId,
        String url,
        String title,
        String summary,
        String body,
        List<String> authors,
        String source,
        String language,
        List<String> tags,
        Instant publishedAt) {

    static final int MAX_TITLE = 1_000;
    static final int MAX_SUMMARY = 10_000;
    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_URL = 2_048;
    static final int MAX_NAME = 200;
    static final int MAX_LIST = 100;

    /** A date as ingest reads {@code publishedAt}, if it reads as one; for dates that are shown, not validated. */
    static Optional<Instant> instantOf(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(Validation.parseInstant(text.strip()));
    }

    /** @throws ApiException (400) naming each invalid field */
    public static ArticleData from(ArticleInput in) {
        Validation v = new Validation();
        String title = v.prose("title", in.title(), MAX_TITLE, true);
        String body = v.prose("body", in.body(), Integer.MAX_VALUE, true);
        ArticleData data = new ArticleData(
                v.text("externalId", in.externalId(), MAX_EXTERNAL_ID, false),
                v.url(in.url()),
                title,
                v.prose("summary", in.summary(), MAX_SUMMARY, false),
                body,
                v.names("authors", in.authors()),
                v.prose("source", in.source(), MAX_NAME, false),
                v.language(in.language(), body),
                v.names("tags", in.tags()),
                v.instant("publishedAt", in.publishedAt()));
        if (!v.errors.isEmpty()) {
            throw ApiException.invalid(v.errors);
        }
        return data;
    }

    /** Scheme, then user info, host and the rest of a URL. */
    private static final Pattern AUTHORITY = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/?#@]*@)?([^/?#:]*)(.*)",
            Pattern.DOTALL);

    /** PostgreSQL's timestamps and ISO-8601's four-digit years both end here. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** Whether a date reads as one ingest stores: ISO-8601, in the years 1 to 9999 (in UTC). */
    static boolean isStorableDate(String text) {
        return instantOf(text).filter(ArticleData::inStorableYears).isPresent();
    }

    private static boolean inStorableYears(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    private static String withoutLoneSurrogates(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Collects every field error instead of stopping at the first. */
    private static final class Validation {
        final List<FieldError> errors = new ArrayList<>();

        /**
         * Text people read and search, in its {@link CanonicalText} form. Identifiers (externalId, url) are kept as
         * sent: a client finds its article again by the very string it stored.
         */
        String prose(String field, String value, int maxLength, boolean required) {
            return text(field, value == null || CanonicalText.isInvisible(value) ? null : CanonicalText.of(value),
                    maxLength, required);
        }

        String text(String field, String value, int maxLength, boolean required) {
            String cleaned = clean(value);
            if (cleaned == null) {
                if (required) {
                    errors.add(new FieldError(field, "is required and must not be blank"));
                }
                return null;
            }
            if (cleaned.length() > maxLength) {
                errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
            }
            return cleaned;
        }

        String url(String value) {
            String url = text("url", value, MAX_URL, false);
            if (url == null) {
                return null;
            }
            try {
                URI uri = new URI(withAsciiHost(url));
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    errors.add(new FieldError("url", "must be an absolute http or https URL"));
                    return url;
                }
                if (uri.getPort() == 0 || uri.getPort() > 65535) {
                    errors.add(new FieldError("url", "port must be 1 to 65535"));
                    return url;
                }
                return identity(uri, scheme, url);
            } catch (URISyntaxException e) {
                errors.add(new FieldError("url", "is not a valid URL: " + e.getReason()));
            }
            return url;
        }

        /**
         * "https://bücher.example/a" as "https://xn--bcher-kva.example/a": Java's URI reads only ASCII host names, and
         * the ASCII form is the one DNS and most crawlers use.
         */
        private static String withAsciiHost(String url) {
            Matcher m = AUTHORITY.matcher(url);
            if (!m.matches() || m.group(3).chars().allMatch(c -> c < 0x80)) {
                return url;
            }
            try {
                return m.group(1) + (m.group(2) == null ? "" : m.group(2)) + IDN.toASCII(m.group(3)) + m.group(4);
            } catch (IllegalArgumentException notAHostName) {
                return url;
            }
        }

        /**
         * One address per page, as an article's identity: "HTTPS://News.Example.org:443/a#comments" and
         * "https://news.example.org/a" are the same page (scheme and host are case-blind, the port is the default, a
         * fragment is a place on the page, unless it routes a single-page site: "#!/a"). The path and query are kept
         * as written: servers may tell them apart. Credentials ("https://user:secret@host/") are no part of a
         * page's address, and would be shown to everyone who searches.
         */
        private static String identity(URI uri, String scheme, String written) {
            int port = uri.getPort();
            boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            // "example.org." is the same host written fully qualified.
            String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
            StringBuilder identity = new StringBuilder(scheme).append("://");
            identity.append(host);
            if (port >= 0 && !defaultPort) {
                identity.append(':').append(port);
            }
            identity.append(uri.getRawPath() == null ? "" : uri.getRawPath());
            if (uri.getRawQuery() != null) {
                identity.append('?').append(uri.getRawQuery());
            }
            // "#!/story/12" and "#/story/12" route a single-page site to an article: part of its address.
            String fragment = uri.getRawFragment();
            if (fragment != null && (fragment.startsWith("!") || fragment.startsWith("/"))) {
                identity.append('#').append(fragment);
            }
            String result = identity.toString();
            return result.equals(written) ? written : result;
        }

        List<String> names(String field, List<String> values) {
            if (values == null) {
                return List.of();
            }
            // One entry per name whatever its case, as first written: a page's "Flooding" tag and its JSON-LD
            // keyword "flooding" are one tag, and would be two values of the tag facet.
            Map<String, String> unique = new LinkedHashMap<>();
            for (String value : values) {
                String cleaned = clean(value == null || CanonicalText.isInvisible(value) ? null
                        : CanonicalText.of(value));
                if (cleaned == null) {
                    continue;
                }
                if (cleaned.length() > MAX_NAME) {
                    errors.add(new FieldError(field, "entries must be at most " + MAX_NAME + " characters"));
                    return List.of();
                }
                unique.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
            }
            if (unique.size() > MAX_LIST) {
                errors.add(new FieldError(field, "must have at most " + MAX_LIST + " entries"));
            }
            return List.copyOf(unique.values());
        }

        /**
         * ISO 639-1; a BCP 47 tag such as {@code en-US} is reduced to its language. The client's language always
         * wins; without one, the language the body shows, if it shows one clearly (else none rather than a guess).
         */
        String language(String value, String body) {
            String tag = clean(value);
            if (tag == null) {
                return LanguageDetector.detect(body).orElse(null);
            }
            Optional<String> language = LanguageCodes.iso639_1(tag);
            if (language.isEmpty()) {
                errors.add(new FieldError("language", "must be an ISO 639-1 code such as \"en\""));
            }
            return language.orElse(null);
        }

        Instant instant(String field, String value) {
            String text = clean(value);
            if (text == null) {
                return null;
            }
            Instant instant = parseInstant(text);
            if (instant == null) {
                errors.add(new FieldError(field, "must be an ISO-8601 date or date-time, e.g. 2023-12-23T10:15:00Z"));
            } else if (!inStorableYears(instant)) {
                errors.add(new FieldError(field, "must be between the years 1 and 9999"));
                return null;
            }
            return instant;
        }

        private static Instant parseInstant(String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                // try the less precise forms below
            }
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                // try a date alone
            }
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /**
         * Trims; drops NUL characters, which PostgreSQL cannot store in text; and replaces unpaired UTF-16
         * surrogates (JSON allows them, UTF-8 cannot encode them) by U+FFFD, as the database would otherwise turn
         * them into "?" and an id would no longer equal itself. Blank becomes null.
         */
        private static String clean(String value) {
            if (value == null) {
                return null;
            }
            String cleaned = value.indexOf('\0') >= 0 ? value.replace("\0", "") : value;
            cleaned = withoutLoneSurrogates(cleaned);
            cleaned = cleaned.strip();
            return cleaned.isEmpty() ? null : cleaned;
        }
    }
}
