package io.outeract.command.outbound;

import io.outeract.command.Texts;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;
import io.outeract.contract.outbound.SendMessageCommand;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a message to send may hold: a text, a media item with the text as its caption, or a
 * template. Each platform has its own narrower limits; its adapter refuses what it cannot send.
 */
final class SendContent {

    static final int MAX_TEXT_LENGTH = 4096;
    static final Set<String> MEDIA_KINDS = Set.of("image", "video", "audio", "document", "sticker");

    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_TEMPLATE_COMPONENTS_LENGTH = 16_384;
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?");

    private SendContent() {
    }

    static void requireValid(SendMessageCommand command) {
        boolean hasText = command.text() != null && !command.text().isBlank();
        if (command.media() != null && command.template() != null) {
            throw new IllegalArgumentException("A message is a media item or a template, not both");
        }
        if (!hasText && command.media() == null && command.template() == null) {
            throw new IllegalArgumentException(
                    "A message needs a text, a media item or a template");
        }
        if (command.text() != null) {
            requireText(command.text());
        }
        if (command.media() != null) {
            requireMedia(command.media());
        }
        if (command.template() != null) {
            requireTemplate(command.template());
        }
        if (command.replyToExternalMessageId() != null) {
            requireShort(command.replyToExternalMessageId(), "The message replied to", 998);
        }
        if (command.subject() != null) {
            requireShort(command.subject(), "A subject", 998);
        }
    }

    /** 998 characters is the longest line a mail header may have (RFC 5322). */
    private static void requireShort(String value, String what, int maxLength) {
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(what + " has 1 to " + maxLength + " characters");
        }
        Texts.requirePrintableName(value, what);
    }

    private static void requireText(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                    "A message text has at most " + MAX_TEXT_LENGTH + " characters");
        }
        Texts.requirePrintableMessage(text, "A message text");
    }

    private static void requireMedia(MediaReference media) {
        if (media.kind() == null || !MEDIA_KINDS.contains(media.kind())) {
            throw new IllegalArgumentException("A media kind is one of " + MEDIA_KINDS);
        }
        if ((media.url() == null) == (media.fileId() == null)) {
            throw new IllegalArgumentException("A media item has a url or a fileId, not both");
        }
        if (media.url() != null) {
            requireHttpsUrl(media.url());
        } else {
            requireFileId(media.fileId());
        }
        if (media.caption() != null) {
            Texts.requirePrintableMessage(media.caption(), "A media caption");
        }
        if (media.fileName() != null) {
            Texts.requirePrintableName(media.fileName(), "A media file name");
        }
    }

    private static void requireHttpsUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("A media url is not a URL: " + e.getReason());
        }
        boolean https = "https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT));
        if (!https || uri.getHost() == null || url.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException("A media url is an https URL of at most "
                    + MAX_URL_LENGTH + " characters: the platform fetches it from the internet");
        }
    }

    private static void requireFileId(String fileId) {
        try {
            UUID.fromString(fileId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A media fileId is the id of a stored file");
        }
    }

    private static void requireTemplate(MessageTemplate template) {
        if (template.name() == null || !TEMPLATE_NAME.matcher(template.name()).matches()) {
            throw new IllegalArgumentException(
                    "A template name is lowercase letters, digits and underscores");
        }
        if (template.language() == null || !LANGUAGE.matcher(template.language()).matches()) {
            throw new IllegalArgumentException("A template language is a code such as en_US");
        }
        String components = template.componentsJson();
        if (components != null && components.length() > MAX_TEMPLATE_COMPONENTS_LENGTH) {
            throw new IllegalArgumentException("A template's components have at most "
                    + MAX_TEMPLATE_COMPONENTS_LENGTH + " characters of JSON");
        }
    }
}
