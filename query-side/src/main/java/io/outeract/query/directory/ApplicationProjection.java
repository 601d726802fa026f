package io.outeract.query.directory;

import static io.outeract.query.SqlValues.timestamp;

import io.outeract.contract.organisation.ApplicationCreatedEvent;
import io.outeract.contract.organisation.ApplicationRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The applications of each organisation. */
@Component
@ProcessingGroup("directory")
public class ApplicationProjection {

    private final NamedParameterJdbcTemplate jdbc;

    public ApplicationProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(ApplicationCreatedEvent event) {
        jdbc.update("""
                INSERT INTO application (id, organisation_id, name, created_at)
                VALUES (:id, :organisationId, :name, :createdAt)
                ON CONFLICT (id) DO NOTHING""",
                new MapSqlParameterSource()
                        .addValue("id", event.applicationId())
                        .addValue("organisationId", event.organisationId())
                        .addValue("name", event.name())
                        .addValue("createdAt", timestamp(event.createdAt())));
    }

    @EventHandler
    public void on(ApplicationRenamedEvent event) {
        jdbc.update("""
                UPDATE application SET name = :name
                WHERE id = :id AND organisation_id = :organisationId""",
                new MapSqlParameterSource()
                        .addValue("id", event.applicationId())
                        .addValue("organisationId", event.organisationId())
                        .addValue("name", event.name()));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE application");
    }
}
