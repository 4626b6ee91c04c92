package io.lede.search.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four measures of the evaluation, computed as trec_eval computes them ({@code trec_eval -c -m ndcg_cut.10
 * -m map -m P.10 -m recall.100}), so that figures compare with published ones:
 * <ul>
 * <li><b>nDCG@10</b> ({@code ndcg_cut_10}): the judged level of the document at rank i (1-based) is its gain, discounted
 * by log2(i + 1), summed over the first 10 ranks; divided by the same sum for the ideal ordering of all the query's
 * judged levels. Linear gains, as trec_eval without a gain file.</li>
 * <li><b>MAP</b> ({@code map}): per query, the precision at the rank of each relevant document retrieved, summed and
 * divided by the number of relevant documents (retrieved or not), over the whole ranking given (100 deep here);
 * averaged over queries.</li>
 * <li><b>P@10</b> ({@code P_10}): relevant documents among the first 10, divided by 10 even when fewer were
 * retrieved.</li>
 * <li><b>Recall@100</b> ({@code recall_100}): relevant documents among the first 100, divided by the number of
 * relevant documents.</li>
 * </ul>
 * Relevant means a level above 0. Queries without any relevant document are left out, as trec_eval does; a query
 * with relevant documents that the system answered with nothing counts 0 on every measure ({@code -c}: without it
 * trec_eval would drop such queries and flatter a system that returns nothing for hard ones).
 * <p>
 * Rankings are taken in the order given (trec_eval re-sorts by score and breaks ties by document id; a run file
 * written from these rankings gives strictly decreasing scores, so the order is the same). A document listed twice
 * counts at its first rank only.
 */
public final class Metrics {

    public static final int NDCG_DEPTH = 10;
    public static final int PRECISION_DEPTH = 10;
    public static final int RECALL_DEPTH = 100;

    private Metrics() {
    }

    /** One query's scores; {@code retrieved} is the length of the ranking, {@code relevant} the relevant documents. */
    public record QueryScore(String query, double ndcg10, double averagePrecision, double precision10,
            double recall100, int retrieved, int relevant) {
    }

    /** Means over the {@code scores} of every query with relevant documents. */
    public record Summary(double ndcg10, double map, double precision10, double recall100, List<QueryScore> scores) {

        public int queries() {
            return scores.size();
        }

        /** Queries for which the system retrieved nothing. */
        public long empty() {
            return scores.stream().filter(s -> s.retrieved() == 0).count();
        }
    }

    /** Scores a run (query id → ranked document ids) against the judgments. */
    public static Summary evaluate(Map<String, List<String>> run, Qrels qrels) {
        List<QueryScore> scores = new ArrayList<>();
        for (String query : qrels.queries()) {
            if (qrels.relevant(query).isEmpty()) {
                continue;
            }
            scores.add(score(query, run.getOrDefault(query, List.of()), qrels));
        }
        return new Summary(
                scores.stream().mapToDouble(QueryScore::ndcg10).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::averagePrecision).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::precision10).average().orElse(0),
                scores.stream().mapToDouble(QueryScore::recall100).average().orElse(0),
                List.copyOf(scores));
    }

    /** Scores one query's ranking. */
    public static QueryScore score(String query, List<String> ranking, Qrels qrels) {
        Set<String> relevant = qrels.relevant(query);
        List<String> ranked = distinct(ranking);
        double dcg = 0;
        double precisionSum = 0;
        int found = 0;
        int foundIn10 = 0;
        int foundIn100 = 0;
        for (int i = 0; i < ranked.size(); i++) {
            int rank = i + 1;
            String document = ranked.get(i);
            int level = qrels.level(query, document);
            if (rank <= NDCG_DEPTH && level > 0) {
                dcg += level / log2(rank + 1);
            }
            if (relevant.contains(document)) {
                found++;
                precisionSum += (double) found / rank;
                if (rank <= PRECISION_DEPTH) {
                    foundIn10++;
                }
                if (rank <= RECALL_DEPTH) {
                    foundIn100++;
                }
            }
        }
        double idealDcg = 0;
        List<Integer> ideal = qrels.judged(query).values().stream().filter(level -> level > 0)
                .sorted((a, b) -> Integer.compare(b, a)).toList();
        for (int i = 0; i < Math.min(NDCG_DEPTH, ideal.size()); i++) {
            idealDcg += ideal.get(i) / log2(i + 2);
        }
        int relevantCount = relevant.size();
        return new QueryScore(query,
                idealDcg > 0 ? dcg / idealDcg : 0,
                relevantCount > 0 ? precisionSum / relevantCount : 0,
                (double) foundIn10 / PRECISION_DEPTH,
                relevantCount > 0 ? (double) foundIn100 / relevantCount : 0,
                ranked.size(), relevantCount);
    }

    private static List<String> distinct(List<String> ranking) {
        Set<String> seen = new HashSet<>();
        return ranking.stream().filter(seen::add).toList();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
