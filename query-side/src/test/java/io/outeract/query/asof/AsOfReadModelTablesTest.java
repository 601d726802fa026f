package io.outeract.query.asof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/** A snapshot copies every read model and replays into every projection: none is forgotten. */
class AsOfReadModelTablesTest {

    @Test
    void everyTableOfTheMigrationsIsAReadModelOrNamedAsNotOne() {
        List<String> migrated = new JdbcTemplate(AsOfDatabase.dataSource()).queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'""",
                String.class);

        Set<String> known = new HashSet<>(ReadModelTables.ALL);
        known.addAll(ReadModelTables.NOT_READ_MODELS);
        assertThat(known).containsExactlyInAnyOrderElementsOf(migrated);
    }

    @Test
    void everyProjectionOfTheReadModelsIsReplayed() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessingGroup.class));

        Set<Class<?>> projections = new HashSet<>();
        for (BeanDefinition found : scanner.findCandidateComponents("io.outeract.query")) {
            projections.add(Class.forName(found.getBeanClassName()));
        }

        assertThat(AsOfProjections.CLASSES).containsExactlyInAnyOrderElementsOf(projections);
    }
}
