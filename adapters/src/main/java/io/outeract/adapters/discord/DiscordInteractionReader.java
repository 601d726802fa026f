package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.JsonNode;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.PlatformAccount;
import io.outeract.contract.inbound.ReceivedMessage;
import io.outeract.contract.inbound.ReceivedMessage.Choice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A slash command, a component click or a modal submit as Outeract's received message: what a
 * person did in a channel, named by the interaction's id. A command reads as the line the
 * person typed ({@code /ticket title:… priority:2}); a click or a pick names the component's
 * {@code custom_id}, replying to the message the component sits on.
 */
final class DiscordInteractionReader {

    static final String COMMAND = "command";
    static final String COMPONENT = "component";
    static final String MODAL = "modal";

    private static final int SUB_COMMAND = 1;
    private static final int SUB_COMMAND_GROUP = 2;
    private static final Set<Integer> THREAD_CHANNEL_TYPES = Set.of(10, 11, 12);
    private static final int GROUP_DM = 3;

    private DiscordInteractionReader() {
    }

    static ReceivedMessage command(JsonNode interaction, String applicationId) {
        JsonNode data = data(interaction);
        String name = DiscordJson.text(data.get("name"));
        if (name == null) {
            throw new MalformedWebhookException("A Discord command needs its name");
        }
        StringBuilder path = new StringBuilder(name);
        StringBuilder line = new StringBuilder("/").append(name);
        appendOptions(data.path("options"), path, line);
        return message(interaction, applicationId, line.toString(), null, COMMAND,
                new Choice(path.toString(), "/" + path, null));
    }

    static ReceivedMessage component(JsonNode interaction, String applicationId) {
        JsonNode data = data(interaction);
        String customId = customId(data);
        JsonNode message = interaction.path("message");
        String repliedTo = DiscordJson.isSnowflake(DiscordJson.text(message.get("id")))
                ? message.get("id").textValue() : null;
        List<String> values = new ArrayList<>();
        data.path("values").forEach(value -> values.add(value.asText()));
        return message(interaction, applicationId,
                values.isEmpty() ? null : String.join(",", values), repliedTo, COMPONENT,
                new Choice(customId, labelOf(message.path("components"), customId), null));
    }

    static ReceivedMessage modal(JsonNode interaction, String applicationId) {
        JsonNode data = data(interaction);
        List<String> values = new ArrayList<>();
        data.path("components").forEach(row -> row.path("components").forEach(
                input -> values.add(input.path("value").asText(""))));
        return message(interaction, applicationId, String.join("\n", values), null, MODAL,
                new Choice(customId(data), null, null));
    }

    private static ReceivedMessage message(JsonNode interaction, String applicationId,
            String text, String replyTo, String contentKind, Choice choice) {
        String id = DiscordJson.snowflake(interaction.get("id"), "interaction id");
        String channelId = DiscordJson.snowflake(interaction.get("channel_id"), "channel_id");
        JsonNode channel = interaction.path("channel");
        boolean inThread = THREAD_CHANNEL_TYPES.contains(channel.path("type").asInt(-1));
        return new ReceivedMessage(
                id,
                channelId,
                chatTypeOf(interaction),
                senderOf(interaction),
                new PlatformAccount(applicationId, null, null, true),
                text,
                List.of(),
                replyTo,
                inThread ? channelId : null,
                contentKind,
                null,
                null,
                choice);
    }

    /** In a guild the person is {@code member.user}, nicknamed there; in a DM {@code user}. */
    static PlatformAccount senderOf(JsonNode interaction) {
        JsonNode member = interaction.get("member");
        JsonNode user = member != null ? member.get("user") : interaction.get("user");
        String id = DiscordJson.snowflake(user == null ? null : user.get("id"), "user id");
        String nick = member == null ? null : DiscordJson.text(member.get("nick"));
        String globalName = DiscordJson.text(user.get("global_name"));
        String username = DiscordJson.text(user.get("username"));
        String displayName = nick != null ? nick : globalName != null ? globalName : username;
        return new PlatformAccount(id, displayName, username, user.path("bot").asBoolean(false));
    }

    private static String chatTypeOf(JsonNode interaction) {
        if (interaction.hasNonNull("guild_id")) {
            return "guild";
        }
        return interaction.path("channel").path("type").asInt(-1) == GROUP_DM ? "group_dm" : "dm";
    }

    // Sub-commands and groups nest as options of their own; values follow their name.
    private static void appendOptions(JsonNode options, StringBuilder path, StringBuilder line) {
        for (JsonNode option : options) {
            String name = option.path("name").asText();
            int type = option.path("type").asInt();
            if (type == SUB_COMMAND || type == SUB_COMMAND_GROUP) {
                path.append(' ').append(name);
                line.append(' ').append(name);
                appendOptions(option.path("options"), path, line);
            } else {
                line.append(' ').append(name).append(':').append(option.path("value").asText());
            }
        }
    }

    private static String labelOf(JsonNode rows, String customId) {
        for (JsonNode row : rows) {
            for (JsonNode component : row.path("components")) {
                if (customId.equals(DiscordJson.text(component.get("custom_id")))) {
                    return DiscordJson.text(component.get("label"));
                }
            }
        }
        return null;
    }

    private static JsonNode data(JsonNode interaction) {
        JsonNode data = interaction.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedWebhookException("A Discord interaction needs its data");
        }
        return data;
    }

    // custom_id is ours, but comes back through the user's client: it is read, never trusted.
    private static String customId(JsonNode data) {
        String customId = DiscordJson.text(data.get("custom_id"));
        if (customId == null || customId.isEmpty() || customId.length() > 100) {
            throw new MalformedWebhookException("A Discord component needs a custom_id of 1 to "
                    + "100 characters");
        }
        return customId;
    }
}
