package io.outeract.ingress;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What every webhook endpoint answers: an acknowledgement once stored, or a refusal. */
final class WebhookResponses {

    private WebhookResponses() {
    }

    static Map<String, String> headersOf(HttpServletRequest http) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            headers.putIfAbsent(name, http.getHeader(name));
        }
        return headers;
    }

    static ResponseEntity<Object> acknowledgement(List<Boolean> recorded, int unroutable) {
        long fresh = recorded.stream().filter(Boolean::booleanValue).count();
        Map<String, Object> body = new HashMap<>(Map.of("ok", true, "recorded", fresh,
                "duplicates", recorded.size() - fresh));
        if (unroutable > 0) {
            body.put("unroutable", unroutable);
        }
        return ResponseEntity.ok(body);
    }

    static ResponseEntity<Object> refusal(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof WebhookRefusal refusal) {
            return refusalResponse(refusal);
        }
        return refusalResponse(new WebhookRefusal(HttpStatus.SERVICE_UNAVAILABLE,
                "The webhook could not be stored; retry later"));
    }

    static ResponseEntity<Object> refusalResponse(WebhookRefusal refusal) {
        return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("ok", false, "error", refusal.getMessage()));
    }
}
