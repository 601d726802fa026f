package io.outeract.adapters.sms;

import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/**
 * A form body that OkHttp may write once only and that remembers whether it was written, as
 * {@link io.outeract.adapters.OneShotJsonBody} does for JSON: a send that reached the
 * connection may have been carried out, and must not be repeated behind the caller's back.
 */
final class OneShotFormBody extends RequestBody {

    private static final MediaType FORM =
            MediaType.get("application/x-www-form-urlencoded; charset=utf-8");

    private final byte[] form;
    private volatile boolean handedOver;

    OneShotFormBody(FormBody form) {
        try (Buffer buffer = new Buffer()) {
            form.writeTo(buffer);
            this.form = buffer.readByteArray();
        } catch (IOException impossible) {
            // Writing to a memory buffer does not fail.
            throw new IllegalStateException(impossible);
        }
    }

    boolean handedOver() {
        return handedOver;
    }


    @Override
    public MediaType contentType() {
        return FORM;
    }

    @Override
    public long contentLength() {
        return form.length;
    }

    @Override
    public boolean isOneShot() {
        return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        handedOver = true;
        sink.write(form);
    }
}
