package io.outeract.adapters;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body that OkHttp may write once only and that remembers whether it was written.
 * One-shot stops OkHttp from silently repeating a call after a failure on a connection it had
 * already sent on; the flag tells a call that never left from one the platform may have acted
 * on.
 */
public final class OneShotJsonBody extends RequestBody {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final byte[] json;
    private volatile boolean handedOver;

    public OneShotJsonBody(byte[] json) {
        this.json = json;
    }

    /** Whether the body reached the connection, after the request line and headers had. */
    public boolean handedOver() {
        return handedOver;
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public long contentLength() {
        return json.length;
    }

    @Override
    public boolean isOneShot() {
        return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        handedOver = true;
        sink.write(json);
    }
}
