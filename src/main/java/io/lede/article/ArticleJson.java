package io.lede.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.lede.api.ApiException;
import io.lede.api.DocumentTooLargeException;

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
        this.reader = mapper.readerFor(ArticleInput.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * @throws ApiException 400 for malformed JSON, wrong types, invalid fields or more than one of body, html,
     *         markdown and text; 413 when over the limit
     */
    public ArticleData read(InputStream json) throws IOException {
        return ArticleData.from(documents.resolve(readInput(json)));
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
        try {
            ArticleInput input = reader.readValue(json);
            if (input == null) {
                throw ApiException.malformed("Expected a JSON object, got null");
            }
            return input;
        } catch (DocumentTooLargeException e) {
            throw ApiException.tooLarge(e.limit());
        } catch (MismatchedInputException e) {
            throw mismatch(e);
        } catch (JsonProcessingException e) {
            throw ApiException.malformed("Malformed JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
    }

    private static ApiException mismatch(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("No content")) {
                return ApiException.malformed("The request body is empty: expected a JSON object");
            }
            return ApiException.malformed("Expected a JSON object describing an article" + where(e.getLocation()));
        }
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String expected = e.getTargetType() == null ? "another type"
                : Collection.class.isAssignableFrom(e.getTargetType()) ? "an array of strings"
                        : e.getTargetType() == String.class ? "a string" : e.getTargetType().getSimpleName();
        return ApiException.invalid(field, "must be " + expected);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

}
