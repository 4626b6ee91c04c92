package io.lede.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import io.lede.article.Article;

/**
 * Search shows a text once, as its original, so the original's document speaks for its duplicates too (the same
 * text under other URLs): filtering and counting by source or author finds the story wherever it appeared, and each
 * hit lists the other addresses it is at. The duplicates' headlines are searched with the original's summary (see
 * {@link io.lede.search.analysis.ArticleTextBinder}).
 */
public class DuplicatesBinder implements TypeBinder {

    /** Every source that published the text: the article's own, then its duplicates'. Filtered and counted. */
    public static final String SOURCES = "sources";
    /** Every author named on the text, the article's own first. Filtered and counted. */
    public static final String AUTHORS = "authors";
    /** The duplicates themselves ({@code id}, {@code url}, {@code source}, {@code title}), shown with a hit. */
    public static final String DUPLICATES = "duplicates";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("source").use("authors")
                .use("duplicates.id").use("duplicates.url").use("duplicates.source").use("duplicates.title")
                .use("duplicates.authors");
        var schema = context.indexSchemaElement();
        var keyword = context.typeFactory().asString().aggregable(Aggregable.YES).toIndexFieldType();
        IndexFieldReference<String> sources = schema.field(SOURCES, keyword).multiValued().toReference();
        IndexFieldReference<String> authors = schema.field(AUTHORS, keyword).multiValued().toReference();
        // Nested, so that each duplicate's url and source are read back together.
        IndexSchemaObjectField duplicate = schema.objectField(DUPLICATES, ObjectStructure.NESTED).multiValued();
        var shown = context.typeFactory().asString().projectable(Projectable.YES).searchable(Searchable.NO)
                .toIndexFieldType();
        context.bridge(Article.class, new Bridge(sources, authors, duplicate.toReference(),
                duplicate.field("id", shown).toReference(), duplicate.field("url", shown).toReference(),
                duplicate.field("source", shown).toReference(), duplicate.field("title", shown).toReference()));
    }

    private record Bridge(IndexFieldReference<String> sources, IndexFieldReference<String> authors,
            IndexObjectFieldReference duplicate, IndexFieldReference<String> id, IndexFieldReference<String> url,
            IndexFieldReference<String> source, IndexFieldReference<String> title) implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            Set<String> sourceNames = new LinkedHashSet<>();
            // Each spelling as stored: the author filter matches exactly, so "olga o" on a copy must find the story
            // as "Olga O" on the original does (the facet then shows both).
            Set<String> authorNames = new LinkedHashSet<>(article.authors);
            addIfPresent(sourceNames, article.source);
            for (Article copy : article.duplicates) {
                addIfPresent(sourceNames, copy.source);
                authorNames.addAll(copy.authors);
                DocumentElement shown = target.addObject(duplicate);
                shown.addValue(id, copy.id.toString());
                shown.addValue(url, copy.url);
                shown.addValue(source, copy.source);
                shown.addValue(title, copy.title);
            }
            sourceNames.forEach(name -> target.addValue(sources, name));
            authorNames.forEach(name -> target.addValue(authors, name));
        }

        private static void addIfPresent(Set<String> names, String name) {
            if (name != null) {
                names.add(name);
            }
        }
    }
}
