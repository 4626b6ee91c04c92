package io.lede.search.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import io.lede.article.Article;
import io.lede.article.IndexedBody;

/**
 * Indexes an article's title, summary and body into the fields of its language ({@code title_en}, {@code body_ru},
 * ...), analysed by that language's rules. Unknown and unsupported languages go to the {@code _other} fields.
 * <p>
 * The headlines of the article's duplicates (its text under other URLs, which search does not show) are searched
 * with its summary: a query for the headline another outlet gave the story finds the story. Not with its title,
 * whose highlight stands for the headline a hit shows.
 */
public class ArticleTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("language").use("title").use("summary").use("body")
                .use("duplicates.title").use("duplicates.language");
        Map<TextField, Map<TextLanguage, IndexFieldReference<String>>> fields = new EnumMap<>(TextField.class);
        for (TextField text : TextField.values()) {
            Map<TextLanguage, IndexFieldReference<String>> byLanguage = new EnumMap<>(TextLanguage.class);
            for (TextLanguage language : TextLanguage.values()) {
                var field = context.indexSchemaElement()
                        .field(text.path(language), f -> {
                            var type = f.asString().analyzer(language.analyzer())
                                    .searchAnalyzer(language.searchAnalyzer());
                            // Term vectors with offsets let the highlighter find fragments without re-analysing
                            // long bodies.
                            return text == TextField.SUMMARY ? type : type.highlightable(List.of(Highlightable.ANY))
                                    .termVector(TermVector.WITH_POSITIONS_OFFSETS);
                        });
                // The summary fields also hold the duplicates' headlines.
                byLanguage.put(language, (text == TextField.SUMMARY ? field.multiValued() : field).toReference());
            }
            fields.put(text, byLanguage);
        }
        context.bridge(Article.class, new Bridge(fields));
    }

    private record Bridge(Map<TextField, Map<TextLanguage, IndexFieldReference<String>>> fields)
            implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            TextLanguage language = TextLanguage.of(article.language);
            add(target, TextField.TITLE, language, article.title);
            add(target, TextField.SUMMARY, language, article.summary);
            add(target, TextField.BODY, language, IndexedBody.truncate(article.body));
            for (Article duplicate : article.duplicates) {
                if (!Objects.equals(duplicate.title, article.title)) {
                    add(target, TextField.SUMMARY, TextLanguage.of(duplicate.language), duplicate.title);
                }
            }
        }

        private void add(DocumentElement target, TextField text, TextLanguage language, String value) {
            if (value != null) {
                target.addValue(fields.get(text).get(language), value);
            }
        }
    }
}
