package io.outeract.adapters.meta.whatsapp;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Passes a download's bytes on while it takes their SHA-256 and refuses more than a limit. The
 * limit is kept here, not by the Graph API client, so that a file too large is told apart from
 * a connection that dropped: only the second is worth another try.
 */
final class CheckedMediaStream extends FilterOutputStream {

    private final MessageDigest sha256;
    private final long maxBytes;
    private long written;
    private boolean tooLarge;

    CheckedMediaStream(OutputStream into, long maxBytes) {
        super(into);
        this.maxBytes = maxBytes;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is not available", impossible);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (written + length > maxBytes) {
            tooLarge = true;
            throw new IOException("the media is larger than " + maxBytes + " bytes");
        }
        out.write(bytes, offset, length);
        sha256.update(bytes, offset, length);
        written += length;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    /** The SHA-256 of the bytes written; call once, after the last of them. */
    byte[] digest() {
        return sha256.digest();
    }
}
