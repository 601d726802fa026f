package io.outeract.api.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of a received or edited message did not say what it holds. Revision 2 does, in
 * {@code message.contentKind}, so that readers of the history need not guess; a revision-1
 * event is read as revision 2 with the kind its content shows: {@code text} for a text alone,
 * the first attachment's kind for media, {@code unknown} for neither.
 */
@Component
@Order(0)
class ReceivedMessageUpcaster extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(
            MessageReceivedEvent.class.getName(), MessageEditedEvent.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(
            IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(representation.getType().getName(), "2"),
                JsonNode.class, ReceivedMessageUpcaster::withContentKind);
    }

    static JsonNode withContentKind(JsonNode payload) {
        JsonNode message = payload.path("message");
        if (!(message instanceof ObjectNode object) || object.hasNonNull("contentKind")) {
            return payload;
        }
        object.put("contentKind", kindOf(object));
        return payload;
    }

    private static String kindOf(ObjectNode message) {
        JsonNode attachments = message.path("attachments");
        if (attachments.isArray() && !attachments.isEmpty()
                && attachments.get(0).hasNonNull("kind")) {
            return attachments.get(0).get("kind").asText();
        }
        JsonNode text = message.path("text");
        return text.isTextual() && !text.asText().isEmpty() ? "text" : "unknown";
    }
}
