package io.outeract.api.webhook;

import io.outeract.command.files.FileStorage;
import io.outeract.ingress.InlineFileStore;
import java.io.IOException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Keeps the files that came inside webhooks in the command side's file storage. */
@Component
class StorageInlineFiles implements InlineFileStore {

    private final FileStorage storage;

    StorageInlineFiles(FileStorage storage) {
        this.storage = storage;
    }

    @Override
    public void keep(UUID fileId, byte[] bytes) throws IOException {
        storage.write(fileId, out -> {
            out.write(bytes);
            return bytes.length;
        });
    }
}
