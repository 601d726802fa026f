package io.outeract.command.files;

import io.outeract.adapters.MediaDownload;
import io.outeract.adapters.MediaDownloadException;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.PlatformAdapters;
import io.outeract.command.credentials.CredentialVault;
import io.outeract.contract.common.Attachment;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.Platform;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.RecordAttachmentUnavailableCommand;
import io.outeract.contract.inbound.StoreAttachmentCommand;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Downloads the attachments of inbound messages through their platform's media API into file
 * storage, after the webhook was acknowledged: a download can take seconds, and platforms want
 * their answer in less. Each attachment's file id is derived from its event, so a download
 * that is repeated after a crash finds its file and only records it.
 *
 * <p>It calls platforms, so it never runs on replay. A platform that keeps failing gets three
 * tries a few seconds apart, then the attachment is recorded unavailable: waiting longer would
 * hold up every later download behind it. That is a known limit, not a guarantee.
 */
@Component
@ProcessingGroup(MediaFetching.GROUP)
@DisallowReplay
class MediaFetching {

    static final String GROUP = "media-downloads";
    private static final Logger log = LoggerFactory.getLogger(MediaFetching.class);

    private final PlatformAdapters adapters;
    private final CredentialVault vault;
    private final StoredFileWriter files;
    private final CommandGateway commands;
    private final Clock clock;
    private final RetryPause pause;
    private final Set<Platform> platforms;

    MediaFetching(PlatformAdapters adapters, CredentialVault vault, StoredFileWriter files,
            CommandGateway commands, Clock clock, RetryPause pause,
            @Value("${outeract.files.download-platforms:}") Set<String> platforms) {
        this.platforms = platforms.stream().filter(name -> !name.isBlank())
                .map(Platform::fromWireName).collect(Collectors.toUnmodifiableSet());
        this.adapters = adapters;
        this.vault = vault;
        this.files = files;
        this.commands = commands;
        this.clock = clock;
        this.pause = pause;
    }

    @EventHandler
    void on(MessageReceivedEvent event) {
        List<Attachment> attachments = event.message().attachments();
        if (attachments.isEmpty()) {
            return;
        }
        PlatformAdapter adapter = adapters.of(event.platform());
        Optional<Credentials> credentials = vault.credentials(event.connectionId());

        for (int index = 0; index < attachments.size(); index++) {
            Attachment attachment = attachments.get(index);
            UUID fileId = DerivedIds.storedFile(event.eventId(), index);
            if (files.exists(fileId)) {
                storedAlready(event, index, fileId, attachment);
                continue;
            }
            if (!downloadsFrom(event.platform()) || !adapter.canDownload(attachment)) {
                continue;
            }
            if (credentials.isEmpty()) {
                unavailable(event, index, "the connection was disconnected before the download");
                continue;
            }
            fetch(event, index, attachment, adapter, credentials.get());
        }
    }

    /** Every platform's media is downloaded unless the configuration names some only. */
    private boolean downloadsFrom(Platform platform) {
        return platforms.isEmpty() || platforms.contains(platform);
    }

    private void fetch(MessageReceivedEvent event, int index, Attachment attachment,
            PlatformAdapter adapter, Credentials credentials) {
        UUID fileId = DerivedIds.storedFile(event.eventId(), index);
        for (int attempt = 1; ; attempt++) {
            try {
                StoredFileWriter.Written written = files.write(fileId, out ->
                        adapter.downloadMedia(attachment, credentials, out));
                stored(event, index, fileId, written, attachment.fileName());
                return;
            } catch (MediaDownloadException e) {
                if (!e.retryable() || attempt == 3) {
                    unavailable(event, index, e.getMessage());
                    return;
                }
                log.info("Download {} of attachment {} of event {} failed, trying again: {}",
                        attempt, index, event.eventId(), e.getMessage());
                pause.after(attempt);
            } catch (IOException e) {
                // The storage failed, not the platform: the handler fails and Axon retries it.
                throw new IllegalStateException("File storage failed for attachment " + index
                        + " of event " + event.eventId() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * A file that came inside its webhook was stored before the webhook was acknowledged; so is
     * one whose download finished just before a crash. Either is only measured and recorded.
     */
    private void storedAlready(MessageReceivedEvent event, int index, UUID fileId,
            Attachment attachment) {
        try {
            stored(event, index, fileId, files.measure(fileId, attachment.mimeType()),
                    attachment.fileName());
        } catch (IOException e) {
            throw new IllegalStateException("File storage failed for attachment " + index
                    + " of event " + event.eventId() + ": " + e.getMessage(), e);
        }
    }

    private void stored(MessageReceivedEvent event, int index, UUID fileId,
            StoredFileWriter.Written written, String fileName) {
        MediaDownload download = written.download();
        commands.sendAndWait(new StoreAttachmentCommand(event.eventId(), index, fileId,
                download.mimeType(), written.sizeBytes(), written.sha256Hex(), clock.instant(),
                fileName));
        log.info("Stored attachment {} of event {} of connection {} as file {} ({} bytes)",
                index, event.eventId(), event.connectionId(), fileId, written.sizeBytes());
    }

    private void unavailable(MessageReceivedEvent event, int index, String reason) {
        log.warn("Attachment {} of event {} of connection {} could not be downloaded: {}",
                index, event.eventId(), event.connectionId(), reason);
        commands.sendAndWait(new RecordAttachmentUnavailableCommand(event.eventId(), index,
                reason, clock.instant()));
    }
}
