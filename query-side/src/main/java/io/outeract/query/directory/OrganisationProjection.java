package io.outeract.query.directory;

import static io.outeract.query.SqlValues.timestamp;

import io.outeract.contract.organisation.OrganisationCreatedEvent;
import io.outeract.contract.organisation.OrganisationRenamedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Organisations and their members: the admin who creates one is its first member. */
@Component
@ProcessingGroup("directory")
public class OrganisationProjection {

    private final NamedParameterJdbcTemplate jdbc;

    public OrganisationProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    public void on(OrganisationCreatedEvent event) {
        var organisation = new MapSqlParameterSource()
                .addValue("id", event.organisationId())
                .addValue("name", event.name())
                .addValue("createdBy", event.createdBy())
                .addValue("createdAt", timestamp(event.createdAt()));

        jdbc.update("""
                INSERT INTO organisation (id, name, created_at)
                VALUES (:id, :name, :createdAt)
                ON CONFLICT (id) DO NOTHING""", organisation);
        jdbc.update("""
                INSERT INTO organisation_member (organisation_id, admin_id, joined_at)
                VALUES (:id, :createdBy, :createdAt)
                ON CONFLICT (organisation_id, admin_id) DO NOTHING""", organisation);
    }

    @EventHandler
    public void on(OrganisationRenamedEvent event) {
        jdbc.update("UPDATE organisation SET name = :name WHERE id = :id",
                new MapSqlParameterSource()
                        .addValue("id", event.organisationId())
                        .addValue("name", event.name()));
    }

    @ResetHandler
    public void reset() {
        jdbc.getJdbcOperations().execute("TRUNCATE organisation, organisation_member");
    }
}
