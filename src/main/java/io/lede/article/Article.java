package io.lede.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;

import io.lede.search.DuplicatesBinder;
import io.lede.search.analysis.ArticleTextBinder;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A news article as stored in PostgreSQL and mapped into the search index.
 * <p>
 * Search hits are built from the index alone (every field a hit shows is projectable), so a search never costs a
 * database round-trip per hit.
 */
@io.lede.suggest.SuggestionSource
@Entity
@Table(name = "article")
@Indexed(index = Article.INDEX)
// Title, summary and body are indexed in the fields of the article's language.
@TypeBinding(binder = @TypeBinderRef(type = ArticleTextBinder.class))
// Sources, authors and addresses of the article's duplicates go with it: search shows each text once.
@TypeBinding(binder = @TypeBinderRef(type = DuplicatesBinder.class))
public class Article extends PanacheEntityBase {

    public static final String INDEX = "articles";

    @Id
    // Sorted on last in every search, so that hits with equal scores and dates keep one order across pages.
    @GenericField(name = "sortId", sortable = Sortable.YES, searchable = Searchable.NO)
    public UUID id;

    @Column(name = "external_id")
    @KeywordField(projectable = Projectable.YES)
    public String externalId;

    @KeywordField(projectable = Projectable.YES)
    public String url;

    // Searched through the language fields of ArticleTextBinder; kept here only to show in hits.
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    public String title;

    public String summary;

    public String body;

    // Indexed by DuplicatesBinder, with the authors of the article's duplicates.
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> authors = new ArrayList<>();

    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    public String source;

    @KeywordField(aggregable = Aggregable.YES)
    public String language;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(aggregable = Aggregable.YES)
    public List<String> tags = new ArrayList<>();

    @Column(name = "published_at")
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES, aggregable = Aggregable.YES)
    public Instant publishedAt;

    /** SHA-256 of the body's words, lower-cased: equal for the same text however it was formatted. */
    @Column(name = "body_hash")
    public String bodyHash;

    /** The article whose text this one repeats (another URL, same words); search shows only that one. */
    @Column(name = "duplicate_of")
    @GenericField(projectable = Projectable.YES)
    public UUID duplicateOf;

    /**
     * The articles repeating this one's text, oldest first; read-only (written through their {@code duplicateOf}).
     * They are indexed with this article, which ArticleService reindexes whenever one of them changes: Hibernate
     * Search cannot see those changes, made through a plain column. One-way on purpose: a duplicate holds no
     * reference to its original that could point at a deleted row.
     */
    @OneToMany
    @JoinColumn(name = "duplicate_of", insertable = false, updatable = false)
    @OrderBy("ingestedAt, id")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Article> duplicates = new ArrayList<>();

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Article> findByExternalId(String externalId) {
        return find("externalId", externalId).firstResultOptional();
    }

    public static Optional<Article> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }
}
