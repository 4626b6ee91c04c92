package io.lede.search;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.lede.api.QueryParams;

/** The query parameters of {@code GET /api/search}, as sent; {@link #toRequest} validates them. */
public class SearchParams {

    @QueryParam("q")
    @Parameter(description = "Words to find; all must match (when none has them all: allowing typos, then the "
            + "articles with most of them). \"quotes\" for a phrase, -word to exclude, a OR b (or a | b) for either, "
            + "pre* for a prefix; NOT and AND as in Lucene. Malformed syntax is read as plain words. Empty: browse, "
            + "newest first.",
            schema = @Schema(maxLength = 500))
    public String q;

    @QueryParam("page")
    @Parameter(description = "1-based page number (page × size ≤ 10000; use cursor beyond)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Hits per page, 1 to 100, default 10",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "10"))
    public String size;

    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page: continues the same result list at any depth. size, "
            + "facets and highlighting may change between pages; another q, filter, sort, typos or recency is a 400")
    public String cursor;

    @QueryParam("sort")
    @Parameter(description = "relevance (default; ties newest first), newest or oldest (articles without a date "
            + "last)",
            schema = @Schema(enumeration = { "relevance", "newest", "oldest" }, defaultValue = "relevance"))
    public String sort;

    @QueryParam("source")
    @Parameter(description = "Only articles from this source (repeatable: any of them); a duplicate's "
            + "source selects its original")
    public List<String> sources;

    @QueryParam("author")
    @Parameter(description = "Only articles by this author (repeatable: any of them); a duplicate's author "
            + "selects its original")
    public List<String> authors;

    @QueryParam("language")
    @Parameter(description = "Only articles in this language, ISO 639-1 such as en (repeatable: any of them)")
    public List<String> languages;

    @QueryParam("tag")
    @Parameter(description = "Only articles with this tag (repeatable: any of them)")
    public List<String> tags;

    @QueryParam("from")
    @Parameter(description = "Only articles published on or after this day (ISO date, UTC)",
            schema = @Schema(format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Only articles published on or before this day (ISO date, UTC)",
            schema = @Schema(format = "date"))
    public String to;

    @QueryParam("typos")
    @Parameter(description = "on (default): when no article has every word as written, words of 5 to 8 letters "
            + "also match at one typing slip, 9 and more at two, always ranked below exact matches. off: never",
            schema = @Schema(enumeration = { "on", "off" }, defaultValue = "on"))
    public String typos;

    @QueryParam("recency")
    @Parameter(description = "How much relevance favours recent articles: off, mild (default) or strong. "
            + "Articles without a date are not demoted",
            schema = @Schema(enumeration = { "off", "mild", "strong" }, defaultValue = "mild"))
    public String recency;

    @QueryParam("facets")
    @Parameter(description = "Facets to count: source, author, language, tag, published (repeatable or "
            + "comma-separated); default all, none for none. Each ignores its own filter")
    public List<String> facets;

    @QueryParam("highlight")
    @Parameter(description = "Body fragments per hit, 0 to 10, default 3",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10", defaultValue = "3"))
    public String highlight;

    @QueryParam("fragmentSize")
    @Parameter(description = "Characters per body fragment, about; 20 to 1000, default 160",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "20", maximum = "1000", defaultValue = "160"))
    public String fragmentSize;

    @QueryParam("highlightPreTag")
    @Parameter(description = "Text put before each matched word, default <mark>")
    public String highlightPreTag;

    @QueryParam("highlightPostTag")
    @Parameter(description = "Text put after each matched word, default </mark>")
    public String highlightPostTag;

    /** Validates the parameters, answering 400 with the parameter and the reason for bad values. */
    public SearchRequest toRequest(SearchConfig defaults) {
        return SearchRequest.of(q, page, size, cursor, sort,
                SearchFilters.parse(sources, authors, languages, tags, from, to),
                QueryParams.onOff("typos", typos, defaults.typos()),
                Recency.parse(recency, defaults.recency()),
                Highlighting.parse(highlight, fragmentSize, highlightPreTag, highlightPostTag),
                Facet.parse(facets));
    }
}
