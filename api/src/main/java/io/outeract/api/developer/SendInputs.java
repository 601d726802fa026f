package io.outeract.api.developer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.api.graphql.NotFoundException;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;
import io.outeract.contract.query.FindStoredFileQuery;
import io.outeract.contract.query.StoredFileView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads sendMessage's media and template inputs. A stored file is looked up in the caller's
 * own application, so that no key can send another application's file; its type comes from
 * what was stored, not from the caller.
 */
@Component
class SendInputs {

    private final Queries queries;
    private final ObjectMapper json;

    SendInputs(Queries queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    MediaReference media(DeveloperCaller caller, Object input) {
        if (input == null) {
            return null;
        }
        Map<?, ?> media = (Map<?, ?>) input;
        String fileId = (String) media.get("fileId");
        String mimeType = null;
        if (fileId != null) {
            mimeType = storedFile(caller, fileId).mimeType();
        }
        return new MediaReference((String) media.get("kind"), (String) media.get("url"), fileId,
                null, (String) media.get("fileName"), mimeType);
    }

    MessageTemplate template(Object input) {
        if (input == null) {
            return null;
        }
        Map<?, ?> template = (Map<?, ?>) input;
        Object components = template.get("components");
        if (components != null && !(components instanceof List<?>)) {
            throw new IllegalArgumentException("A template's components are a JSON array");
        }
        return new MessageTemplate((String) template.get("name"),
                (String) template.get("language"), components == null ? null : write(components));
    }

    private StoredFileView storedFile(DeveloperCaller caller, String fileId) {
        UUID id;
        try {
            id = UUID.fromString(fileId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("media.fileId is the id of a stored file");
        }
        return queries.one(new FindStoredFileQuery(caller.applicationId(), id),
                        StoredFileView.class)
                .orElseThrow(() -> new NotFoundException("No stored file " + fileId));
    }

    private String write(Object components) {
        try {
            return json.writeValueAsString(components);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A template's components are not JSON");
        }
    }
}
