package io.outeract.ingress;

import java.io.IOException;
import java.util.UUID;

/**
 * Where the files that came inside a delivery (an email's attachments) are kept, under the id
 * of the attachment they are, before the delivery is acknowledged: the platform will not hand
 * them out again.
 */
public interface InlineFileStore {

    void keep(UUID fileId, byte[] bytes) throws IOException;
}
