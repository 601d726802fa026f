package io.outeract.ingress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;

/** Reads a request body, refusing it as soon as it grows past the limit. */
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

    private static WebhookRefusal tooLarge(int limit) {
        return new WebhookRefusal(HttpStatus.PAYLOAD_TOO_LARGE,
                "The webhook body is larger than " + limit + " bytes");
    }
}
