package io.lede.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the shared scraped-Markdown sample into the JSON a client would post: title from the heading, date from the
 * line under it, url from the "Original url" line, body from the paragraphs. Deliberately naive: real extraction
 * is the ingest pipeline's job, not the test's.
 */
final class MarkdownSample {

    private MarkdownSample() {
    }

    static Map<String, Object> read(Path markdown) throws IOException {
        List<String> lines = Files.readAllLines(markdown);
        String title = null;
        String published = null;
        String url = null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("# ") && title == null) {
                title = line.substring(2).strip();
            } else if (published == null && title != null && line.matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}")) {
                published = LocalDate.parse(line, DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)).toString();
            } else if (line.startsWith("<http")) {
                url = line.substring(1, line.length() - 1);
            } else if (!line.isEmpty() && !line.startsWith("[") && !line.startsWith("**") && !line.startsWith("Original url")) {
                paragraphs.add(line.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1"));
            }
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", title);
        article.put("url", url);
        article.put("publishedAt", published);
        article.put("body", String.join("\n\n", paragraphs));
        return article;
    }
}
