package io.outeract.contract.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A messaging platform Outeract speaks. The wire name is what the APIs show and what events
 * store; reading accepts the enum name too.
 */
public enum Platform {
    TELEGRAM("telegram"),
    WHATSAPP("whatsapp"),
    INSTAGRAM("instagram"),
    MESSENGER("messenger"),
    SLACK("slack"),
    DISCORD("discord"),
    SMS("sms"),
    EMAIL("email");

    private final String wireName;

    Platform(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static Platform fromWireName(String name) {
        for (Platform platform : values()) {
            if (platform.wireName.equalsIgnoreCase(name)
                    || platform.name().equalsIgnoreCase(name)) {
                return platform;
            }
        }
        throw new IllegalArgumentException("Unknown platform '" + name + "'");
    }
}
