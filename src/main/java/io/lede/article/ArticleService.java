package io.lede.article;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

import io.lede.api.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores articles. Every write is one database transaction holding the article row and, through Hibernate Search's
 * outbox, the event that will index it: once a write is acknowledged, the index will follow even if the search
 * cluster is down at that moment.
 * <p>
 * Identity: a posted article that carries a known {@code externalId}, or else a known {@code url}, updates that
 * article instead of creating a second one.
 */
@ApplicationScoped
public class ArticleService {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DEADLOCK = "40P01";

    /** The outcome of storing one article. */
    public record Stored(Article article, boolean created) {
    }

    public Optional<Article> find(UUID id) {
        return Article.findByIdOptional(id);
    }

    /** Creates the article, or updates the one with the same {@code externalId} or {@code url}. */
    public Stored upsert(ArticleData data) {
        return retryingOnRace(() -> upsertBatch(List.of(data)).get(0));
    }

    /**
     * Stores a batch in one transaction (fast path of bulk ingest): the articles the batch may update are looked
     * up in two queries, then inserts and updates go to the database in JDBC batches at commit. When the batch fails
     * as a whole, the caller falls back to {@link #upsert} line by line, so that one bad line never rejects the
     * others.
     */
    public List<Stored> upsertBatch(List<ArticleData> batch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // Each body hashed once: the locks, the originals looked up and the duplicate marks all use it.
            List<String> fingerprints = batch.stream().map(data -> BodyFingerprint.of(data.body())).toList();
            lockTexts(batch, fingerprints);
            KnownArticles known = KnownArticles.of(batch, fingerprints);
            Instant now = now();
            List<Stored> stored = new ArrayList<>(batch.size());
            Set<UUID> originals = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                ArticleData data = batch.get(i);
                Optional<Article> existing = known.identifiedBy(data);
                Article article = existing.orElseGet(() -> {
                    Article created = new Article();
                    created.id = UUID.randomUUID();
                    // A microsecond apart, in the batch's order: "oldest first" (the order of duplicates, and which
                    // one takes over from a deleted original) follows the lines rather than random ids.
                    created.ingestedAt = now.plus(stored.size(), ChronoUnit.MICROS);
                    return created;
                });
                String externalId = article.externalId;
                String url = article.url;
                addIfPresent(originals, article.duplicateOf);
                apply(article, data, now);
                // An update found by one identity keeps the other when the client leaves it out (PUT replaces all).
                article.externalId = data.externalId() == null ? externalId : data.externalId();
                article.url = data.url() == null ? url : data.url();
                known.fingerprint(article, fingerprints.get(i));
                addIfPresent(originals, article.duplicateOf);
                if (existing.isEmpty()) {
                    article.persist();
                }
                known.remember(article);
                stored.add(new Stored(article, existing.isEmpty()));
            }
            reindex(originals);
            // Surface unique-key violations here, as such, rather than at commit behind the outbox's own flush.
            Article.flush();
            return stored;
        });
    }

    /**
     * The stored articles a batch refers to, by externalId and by url, and the originals of its texts by
     * fingerprint, kept current as the batch proceeds.
     */
    private static final class KnownArticles {
        private final Map<String, Article> byExternalId = new HashMap<>();
        private final Map<String, Article> byUrl = new HashMap<>();
        private final Map<String, Article> originalByFingerprint = new HashMap<>();

        /** @param fingerprints the batch's bodies' fingerprints, in its order (null for short bodies) */
        static KnownArticles of(List<ArticleData> batch, List<String> fingerprints) {
            KnownArticles known = new KnownArticles();
            List<String> texts = fingerprints.stream().filter(Objects::nonNull).distinct().toList();
            if (!texts.isEmpty()) {
                Article.<Article> list("bodyHash in ?1 and duplicateOf is null", texts)
                        .forEach(a -> known.originalByFingerprint.putIfAbsent(a.bodyHash, a));
            }
            List<String> externalIds = batch.stream().map(ArticleData::externalId).filter(Objects::nonNull).toList();
            List<String> urls = batch.stream().map(ArticleData::url).filter(Objects::nonNull).toList();
            if (!externalIds.isEmpty()) {
                Article.<Article> list("externalId in ?1", externalIds).forEach(known::remember);
            }
            if (!urls.isEmpty()) {
                Article.<Article> list("url in ?1", urls).forEach(known::remember);
            }
            return known;
        }

        /** The article this data updates, if any; a conflict if its externalId and url name two articles. */
        Optional<Article> identifiedBy(ArticleData data) {
            Article byId = data.externalId() == null ? null : byExternalId.get(data.externalId());
            Article withUrl = data.url() == null ? null : byUrl.get(data.url());
            if (byId != null && withUrl != null && byId != withUrl) {
                throw ApiException.conflict("url", "already identifies article " + withUrl.id
                        + ", while externalId identifies article " + byId.id);
            }
            // The client's own id is not rewritten behind its back: a url that another of its ids already names
            // is a conflict, as above.
            if (byId == null && withUrl != null && data.externalId() != null && withUrl.externalId != null) {
                throw ApiException.conflict("externalId", "the url already identifies article " + withUrl.id
                        + ", whose externalId is " + withUrl.externalId);
            }
            return Optional.ofNullable(byId != null ? byId : withUrl);
        }

        /**
         * Marks the article a duplicate of the stored article with the same text under another identity, if any.
         * An original whose text changes hands its duplicates on first.
         *
         * @param fingerprint its body's fingerprint (null for a body too short to have one)
         */
        void fingerprint(Article article, String fingerprint) {
            if (article.bodyHash != null && !article.bodyHash.equals(fingerprint)) {
                // Later lines with the old text are duplicates of the article that takes over as its original.
                Article successor = promoteDuplicatesOf(article);
                if (originalByFingerprint.remove(article.bodyHash, article) && successor != null) {
                    originalByFingerprint.put(article.bodyHash, successor);
                }
            }
            article.bodyHash = fingerprint;
            if (fingerprint == null) {
                article.duplicateOf = null;
                return;
            }
            Article original = originalByFingerprint.get(fingerprint);
            article.duplicateOf = original == null || original == article || original.id.equals(article.id) ? null
                    : original.id;
            if (article.duplicateOf == null) {
                originalByFingerprint.putIfAbsent(fingerprint, article);
            }
        }

        void remember(Article article) {
            byExternalId.values().remove(article);
            byUrl.values().remove(article);
            if (article.externalId != null) {
                byExternalId.put(article.externalId, article);
            }
            if (article.url != null) {
                byUrl.put(article.url, article);
            }
        }
    }

    /**
     * Locks the texts a batch writes and those the articles it updates have now ({@link TextLocks}), before anything
     * about them is read.
     */
    private static void lockTexts(List<ArticleData> batch, List<String> stored) {
        List<String> externalIds = batch.stream().map(ArticleData::externalId).filter(Objects::nonNull).toList();
        List<String> urls = batch.stream().map(ArticleData::url).filter(Objects::nonNull).toList();
        TextLocks.lock(() -> {
            List<String> texts = new ArrayList<>(stored);
            if (!externalIds.isEmpty() || !urls.isEmpty()) {
                // Scalar, so that the articles themselves are read only once their texts are locked.
                texts.addAll(Article.getEntityManager().createQuery("select a.bodyHash from Article a where "
                        + "a.externalId in :externalIds or a.url in :urls", String.class)
                        .setParameter("externalIds", externalIds.isEmpty() ? List.of("") : externalIds)
                        .setParameter("urls", urls.isEmpty() ? List.of("") : urls)
                        .getResultList());
            }
            return texts;
        });
    }

    /** Locks the text article {@code id} has now, if it exists, and {@code more}. */
    private static void lockTextOf(UUID id, String... more) {
        TextLocks.lock(() -> {
            List<String> texts = new ArrayList<>(Arrays.asList(more));
            texts.addAll(Article.getEntityManager().createQuery("select a.bodyHash from Article a where a.id = :id",
                    String.class).setParameter("id", id).getResultList());
            return texts;
        });
    }

    /** Replaces every field of an existing article. */
    public Article replace(UUID id, ArticleData data) {
        return retryingOnRace(() -> QuarkusTransaction.requiringNew().call(() -> {
            String fingerprint = BodyFingerprint.of(data.body());
            lockTextOf(id, fingerprint);
            Article article = Article.<Article> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ApiException.notFound("No article with id " + id));
            checkNotClaimedByAnother(article, data);
            Set<UUID> originals = new HashSet<>();
            addIfPresent(originals, article.duplicateOf);
            apply(article, data, now());
            KnownArticles.of(List.of(data), Collections.singletonList(fingerprint)).fingerprint(article, fingerprint);
            addIfPresent(originals, article.duplicateOf);
            reindex(originals);
            Article.flush();
            return article;
        }));
    }

    /** @return false when there was no such article */
    public boolean delete(UUID id) {
        // Locking the row makes concurrent deletes wait for each other: the later ones then find nothing (404)
        // instead of failing on a row that vanished under them.
        return retryingOnRace(() -> QuarkusTransaction.requiringNew().call(() -> {
            lockTextOf(id);
            return Article.<Article> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(article -> {
                promoteDuplicatesOf(article);
                if (article.duplicateOf != null) {
                    reindex(Set.of(article.duplicateOf));
                }
                article.delete();
                return true;
            }).orElse(false);
        }));
    }

    /**
     * An original that goes away (deleted, or its text changed) leaves its duplicates without the article they
     * collapse into: the oldest becomes the original, the others its duplicates, so search shows the text again.
     *
     * @return the new original, or null when there were no duplicates
     */
    private static Article promoteDuplicatesOf(Article original) {
        List<Article> duplicates = Article.list("duplicateOf = ?1 order by ingestedAt, id", original.id);
        if (duplicates.isEmpty()) {
            return null;
        }
        Article successor = duplicates.get(0);
        successor.duplicateOf = null;
        for (Article duplicate : duplicates.subList(1, duplicates.size())) {
            duplicate.duplicateOf = successor.id;
        }
        return successor;
    }

    /**
     * Reindexes the originals whose duplicates changed: an original's document holds its duplicates' headlines,
     * sources and addresses, and Hibernate Search does not see changes made through {@code duplicateOf}, a plain
     * column. The outbox carries these updates as it carries the articles', in the same transaction.
     */
    private static void reindex(Set<UUID> originals) {
        SearchIndexingPlan plan = Search.session(Article.getEntityManager()).indexingPlan();
        for (UUID id : originals) {
            Article.<Article> findByIdOptional(id).ifPresent(plan::addOrUpdate);
        }
    }

    private static void addIfPresent(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }

    /** An update must not take over an externalId or url that identifies a different article. */
    private static void checkNotClaimedByAnother(Article article, ArticleData data) {
        if (data.externalId() != null && !data.externalId().equals(article.externalId)) {
            Article.findByExternalId(data.externalId()).filter(other -> !other.id.equals(article.id))
                    .ifPresent(other -> {
                        throw ApiException.conflict("externalId", "already identifies article " + other.id);
                    });
        }
        if (data.url() != null && !data.url().equals(article.url)) {
            Article.findByUrl(data.url()).filter(other -> !other.id.equals(article.id))
                    .ifPresent(other -> {
                        throw ApiException.conflict("url", "already identifies article " + other.id);
                    });
        }
    }

    private static void apply(Article article, ArticleData data, Instant now) {
        article.externalId = data.externalId();
        article.url = data.url();
        article.title = data.title();
        article.summary = data.summary();
        article.body = data.body();
        article.authors = new ArrayList<>(data.authors());
        article.source = data.source();
        article.language = data.language();
        article.tags = new ArrayList<>(data.tags());
        article.publishedAt = data.publishedAt();
        article.updatedAt = now;
    }

    /** PostgreSQL keeps microseconds; so do we, so that what we return equals what a later read returns. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Two clients posting the same new externalId at once both see "absent" and both insert; the unique index makes
     * one fail. Likewise an update can lose its row to a concurrent delete. Retrying once turns the loser into an
     * update of the winner's row (or a 404 for a vanished one).
     */
    private static <T> T retryingOnRace(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (!isLostRace(e)) {
                throw e;
            }
            try {
                return write.get();
            } catch (RuntimeException again) {
                if (isLostRace(again)) {
                    throw ApiException.conflict("id", "another request changed this article at the same time; retry");
                }
                throw again;
            }
        }
    }

    /**
     * A unique-key violation (SQLState 23505) or a row changed underneath us. Transactions and batches wrap the
     * original failure, sometimes only as the "next exception" of a batch, so look through all of them.
     */
    static boolean isLostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
                return true;
            }
            // Two writes waiting for each other's texts (TextLocks): PostgreSQL failed this one to free the other.
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (DEADLOCK.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return isUniqueViolation(e);
    }

    /**
     * A unique-key violation (SQLState 23505) among the causes, read from the driver rather than from a (localised)
     * message.
     */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            if (t instanceof ConstraintViolationException c && UNIQUE_VIOLATION.equals(c.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
