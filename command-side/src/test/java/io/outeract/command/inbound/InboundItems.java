package io.outeract.command.inbound;

import static io.outeract.command.TestIds.named;

import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.common.Platform;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.MessageEditedEvent;
import io.outeract.contract.inbound.MessageReceivedEvent;
import io.outeract.contract.inbound.PlatformEventReceivedEvent;
import io.outeract.contract.inbound.ReceivedMessage;
import io.outeract.contract.inbound.RecordMessageEditedCommand;
import io.outeract.contract.inbound.RecordMessageReceivedCommand;
import io.outeract.contract.inbound.RecordPlatformEventCommand;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Webhook items as the ingress hands them over, and the events they must become. Each item's
 * event id is derived from its application and deduplication key, as the ingress derives it.
 */
final class InboundItems {

    static final UUID APPLICATION = named("application support bot");
    static final UUID OTHER_APPLICATION = named("application of someone else");
    static final UUID CONNECTION = named("connection support bot on telegram");
    static final Instant OCCURRED_AT = Instant.parse("2025-05-01T09:59:58Z");
    static final Instant RECEIVED_AT = Instant.parse("2025-05-01T10:00:00Z");

    static final String FIRST_KEY = "telegram:7001:update:1001";
    static final String SECOND_KEY = "telegram:7001:update:1002";
    static final String THIRD_KEY = "telegram:7001:update:1003";

    private static final PlatformAccount ALICE =
            new PlatformAccount("501", "Alice", "alice", false);
    private static final PlatformAccount BOT = new PlatformAccount("7001", "Support", "sbot", true);
    private static final ReceivedMessage HELLO = new ReceivedMessage(
            "88", "501", "private", ALICE, BOT, "Hello", List.of(), null, null);
    private static final String CALLBACK = "{\"callback_query\":{\"data\":\"track\"}}";

    private InboundItems() {
    }

    static UUID eventId(UUID applicationId, String dedupeKey) {
        return DerivedIds.inboundEvent(applicationId, dedupeKey);
    }

    static RecordMessageReceivedCommand received(UUID applicationId, String dedupeKey) {
        return new RecordMessageReceivedCommand(eventId(applicationId, dedupeKey), applicationId,
                CONNECTION, Platform.TELEGRAM, dedupeKey, HELLO, OCCURRED_AT, RECEIVED_AT);
    }

    static MessageReceivedEvent receivedEvent(UUID applicationId, String dedupeKey) {
        return new MessageReceivedEvent(eventId(applicationId, dedupeKey), applicationId,
                CONNECTION, Platform.TELEGRAM, dedupeKey, HELLO, OCCURRED_AT, RECEIVED_AT);
    }

    static RecordMessageEditedCommand edited(String dedupeKey) {
        return new RecordMessageEditedCommand(eventId(APPLICATION, dedupeKey), APPLICATION,
                CONNECTION, Platform.TELEGRAM, dedupeKey, HELLO, OCCURRED_AT, RECEIVED_AT);
    }

    static MessageEditedEvent editedEvent(String dedupeKey) {
        return new MessageEditedEvent(eventId(APPLICATION, dedupeKey), APPLICATION,
                CONNECTION, Platform.TELEGRAM, dedupeKey, HELLO, OCCURRED_AT, RECEIVED_AT);
    }

    static RecordPlatformEventCommand buttonPressed(String dedupeKey) {
        return new RecordPlatformEventCommand(eventId(APPLICATION, dedupeKey), APPLICATION,
                CONNECTION, Platform.TELEGRAM, dedupeKey, "callback_query", ALICE, CALLBACK,
                OCCURRED_AT, RECEIVED_AT);
    }

    static PlatformEventReceivedEvent buttonPressedEvent(String dedupeKey) {
        return new PlatformEventReceivedEvent(eventId(APPLICATION, dedupeKey), APPLICATION,
                CONNECTION, Platform.TELEGRAM, dedupeKey, "callback_query", ALICE, CALLBACK,
                OCCURRED_AT, RECEIVED_AT);
    }
}
