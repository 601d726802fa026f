package io.outeract.ingress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/** Reads a request body, refusing it as soon as it grows past the limit or is not UTF-8. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream input, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(
                declaredLength > 0 ? (int) declaredLength : 1024);
        byte[] chunk = new byte[8192];
        int read;
        while ((read = input.read(chunk)) != -1) {
            if (body.size() + read > limit) {
                throw tooLarge(limit);
            }
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    /**
     * Refuses bytes that are not strict UTF-8, overlong forms among them: a lenient decoder
     * would read {@code C0 AF} as '/', a trick for slipping characters past checks.
     */
    static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new WebhookRefusal(HttpStatus.BAD_REQUEST, "The webhook body is not valid UTF-8");
        }
    }

    private static WebhookRefusal tooLarge(int limit) {
        return new WebhookRefusal(HttpStatus.PAYLOAD_TOO_LARGE,
                "The webhook body is larger than " + limit + " bytes");
    }
}
