package io.lede.search.analysis;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Analysis of article text, one analyzer per {@link TextLanguage}. Defined here rather than taken from the engines'
 * built-in language analyzers so that Elasticsearch and OpenSearch analyse identically, and so that each has a
 * search-time twin with the {@link Synonyms} (synonyms applied to queries only can be edited without reindexing) and
 * a twin that gives stems only, which reads an article's terms for more-like-this.
 */
@Dependent
@Named("articleAnalysisConfigurer")
public class ArticleAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String SYNONYMS = "lede_synonyms";
    /**
     * Indexing keeps each word as written beside its stem, at the same position, so that {@code negotiat*} finds
     * "negotiation" although the stem indexed is "negoti": prefixes are not stemmed (a stemmer cannot read half a
     * word). Queries are analysed without it and still match stems only; the extra terms do raise the average field
     * length BM25 divides by (measured on Cranfield: nDCG@10 0.3817 to 0.3765, index 14% larger). Lucene's recipe:
     * keyword_repeat before the stemmer, remove_duplicates where the stem is the word. The Ukrainian stemmer is a pattern, which ignores the
     * keyword mark, so Ukrainian prefixes still only match up to the stem.
     */
    private static final String KEEP_WORD = "keyword_repeat";
    private static final String ONE_TOKEN_WHERE_THE_STEM_IS_THE_WORD = "remove_duplicates";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        List<String> synonyms = Synonyms.load();
        // Each chain: the filters before the synonyms (which read the synonym rules through them too), then those
        // after (stop words, stemming), so that "Zelenskyy" expands before either touches it.
        boolean withSynonyms = !synonyms.isEmpty();
        language(context, withSynonyms, TextLanguage.ENGLISH, List.of("lede_possessive_english", "lowercase", "asciifolding"),
                List.of("lede_stop_english", KEEP_WORD, "lede_stem_english"));
        language(context, withSynonyms, TextLanguage.RUSSIAN, List.of("lowercase", "lede_yo"),
                List.of("lede_stop_russian", KEEP_WORD, "lede_stem_russian"));
        language(context, withSynonyms, TextLanguage.UKRAINIAN, List.of("lowercase", "lede_apostrophe_uk"),
                List.of("lede_stop_ukrainian", "lede_stem_ukrainian"));
        language(context, withSynonyms, TextLanguage.GERMAN, List.of("lowercase"),
                List.of("lede_stop_german", "german_normalization", KEEP_WORD, "lede_stem_german"));
        language(context, withSynonyms, TextLanguage.FRENCH, List.of("lede_elision_french", "lowercase"),
                List.of("lede_stop_french", KEEP_WORD, "lede_stem_french", "asciifolding"));
        language(context, withSynonyms, TextLanguage.SPANISH, List.of("lowercase"),
                List.of("lede_stop_spanish", KEEP_WORD, "lede_stem_spanish", "asciifolding"));
        language(context, withSynonyms, TextLanguage.OTHER, List.of("lowercase", "asciifolding"), List.of());

        context.tokenFilter("lede_possessive_english").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("lede_stop_english").type("stop").param("stopwords", "_english_");
        context.tokenFilter("lede_stem_english").type("stemmer").param("language", "english");

        // "ё" is written as "е" in most Russian text: fold it so both spellings match.
        context.tokenFilter("lede_yo").type("pattern_replace").param("pattern", "ё").param("replacement", "е");
        context.tokenFilter("lede_stop_russian").type("stop").param("stopwords", "_russian_");
        context.tokenFilter("lede_stem_russian").type("stemmer").param("language", "russian");

        // The engines ship no Ukrainian stemmer without a plugin: stop words and a light stemmer that strips the
        // common case and number endings, keeping at least three letters ("переговорів", "переговори" ->
        // "переговор"). Typographic and ASCII apostrophes ("м'ясо", "м’ясо") are made one.
        context.tokenFilter("lede_apostrophe_uk").type("pattern_replace").param("pattern", "[’ʼ`]")
                .param("replacement", "'");
        context.tokenFilter("lede_stop_ukrainian").type("stop").param("stopwords", UkrainianWords.STOP_WORDS);
        context.tokenFilter("lede_stem_ukrainian").type("pattern_replace")
                .param("pattern", UkrainianWords.INFLECTION_ENDING).param("replacement", "");

        context.tokenFilter("lede_stop_german").type("stop").param("stopwords", "_german_");
        context.tokenFilter("lede_stem_german").type("stemmer").param("language", "light_german");

        context.tokenFilter("lede_elision_french").type("elision").param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu",
                        "puisqu");
        context.tokenFilter("lede_stop_french").type("stop").param("stopwords", "_french_");
        context.tokenFilter("lede_stem_french").type("stemmer").param("language", "light_french");

        context.tokenFilter("lede_stop_spanish").type("stop").param("stopwords", "_spanish_");
        context.tokenFilter("lede_stem_spanish").type("stemmer").param("language", "spanish");

        // Graph synonyms are for queries only; "lenient" skips a rule that a language's chain cannot read (e.g. a
        // rule made only of that language's stop words) instead of failing the whole index.
        if (withSynonyms) {
            context.tokenFilter(SYNONYMS).type("synonym_graph").param("lenient", true)
                    .param("synonyms", synonyms.toArray(String[]::new));
        }
    }

    private static void language(ElasticsearchAnalysisConfigurationContext context, boolean withSynonyms,
            TextLanguage language, List<String> beforeSynonyms, List<String> afterSynonyms) {
        List<String> indexing = new ArrayList<>(beforeSynonyms);
        indexing.addAll(afterSynonyms);
        if (afterSynonyms.contains(KEEP_WORD)) {
            indexing.add(ONE_TOKEN_WHERE_THE_STEM_IS_THE_WORD);
        }
        List<String> stems = new ArrayList<>(beforeSynonyms);
        afterSynonyms.stream().filter(filter -> !filter.equals(KEEP_WORD)).forEach(stems::add);
        List<String> searching = new ArrayList<>(beforeSynonyms);
        if (withSynonyms) {
            searching.add(SYNONYMS);
        }
        searching.addAll(stems.subList(beforeSynonyms.size(), stems.size()));
        context.analyzer(language.analyzer()).custom().tokenizer("standard")
                .tokenFilters(indexing.toArray(String[]::new));
        context.analyzer(language.searchAnalyzer()).custom().tokenizer("standard")
                .tokenFilters(searching.toArray(String[]::new));
        context.analyzer(language.termsAnalyzer()).custom().tokenizer("standard")
                .tokenFilters(stems.toArray(String[]::new));
    }
}
