package io.outeract.command.outbound;

import io.outeract.adapters.MediaUpload;
import io.outeract.adapters.OutgoingMessage;
import io.outeract.command.files.FileStorage;
import io.outeract.contract.outbound.MediaReference;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns a queued send into what an adapter sends. A media item named by its stored file is
 * handed over as an upload that opens the file when the adapter reads it, so that a large
 * file is streamed, never held in memory.
 */
@Component
class OutgoingMessages {

    private final FileStorage files;

    OutgoingMessages(FileStorage files) {
        this.files = files;
    }

    /** The message to send; empty when the stored file it names is gone. */
    Optional<OutgoingMessage> of(QueuedSend send) throws IOException {
        MediaReference media = withCaption(send.media(), send.text());
        MediaUpload upload = null;
        if (media != null && media.fileId() != null) {
            UUID fileId = UUID.fromString(media.fileId());
            long size;
            try {
                size = files.size(fileId);
            } catch (NoSuchFileException | FileNotFoundException e) {
                return Optional.empty();
            }
            String name = media.fileName() != null ? media.fileName() : fileId.toString();
            upload = new MediaUpload(name, media.mimeType(), size, () -> files.open(fileId));
        }
        return Optional.of(new OutgoingMessage(send.externalChatId(), send.text(),
                send.replyToExternalMessageId(), media, send.template(), upload, send.subject()));
    }

    /** The message's text is its media item's caption, for adapters that read either. */
    private static MediaReference withCaption(MediaReference media, String text) {
        if (media == null || media.caption() != null || text == null) {
            return media;
        }
        return new MediaReference(media.kind(), media.url(), media.fileId(), text,
                media.fileName(), media.mimeType());
    }
}
