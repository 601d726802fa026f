package io.outeract.adapters.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.AccountItems;
import io.outeract.adapters.MalformedWebhookException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one webhook of every Meta connection: reads a verified body and hands it to the reader of
 * its {@code object}. Which connection each account belongs to is the caller's business.
 */
public final class MetaWebhook {

    private final ObjectMapper objectMapper;
    private final Map<String, MetaObjectReader> readers = new HashMap<>();

    public MetaWebhook(ObjectMapper objectMapper, List<MetaObjectReader> readers) {
        this.objectMapper = objectMapper;
        readers.forEach(reader -> this.readers.put(reader.object(), reader));
    }

    /** @throws MalformedWebhookException when the body is not JSON Meta sends */
    public List<AccountItems> read(byte[] body) {
        JsonNode root;
        try {
            root = objectMapper.readTree(body);
        } catch (IOException e) {
            throw new MalformedWebhookException("The webhook body is not JSON");
        }
        if (root == null || !root.isObject() || !root.path("object").isTextual()) {
            throw new MalformedWebhookException("A Meta webhook is a JSON object with 'object'");
        }
        if (!root.path("entry").isArray()) {
            throw new MalformedWebhookException("A Meta webhook carries an 'entry' array");
        }
        MetaObjectReader reader = readers.get(root.path("object").asText());
        if (reader == null) {
            return unknownObject(root);
        }
        return reader.read(root);
    }

    /**
     * An object Outeract does not read (Meta has many) cannot be routed to a connection, so each
     * entry comes back with no platform and no items, to be kept as an unroutable delivery.
     */
    private static List<AccountItems> unknownObject(JsonNode root) {
        List<AccountItems> entries = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            entries.add(new AccountItems(null, entry.path("id").asText(""), List.of(),
                    entry.toString()));
        }
        return entries;
    }
}
