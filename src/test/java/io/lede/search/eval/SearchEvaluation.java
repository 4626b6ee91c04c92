package io.lede.search.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.logging.LogManager;

/**
 * Ranking quality of Lede's search next to a plain BM25 baseline, on a test collection, in one run:
 * <ol>
 * <li>reads the collection ({@link Collection}: Cranfield's format so far);</li>
 * <li>starts a throw-away Lede with its PostgreSQL and OpenSearch ({@link EmbeddedLede}), unless
 * {@code --lede URL --opensearch URL} name running ones;</li>
 * <li>loads the documents through Lede's API and waits until they are all indexed ({@link LedeClient});</li>
 * <li>loads the same documents into a BM25 index of the same OpenSearch ({@link Baseline});</li>
 * <li>runs every query against both, 100 results deep, and scores the rankings ({@link Metrics}).</li>
 * </ol>
 * Documents with neither title nor text are left out of both (no system can find them; their judgments stay and
 * count as missed). Query text goes to Lede with its operator characters turned into spaces (see
 * {@link LedeClient#plainWords}); {@code --raw-queries} sends it as it is. The rankings and the judgments are also
 * written in TREC format under {@code target/eval-search/} so that trec_eval itself can check the figures.
 * <p>
 * {@code ./mvnw -q -Peval-search [-Deval.args="DIR --queries --raw-queries --lede URL --opensearch URL"]}
 */
public final class SearchEvaluation {

    private static final Path DEFAULT_COLLECTION = Path.of("../shared/data/ir-cranfield");
    private static final Path WORK = Path.of("target/eval-search");

    private record Options(Path collection, String lede, String openSearch, boolean perQuery, boolean rawQueries) {

