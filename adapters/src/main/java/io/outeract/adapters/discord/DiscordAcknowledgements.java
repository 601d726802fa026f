package io.outeract.adapters.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.WebhookReply;
import io.outeract.adapters.WebhookRequest;

/**
 * What to answer a verified Discord delivery with, at once: Discord gives an interaction three
 * seconds, after which the person sees "The application did not respond" and its token dies.
 * A command or modal submit is deferred ({@code {"type":5}}, "thinking…"), a component click
 * acknowledged without changing its message ({@code {"type":6}}), a ping answered
 * ({@code {"type":1}}); an autocomplete gets no choices; a Webhook Event gets 204 and no body.
 * Only a delivery whose signature held may be answered: a PONG to a forged probe gets the
 * endpoint removed by Discord.
 */
public final class DiscordAcknowledgements {

    private static final String JSON = "application/json";

    private final DiscordWebhookParser parser;

    public DiscordAcknowledgements(ObjectMapper objectMapper) {
        this.parser = new DiscordWebhookParser(objectMapper);
    }

    /**
     * @throws io.outeract.adapters.MalformedWebhookException when the body is not Discord's
     */
    public WebhookReply of(WebhookRequest request) {
        JsonNode delivery = parser.read(request.body());
        if (!DiscordWebhookParser.isInteraction(delivery)) {
            return new WebhookReply(204, null, "");
        }
        return switch (DiscordWebhookParser.typeOf(delivery)) {
            case DiscordWebhookParser.PING -> callback("{\"type\":1}");
            case DiscordWebhookParser.MESSAGE_COMPONENT -> callback("{\"type\":6}");
            case DiscordWebhookParser.AUTOCOMPLETE ->
                    callback("{\"type\":8,\"data\":{\"choices\":[]}}");
            default -> callback("{\"type\":5}");
        };
    }

    private static WebhookReply callback(String body) {
        return new WebhookReply(200, JSON, body);
    }
}
