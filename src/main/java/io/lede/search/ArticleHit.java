package io.lede.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.HighlightProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScoreProjection;

/** What a search hit reads from the index: stored fields, score and highlighted fragments. */
@ProjectionConstructor
record ArticleHit(
        @IdProjection UUID id,
        @FieldProjection String externalId,
        @FieldProjection String title,
        @FieldProjection String url,
        @FieldProjection String source,
        @FieldProjection Instant publishedAt,
        @ScoreProjection float score,
        @HighlightProjection(path = "title", highlighter = ArticleSearch.TITLE_HIGHLIGHTER) List<String> titleHighlights,
        @HighlightProjection(path = "body", highlighter = ArticleSearch.BODY_HIGHLIGHTER) List<String> bodyHighlights) {

    SearchResponse.Hit toHit() {
        return new SearchResponse.Hit(id, externalId, title, url, source, publishedAt, Float.isNaN(score) ? 0 : score,
                new SearchResponse.Highlights(titleHighlights, bodyHighlights));
    }
}
