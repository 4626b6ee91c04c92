package io.lede.search.analysis;

import java.util.Arrays;
import java.util.List;

/** The article texts searched as words, each indexed once per {@link TextLanguage} (e.g. {@code body_ru}). */
public enum TextField {
    TITLE("title"),
    SUMMARY("summary"),
    BODY("body");

    private final String name;

    TextField(String name) {
        this.name = name;
    }

    /** The index field holding this text for articles in {@code language}. */
    public String path(TextLanguage language) {
        return name + "_" + language.code();
    }

    /** This text's field in every language: what a query searches. */
    public List<String> paths() {
        return Arrays.stream(TextLanguage.values()).map(this::path).toList();
    }
}
