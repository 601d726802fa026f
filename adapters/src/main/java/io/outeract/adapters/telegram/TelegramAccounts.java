package io.outeract.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.contract.common.PlatformAccount;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Telegram users and chats as the accounts that write, react or press buttons. */
final class TelegramAccounts {

    private TelegramAccounts() {
    }

    /**
     * Who wrote a message: its user, or, for channel posts and anonymous admins without a user,
     * the chat that speaks for them.
     */
    static PlatformAccount senderOf(JsonNode message) {
        return firstNonNull(
                user(message.get("from")),
                chat(message.get("sender_chat")),
                chat(message.get("chat")));
    }

    /** Who caused an update that is not a message, when it names anyone. */
    static PlatformAccount actorOf(JsonNode update) {
        if (update == null || !update.isObject()) {
            return null;
        }
        return firstNonNull(
                user(update.get("from")),
                user(update.get("user")),
                chat(update.get("actor_chat")),
                chat(update.get("voter_chat")));
    }

    /** The bot itself; updates never name it, so its id comes from the connection. */
    static PlatformAccount bot(String botId) {
        return new PlatformAccount(botId, null, null, true);
    }

    private static PlatformAccount user(JsonNode user) {
        String id = JsonValues.id(JsonValues.field(user, "id"));
        if (id == null) {
            return null;
        }
        return new PlatformAccount(
                id,
                fullName(user),
                JsonValues.text(user.get("username")),
                user.path("is_bot").asBoolean(false));
    }

    private static PlatformAccount chat(JsonNode chat) {
        String id = JsonValues.id(JsonValues.field(chat, "id"));
        if (id == null) {
            return null;
        }
        String title = JsonValues.text(chat.get("title"));
        return new PlatformAccount(
                id,
                title != null ? title : fullName(chat),
                JsonValues.text(chat.get("username")),
                false);
    }

    private static String fullName(JsonNode person) {
        String name = Stream.of(person.get("first_name"), person.get("last_name"))
                .map(JsonValues::text)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    private static PlatformAccount firstNonNull(PlatformAccount... candidates) {
        return Stream.of(candidates).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
