package io.outeract.api.health;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /livez}: the process answers HTTP, nothing more; it touches no database. Load
 * balancers use it, and the benchmark uses it as the HTTP ceiling of this very stack.
 * Readiness, with the database, is {@code /actuator/health}.
 */
@RestController
class LivenessController {

    @GetMapping(path = "/livez", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> live() {
        return ResponseEntity.ok("ok");
    }
}
