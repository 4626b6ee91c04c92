package io.lede.suggest;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Analysis of completions: words as the standard tokenizer splits them, lower-cased and folded to ASCII, so that
 * "zel", "Zel" and "Žel" all complete "Zelensky" and "Željko". No stemming and no stop words: a prefix is matched
 * against the words as written. Listed after the articles' own configurer in
 * {@code quarkus.hibernate-search-orm.elasticsearch.analysis.configurer}.
 */
@Dependent
@Named("suggestAnalysisConfigurer")
public class SuggestAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    public static final String ANALYZER = "lede_suggest";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(ANALYZER).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
