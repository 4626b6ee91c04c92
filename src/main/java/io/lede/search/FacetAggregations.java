package io.lede.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.hibernate.search.backend.elasticsearch.search.query.dsl.ElasticsearchSearchQueryOptionsStep;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;

/** The aggregations behind {@link FacetCounts}: terms per keyword facet, a monthly histogram for publication. */
final class FacetAggregations {

    private static final Map<Facet, AggregationKey<Map<String, Long>>> TERMS = new EnumMap<>(Facet.class);
    private static final AggregationKey<JsonObject> MONTHS = AggregationKey.of("published");

    static {
        for (Facet facet : Facet.values()) {
            if (facet != Facet.PUBLISHED) {
                TERMS.put(facet, AggregationKey.of(facet.json()));
            }
        }
    }

    private FacetAggregations() {
    }

    /** Adds to {@code query} the aggregations counting {@code facets}, the {@code size} commonest values each. */
    static void request(ElasticsearchSearchQueryOptionsStep<?, ?, ?> query, Set<Facet> facets, int size) {
        for (Facet facet : facets) {
            if (facet == Facet.PUBLISHED) {
                // No date histogram in Hibernate Search's own DSL: the engines' JSON, which both read alike.
                query.aggregation(MONTHS, f -> f.fromJson("{\"date_histogram\": {\"field\": \"publishedAt\", "
                        + "\"calendar_interval\": \"month\", \"format\": \"yyyy-MM\", \"min_doc_count\": 1}}"));
            } else {
                query.aggregation(TERMS.get(facet), f -> f.terms().field(facet.field(), String.class)
                        .maxTermCount(size));
            }
        }
    }

    /**
     * The counts of {@code facets}, each read from the result {@code resultFor} gives for it; null when no facet
     * was asked for.
     */
    static FacetCounts read(Set<Facet> facets, Function<Facet, SearchResult<?>> resultFor) {
        if (facets.isEmpty()) {
            return null;
        }
        return new FacetCounts(
                terms(facets, Facet.SOURCE, resultFor),
                terms(facets, Facet.AUTHOR, resultFor),
                terms(facets, Facet.LANGUAGE, resultFor),
                terms(facets, Facet.TAG, resultFor),
                facets.contains(Facet.PUBLISHED) ? published(resultFor.apply(Facet.PUBLISHED).aggregation(MONTHS))
                        : null);
    }

    private static List<FacetCounts.Count> terms(Set<Facet> facets, Facet facet,
            Function<Facet, SearchResult<?>> resultFor) {
        if (!facets.contains(facet)) {
            return null;
        }
        return resultFor.apply(facet).aggregation(TERMS.get(facet)).entrySet().stream()
                .map(entry -> new FacetCounts.Count(entry.getKey(), entry.getValue())).toList();
    }

    private static FacetCounts.Published published(JsonObject histogram) {
        List<FacetCounts.Count> months = new ArrayList<>();
        Map<String, Long> years = new LinkedHashMap<>();
        for (JsonElement bucket : histogram.getAsJsonArray("buckets")) {
            JsonObject month = bucket.getAsJsonObject();
            String key = month.get("key_as_string").getAsString();
            long count = month.get("doc_count").getAsLong();
            months.add(new FacetCounts.Count(key, count));
            years.merge(key.substring(0, key.indexOf('-', 1)), count, Long::sum);
        }
        return new FacetCounts.Published(
                years.entrySet().stream().map(e -> new FacetCounts.Count(e.getKey(), e.getValue())).toList(),
                months);
    }
}
