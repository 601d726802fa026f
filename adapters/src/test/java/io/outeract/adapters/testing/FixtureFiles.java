package io.outeract.adapters.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.WebhookRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One platform's fixtures under {@code src/test/resources/fixtures/<platform>}: files of the
 * exact bytes a platform sends or answers, each named {@code <name>.<kind>}, and beside each a
 * {@code <name>.meta.json} that tells its headers and what a reader must make of it.
 */
public final class FixtureFiles {

    private static final String META = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String folder;

    public FixtureFiles(String platform) {
        this.folder = "/fixtures/" + platform + "/";
    }

    /** The bytes of {@code name.json}, the kind most fixtures are. */
    public byte[] bytes(String name) {
        return file(name + ".json");
    }

    public String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public JsonNode json(String name) {
        return readTree(bytes(name));
    }

    public JsonNode meta(String name) {
        return readTree(file(name + META));
    }

    public boolean has(String file) {
        return FixtureFiles.class.getResource(folder + file) != null;
    }

    /** The bytes of a fixture file named in full, whatever its kind. */
    public byte[] file(String file) {
        try (InputStream in = FixtureFiles.class.getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new IllegalArgumentException("There is no fixture " + folder + file);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The names, sorted, of the fixtures whose meta {@code matches}. */
    public List<String> names(Predicate<JsonNode> matches) {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(META))
                    .map(file -> file.substring(0, file.length() - META.length()))
                    .filter(name -> matches.test(meta(name)))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A delivery as it reached Outeract: {@code body} under the headers of the meta. */
    public WebhookRequest webhook(String name, byte[] body, String url) {
        Map<String, String> headers = new HashMap<>();
        meta(name).path("headers").fields().forEachRemaining(
                header -> headers.put(header.getKey(), header.getValue().asText()));
        return new WebhookRequest(headers, body, url);
    }

    private Path directory() {
        URL directory = FixtureFiles.class.getResource(folder);
        try {
            return Path.of(directory.toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonNode readTree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
