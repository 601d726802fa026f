package io.outeract.adapters;

import java.io.IOException;
import java.io.InputStream;

/** A stored file handed to an adapter to upload: its name, type, size and a way to read it. */
public record MediaUpload(String fileName, String mimeType, long sizeBytes, Content content) {

    /** Opens the bytes afresh each time, so that an adapter may retry an upload. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
