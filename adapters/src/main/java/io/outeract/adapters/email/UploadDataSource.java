package io.outeract.adapters.email;

import io.outeract.adapters.MediaUpload;
import jakarta.activation.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A stored file as an attachment's data, streamed from file storage while the message is
 * written to the SMTP server, never held whole in memory.
 */
final class UploadDataSource implements DataSource {

    private final MediaUpload upload;
    private final String contentType;

    UploadDataSource(MediaUpload upload, String contentType) {
        this.upload = upload;
        this.contentType = contentType;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        try {
            return upload.content().open();
        } catch (IOException unreadable) {
            throw new FileStorageReadException(upload.fileName(), unreadable);
        }
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        throw new IOException("A stored file is read here, never written");
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getName() {
        return upload.fileName();
    }
}
