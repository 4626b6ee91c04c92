package io.lede.article;

import java.util.List;

import io.lede.extract.ExtractedArticle;

/**
 * What extraction found, fitted to what the API accepts. A page's own metadata (a 300-character og:site_name, a
 * date in the year 0, 150 tags) is its author's doing, not the client's: it is cut or dropped, as a best-effort
 * extraction should, rather than refusing the whole page with a 400 about a field the client never wrote. Fields a
 * client gives alongside a document are not fitted: they are validated as given.
 */
final class PageFields {

    private PageFields() {
    }

    static ExtractedArticle fit(ExtractedArticle page) {
        return new ExtractedArticle(
                cut(page.title(), ArticleData.MAX_TITLE),
                cut(page.summary(), ArticleData.MAX_SUMMARY),
                names(page.authors()),
                date(page.publishedAt()),
                date(page.updatedAt()),
                page.url() != null && page.url().length() > ArticleData.MAX_URL ? null : page.url(),
                page.source() != null && page.source().length() > ArticleData.MAX_NAME ? null : page.source(),
                page.language(),
                names(page.tags()),
                page.body());
    }

    /** At most {@code max} characters, cut at the last space before the limit when there is one. */
    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > max / 2 ? space : max).strip();
    }

    private static List<String> names(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream().filter(name -> name.length() <= ArticleData.MAX_NAME).distinct()
                .limit(ArticleData.MAX_LIST).toList();
    }

    /** A date ArticleData accepts: years 1 to 9999 once in UTC ("9999-12-31T23:59-05:00" is the year 10000). */
    private static String date(String iso) {
        return iso != null && ArticleData.isStorableDate(iso) ? iso : null;
    }
}