        static Options parse(String[] args) {
            Path collection = DEFAULT_COLLECTION;
            String lede = null;
            String openSearch = null;
            boolean perQuery = false;
            boolean raw = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--lede" -> lede = value(args, ++i, "--lede");
                    case "--opensearch" -> openSearch = value(args, ++i, "--opensearch");
                    case "--queries" -> perQuery = true;
                    case "--raw-queries" -> raw = true;
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("Unknown option " + args[i] + "; known: --lede URL "
                                    + "--opensearch URL --queries --raw-queries");
                        }
                        collection = Path.of(args[i]);
                    }
                }
            }
            if ((lede == null) != (openSearch == null)) {
                throw new IllegalArgumentException("--lede and --opensearch go together (Lede and its cluster)");
            }
            return new Options(collection, strip(lede), strip(openSearch), perQuery, raw);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a URL");
            }
            return args[i];
        }

        private static String strip(String url) {
            return url == null ? null : url.replaceAll("/+$", "");
        }
    }

    private record Timed<T>(T value, double seconds) {
    }

    private interface Step<T> {
        T run() throws IOException, InterruptedException;
    }

    public static void main(String[] args) throws Exception {
        // As in LocalRun: initialise logging on one thread before the backends start on two.
        LogManager.getLogManager();
        Options options = Options.parse(args);
        Collection collection = Collection.read(options.collection());
        Files.createDirectories(WORK);
        if (options.lede() != null) {
            evaluate(collection, options, options.lede(), options.openSearch(), "running instance");
            return;
        }
        say("Starting PostgreSQL, OpenSearch and Lede (data in " + WORK + ", wiped) ...");
        Timed<EmbeddedLede> started = time(() -> EmbeddedLede.start(Path.of("").toAbsolutePath(), WORK));
        EmbeddedLede lede = started.value();
        Thread stopper = new Thread(() -> {
            try {
                lede.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not stop cleanly: " + e);
            }
        }, "eval-search-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        // Maven does not pass its own end on to this process: follow it out (the hook stops everything).
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(1)));
        try {
            evaluate(collection, options, lede.ledeUrl(), lede.openSearchUrl(),
                    String.format(Locale.ROOT, "embedded, started in %.1f s", started.seconds()));
        } finally {
            say("Stopping Lede, OpenSearch and PostgreSQL ...");
        }
        // The hook stops them, also when the evaluation failed.
        System.exit(0);
    }

    private static void evaluate(Collection collection, Options options, String ledeUrl, String openSearchUrl,
            String instance) throws IOException, InterruptedException {
        List<Collection.Document> documents = collection.documents().stream().filter(Collection.Document::hasText)
                .toList();
        int withoutText = collection.documents().size() - documents.size();
        Http http = new Http();
        LedeClient lede = new LedeClient(http, ledeUrl, collection.name());
        Baseline baseline = new Baseline(http, openSearchUrl, collection.name() + "-bm25");

        say("Loading " + documents.size() + " documents into Lede (" + ledeUrl + ") ...");
        Timed<LedeClient.Loaded> loaded = time(() -> lede.load(documents));
        int accepted = loaded.value().created() + loaded.value().updated();
        Timed<Void> indexed = time(() -> {
            lede.awaitIndexed(openSearchUrl, documents, accepted);
            return null;
        });
        long visible = lede.visibleArticles();
        say("Loading them into the BM25 index " + baseline.index() + " (" + openSearchUrl + ") ...");
        Timed<Integer> baselineLoaded = time(() -> baseline.load(documents));

        say("Running " + collection.queries().size() + " queries against both ...");
        Map<String, List<String>> ledeRun = new LinkedHashMap<>();
        Map<String, List<String>> baselineRun = new LinkedHashMap<>();
        List<String> ledeErrors = new ArrayList<>();
        int withOperators = 0;
        // One warm-up query each, so that the first measured one does not pay for class loading.
        lede.search("warm up", LedeClient.MAX_SIZE);
        baseline.search("warm up", LedeClient.MAX_SIZE);
        long ledeNanos = 0;
        long baselineNanos = 0;
        for (Collection.Query query : collection.queries()) {
            String words = LedeClient.plainWords(query.text());
            if (!words.equals(query.text().replaceAll("\\s+", " ").strip())) {
                withOperators++;
            }
            String sent = options.rawQueries() ? query.text() : words;
            long start = System.nanoTime();
            try {
                ledeRun.put(query.id(), lede.search(sent, LedeClient.MAX_SIZE));
            } catch (IOException e) {
                ledeErrors.add(query.id() + ": " + e.getMessage());
                ledeRun.put(query.id(), List.of());
            }
            ledeNanos += System.nanoTime() - start;
            start = System.nanoTime();
            baselineRun.put(query.id(), baseline.search(query.text(), LedeClient.MAX_SIZE));
            baselineNanos += System.nanoTime() - start;
        }
        Metrics.Summary ledeScores = Metrics.evaluate(ledeRun, collection.qrels());
        Metrics.Summary baselineScores = Metrics.evaluate(baselineRun, collection.qrels());
        writeTrec(collection, ledeRun, baselineRun);

        if (options.perQuery()) {
            printPerQuery(ledeScores, baselineScores);
        }
        int queries = collection.queries().size();
        LedeClient.Loaded l = loaded.value();
        System.out.println();
        System.out.printf(Locale.ROOT, "collection   %s (%s)%n", collection.name(), options.collection());
        System.out.printf(Locale.ROOT, "             %d documents (%d without any text left out), %d queries, %d judgments%n",
                collection.documents().size(), withoutText, queries, collection.qrels().size());
        System.out.printf(Locale.ROOT, "Lede         %s, %s%n", instance, ledeUrl);
        System.out.printf(Locale.ROOT, "             loaded %d created, %d updated, %d failed; %d articles shown in all%n",
                l.created(), l.updated(), l.failed(), visible);
        for (String error : l.errors().subList(0, Math.min(5, l.errors().size()))) {
            System.out.printf(Locale.ROOT, "             failed: %s%n", error);
        }
        System.out.printf(Locale.ROOT, "             bulk acknowledged %.1f s, all indexed %.1f s later%n",
                loaded.seconds(), indexed.seconds());
        System.out.printf(Locale.ROOT, "BM25         index %s: %d documents, bulk and refresh %.1f s%n",
                baseline.index(), baselineLoaded.value(), baselineLoaded.seconds());
        System.out.printf(Locale.ROOT, "queries      %d, %d with relevant documents (scored); %d with operator "
                + "characters, %s%n", queries, ledeScores.queries(), withOperators,
                options.rawQueries() ? "sent to Lede as written" : "turned into spaces for Lede");
        System.out.printf(Locale.ROOT, "             answered with nothing: Lede %d, BM25 %d%s%n", ledeScores.empty(),
                baselineScores.empty(), ledeErrors.isEmpty() ? "" : "; Lede errors " + ledeErrors.size()
                        + " (first: " + ledeErrors.get(0) + ")");
        System.out.printf(Locale.ROOT, "             mean time a query (one client, 100 hits): Lede %.1f ms, BM25 %.1f ms%n",
                ledeNanos / 1e6 / queries, baselineNanos / 1e6 / queries);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-12s %8s %8s %10s%n", "measure", "Lede", "BM25", "Lede/BM25");
        row("nDCG@10", ledeScores, baselineScores, Metrics.Summary::ndcg10);
        row("MAP", ledeScores, baselineScores, Metrics.Summary::map);
        row("P@10", ledeScores, baselineScores, Metrics.Summary::precision10);
        row("Recall@100", ledeScores, baselineScores, Metrics.Summary::recall100);
        System.out.printf(Locale.ROOT, "%nRankings and judgments in TREC format: %s (trec_eval -c -m ndcg_cut.10 -m map "
                + "-m P.10 -m recall.100 QRELS RUN)%n", WORK.resolve(collection.name() + ".*"));
    }

    private static void row(String name, Metrics.Summary lede, Metrics.Summary baseline,
            ToDoubleFunction<Metrics.Summary> measure) {
        double l = measure.applyAsDouble(lede);
        double b = measure.applyAsDouble(baseline);
        System.out.printf(Locale.ROOT, "%-12s %8.4f %8.4f %10s%n", name, l, b,
                b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", l / b));
    }

    private static void printPerQuery(Metrics.Summary lede, Metrics.Summary baseline) {
        System.out.printf(Locale.ROOT, "%-6s %5s %9s %9s %9s %9s%n", "query", "rel", "Lede hits", "BM25 hits",
                "Lede nDCG", "BM25 nDCG");
        for (int i = 0; i < lede.scores().size(); i++) {
            Metrics.QueryScore l = lede.scores().get(i);
            Metrics.QueryScore b = baseline.scores().get(i);
            System.out.printf(Locale.ROOT, "%-6s %5d %9d %9d %9.4f %9.4f%n", l.query(), l.relevant(), l.retrieved(),
                    b.retrieved(), l.ndcg10(), b.ndcg10());
        }
    }

    /** {@code NAME.qrels}, {@code NAME.lede.run}, {@code NAME.bm25.run}: scores fall with rank, so order is kept. */
    private static void writeTrec(Collection collection, Map<String, List<String>> ledeRun,
            Map<String, List<String>> baselineRun) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(WORK.resolve(collection.name() + ".qrels")))) {
            for (String query : collection.qrels().queries()) {
                collection.qrels().judged(query).forEach((doc, level) -> out.println(query + " 0 " + doc + " " + level));
            }
        }
        for (var run : Map.of("lede", ledeRun, "bm25", baselineRun).entrySet()) {
            Path file = WORK.resolve(collection.name() + "." + run.getKey() + ".run");
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
                run.getValue().forEach((query, ranking) -> {
                    for (int i = 0; i < ranking.size(); i++) {
                        out.println(query + " Q0 " + ranking.get(i) + " " + (i + 1) + " " + (ranking.size() - i) + " "
                                + run.getKey());
                    }
                });
            }
        }
    }

    private static <T> Timed<T> time(Step<T> step) throws IOException, InterruptedException {
        long start = System.nanoTime();
        T value = step.run();
        return new Timed<>(value, (System.nanoTime() - start) / 1e9);
    }

    private static void say(String line) {
        System.out.println("[eval-search] " + line);
        System.out.flush();
    }
}
