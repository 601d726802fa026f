package io.outeract.query.asof;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.query.DeferredWrites;
import io.outeract.query.directory.ApiKeyProjection;
import io.outeract.query.directory.ApplicationProjection;
import io.outeract.query.directory.OrganisationProjection;
import io.outeract.query.directory.PlatformConnectionProjection;
import io.outeract.query.eventgraph.EventParticipantProjection;
import io.outeract.query.eventgraph.EventPositions;
import io.outeract.query.eventgraph.EventProjection;
import io.outeract.query.eventgraph.OutboundMessageProjection;
import io.outeract.query.eventgraph.PlatformUserProjection;
import io.outeract.query.eventgraph.UserProjection;
import io.outeract.query.files.StoredFileProjection;
import io.outeract.query.subscription.WebhookDeliveryProjection;
import io.outeract.query.subscription.WebhookSubscriptionProjection;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Fresh instances of the read models' projections, and of nothing else: no handler with an
 * outside effect (sends, webhook registration, downloads) can be reached from a replay.
 */
final class AsOfProjections {

    /**
     * The projection classes of the {@code directory}, {@code event-graph} and
     * {@code webhook-history} groups.
     */
    static final List<Class<?>> CLASSES = List.of(
            OrganisationProjection.class, ApplicationProjection.class,
            PlatformConnectionProjection.class, ApiKeyProjection.class,
            EventProjection.class, EventParticipantProjection.class,
            PlatformUserProjection.class, UserProjection.class,
            OutboundMessageProjection.class, StoredFileProjection.class,
            WebhookSubscriptionProjection.class, WebhookDeliveryProjection.class);

    private AsOfProjections() {
    }

    static List<EventMessageHandler> over(
            NamedParameterJdbcTemplate jdbc, EventPositions positions, ObjectMapper json) {
        DeferredWrites writes = new DeferredWrites(jdbc);
        return Stream.of(
                new OrganisationProjection(jdbc),
                new ApplicationProjection(jdbc),
                new PlatformConnectionProjection(jdbc),
                new ApiKeyProjection(jdbc),
                new EventProjection(jdbc, positions, json, writes),
                new EventParticipantProjection(jdbc, positions, writes),
                new PlatformUserProjection(jdbc, positions, writes),
                new UserProjection(jdbc, positions, writes),
                new OutboundMessageProjection(jdbc, writes),
                new StoredFileProjection(jdbc, writes),
                new WebhookSubscriptionProjection(jdbc),
                new WebhookDeliveryProjection(jdbc, positions))
                .<EventMessageHandler>map(AnnotationEventHandlerAdapter::new)
                .toList();
    }
}
