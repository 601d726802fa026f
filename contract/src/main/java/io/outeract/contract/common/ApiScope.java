package io.outeract.contract.common;

/** What a Developer API key may do. The wire value is what keys and errors name. */
public enum ApiScope {
    EVENTS_READ("events:read"),
    MESSAGES_SEND("messages:send"),
    USERS_READ("users:read"),
    USERS_WRITE("users:write"),
    CONNECTIONS_READ("connections:read"),
    FILES_READ("files:read"),
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static ApiScope fromValue(String value) {
        for (ApiScope scope : values()) {
            if (scope.value.equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("Unknown scope '" + value + "'");
    }
}
