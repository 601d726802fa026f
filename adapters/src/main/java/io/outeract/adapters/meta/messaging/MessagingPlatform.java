package io.outeract.adapters.meta.messaging;

import io.outeract.contract.common.Platform;
import java.nio.charset.StandardCharsets;

/** What differs between Messenger and Instagram where they otherwise share the machinery. */
enum MessagingPlatform {

    MESSENGER(Platform.MESSENGER, "page", "Messenger", "Page",
            MessagingCredentials.PAGE_ACCESS_TOKEN, MessagingCredentials.PAGE_ID,
            "name", true),

    // Instagram's send examples carry no messaging_type and no is_reusable (instagram.md §3).
    INSTAGRAM(Platform.INSTAGRAM, "instagram", "Instagram", "Instagram account",
            MessagingCredentials.INSTAGRAM_ACCESS_TOKEN, MessagingCredentials.INSTAGRAM_ACCOUNT_ID,
            "username", false);

    private static final int MESSENGER_TEXT_CHARACTERS = 2000;
    private static final int INSTAGRAM_TEXT_BYTES = 1000;

    private final Platform platform;
    private final String object;
    private final String displayName;
    private final String accountNoun;
    private final String tokenName;
    private final String accountIdName;
    private final String accountNameField;
    private final boolean messengerSendApi;

    MessagingPlatform(Platform platform, String object, String displayName, String accountNoun,
            String tokenName, String accountIdName, String accountNameField,
            boolean messengerSendApi) {
        this.platform = platform;
        this.object = object;
        this.displayName = displayName;
        this.accountNoun = accountNoun;
        this.tokenName = tokenName;
        this.accountIdName = accountIdName;
        this.accountNameField = accountNameField;
        this.messengerSendApi = messengerSendApi;
    }

    Platform platform() {
        return platform;
    }

    /** The webhook's {@code object}. */
    String object() {
        return object;
    }

    /** How logs and descriptions name the platform: Messenger, Instagram. */
    String displayName() {
        return displayName;
    }

    /** What the webhook's entry id and the send path name: a Page, an Instagram account. */
    String accountNoun() {
        return accountNoun;
    }

    /** The first segment of every dedupe key. */
    String dedupePrefix() {
        return platform.wireName();
    }

    String tokenName() {
        return tokenName;
    }

    String accountIdName() {
        return accountIdName;
    }

    /** The Graph field that names the account for people: a Page's name, an IG username. */
    String accountNameField() {
        return accountNameField;
    }

    /** Messenger's Send API wants messaging_type and lets an attachment URL be reused. */
    boolean messengerSendApi() {
        return messengerSendApi;
    }

    /**
     * Messenger takes 2000 characters; Instagram 1000, which Meta may count in UTF-8 bytes, so
     * bytes are counted to be safe (instagram.md §3).
     */
    boolean fitsText(String text) {
        return switch (this) {
            case MESSENGER -> text.codePointCount(0, text.length()) <= MESSENGER_TEXT_CHARACTERS;
            case INSTAGRAM -> text.getBytes(StandardCharsets.UTF_8).length <= INSTAGRAM_TEXT_BYTES;
        };
    }

    String textLimit() {
        return switch (this) {
            case MESSENGER -> MESSENGER_TEXT_CHARACTERS + " characters";
            case INSTAGRAM -> INSTAGRAM_TEXT_BYTES + " bytes of UTF-8";
        };
    }
}
