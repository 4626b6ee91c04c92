package io.lede.search;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Analysis of article text in the index. Defined here rather than relying on the engine's built-in {@code english}
 * analyzer so that Elasticsearch and OpenSearch analyse identically and accents fold ("café" finds "cafe").
 */
@Dependent
@Named("articleAnalysisConfigurer")
public class ArticleAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    /** Analyzer for English prose: title, summary and body. */
    public static final String TEXT = "lede_text";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(TEXT).custom()
                .tokenizer("standard")
                .tokenFilters("lede_english_possessive", "lowercase", "asciifolding", "lede_english_stop",
                        "lede_english_stemmer");
        context.tokenFilter("lede_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("lede_english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("lede_english_stemmer").type("stemmer").param("language", "english");
    }
}
