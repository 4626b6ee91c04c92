package io.lede.search;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;

import io.lede.search.analysis.TextField;
import io.lede.search.analysis.TextLanguage;

/**
 * How a query's words match articles and score them: every word in any language's title, summary or body, weighted
 * title above summary above body, with a bonus where consecutive words stand close together. The three predicates
 * are the steps a search falls back through: every word as written, every word allowing typing slips, some words.
 */
final class WordMatching {

    private static final SimpleQueryFlag[] SYNTAX = {SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
        SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE};
    private static final Pattern HYPHEN = Pattern.compile("-");
    /** Weight of a corrected word against the same word as written: exact matches rank first. */
    private static final float TYPO_WEIGHT = 0.2f;
    /** The first letter is taken as typed: slips there are rare, and it keeps the candidate words few. */
    private static final int TYPO_EXACT_PREFIX = 1;
    /**
     * Longer queries are questions typed as sentences: every one of their words, corrected or not, rarely stands in
     * one article, and expanding each into its near spellings costs more than the partial matches that follow
     * anyway. (Meilisearch reads no more than ten words of a query at all.)
     */
    static final int MAX_TYPO_TOLERANT_WORDS = 10;

    /**
     * Of the engine's limit of 1024 clauses a query (OpenSearch's {@code indices.query.bool.max_clause_count},
     * counted over the whole query), those its words may take: a word is a clause in the title, summary and body of
     * each language searched, twice where partial matches leave the full ones out. A pasted paragraph is read up to
     * as many words as that allows, at least 10 (Meilisearch reads 10): 100 in one language, 14 in all seven. Its
     * proximity pairs take at most {@link #PAIR_CLAUSES}; the rest is room for synonyms.
     */
    static final int WORD_CLAUSES = 600;
    static final int PAIR_CLAUSES = 240;

    /**
     * Two words of a pair within this many positions of each other, in any order, count as close: about a clause
     * apart.
     */
    static final int WINDOW_SLOP = 8;

    private final SearchConfig config;
    private final Set<TextLanguage> languages;

    /** @param languages the languages whose fields are searched */
    WordMatching(SearchConfig config, Set<TextLanguage> languages) {
        this.config = config;
        this.languages = languages;
    }

    /**
     * Articles with every word ({@link Match#ALL}) or with some ({@link Match#SOME}), as the query writes them, or
     * with every word allowing typing slips ({@link Match#TYPOS}), scored.
     */
    PredicateFinalStep scoring(SearchPredicateFactory f, String query, Match match) {
        String bounded = QueryWords.firstWords(query, maxWords());
        return withProximity(f, bounded, words(f, bounded, match));
    }

    /** The articles of {@link #scoring}, without the proximity bonus: what a later part of the list leaves out. */
    PredicateFinalStep selecting(SearchPredicateFactory f, String query, Match match) {
        return words(f, QueryWords.firstWords(query, maxWords()), match);
    }

    private PredicateFinalStep words(SearchPredicateFactory f, String bounded, Match match) {
        return match == Match.TYPOS ? withTypos(f, bounded) : asWritten(f, bounded, match);
    }

    private PredicateFinalStep asWritten(SearchPredicateFactory f, String query, Match match) {
        BooleanOperator operator = match == Match.SOME ? BooleanOperator.OR : BooleanOperator.AND;
        String syntax = QueryWords.engineSyntax(query);
        return inAnyLanguage(f, language -> {
            var words = syntax(f, language, syntax, operator);
            if (match == Match.SOME && config.fallbackMinimumShouldMatchPercent() > 0) {
                words.minimumShouldMatchPercent(config.fallbackMinimumShouldMatchPercent());
            }
            return words;
        });
    }

