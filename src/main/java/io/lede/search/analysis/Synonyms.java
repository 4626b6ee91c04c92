package io.lede.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Query synonyms from the file {@code lede.search.synonyms-file} names, else the list shipped with Lede
 * ({@code synonyms.txt}: spellings of names common in news). One rule a line in the Solr format the engines read:
 * {@code a, b, c} makes the words equivalent, {@code a => b} rewrites a into b; {@code #} starts a comment.
 * Applied to queries only, so an edited file takes effect at the next start, without reindexing.
 */
public final class Synonyms {

    static final String SHIPPED = "synonyms.txt";
    static final String FILE_SETTING = "lede.search.synonyms-file";

    private Synonyms() {
    }

    /**
     * The rules in force. Read through the raw configuration rather than {@code SearchConfig}: Hibernate Search
     * applies analysis while starting, before configuration mappings can be injected. (The setting is documented
     * on {@code SearchConfig.synonymsFile}.)
     */
    public static List<String> load() {
        return ConfigProvider.getConfig().getOptionalValue(FILE_SETTING, Path.class).map(Synonyms::read)
                .orElseGet(Synonyms::shipped);
    }

    static List<String> parse(String text) {
        return text.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                .toList();
    }

    private static List<String> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE_SETTING + " " + file, e);
        }
    }

    private static List<String> shipped() {
        try (InputStream in = Synonyms.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
