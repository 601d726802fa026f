package io.outeract.command.files;

import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a downloaded file into storage, measuring it on the way: its size, bounded by
 * {@code outeract.files.max-bytes}, and its SHA-256, which the stored-file event keeps so that
 * anyone can check the bytes later.
 */
@Component
class StoredFileWriter {

    /** A file written: what the platform said of it, its size and its SHA-256 in hex. */
    record Written(MediaDownload download, long sizeBytes, String sha256Hex) {
    }

    @FunctionalInterface
    interface Download {
        MediaDownload into(OutputStream out) throws MediaDownloadException;
    }

    private final FileStorage storage;
    private final long maxBytes;

    StoredFileWriter(FileStorage storage,
            @Value("${outeract.files.max-bytes:104857600}") long maxBytes) {
        this.storage = storage;
        this.maxBytes = maxBytes;
    }

    Written write(UUID fileId, Download download) throws MediaDownloadException, IOException {
        MessageDigest digest = sha256();
        try {
            return storage.write(fileId, out -> {
                Bounded bounded = new Bounded(new DigestOutputStream(out, digest), maxBytes);
                MediaDownload downloaded;
                try {
                    downloaded = download.into(bounded);
                } catch (MediaDownloadException e) {
                    throw new DownloadFailed(e);
                }
                bounded.flush();
                return new Written(downloaded, bounded.count,
                        HexFormat.of().formatHex(digest.digest()));
            });
        } catch (DownloadFailed failed) {
            throw failed.cause;
        } catch (TooLarge e) {
            throw new MediaDownloadException(e.getMessage(), false);
        }
    }

    boolean exists(UUID fileId) {
        return storage.exists(fileId);
    }

    /** The size and SHA-256 of a file already stored, read back from storage. */
    Written measure(UUID fileId, String mimeType) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        try (InputStream in = storage.open(fileId)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        }
        return new Written(new MediaDownload(mimeType, size), size,
                HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Carries a platform's failure out through the storage's writer, which may only throw IO. */
    private static final class DownloadFailed extends IOException {
        private final MediaDownloadException cause;

        DownloadFailed(MediaDownloadException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("the file is larger than the " + maxBytes + " bytes Outeract stores");
        }
    }

    private static final class Bounded extends FilterOutputStream {
        private final long maxBytes;
        private long count;

        Bounded(OutputStream out, long maxBytes) {
            super(out);
            this.maxBytes = maxBytes;
        }

        @Override
        public void write(int b) throws IOException {
            require(1);
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            require(length);
            out.write(bytes, offset, length);
        }

        private void require(int more) throws IOException {
            count += more;
            if (count > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }
    }
}
