package io.outeract.contract.common;

/** A messaging platform Outeract speaks. The wire name is what the APIs show. */
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

    public String wireName() {
        return wireName;
    }

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
