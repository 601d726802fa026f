package io.outeract.contract.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the work of the current thread came from: a webhook, a Developer API call, an Admin
 * API call, and which request it was. The server notes it when a request arrives; every
 * command sent while handling it carries it, and so does every event that command causes, so
 * that the history can say what each event came from.
 */
public record RequestOrigin(String source, UUID requestId, String callerId) {

    public static final String WEBHOOK = "webhook";
    public static final String DEVELOPER_API = "developer-api";
    public static final String ADMIN_API = "admin-api";

    /** The metadata keys under which commands and events carry an origin. */
    public static final String SOURCE_KEY = "source";
    public static final String REQUEST_ID_KEY = "requestId";
    public static final String CALLER_ID_KEY = "callerId";

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    public static Optional<RequestOrigin> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Notes the origin of the current thread's work until {@link #clear()}. */
    public static void begin(RequestOrigin origin) {
        CURRENT.set(origin);
    }

    /** Adds the caller once authentication has told who it is. */
    public static void identifyCaller(String callerId) {
        current().ifPresent(origin ->
                CURRENT.set(new RequestOrigin(origin.source(), origin.requestId(), callerId)));
    }

    public static void clear() {
        CURRENT.remove();
    }

    public Map<String, String> asMetadata() {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(SOURCE_KEY, source);
        metadata.put(REQUEST_ID_KEY, requestId.toString());
        if (callerId != null) {
            metadata.put(CALLER_ID_KEY, callerId);
        }
        return metadata;
    }
}
