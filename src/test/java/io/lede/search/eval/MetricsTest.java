package io.lede.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measures against values worked out by hand, following trec_eval's definitions. */
class MetricsTest {

    private static final double EPSILON = 1e-9;

    /*
     * Query a: d1 level 3, d2 level 1, d4 level 2 are relevant (3 in all), d3 judged not relevant.
     * Ranking d2 d3 d1 d5:
     *   P@10       = 2 / 10                                  = 0.2
     *   AP         = (1/1 + 2/3) / 3                         = 0.555…
     *   Recall@100 = 2 / 3
     *   DCG@10     = 1/log2(2) + 3/log2(4)                   = 2.5
     *   ideal      = 3/log2(2) + 2/log2(3) + 1/log2(4)       = 3.5 + 2/log2(3)
     * Query b: e1 relevant, nothing retrieved (absent from the run): 0 everywhere, still counted.
     * Query c: only a non-relevant judgment: left out.
     */
    private static final Qrels QRELS = new Qrels(Map.of(
            "a", Map.of("d1", 3, "d2", 1, "d3", 0, "d4", 2),
            "b", Map.of("e1", 1),
            "c", Map.of("f1", 0)));

    @Test
    void oneQueryByHand() {
        Metrics.QueryScore a = Metrics.score("a", List.of("d2", "d3", "d1", "d5"), QRELS);

        double ideal = 3.5 + 2 / log2(3);
        assertThat(a.ndcg10()).isCloseTo(2.5 / ideal, within(EPSILON));
        assertThat(a.ndcg10()).isCloseTo(0.525005, within(1e-6));
        assertThat(a.averagePrecision()).isCloseTo((1 + 2.0 / 3) / 3, within(EPSILON));
        assertThat(a.precision10()).isCloseTo(0.2, within(EPSILON));
        assertThat(a.recall100()).isCloseTo(2.0 / 3, within(EPSILON));
        assertThat(a.relevant()).isEqualTo(3);
        assertThat(a.retrieved()).isEqualTo(4);
    }

    @Test
    void meansOverQueriesWithRelevantDocumentsCountingUnansweredOnesAsZero() {
        Metrics.Summary summary = Metrics.evaluate(Map.of("a", List.of("d2", "d3", "d1", "d5"), "c", List.of("f1")),
                QRELS);

        assertThat(summary.queries()).isEqualTo(2);
        assertThat(summary.empty()).isEqualTo(1);
        assertThat(summary.ndcg10()).isCloseTo(2.5 / (3.5 + 2 / log2(3)) / 2, within(EPSILON));
        assertThat(summary.map()).isCloseTo((1 + 2.0 / 3) / 3 / 2, within(EPSILON));
        assertThat(summary.precision10()).isCloseTo(0.1, within(EPSILON));
        assertThat(summary.recall100()).isCloseTo(1.0 / 3, within(EPSILON));
    }

    @Test
    void cutOffsApplyAtTenAndAHundredWhileAveragePrecisionUsesTheWholeRanking() {
        // 12 relevant documents r1..r12; the ranking has r1 at rank 1, r2 at rank 11 and r3 at rank 101.
        Map<String, Integer> judged = new java.util.HashMap<>();
        IntStream.rangeClosed(1, 12).forEach(i -> judged.put("r" + i, 1));
        Qrels qrels = new Qrels(Map.of("q", judged));
        List<String> ranking = new ArrayList<>();
        IntStream.rangeClosed(1, 101).forEach(i -> ranking.add("x" + i));
        ranking.set(0, "r1");
        ranking.set(10, "r2");
        ranking.set(100, "r3");

        Metrics.QueryScore q = Metrics.score("q", ranking, qrels);

        assertThat(q.precision10()).isCloseTo(0.1, within(EPSILON));
        assertThat(q.recall100()).isCloseTo(2.0 / 12, within(EPSILON));
        assertThat(q.averagePrecision()).isCloseTo((1.0 + 2.0 / 11 + 3.0 / 101) / 12, within(EPSILON));
        // DCG@10 = 1; ideal: ten documents of gain 1
        double ideal = IntStream.rangeClosed(1, 10).mapToDouble(rank -> 1 / log2(rank + 1)).sum();
        assertThat(q.ndcg10()).isCloseTo(1 / ideal, within(EPSILON));
    }

    @Test
    void aDocumentListedTwiceCountsOnce() {
        Metrics.QueryScore twice = Metrics.score("a", List.of("d1", "d1", "d2"), QRELS);
        Metrics.QueryScore once = Metrics.score("a", List.of("d1", "d2"), QRELS);

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void perfectRankingScoresOne() {
        Metrics.QueryScore a = Metrics.score("a", List.of("d1", "d4", "d2"), QRELS);

        assertThat(a.ndcg10()).isCloseTo(1, within(EPSILON));
        assertThat(a.averagePrecision()).isCloseTo(1, within(EPSILON));
        assertThat(a.recall100()).isCloseTo(1, within(EPSILON));
    }

    @Test
    void cranfieldCodesBecomeLevelsWithTheBestHighest(@TempDir Path dir) throws IOException {
        assertThat(CranfieldFormat.level(1)).isEqualTo(4);
        assertThat(CranfieldFormat.level(4)).isEqualTo(1);
        assertThat(CranfieldFormat.level(-1)).isZero();

        // A made-up collection in the same layout (no text from the real one).
        Files.writeString(dir.resolve("cran.all.1400"), """
                .I 1
                .T
                first title
                on two lines .
                .A
                doe,j. and roe,r.
                .B
                somewhere
                .W
                first title on two lines .
                  the body .
                .I 2
                .T
                .A
                .B
                .W
                """);
        Files.writeString(dir.resolve("cran.qry"), """
                .I 001
                .W
                what is
                the question .
                .I 004
                .W
                another question .
                """);
        Files.writeString(dir.resolve("cranqrel"), "1 1 2\n1 2 -1\n2 1 4 \n");

        Collection collection = Collection.read(dir);

        assertThat(collection.name()).isEqualTo("cranfield");
        assertThat(collection.documents()).containsExactly(
                new Collection.Document("1", "first title on two lines .", "first title on two lines .\n  the body .",
                        List.of("doe,j.", "roe,r.")),
                new Collection.Document("2", "", "", List.of()));
        assertThat(collection.documents().get(1).hasText()).isFalse();
        assertThat(collection.queries()).containsExactly(new Collection.Query("1", "what is the question ."),
                new Collection.Query("2", "another question ."));
        assertThat(collection.qrels().judged("1")).containsExactlyInAnyOrderEntriesOf(Map.of("1", 3, "2", 0));
        assertThat(collection.qrels().relevant("2")).containsExactly("1");
    }

    @Test
    void trecQrelsIgnoreTheIterationColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("qrels.txt");
        Files.writeString(file, "401 0 FT1 1\n401 0 FT2 0\n\n402 Q0 LA3 2\n");

        Qrels qrels = Qrels.readTrec(file);

        assertThat(qrels.relevant("401")).containsExactly("FT1");
        assertThat(qrels.level("402", "LA3")).isEqualTo(2);
        assertThat(qrels.size()).isEqualTo(3);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
