package io.outeract.query.eventgraph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts with NUL characters still make JSON that jsonb takes; nothing else changes. */
class JsonbTextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void replacesAnEscapedNulWithTheReplacementCharacter() throws Exception {
        String written = json.writeValueAsString(Map.of("text", "a\u0000b"));

        String stored = JsonbText.of(written);

        assertThat(json.readTree(stored).path("text").asText()).isEqualTo("a\ufffdb");
    }

    @Test
    void leavesABackslashFollowedByTheLettersU0000Alone() throws Exception {
        String written = json.writeValueAsString(Map.of("text", "a\\u0000b"));

        assertThat(JsonbText.of(written)).isEqualTo(written);
    }

    @Test
    void replacesANulThatFollowsAnEscapedBackslash() throws Exception {
        String written = json.writeValueAsString(Map.of("text", "\\\u0000"));

        assertThat(json.readTree(JsonbText.of(written)).path("text").asText())
                .isEqualTo("\\\ufffd");
    }
}
