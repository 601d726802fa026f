package io.outeract.api.developer;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.NotFoundException;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.DeveloperCaller;
import io.outeract.contract.common.ApiScope;
import io.outeract.contract.common.DerivedIds;
import io.outeract.contract.outbound.MediaReference;
import io.outeract.contract.outbound.MessageTemplate;
import io.outeract.contract.outbound.SendMessageCommand;
import io.outeract.contract.query.FindMessageQuery;
import io.outeract.contract.query.FindPlatformUsersQuery;
import io.outeract.contract.query.MessageView;
import io.outeract.contract.query.PlatformUserView;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** The Developer API's outbound messages: sendMessage, and how far a message got. */
@Component
class MessageFields {

    static final int MAX_IDEMPOTENCY_KEY = 200;
    private static final int MAX_RACE_RETRIES = 5;

    private final Queries queries;
    private final CommandGateway commands;
    private final DeveloperViews views;
    private final SendInputs content;

    MessageFields(Queries queries, CommandGateway commands, DeveloperViews views,
            SendInputs content) {
        this.content = content;
        this.queries = queries;
        this.commands = commands;
        this.views = views;
    }

    Map<String, Object> sendMessage(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        caller.require(ApiScope.MESSAGES_SEND);
        Map<String, Object> input = env.getArgument("input");
        SendMessageCommand command = commandFor(caller, input);

        send(command);
        return queries.one(new FindMessageQuery(caller.applicationId(), command.messageId()),
                        MessageView.class)
                .map(views::message)
                .orElseGet(() -> Fields.of("id", command.messageId(),
                        "connectionId", command.connectionId(),
                        "externalChatId", command.externalChatId(), "status", "REQUESTED",
                        "attempts", 0));
    }

    /**
     * Requests with one idempotency key that arrive together race to create the message; the
     * losers find it on their next try and get the same message back.
     */
    private void send(SendMessageCommand command) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(command);
                return;
            } catch (RuntimeException e) {
                boolean raced = command.idempotencyKey() != null && lostCreationRace(e);
                if (!raced || attempt == MAX_RACE_RETRIES) {
                    throw e;
                }
            }
        }
    }

    private static boolean lostCreationRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // The store reports a second creation of one aggregate as one of these.
            if (cause instanceof ConcurrencyException || cause instanceof EventStoreException
                    || cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    Map<String, Object> message(DataFetchingEnvironment env) {
        DeveloperCaller caller = Callers.of(env, DeveloperCaller.class);
        if (!caller.scopes().contains(ApiScope.MESSAGES_SEND)) {
            caller.require(ApiScope.EVENTS_READ);
        }
        UUID id = Ids.parse(env.getArgument("id"), "id");
        return queries.one(new FindMessageQuery(caller.applicationId(), id), MessageView.class)
                .map(views::message).orElse(null);
    }

    private SendMessageCommand commandFor(DeveloperCaller caller, Map<String, Object> input) {
        String key = (String) input.get("idempotencyKey");
        if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY)) {
            throw new IllegalArgumentException(
                    "idempotencyKey must have 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        UUID messageId = key == null ? UUID.randomUUID()
                : DerivedIds.outboundMessage(caller.applicationId(), key);
        String text = (String) input.get("text");
        MediaReference media = content.media(caller, input.get("media"));
        MessageTemplate template = content.template(input.get("template"));
        String replyTo = (String) input.get("replyToExternalMessageId");
        String subject = (String) input.get("subject");

        if (input.get("platformUserId") != null) {
            if (input.get("connectionId") != null || input.get("externalChatId") != null) {
                throw new IllegalArgumentException("Name the recipient once: platformUserId, "
                        + "or connectionId and externalChatId, not both");
            }
            PlatformUserView recipient = platformUser(caller,
                    Ids.parse((String) input.get("platformUserId"), "platformUserId"));
            return new SendMessageCommand(messageId, caller.applicationId(),
                    recipient.connectionId(), recipient.externalId(), recipient.id(), text, key,
                    media, template, replyTo, subject);
        }
        if (input.get("connectionId") == null || input.get("externalChatId") == null) {
            throw new IllegalArgumentException(
                    "Name the recipient: platformUserId, or connectionId and externalChatId");
        }
        return new SendMessageCommand(messageId, caller.applicationId(),
                Ids.parse((String) input.get("connectionId"), "connectionId"),
                (String) input.get("externalChatId"), null, text, key, media, template, replyTo,
                subject);
    }

    private PlatformUserView platformUser(DeveloperCaller caller, UUID id) {
        List<PlatformUserView> found = queries.list(new FindPlatformUsersQuery(
                caller.applicationId(), List.of(id), null, 1), PlatformUserView.class);
        return found.stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No platform user " + id));
    }
}
