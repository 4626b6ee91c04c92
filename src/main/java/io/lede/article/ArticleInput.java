package io.lede.article;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An article as a client sends it, before validation. Lists also accept a single string ({@code "authors": "Jane
 * Doe"}); unknown properties are ignored so that records exported from other systems can be posted as they are.
 *
 * @param publishedAt an ISO-8601 instant, offset date-time, local date-time (taken as UTC) or date
 */
public record ArticleInput(
        String externalId,
        String url,
        String title,
        String summary,
        String body,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> authors,
        String source,
        String language,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tags,
        String publishedAt) {
}
