package io.outeract.query.asof;

import java.util.List;
import java.util.Set;

/** The tables the {@code directory} and {@code event-graph} projections write: one list. */
public final class ReadModelTables {

    /** Every read model; an as-of snapshot has a copy of each, and of nothing else. */
    public static final List<String> ALL = List.of(
            "organisation", "organisation_member", "application", "platform_connection",
            "api_key", "app_user", "platform_user", "event", "event_participant",
            "outbound_message", "message_delivery", "stored_file",
            "webhook_subscription_view", "webhook_delivery_view", "webhook_attempt_view");

    /** The query side's tables that are kept rather than rebuilt from the history. */
    public static final Set<String> NOT_READ_MODELS = Set.of("asof_snapshot");

    private ReadModelTables() {
    }
}
