package io.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown as people save it: front matter, raw HTML, GFM tables, bylines. */
class MarkdownTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String PROSE = "Scientists found the ice under the surface of Utopia Planitia, the team said, "
            + "after the probe had drilled for three weeks.\n";

    private ExtractedArticle extract(String markdown) {
        return extractor.extractMarkdown(markdown, null);
    }

    @Test
    void yamlFrontMatterIsTheArticlesMetadataNotItsText() {
        ExtractedArticle article = extract("""
                ---
                title: Front matter title
                author: Jane Roe
                date: 2024-05-06
                tags: [water, science]
                ---

                # Water on Mars confirmed

                """ + PROSE);

        assertThat(article.title()).isEqualTo("Front matter title");
        assertThat(article.authors()).containsExactly("Jane Roe");
        assertThat(article.publishedAt()).isEqualTo("2024-05-06");
        assertThat(article.tags()).containsExactly("water", "science");
        assertThat(article.body()).isEqualTo("Water on Mars confirmed\n\n" + PROSE.strip());
        // A thematic break that opens a document, over lines that are no keys, is text.
        assertThat(extract("---\nIce was found under the surface\n---\n" + PROSE).body())
                .startsWith("Ice was found under the surface");
    }

    @Test
    void theKeysJekyllHugoAndObsidianWrite() {
        ExtractedArticle article = extract("""
                ---
                layout: post
                title: "Ice on Mars: what the probe found"   # quoted, as a colon needs
                authors:
                  - Jane Roe
                  - John Doe
                publishDate: 2024-05-06T10:00:00+02:00
                lastmod: 2024-05-07
                categories:
                - Science
                keywords: ice, probe
                description: >
                  What the probe found
                  under the surface.
                permalink: /2024/05/ice/
                canonical_url: https://blog.example.org/ice
                lang: en-GB
                ...
                """ + PROSE);

        assertThat(article.title()).isEqualTo("Ice on Mars: what the probe found");
        assertThat(article.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(article.publishedAt()).isEqualTo("2024-05-06T10:00+02:00");
        assertThat(article.updatedAt()).isEqualTo("2024-05-07");
        assertThat(article.tags()).containsExactly("Science", "ice", "probe");
        assertThat(article.summary()).isEqualTo("What the probe found under the surface.");
        assertThat(article.url()).isEqualTo("https://blog.example.org/ice");
        assertThat(article.source()).isEqualTo("blog.example.org");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).isEqualTo(PROSE.strip());
    }

    @Test
    void jekyllsDateWithSpacesKeepsItsTimeAndOffset() {
        ExtractedArticle article = extract("---\ntitle: Ice on Mars\ndate: 2023-12-23 10:15:00 +0530\n---\n" + PROSE);

        assertThat(article.publishedAt()).isEqualTo("2023-12-23T10:15+05:30");
    }

    @Test
    void authorsAsACommaListAndHugosTomlFrontMatter() {
        ExtractedArticle yaml = extract("---\nauthor: Jane Roe, John Doe\n---\n" + PROSE);
        ExtractedArticle toml = extract("""
                +++
                title = "Ice on Mars"
                date = 2024-05-06
                tags = [
                  "water",
                  "science",
                ]
                [params]
                author = "Not the article's"
                +++
                """ + PROSE);

        assertThat(yaml.authors()).containsExactly("Jane Roe", "John Doe");
        assertThat(yaml.body()).isEqualTo(PROSE.strip());
        assertThat(toml.title()).isEqualTo("Ice on Mars");
        assertThat(toml.publishedAt()).isEqualTo("2024-05-06");
        assertThat(toml.tags()).containsExactly("water", "science");
        assertThat(toml.authors()).isEmpty();
        assertThat(toml.body()).isEqualTo(PROSE.strip());
    }

    @Test
    void frontMatterWinsOverWhatTheTextSuggests() {
        ExtractedArticle article = extract("""
                ---
                author: Jane Roe
                date: 2024-05-06
                ---
                # Water on Mars confirmed

                By Helena Fischer

                December 23, 2023

                """ + PROSE);

        assertThat(article.title()).isEqualTo("Water on Mars confirmed");
        assertThat(article.authors()).containsExactly("Jane Roe");
        assertThat(article.publishedAt()).isEqualTo("2024-05-06");
        // Not the author the front matter names: the line is the writer's text, and stays.
        assertThat(article.body()).startsWith("By Helena Fischer");
    }

    @Test
    void rawHtmlIsReadAsAPagesHtml() {
        ExtractedArticle article = extract("""
                # Water on Mars confirmed

                <!-- TODO: add quote from NASA -->

                Scientists found H<sub>2</sub>O ice under the surface, <em>the team</em> said.

                <div class="note">Samples return in 2031.</div>
                """);

        assertThat(article.body()).isEqualTo("Scientists found H2O ice under the surface, the team said.\n\n"
                + "Samples return in 2031.");
    }

    @Test
    void scriptsAndMarkupInMarkdownNeverReachTheBody() {
        ExtractedArticle article = extract("# Water on Mars confirmed\n\n" + PROSE + """

                <script>alert(1)</script>

                <img src="x" onerror="alert(2)"> Inline <script>alert(3)</script>text <style>p{}</style>stays.
                """);

        assertThat(article.body()).isEqualTo(PROSE.strip() + "\n\nInline text stays.")
                .doesNotContain("alert", "<", "onerror");
    }

    @Test
    void pipeTablesAreTablesWithARowPerLine() {
        ExtractedArticle article = extract("# Drill sites\n\n" + PROSE + """

                | Site | Depth |
                |---|---|
                | Utopia | 10 m |
                | Arcadia | 4 m |
                """);

        assertThat(article.body()).isEqualTo(PROSE.strip() + "\n\nSite | Depth\n\nUtopia | 10 m\n\nArcadia | 4 m");
    }

    @Test
    void aBylineTakenAsTheAuthorLeavesTheBody() {
        ExtractedArticle emphasised = extract("# Water on Mars confirmed\n\n*By Helena Fischer*\n\n" + PROSE);
        ExtractedArticle plain = extract("# Water on Mars confirmed\n\nBy Helena Fischer and Tom Berg\n\n" + PROSE);
        ExtractedArticle declared = extract("---\nauthor: Helena Fischer\n---\n# Water on Mars confirmed\n\n"
                + "By Helena Fischer\n\n" + PROSE);

        assertThat(emphasised.authors()).containsExactly("Helena Fischer");
        assertThat(emphasised.body()).isEqualTo(PROSE.strip());
        assertThat(plain.authors()).containsExactly("Helena Fischer", "Tom Berg");
        assertThat(plain.body()).isEqualTo(PROSE.strip());
        assertThat(declared.body()).isEqualTo(PROSE.strip());
        // A sentence that opens with "By" is no byline, whatever is taken from it.
        String sentence = "By Monday, the council had voted to fund the next mission.";
        assertThat(extract("# Water on Mars confirmed\n\n" + sentence + "\n\n" + PROSE).body())
                .startsWith(sentence);
    }
}
