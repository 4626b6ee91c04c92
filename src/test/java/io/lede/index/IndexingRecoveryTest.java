package io.lede.index;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.lede.testsupport.Eventually;
import io.lede.testsupport.SearchEngine;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An article acknowledged while the search cluster refuses writes still reaches search once the cluster recovers,
 * even after Hibernate Search has given up on its indexing event.
 * <p>
 * The outage is the one Elasticsearch and OpenSearch impose themselves when a disk fills up: a
 * {@code read_only_allow_delete} block on the index. Searches keep working meanwhile, which lets the test watch.
 */
@QuarkusTest
class IndexingRecoveryTest {

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts")
    String searchHost;

    @Inject
    IndexingRecovery recovery;

    @Test
    void anArticleWrittenDuringAnOutageIsSearchableAfterIt() throws Exception {
        String word = uniqueWord();
        long abortedBefore = recovery.abortedEvents();
        blockIndexWrites(true);

        String id = post(article("Written during the outage " + word, "Body.")).getString("id");

        // Hibernate Search retries, then gives up: the event is aborted, the article not searchable.
        Eventually.until(Duration.ofSeconds(60), recovery::abortedEvents, aborted -> aborted > abortedBefore);
        assertThat(search(word).getList("hits")).isEmpty();

        blockIndexWrites(false);

        assertThat(awaitSearch(word, r -> r.getList("hits").size() == 1).getString("hits[0].id")).isEqualTo(id);
        assertThat(recovery.abortedEvents()).isZero();
    }

    @AfterEach
    void unblock() throws Exception {
        blockIndexWrites(false);
    }

    private void blockIndexWrites(boolean blocked) throws IOException, InterruptedException {
        SearchEngine.blockIndexWrites(searchHost, blocked);
    }
}
