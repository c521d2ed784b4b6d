package fr.pacte.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no external PostgreSQL is configured ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL}). */
class SansUrlDeBaseCondition implements Condition {

    static final String URL = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URL));
    }
}
