package io.outeract.adapters.meta.whatsapp;

import io.outeract.adapters.MediaUpload;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/** A stored file streamed into a multipart upload, opened afresh each time it is written. */
final class UploadBody extends RequestBody {

    private final MediaUpload upload;

    UploadBody(MediaUpload upload) {
        this.upload = upload;
    }

    @Override
    public MediaType contentType() {
        return upload.mimeType() == null ? null : MediaType.parse(upload.mimeType());
    }

    @Override
    public long contentLength() {
        return upload.sizeBytes() > 0 ? upload.sizeBytes() : -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        try (InputStream in = upload.content().open(); Source source = Okio.source(in)) {
            sink.writeAll(source);
        }
    }
}
