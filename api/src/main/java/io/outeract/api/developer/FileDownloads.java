package io.outeract.api.developer;

import io.outeract.api.graphql.Queries;
import io.outeract.api.security.AuthenticationFailedException;
import io.outeract.api.security.DeveloperAuthentication;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.api.security.MissingScopeException;
import io.outeract.command.files.FileStorage;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.query.FindStoredFileQuery;
import io.outeract.contract.query.StoredFileView;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the files kept of inbound attachments to the application that received them, to API
 * keys with {@code files:read}. Another application's file is not found, not forbidden, so
 * that ids tell nothing across tenants. Files are served as downloads, never rendered inline:
 * their content is whatever a stranger sent.
 */
@RestController
class FileDownloads {

    private static final Logger log = LoggerFactory.getLogger(FileDownloads.class);

    private final DeveloperAuthentication authentication;
    private final Queries queries;
    private final FileStorage storage;

    FileDownloads(DeveloperAuthentication authentication, Queries queries, FileStorage storage) {
        this.authentication = authentication;
        this.queries = queries;
        this.storage = storage;
    }

    @GetMapping({"/files/{fileId}", "/v1/files/{fileId}"})
    ResponseEntity<Object> download(@PathVariable String fileId,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String bearer,
            @RequestHeader(value = "X-Api-Key", required = false) String apiKey)
            throws IOException {
        DeveloperCaller caller;
        try {
            caller = authentication.authenticate(bearer, apiKey);
            caller.require(ApiScope.FILES_READ);
        } catch (AuthenticationFailedException e) {
            return error(HttpStatus.UNAUTHORIZED, e.getMessage());
        } catch (MissingScopeException e) {
            return error(HttpStatus.FORBIDDEN, e.getMessage());
        }

        Optional<StoredFileView> file = parse(fileId).flatMap(id -> queries.one(
                new FindStoredFileQuery(caller.applicationId(), id), StoredFileView.class));
        if (file.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "No file " + fileId + " in this application");
        }
        return serve(file.get());
    }

    private ResponseEntity<Object> serve(StoredFileView file) throws IOException {
        InputStream bytes;
        try {
            bytes = storage.open(file.fileId());
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            log.error("File {} of application {} is recorded but missing from file storage",
                    file.fileId(), file.applicationId());
            return error(HttpStatus.GONE, "The file is recorded but no longer in storage");
        }
        return ResponseEntity.ok()
                .contentType(mediaTypeOf(file.mimeType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(nameOf(file), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + file.sha256Hex())
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(bytes));
    }

    /**
     * The name the sender gave the file, as the last segment of a path only (no directory can
     * come with it), or the file's id when it had none.
     */
    private static String nameOf(StoredFileView file) {
        String name = file.fileName();
        if (name == null) {
            return file.fileId().toString();
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return base.isEmpty() || base.equals(".") || base.equals("..")
                ? file.fileId().toString() : base;
    }

    private static MediaType mediaTypeOf(String mimeType) {
        try {
            return mimeType == null ? MediaType.APPLICATION_OCTET_STREAM
                    : MediaType.parseMediaType(mimeType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<Object> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }
}
