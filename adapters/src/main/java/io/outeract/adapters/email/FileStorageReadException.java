package io.outeract.adapters.email;

import java.io.IOException;

/** Outeract's file storage failed while an attachment was read for sending. */
final class FileStorageReadException extends IOException {

    FileStorageReadException(String fileName, IOException cause) {
        super("The stored file " + fileName + " could not be read", cause);
    }
}
