package io.outeract.contract.common;

/** The dotted event type names that the Developer API shows for each domain event. */
public final class EventTypes {

    public static final String MESSAGE_RECEIVED = "message.received";
    public static final String MESSAGE_EDITED = "message.edited";
    public static final String MESSAGE_SEND_REQUESTED = "message.send_requested";
    public static final String MESSAGE_SENT = "message.sent";
    public static final String MESSAGE_RETRY_SCHEDULED = "message.retry_scheduled";
    public static final String MESSAGE_FAILED = "message.failed";
    public static final String MESSAGE_STATUS_UPDATED = "message.status_updated";
    public static final String ATTACHMENT_STORED = "message.attachment_stored";
    public static final String ATTACHMENT_UNAVAILABLE = "message.attachment_unavailable";
    public static final String PLATFORM_USER_LINKED = "user.platform_user_linked";
    public static final String PLATFORM_USER_UNLINKED = "user.platform_user_unlinked";
    public static final String PLATFORM_EVENT_PREFIX = "platform.";

    private EventTypes() {
    }

    /** The type of an update the adapter keeps raw, such as {@code platform.callback_query}. */
    public static String platformEvent(String kind) {
        return PLATFORM_EVENT_PREFIX + kind;
    }
}