    /**
     * Articles with every word, each loose word also matching at one edit (5 to 8 letters) or two (9 and more): the
     * convention of Meilisearch and Elasticsearch's {@code AUTO:5,9}. The rest of the query (phrases, exclusions,
     * alternatives, prefixes) still matches as written.
     */
    private PredicateFinalStep withTypos(SearchPredicateFactory f, String query) {
        QueryWords.Split split = QueryWords.splitLooseWords(query);
        return inAnyLanguage(f, language -> {
            var all = f.bool();
            if (!split.rest().isBlank()) {
                all.must(syntax(f, language, split.rest(), BooleanOperator.AND));
            }
            for (String word : split.looseWords()) {
                // Each part of a hyphenated word by its own length: "flod-ready" allows "flod" no slip.
                for (String part : HYPHEN.split(word)) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    int edits = allowedEdits(part);
                    var written = word(f, language, part, 0);
                    all.must(edits == 0 ? written : f.bool().should(written).should(word(f, language, part, edits)));
                }
            }
            return all;
        });
    }

    /** Whether {@link #withTypos} can find anything {@link #asWritten} did not: a loose word long enough. */
    static boolean typosCanHelp(String query) {
        List<String> loose = QueryWords.splitLooseWords(query).looseWords();
        return loose.size() <= MAX_TYPO_TOLERANT_WORDS
                && loose.stream().flatMap(HYPHEN::splitAsStream).anyMatch(part -> allowedEdits(part) > 0);
    }

    /** Numbers are meant as typed: "60000" is not a slip of "60,000"'s "000" (nor 2024 of 2025). */
    static int allowedEdits(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        int letters = word.codePointCount(0, word.length());
        return letters >= 9 ? 2 : letters >= 5 ? 1 : 0;
    }

    /**
     * The words' score, plus a bonus where consecutive words of the query stand in the body as in the query (next
     * to each other, or only stop words apart) and a smaller one where they stand within a few words of each
     * other: a sequential dependence model. Measured on Cranfield this lifts nDCG@10 by 2–3% over the words alone.
     */
    private PredicateFinalStep withProximity(SearchPredicateFactory f, String query, PredicateFinalStep words) {
        // Pairs of every language's body, each a phrase of two terms or more, twice.
        List<String> pairs = QueryWords.pairs(query, PAIR_CLAUSES / (2 * 2 * languages.size()));
        if (pairs.isEmpty() || config.proximityBoost() <= 0) {
            return words;
        }
        var bool = f.bool().must(words);
        String[] body = paths(TextField.BODY);
        for (String pair : pairs) {
            bool.should(f.phrase().fields(body).matching(pair).boost(config.proximityBoost()));
            bool.should(f.phrase().fields(body).matching(pair).slop(WINDOW_SLOP).boost(config.proximityBoost()));
        }
        return bool;
    }

    /**
     * An article matches in its own language's fields, by that language's analysis: each language is asked on its
     * own. One query over every language's fields would require a word in every language that keeps it, so "the"
     * (a stop word in English, a word elsewhere) or "der" would be required of English or German articles in fields
     * they do not have, and "the storm" would find no English article with every word.
     */
    private PredicateFinalStep inAnyLanguage(SearchPredicateFactory f,
            Function<TextLanguage, PredicateFinalStep> inLanguage) {
        if (languages.size() == 1) {
            return inLanguage.apply(languages.iterator().next());
        }
        var any = f.bool();
        languages.forEach(language -> any.should(inLanguage.apply(language)));
        return any;
    }

    private SimpleQueryStringPredicateOptionsStep<?> syntax(SearchPredicateFactory f, TextLanguage language,
            String query, BooleanOperator operator) {
        var fields = f.simpleQueryString().field(TextField.TITLE.path(language)).boost(config.titleBoost())
                .field(TextField.SUMMARY.path(language)).boost(config.summaryBoost())
                .field(TextField.BODY.path(language));
        // Simple query syntax never fails on malformed input: stray quotes or operators degrade to plain words.
        // A word the language drops as a stop word drops out of the query.
        return fields.matching(query).defaultOperator(operator).flags(SYNTAX);
    }

    /**
     * One loose word in a language's fields, written ({@code edits} 0) or at most {@code edits} edits away, every
     * part of it required: "covid-19" analyses to two terms, and taking either would find any article with "19" as
     * a full match. Written natively for {@code zero_terms_query}, which the predicate DSL does not offer: a word the
     * language drops as a stop word then requires nothing, as it does in simple query syntax; its near spellings
     * ({@code zero_terms_query: none}) then find nothing.
     */
    private PredicateFinalStep word(SearchPredicateFactory f, TextLanguage language, String word, int edits) {
        JsonArray fields = new JsonArray();
        fields.add(TextField.TITLE.path(language) + "^" + config.titleBoost());
        fields.add(TextField.SUMMARY.path(language) + "^" + config.summaryBoost());
        fields.add(TextField.BODY.path(language));
        JsonObject match = new JsonObject();
        match.addProperty("query", word);
        match.add("fields", fields);
        // Scores add up over the fields, as the other predicates' do.
        match.addProperty("type", "most_fields");
        match.addProperty("operator", "and");
        if (edits == 0) {
            match.addProperty("zero_terms_query", "all");
        } else {
            match.addProperty("fuzziness", edits);
            match.addProperty("prefix_length", TYPO_EXACT_PREFIX);
            match.addProperty("boost", TYPO_WEIGHT);
        }
        JsonObject multiMatch = new JsonObject();
        multiMatch.add("multi_match", match);
        return f.extension(ElasticsearchExtension.get()).fromJson(multiMatch);
    }

    /** How many distinct words of a plain query are matched: see {@link #WORD_CLAUSES}. */
    private int maxWords() {
        return Math.max(MAX_TYPO_TOLERANT_WORDS, WORD_CLAUSES / (2 * TextField.values().length * languages.size()));
    }

    /** The text's fields in the languages searched. */
    private String[] paths(TextField text) {
        return languages.stream().map(text::path).toArray(String[]::new);
    }
}
