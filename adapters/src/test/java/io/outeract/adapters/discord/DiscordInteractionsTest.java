package io.outeract.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outeract.adapters.ConnectionContext;
import io.outeract.adapters.InboundItem;
import io.outeract.adapters.MalformedWebhookException;
import io.outeract.adapters.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Interactions beside the fixtures: sub-commands, menus, modals, autocomplete, kinds Outeract
 * does not know, and bodies that are not Discord's.
 */
class DiscordInteractionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DiscordAdapter adapter = FakeDiscord.offlineAdapter(Clock.systemUTC());
    private final DiscordAcknowledgements acknowledgements = new DiscordAcknowledgements(JSON);

    @Test
    void readsASubCommandAsTheLineThePersonTyped() {
        InboundItem item = parse(command(data -> {
            data.removeAll();
            data.put("name", "ticket").put("type", 1);
            ObjectNode close = data.putArray("options").addObject()
                    .put("name", "close").put("type", 1);
            close.putArray("options").addObject()
                    .put("name", "reason").put("type", 3).put("value", "fixed");
        }));

        assertThat(item.message().text()).isEqualTo("/ticket close reason:fixed");
        assertThat(item.message().choice().id()).isEqualTo("ticket close");
        assertThat(item.message().choice().title()).isEqualTo("/ticket close");
    }

    @Test
    void readsTheValuesPickedInASelectMenu() {
        InboundItem item = parse(component(data -> {
            data.put("component_type", 3).put("custom_id", "ticket:priority:TCK-4822");
            data.putArray("values").add("high");
        }));

        assertThat(item.message().contentKind()).isEqualTo("component");
        assertThat(item.message().text()).isEqualTo("high");
        assertThat(item.message().choice().id()).isEqualTo("ticket:priority:TCK-4822");
    }

    @Test
    void readsAModalSubmitAsTheTextsEntered() {
        ObjectNode modal = (ObjectNode) DiscordFixtures.json("slash-command-guild");
        modal.put("type", 5);
        ObjectNode data = modal.putObject("data").put("custom_id", "ticket:details");
        data.putArray("components").addObject().put("type", 1).putArray("components")
                .addObject().put("type", 4).put("custom_id", "steps")
                .put("value", "Öffne Export\nKlicke ✅");

        InboundItem item = parse(modal);

        assertThat(item.message().contentKind()).isEqualTo("modal");
        assertThat(item.message().text()).isEqualTo("Öffne Export\nKlicke ✅");
        assertThat(item.message().choice().id()).isEqualTo("ticket:details");
        assertThat(acknowledgements.of(request(bytes(modal))).body()).isEqualTo("{\"type\":5}");
    }

    @Test
    void keepsAnAutocompleteRawAndOffersNoChoices() {
        ObjectNode autocomplete = command(data -> { });
        autocomplete.put("type", 4);

        InboundItem item = parse(autocomplete);

        assertThat(item.kind()).isEqualTo(InboundItem.Kind.PLATFORM_EVENT);
        assertThat(item.rawKind()).isEqualTo("autocomplete");
        assertThat(item.actor().externalId()).isEqualTo("613636682264088588");
        assertThat(acknowledgements.of(request(bytes(autocomplete))).body())
                .isEqualTo("{\"type\":8,\"data\":{\"choices\":[]}}");
    }

    @Test
    void keepsAnInteractionOfAKindOuteractDoesNotKnowRaw() {
        ObjectNode unknown = command(data -> { });
        unknown.put("type", 9);

        assertThat(parse(unknown).rawKind()).isEqualTo("interaction_9");
    }

    @Test
    void namesTheChannelAsTheThreadOfAnInteractionInAThread() {
        ObjectNode inThread = command(data -> { });
        ((ObjectNode) inThread.get("channel")).put("type", 11);

        assertThat(parse(inThread).message().threadId()).isEqualTo("1108454437556453385");
    }

    @Test
    void namesTheSenderByTheirGlobalNameWithoutANickname() {
        ObjectNode noNick = command(data -> { });
        ((ObjectNode) noNick.get("member")).putNull("nick");

        assertThat(parse(noNick).message().sender().displayName()).isEqualTo("Maya Lindqvist");
    }

    @Test
    void refusesAnInteractionWhoseIdIsNoSnowflake() {
        assertMalformed(bytes(command(data -> { }).put("id", "12.5")));
    }

    @Test
    void refusesAnInteractionWithoutSender() {
        ObjectNode nobody = command(data -> { });
        nobody.remove("member");

        assertMalformed(bytes(nobody));
    }

    @Test
    void refusesAComponentWithoutCustomId() {
        assertMalformed(bytes(component(data -> data.remove("custom_id"))));
    }

    @Test
    void refusesABodyThatIsNotJson() {
        assertMalformed("{\"type\":2".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesADeliveryWithoutType() {
        assertMalformed("{\"token\":\"t\",\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void needsTheApplicationTheConnectionSpeaksFor() {
        ConnectionContext anonymous = new ConnectionContext(UUID.randomUUID(), "relaybot");

        assertThatThrownBy(() -> adapter.parseWebhook(
                DiscordFixtures.delivery("slash-command-guild"), anonymous))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ObjectNode command(Consumer<ObjectNode> change) {
        ObjectNode interaction = (ObjectNode) DiscordFixtures.json("slash-command-guild");
        change.accept((ObjectNode) interaction.get("data"));
        return interaction;
    }

    private static ObjectNode component(Consumer<ObjectNode> change) {
        ObjectNode interaction = (ObjectNode) DiscordFixtures.json("button-click");
        change.accept((ObjectNode) interaction.get("data"));
        return interaction;
    }

    private InboundItem parse(ObjectNode interaction) {
        List<InboundItem> items = adapter.parseWebhook(request(bytes(interaction)),
                DiscordWebhookFixturesTest.CONNECTION).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private void assertMalformed(byte[] body) {
        assertThatThrownBy(() -> adapter.parseWebhook(request(body),
                DiscordWebhookFixturesTest.CONNECTION))
                .isInstanceOf(MalformedWebhookException.class);
    }

    private static WebhookRequest request(byte[] body) {
        return new WebhookRequest(Map.of("Content-Type", "application/json"), body,
                "https://relay.example.net/webhooks/discord/interactions");
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
