package io.outeract.api.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.api.graphql.Fields;
import io.outeract.contract.query.HistoryEntry;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A history entry as the APIs and the export show it. Axon names the message that caused an
 * event {@code correlationId} and the first message of its chain {@code traceId}; the history
 * says causation and correlation, as the field does.
 */
@Component
public class HistoryViews {

    private final ObjectMapper json;

    HistoryViews(ObjectMapper json) {
        this.json = json;
    }

    Map<String, Object> entry(HistoryEntry entry) {
        JsonNode metadata = metadataOf(entry);
        return Fields.of("id", entry.id(), "eventType", entry.eventType(),
                "payload", parse(entry.payloadJson()),
                "metadata", Fields.of(
                        "correlationId", text(metadata, "traceId"),
                        "causationId", text(metadata, "correlationId"),
                        "source", text(metadata, "source"),
                        "requestId", text(metadata, "requestId"),
                        "callerId", text(metadata, "callerId")),
                "aggregateId", entry.aggregateId(), "sequence", entry.aggregateSequence(),
                "position", (double) entry.position(),
                "timestamp", Fields.text(entry.createdAt()),
                "connectionId", entry.connectionId(),
                "platform", entry.platform() == null ? null : entry.platform().wireName());
    }

    /** One line of NDJSON: the entry as one JSON object, with no line break inside it. */
    public String line(HistoryEntry entry) {
        ObjectNode line = json.createObjectNode();
        line.put("position", entry.position());
        line.put("id", entry.id().toString());
        line.put("type", entry.eventType());
        line.put("timestamp", entry.createdAt().toString());
        line.put("aggregateId", entry.aggregateId());
        if (entry.aggregateSequence() != null) {
            line.put("sequence", entry.aggregateSequence());
        }
        line.put("connectionId", entry.connectionId() == null ? null
                : entry.connectionId().toString());
        line.put("platform", entry.platform() == null ? null : entry.platform().wireName());
        line.set("metadata", metadataOf(entry));
        line.set("payload", readTree(entry.payloadJson()));
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A history entry cannot be written", e);
        }
    }

    /** A refusal as JSON, for the export, which answers bytes only. */
    byte[] error(String message) {
        try {
            return json.writeValueAsBytes(Map.of("error", message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode metadataOf(HistoryEntry entry) {
        return entry.metadataJson() == null ? json.createObjectNode()
                : readTree(entry.metadataJson());
    }

    private Object parse(String payload) {
        try {
            return json.readValue(payload, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event payload is not JSON", e);
        }
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event's JSON cannot be read", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
