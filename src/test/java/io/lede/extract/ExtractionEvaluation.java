package io.lede.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures {@link ArticleExtractor} on a folder laid out like {@code ../shared/data/extraction-dev}:
 * {@code html/NNNN.html.gz} pages with {@code ground-truth/NNNN.json} gold answers.
 * <p>
 * Body: precision, recall and F1 over the bag of lower-cased {@code \w+} tokens, per page, averaged over pages.
 * Title: exact match with case and whitespace folded. Author: the first author named (gold lists several as
 * "A, B and C"). Author and date are correct when both agree, including both absent (a page without a gold author
 * must get none). Speed: pages per second of extraction alone, one thread.
 * <p>
 * {@code ./mvnw -q -Peval-extraction [-Deval.args="DIR --pages --misses"]}
 */
public final class ExtractionEvaluation {

    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+\\|\\s+");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private record Score(String id, double precision, double recall, double f1, boolean title, boolean author,
            boolean date, boolean hasGoldAuthor, boolean hasGoldDate) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/data/extraction-dev");
        boolean perPage = List.of(args).contains("--pages");
        boolean misses = List.of(args).contains("--misses");
        ObjectMapper json = new ObjectMapper();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            pages = files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        // Warm the JIT on a few pages so that the speed figure is about steady state.
        for (Path page : pages.subList(0, Math.min(20, pages.size()))) {
            extractor.extract(read(page), null);
        }
        List<Score> scores = new ArrayList<>();
        long nanos = 0;
        for (Path page : pages) {
            String id = page.getFileName().toString().replace(".html.gz", "");
            JsonNode truth = json.readTree(dir.resolve("ground-truth").resolve(id + ".json").toFile());
            JsonNode gold = truth.path("ground_truth");
            byte[] html = read(page);
            long start = System.nanoTime();
            ExtractedArticle article = extractor.extract(html, truth.path("url").asText(null));
            nanos += System.nanoTime() - start;
            Score score = score(id, article, gold);
            scores.add(score);
            if (perPage) {
                System.out.printf(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f  title %s  author %s  date %s%n", id,
                        score.precision, score.recall, score.f1, mark(score.title), mark(score.author), mark(score.date));
            }
            if (misses) {
                printMisses(id, score, article, gold);
            }
        }
        int n = scores.size();
        System.out.printf(Locale.ROOT, "pages            %d (%s)%n", n, dir);
        System.out.printf(Locale.ROOT, "body precision   %.4f%n", scores.stream().mapToDouble(Score::precision).average().orElse(0));
        System.out.printf(Locale.ROOT, "body recall      %.4f%n", scores.stream().mapToDouble(Score::recall).average().orElse(0));
        System.out.printf(Locale.ROOT, "body F1          %.4f%n", scores.stream().mapToDouble(Score::f1).average().orElse(0));
        System.out.printf(Locale.ROOT, "title exact      %.4f%n", rate(scores, Score::title));
        System.out.printf(Locale.ROOT, "author accuracy  %.4f  (pages with a gold author: %.4f)%n", rate(scores, Score::author),
                rate(scores.stream().filter(Score::hasGoldAuthor).toList(), Score::author));
        System.out.printf(Locale.ROOT, "date accuracy    %.4f  (pages with a gold date: %.4f)%n", rate(scores, Score::date),
                rate(scores.stream().filter(Score::hasGoldDate).toList(), Score::date));
        System.out.printf(Locale.ROOT, "pages/second     %.1f  (one thread, extraction only)%n", n / (nanos / 1e9));
    }

    private static Score score(String id, ExtractedArticle article, JsonNode gold) {
        Map<String, Integer> predicted = tokens(article.body());
        Map<String, Integer> expected = tokens(text(gold.path("main_content")));
        int overlap = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            overlap += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
        }
        int predictedCount = predicted.values().stream().mapToInt(Integer::intValue).sum();
        int expectedCount = expected.values().stream().mapToInt(Integer::intValue).sum();
        double precision = predictedCount == 0 ? (expectedCount == 0 ? 1 : 0) : (double) overlap / predictedCount;
        double recall = expectedCount == 0 ? 1 : (double) overlap / expectedCount;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        boolean title = fold(text(gold.path("title"))).equals(fold(article.title()));
        // The first (or only) author: gold lists several as "A, B and C", credentials after a comma.
        String goldAuthor = fold(AUTHOR_SEPARATOR.split(text(gold.path("author")), 2)[0]);
        String firstAuthor = article.authors().isEmpty() ? "" : fold(article.authors().get(0));
        boolean author = goldAuthor.equals(firstAuthor);
        String goldDate = text(gold.path("publish_date"));
        String ourDate = article.publishedAt() == null ? "" : article.publishedAt().substring(0, Math.min(10,
                article.publishedAt().length()));
        return new Score(id, precision, recall, f1, title, author, goldDate.equals(ourDate), !goldAuthor.isEmpty(),
                !goldDate.isEmpty());
    }

    /** Gold and extracted values of the fields a page got wrong, to see what a change should fix. */
    private static void printMisses(String id, Score score, ExtractedArticle article, JsonNode gold) {
        if (!score.title) {
            System.out.printf("%s title  gold %s%n%s        ours %s%n", id, text(gold.path("title")), id, article.title());
        }
        if (!score.author) {
            System.out.printf("%s author gold %s%n%s        ours %s%n", id, text(gold.path("author")), id, article.authors());
        }
        if (!score.date) {
            System.out.printf("%s date   gold %s%n%s        ours %s%n", id, text(gold.path("publish_date")), id,
                    article.publishedAt());
        }
    }

    /** A gold field's text; JSON null and absence are both "no value". */
    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : "";
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> bag = new HashMap<>();
        if (text == null) {
            return bag;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static String fold(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static double rate(List<Score> scores, java.util.function.Predicate<Score> correct) {
        return scores.isEmpty() ? 0 : (double) scores.stream().filter(correct).count() / scores.size();
    }

    private static String mark(boolean ok) {
        return ok ? "ok" : "--";
    }

    private static byte[] read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
