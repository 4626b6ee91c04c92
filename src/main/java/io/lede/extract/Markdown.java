package io.lede.extract;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown articles (as scrapers and note tools save them) go through the same extraction as web pages: rendered
 * to HTML first, so headings, links, emphasis and lists mean what they mean in a page.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    // Raw HTML inside the Markdown is escaped, not rendered: it is text the author wrote, not structure.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();

    private Markdown() {
    }

    static String toHtml(String markdown) {
        return "<html><body>" + RENDERER.render(PARSER.parse(markdown)) + "</body></html>";
    }
}
