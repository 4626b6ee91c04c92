package io.lede.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

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

    private final ObjectReader reader;
    private final DocumentReader documents;

    public ArticleJson(ObjectMapper mapper, DocumentReader documents) {
        this.documents = documents;
        this.reader = mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * @throws ApiException 400 for malformed JSON, wrong types, invalid fields or more than one of body, html,
     *         markdown and text, every field's error at once; 413 when over the limit
     */
    public ArticleData read(InputStream json) throws IOException {
        Fields fields = readFields(json);
        try {
            ArticleData data = ArticleData.from(documents.resolve(fields.input()));
            fields.throwTypeErrors();
            return data;
        } catch (ApiException invalid) {
            throw fields.withTypeErrors(invalid);
        }
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
     * taken as their text, a list field takes a single value too.
     */
    private Fields readFields(InputStream json) throws IOException {
        JsonNode tree;
        try {
            tree = reader.readValue(json);
        } catch (DocumentTooLargeException e) {
            throw ApiException.tooLarge(e.limit());
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("No content")) {
                throw ApiException.malformed("The request body is empty: expected a JSON object");
            }
            throw ApiException.malformed("Malformed JSON" + where(e.getLocation()) + ": " + plain(e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            throw ApiException.malformed("The request body is empty: expected a JSON object");
        }
        if (!tree.isObject()) {
            throw ApiException.malformed("Expected a JSON object describing an article, got " + kind(tree));
        }
        List<FieldError> errors = new ArrayList<>();
        ArticleInput input = new ArticleInput(
                string(tree, "externalId", errors),
                string(tree, "url", errors),
                string(tree, "title", errors),
                string(tree, "summary", errors),
                string(tree, "body", errors),
                strings(tree, "authors", errors),
                string(tree, "source", errors),
                string(tree, "language", errors),
                strings(tree, "tags", errors),
                string(tree, "publishedAt", errors),
                string(tree, "html", errors),
                string(tree, "markdown", errors),
                string(tree, "text", errors));
        return new Fields(input, errors);
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

    private static String string(JsonNode article, String field, List<FieldError> errors) {
        JsonNode value = article.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        errors.add(new FieldError(field, "must be a string, not " + kind(value)));
        return null;
    }

    private static List<String> strings(JsonNode article, String field, List<FieldError> errors) {
        JsonNode value = article.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            errors.add(new FieldError(field, "must be a list of strings or a string, not " + kind(value)));
            return null;
        }
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode entry = value.get(i);
            if (entry.isNull()) {
                continue;
            }
            if (!entry.isValueNode()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a string, not " + kind(entry)));
                continue;
            }
            entries.add(entry.asText());
        }
        return entries;
    }

    private static String kind(JsonNode node) {
        return node.isObject() ? "an object" : node.isArray() ? "an array" : node.isTextual() ? "a string"
                : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "null";
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
