package io.lede.extract;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Entities;

/**
 * Markdown articles (as scrapers, note tools and static site generators save them) go through the same extraction
 * as web pages: rendered to HTML first, so headings, links, emphasis, lists and GFM tables mean what they mean in a
 * page. Raw HTML in the Markdown is HTML, as CommonMark defines it, and is read as a page's would be: comments and
 * scripts dropped, the text of inline tags kept ("H<sub>2</sub>O" is "H2O"). That is safe because extraction keeps
 * only text: no markup of the document is ever stored or served.
 */
final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** A document rendered as a page, and what its front matter declares about it. */
    record Rendered(String html, FrontMatter frontMatter) {
    }

    private Markdown() {
    }

    static Rendered render(String markdown) {
        FrontMatter.Split document = FrontMatter.split(markdown);
        String title = document.frontMatter().title();
        // As the site generators' layouts do, the declared title heads the page: bylines and datelines written
        // under it are then found as under any headline, and a heading of the text's own stays in the text.
        String headline = title == null ? "" : "<h1>" + Entities.escape(title) + "</h1>";
        String html = "<html><body>" + headline + RENDERER.render(PARSER.parse(document.content())) + "</body></html>";
        return new Rendered(html, document.frontMatter());
    }
}
