package io.lede.index;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.mapping.OutboxPollingSearchMapping;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Gives indexing events a new chance after an outage.
 * <p>
 * Hibernate Search retries a failed indexing event a few times and then marks it aborted; it never retries an
 * aborted event on its own. Without this, an article acknowledged during a search-cluster outage of more than about a
 * minute would silently stay missing from search. The database still holds it, so putting its event back in the
 * queue is enough.
 */
@ApplicationScoped
public class IndexingRecovery {

    private static final Logger LOG = Logger.getLogger(IndexingRecovery.class);

    private final SearchMapping searchMapping;

    public IndexingRecovery(SearchMapping searchMapping) {
        this.searchMapping = searchMapping;
    }

    @Scheduled(every = "${lede.index.aborted-retry-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reprocessAbortedEvents() {
        OutboxPollingSearchMapping outbox = searchMapping.extension(OutboxPollingExtension.get());
        long aborted = outbox.countAbortedEvents();
        if (aborted > 0) {
            int requeued = outbox.reprocessAbortedEvents();
            LOG.infof("Re-queued %d aborted indexing events (of %d) for another attempt", requeued, aborted);
        }
    }

    /** Indexing events that failed every attempt and wait for {@link #reprocessAbortedEvents()}. */
    public long abortedEvents() {
        return searchMapping.extension(OutboxPollingExtension.get()).countAbortedEvents();
    }
}
