package io.outeract.command.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * Where Outeract keeps the bytes of files (downloaded attachments). A local directory by
 * default; a cloud bucket implements the same three operations. A file is written whole or not
 * at all: {@link #write} makes it visible only once its writer has finished without failing.
 */
public interface FileStorage {

    /** Writes a file by handing the writer a stream; a failed writer leaves no file behind. */
    <T> T write(UUID fileId, FileWriter<T> writer) throws IOException;

    /** Opens a stored file, or throws {@link java.io.FileNotFoundException}. */
    InputStream open(UUID fileId) throws IOException;

    boolean exists(UUID fileId);

    /** A stored file's size in bytes, or throws {@link java.io.FileNotFoundException}. */
    long size(UUID fileId) throws IOException;

    void delete(UUID fileId) throws IOException;

    /** Writes a file's bytes into the stream it is given, and says what it wrote. */
    @FunctionalInterface
    interface FileWriter<T> {
        T writeTo(OutputStream out) throws IOException;
    }
}
