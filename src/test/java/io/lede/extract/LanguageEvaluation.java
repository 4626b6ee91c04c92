package io.lede.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures {@link LanguageDetector} on data read in place, never copied:
 * <ul>
 * <li>a folder laid out like {@code ../shared/data/extraction-dev} ({@code html/NNNN.html.gz}): on each page whose
 * {@code <html lang>} names a language, the language detected from the extracted body against that declared
 * primary subtag;</li>
 * <li>JSON-lines files ({@code *.jsonl.gz}, one article a line with a {@code body}) all in one language, given as
 * {@code FILE=LANG}: the language detected from each body against it.</li>
 * </ul>
 * Prints accuracy (detected equals expected, over all pages or articles), coverage (some language detected),
 * precision (correct among detected), the confusion of expected against detected ("-" for none), and the
 * detector's own CPU time per text (and, on pages, its share of the extraction's).
 * <p>
 * {@code java -cp target/classes:target/test-classes:$CP io.lede.extract.LanguageEvaluation
 * [../shared/data/extraction-dev] [../shared/data/news/bbc-news.jsonl.gz=en ...]}
 */
public final class LanguageEvaluation {

    public static void main(String[] args) throws IOException {
        List<String> arguments = args.length > 0 ? List.of(args)
                : List.of("../shared/data/extraction-dev", "../shared/data/news/bbc-news.jsonl.gz=en");
        for (String argument : arguments) {
            if (argument.contains("=")) {
                String[] fileAndLanguage = argument.split("=", 2);
                articles(Path.of(fileAndLanguage[0]), fileAndLanguage[1]);
            } else {
                pages(Path.of(argument));
            }
        }
    }

    private static void pages(Path dir) throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            pages = files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        Tally tally = new Tally(dir.toString());
        int undeclared = 0;
        long extraction = 0;
        for (Path page : pages.subList(0, Math.min(20, pages.size()))) {
            extractor.extract(read(page), null); // warms the JIT
        }
        for (Path page : pages) {
            byte[] html = read(page);
            String declared = declaredLanguage(html);
            if (declared == null) {
                undeclared++;
                continue;
            }
            long start = cpuNanos();
            String body = extractor.extract(html, null).body();
            extraction += cpuNanos() - start;
            tally.add(page.getFileName().toString(), declared, body);
        }
        System.out.printf(Locale.ROOT, "%s: %d pages, %d without a declared language (skipped)%n", dir, pages.size(),
                undeclared);
        tally.print();
        System.out.printf(Locale.ROOT, "  extraction %.1f µs per page (CPU), of which detection %.1f%%%n",
                extraction / 1e3 / Math.max(1, tally.total), 100.0 * tally.nanos / Math.max(1, extraction));
    }

    /** CPU time of this thread: the machine is shared, so wall-clock time would measure the neighbours. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void articles(Path file, String language) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Tally tally = new Tally(file.toString());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    JsonNode article = json.readTree(line);
                    tally.add(article.path("id").asText("?"), language, article.path("body").asText(""));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: every article taken as %s%n", file, language);
        tally.print();
    }

    /** The primary subtag of {@code <html lang>}, as PageMetadata reads it, or null if the page names none. */
    private static String declaredLanguage(byte[] html) {
        Element root = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).selectFirst("html");
        String code = root == null ? "" : root.attr("lang").strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return code.matches("[a-z]{2}") ? code : null;
    }

    private static final class Tally {
        final String name;
        final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        final List<String> wrong = new ArrayList<>();
        int total;
        int detected;
        int correct;
        long nanos;

        Tally(String name) {
            this.name = name;
        }

        void add(String id, String expected, String text) {
            // Twice, the first to warm the JIT, so the time is about steady state.
            LanguageDetector.detect(text);
            long start = cpuNanos();
            String found = LanguageDetector.detect(text).orElse("-");
            nanos += cpuNanos() - start;
            total++;
            detected += found.equals("-") ? 0 : 1;
            correct += found.equals(expected) ? 1 : 0;
            confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(found, 1, Integer::sum);
            if (!found.equals(expected)) {
                wrong.add(id + " " + expected + "->" + found + " (" + (text == null ? 0 : text.length()) + " chars)");
            }
        }

        void print() {
            System.out.printf(Locale.ROOT, "  texts      %d%n", total);
            System.out.printf(Locale.ROOT, "  accuracy   %.4f%n", total == 0 ? 0 : (double) correct / total);
            System.out.printf(Locale.ROOT, "  coverage   %.4f  (some language detected)%n",
                    total == 0 ? 0 : (double) detected / total);
            System.out.printf(Locale.ROOT, "  precision  %.4f  (correct among detected)%n",
                    detected == 0 ? 0 : (double) correct / detected);
            System.out.printf(Locale.ROOT, "  time       %.1f µs per text (detector alone, CPU)%n",
                    total == 0 ? 0 : nanos / 1e3 / total);
            System.out.println("  confusion (expected: detected=count)");
            confusion.forEach((expected, row) -> System.out.printf("    %s: %s%n", expected, row));
            if (!wrong.isEmpty()) {
                System.out.println("  misses: " + String.join(", ", wrong.subList(0, Math.min(30, wrong.size())))
                        + (wrong.size() > 30 ? ", ..." : ""));
            }
        }
    }

    private static byte[] read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
