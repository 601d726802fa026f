package io.outeract.api.history;

import io.outeract.api.security.AuthenticationFailedException;
import io.outeract.api.security.DeveloperAuthentication;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.api.security.MissingScopeException;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.EventFilter;
import io.outeract.contract.query.FindHistoryQuery;
import io.outeract.query.eventgraph.HistoryQueries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The whole history of an application as NDJSON, one event per line in global order, for a
 * time range and optionally an event type prefix. It streams from a database cursor to the
 * socket, so its memory does not grow with the history; it stops at the horizon, so an
 * export ends on a position from which a later export can go on ({@code after}).
 */
@RestController
class HistoryExport {

    private static final Logger log = LoggerFactory.getLogger(HistoryExport.class);

    private final DeveloperAuthentication authentication;
    private final HistoryQueries history;
    private final HistoryHorizon horizon;
    private final HistoryViews views;

    HistoryExport(DeveloperAuthentication authentication, HistoryQueries history,
            HistoryHorizon horizon, HistoryViews views) {
        this.authentication = authentication;
        this.history = history;
        this.horizon = horizon;
        this.views = views;
    }

    @GetMapping({"/history/export", "/v1/history/export"})
    ResponseEntity<StreamingResponseBody> export(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String bearer,
            @RequestHeader(value = "X-Api-Key", required = false) String apiKey,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Long after) {
        DeveloperCaller caller;
        try {
            caller = authentication.authenticate(bearer, apiKey);
            caller.require(ApiScope.EVENTS_READ);
        } catch (AuthenticationFailedException e) {
            return error(HttpStatus.UNAUTHORIZED, e.getMessage());
        } catch (MissingScopeException e) {
            return error(HttpStatus.FORBIDDEN, e.getMessage());
        }

        FindHistoryQuery query;
        try {
            if (after != null && after < 0) {
                throw new IllegalArgumentException("after is a position, 0 or more");
            }
            EventFilter filter = new EventFilter(null, null, type, instant(from, "from"),
                    instant(before, "before"), null, null, null, null);
            query = new FindHistoryQuery(caller.applicationId(), filter, null, after,
                    horizon.position(), 1);
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }

        StreamingResponseBody body = out -> write(query, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson"))
                .header("X-History-Horizon", String.valueOf(query.horizon()))
                .body(body);
    }

    private void write(FindHistoryQuery query, java.io.OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                64 * 1024);
        long[] lines = {0};
        try {
            history.stream(query, entry -> {
                try {
                    writer.write(views.line(entry));
                    writer.write('\n');
                    lines[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            log.info("An export of application {} ended after {} events: the client left",
                    query.applicationId(), lines[0]);
            throw e.getCause();
        }
        writer.flush();
        log.info("Exported {} events of application {} up to position {}", lines[0],
                query.applicationId(), query.horizon());
    }

    private static Instant instant(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " is an ISO-8601 instant, such as 2026-03-14T17:40:00Z");
        }
    }

    private ResponseEntity<StreamingResponseBody> error(HttpStatus status, String message) {
        byte[] body = views.error(message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(out -> out.write(body));
    }
}
