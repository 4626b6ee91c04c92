package io.lede.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lede.api.ApiException;
import io.lede.api.DocumentTooLargeException;
import io.lede.api.Problem.FieldError;

/**
 * Reads one article from JSON and explains what is wrong with bad input: where the JSON breaks, or which field has
 * the wrong type. Parsing is done here rather than by the REST layer so that size limits and error messages are the
 * same for single posts and bulk lines. An article that carries a document instead of a body (html, markdown, text)
 * is extracted here too, so that every way in (post, put, bulk line, uploaded .json file) accepts it alike.
 */
@ApplicationScoped
public class ArticleJson {

    private static final Set<String> STRING_FIELDS = Set.of("externalId", "url", "title", "summary", "body",
            "source", "language", "publishedAt", "html", "markdown", "text");
    private static final Set<String> LIST_FIELDS = Set.of("authors", "tags");

    private final JsonFactory factory;
    private final DocumentReader documents;

    public ArticleJson(ObjectMapper mapper, DocumentReader documents) {
        this.documents = documents;
        this.factory = mapper.getFactory();
    }

    /**
     * @throws ApiException 400 for malformed JSON, wrong types, invalid fields or more than one of body, html,
     *         markdown and text, every field's error at once; 413 when over the limit
     */
    public ArticleData read(InputStream json) throws IOException {
        Fields fields = readFields(json);
        ArticleData data;
        try {
            data = ArticleData.from(documents.resolve(fields.input()));
        } catch (ApiException invalid) {
            throw fields.withTypeErrors(invalid);
        }
        fields.throwTypeErrors();
        return data;
    }

    public ArticleData read(byte[] json) throws IOException {
        return read(new ByteArrayInputStream(json));
    }

    /**
     * The article as sent, neither extracted nor validated.
     *
     * @throws ApiException 400 for malformed JSON or wrong types, 413 when over the limit
     */
    public ArticleInput readInput(InputStream json) throws IOException {
        Fields fields = readFields(json);
        fields.throwTypeErrors();
        return fields.input();
    }

    /**
     * The article's fields, each of the wrong type noted and left out, so that it is reported along with every
     * other invalid field rather than alone. Types are read as Jackson would bind them: numbers and booleans are
     * taken as their text as written, a list field takes a single value too. Read as a stream: other properties are
     * skipped unread, so that no JSON a client can send is built in memory beyond the article's own strings.
     */
    private Fields readFields(InputStream json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ApiException.malformed("The request body is empty: expected a JSON object");
            }
            if (first != JsonToken.START_OBJECT) {
                throw ApiException.malformed("Expected a JSON object describing an article, got " + kind(first));
            }
            Map<String, String> strings = new HashMap<>();
            Map<String, List<String>> lists = new HashMap<>();
            List<FieldError> errors = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                // Which of two values counts is up to each parser: the client meant one (Elasticsearch refuses too).
                if ((strings.containsKey(field) || lists.containsKey(field))
                        && errors.stream().noneMatch(e -> e.field().equals(field))) {
                    errors.add(new FieldError(field, "is given more than once"));
                }
                if (LIST_FIELDS.contains(field)) {
                    lists.put(field, strings(parser, field, value, errors));
                } else if (STRING_FIELDS.contains(field)) {
                    strings.put(field, string(parser, field, value, errors));
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw ApiException.malformed("Malformed JSON" + where(parser.currentLocation())
                        + ": more content after the article's closing brace");
            }
            ArticleInput input = new ArticleInput(strings.get("externalId"), strings.get("url"),
                    strings.get("title"), strings.get("summary"), strings.get("body"), lists.get("authors"),
                    strings.get("source"), strings.get("language"), lists.get("tags"), strings.get("publishedAt"),
                    strings.get("html"), strings.get("markdown"), strings.get("text"));
            return new Fields(input, errors);
        } catch (DocumentTooLargeException e) {
            throw ApiException.tooLarge(e.limit());
        } catch (JsonProcessingException e) {
            throw ApiException.malformed("Malformed JSON" + where(e.getLocation()) + ": " + plain(e.getOriginalMessage()));
        }
    }

    private record Fields(ArticleInput input, List<FieldError> typeErrors) {

        void throwTypeErrors() {
            if (!typeErrors.isEmpty()) {
                throw ApiException.invalid(typeErrors);
            }
        }

        /** The validation's errors and the type errors together, one per field, the type error first. */
        ApiException withTypeErrors(ApiException invalid) {
            if (typeErrors.isEmpty() || invalid.status() != 400 || invalid.errors().isEmpty()) {
                return typeErrors.isEmpty() ? invalid : ApiException.invalid(typeErrors);
            }
            Set<String> typed = new HashSet<>();
            typeErrors.forEach(error -> typed.add(error.field().replaceFirst("\\[.*", "")));
            List<FieldError> all = new ArrayList<>(typeErrors);
            invalid.errors().stream().filter(error -> !typed.contains(error.field())).forEach(all::add);
            return ApiException.invalid(all);
        }
    }

    private static String string(JsonParser parser, String field, JsonToken value, List<FieldError> errors)
            throws IOException {
        if (value.isScalarValue()) {
            return value == JsonToken.VALUE_NULL ? null : parser.getText();
        }
        errors.add(new FieldError(field, "must be a string, not " + kind(value)));
        parser.skipChildren();
        return null;
    }

    private static List<String> strings(JsonParser parser, String field, JsonToken value, List<FieldError> errors)
            throws IOException {
        if (value.isScalarValue()) {
            return value == JsonToken.VALUE_NULL ? null : List.of(parser.getText());
        }
        if (value != JsonToken.START_ARRAY) {
            errors.add(new FieldError(field, "must be a list of strings or a string, not " + kind(value)));
            parser.skipChildren();
            return null;
        }
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (JsonToken entry = parser.nextToken(); entry != JsonToken.END_ARRAY; entry = parser.nextToken(), i++) {
            if (entry == JsonToken.VALUE_NULL) {
                continue;
            }
            if (!entry.isScalarValue()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a string, not " + kind(entry)));
                parser.skipChildren();
                continue;
            }
            entries.add(parser.getText());
        }
        return entries;
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }

    /**
     * The parser's message without its internals: where an object started is said by line and column, and a limit
     * by its value, not by the setting's Java name.
     */
    private static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.replaceAll("\\[Source: [^;]*; ", "[")
                .replaceAll(", from `[^`]*`", "");
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
