package io.outeract.api.developer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.api.graphql.Fields;
import io.outeract.contract.query.ConnectionView;
import io.outeract.contract.query.EventView;
import io.outeract.contract.query.MessageView;
import io.outeract.contract.query.PlatformUserView;
import io.outeract.contract.query.UserView;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The shapes the Developer schema gives to read-model views. */
@Component
class DeveloperViews {

    private final ObjectMapper json;

    DeveloperViews(ObjectMapper json) {
        this.json = json;
    }

    Map<String, Object> event(EventView view) {
        return Fields.of("id", view.id(), "eventType", view.eventType(),
                "payload", parse(view.payloadJson()), "createdAt", Fields.text(view.createdAt()),
                "connectionId", view.connectionId(),
                "platform", view.platform() == null ? null : view.platform().wireName());
    }

    Map<String, Object> platformUser(PlatformUserView view) {
        return Fields.of("id", view.id(), "connectionId", view.connectionId(),
                "platform", view.platform().wireName(), "externalId", view.externalId(),
                "displayName", view.displayName(), "username", view.username(),
                "isBot", view.bot(), "userId", view.userId());
    }

    Map<String, Object> user(UserView view) {
        return Fields.of("id", view.id(), "displayName", view.displayName(),
                "createdAt", Fields.text(view.createdAt()));
    }

    Map<String, Object> connection(ConnectionView view) {
        return Fields.of("id", view.id(), "platformName", view.platform().wireName(),
                "status", view.status().toUpperCase(java.util.Locale.ROOT),
                "externalAccountId", view.externalAccountId(), "displayName", view.displayName());
    }

    Map<String, Object> message(MessageView view) {
        return Fields.of("id", view.id(), "connectionId", view.connectionId(),
                "externalChatId", view.externalChatId(),
                "status", view.status().toUpperCase(java.util.Locale.ROOT),
                "platformMessageId", view.platformMessageId(), "errorCode", view.errorCode(),
                "errorDescription", view.errorDescription(), "attempts", view.attempts(),
                "delivery", view.deliveryState() == null ? null : Fields.of(
                        "state", view.deliveryState().toUpperCase(java.util.Locale.ROOT),
                        "errorCode", view.deliveryErrorCode(),
                        "errorDescription", view.deliveryErrorDescription(),
                        "reportedAt", Fields.text(view.deliveryReportedAt())));
    }

    private Object parse(String payload) {
        try {
            return json.readValue(payload, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event payload is not JSON", e);
        }
    }
}
