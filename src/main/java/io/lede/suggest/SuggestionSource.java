package io.lede.suggest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Marks the indexed article entity as the source of {@code /api/suggest} completions: its index documents get the
 * completion field that {@link SuggestionBinder} declares and fills. (A Hibernate Search mapping annotation, so that the
 * entity needs this one line and nothing else.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TypeMapping(processor = @TypeMappingAnnotationProcessorRef(type = SuggestionSource.Processor.class))
public @interface SuggestionSource {

    class Processor implements TypeMappingAnnotationProcessor<SuggestionSource> {

        @Override
        public void process(TypeMappingStep mapping, SuggestionSource annotation,
                TypeMappingAnnotationProcessorContext context) {
            mapping.binder(new SuggestionBinder());
        }
    }
}
