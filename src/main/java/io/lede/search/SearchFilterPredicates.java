package io.lede.search;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

/** {@link SearchFilters} as index predicates. */
final class SearchFilterPredicates {

    private SearchFilterPredicates() {
    }

    /** One clause per filtered field: any of its values (OR), all fields together (AND). */
    static List<PredicateFinalStep> of(SearchPredicateFactory f, SearchFilters filters) {
        List<PredicateFinalStep> clauses = new ArrayList<>();
        filters.terms().forEach((field, values) -> clauses.add(f.terms().field(field).matchingAny(values)));
        if (filters.from() != null || filters.to() != null) {
            clauses.add(f.range().field("publishedAt").between(filters.fromInstant(), RangeBoundInclusion.INCLUDED,
                    filters.untilInstant(), RangeBoundInclusion.EXCLUDED));
        }
        return clauses;
    }
}
