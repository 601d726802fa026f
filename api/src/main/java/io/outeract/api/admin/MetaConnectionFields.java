package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.PlatformAdapters;
import io.outeract.adapters.meta.messaging.MessagingCredentials;
import io.outeract.adapters.meta.whatsapp.WhatsAppCredentials;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.security.AdminCaller;
import io.outeract.command.connection.WebhookAddresses;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.connection.ConnectPlatformCommand;
import io.outeract.contract.query.ApplicationView;
import io.outeract.contract.query.ConnectionView;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Connects WhatsApp numbers, Messenger Pages and Instagram accounts. Each is checked with Meta
 * before it is stored, and all three are served by the one shared Meta webhook, which finds a
 * delivery's connection by the account id given here.
 */
@Component
class MetaConnectionFields {

    private static final Pattern META_ID = Pattern.compile("[0-9]{1,32}");
    private static final int MAX_TOKEN_LENGTH = 1024;

    private final AdminAccess access;
    private final CommandGateway commands;
    private final PlatformAdapters adapters;
    private final WebhookAddresses addresses;
    private final Clock clock;

    MetaConnectionFields(AdminAccess access, CommandGateway commands, PlatformAdapters adapters,
            WebhookAddresses addresses, Clock clock) {
        this.access = access;
        this.commands = commands;
        this.adapters = adapters;
        this.addresses = addresses;
        this.clock = clock;
    }

    Map<String, Object> connectWhatsAppNumber(DataFetchingEnvironment env) {
        String phoneNumberId = metaId(env, "phoneNumberId");
        String businessAccountId = metaId(env, "businessAccountId");
        return connect(env, Platform.WHATSAPP, phoneNumberId, businessAccountId,
                new Credentials(Map.of(
                        WhatsAppCredentials.PHONE_NUMBER_ID, phoneNumberId,
                        WhatsAppCredentials.WABA_ID, businessAccountId,
                        WhatsAppCredentials.ACCESS_TOKEN, token(env, "accessToken"))));
    }

    Map<String, Object> connectMessengerPage(DataFetchingEnvironment env) {
        String pageId = metaId(env, "pageId");
        return connect(env, Platform.MESSENGER, pageId, null, new Credentials(Map.of(
                MessagingCredentials.PAGE_ID, pageId,
                MessagingCredentials.PAGE_ACCESS_TOKEN, token(env, "pageAccessToken"))));
    }

    Map<String, Object> connectInstagramAccount(DataFetchingEnvironment env) {
        String accountId = metaId(env, "instagramAccountId");
        return connect(env, Platform.INSTAGRAM, accountId, null, new Credentials(Map.of(
                MessagingCredentials.INSTAGRAM_ACCOUNT_ID, accountId,
                MessagingCredentials.INSTAGRAM_ACCESS_TOKEN, token(env, "accessToken"))));
    }

    private Map<String, Object> connect(DataFetchingEnvironment env, Platform platform,
            String accountId, String groupAccountId, Credentials credentials) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        ApplicationView application = access.application(admin,
                Ids.parse(env.getArgument("applicationId"), "applicationId"));

        HealthReport health = adapters.of(platform).checkHealth(credentials);
        if (!health.healthy()) {
            throw new IllegalArgumentException(
                    "Meta did not accept the " + platform.wireName() + " credentials: "
                            + health.detail());
        }

        UUID connectionId = UUID.randomUUID();
        commands.sendAndWait(new ConnectPlatformCommand(connectionId, application.id(),
                platform, accountId, health.displayName(), credentials, groupAccountId));

        ConnectionView pending = new ConnectionView(connectionId, application.id(), platform,
                accountId, health.displayName(), "pending", null, clock.instant());
        return Fields.of("connection", AdminViews.connection(pending),
                "webhookUrl", addresses.metaUrl());
    }

    private static String metaId(DataFetchingEnvironment env, String name) {
        String value = env.getArgument(name);
        if (value == null || !META_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is a Meta id: digits only");
        }
        return value;
    }

    private static String token(DataFetchingEnvironment env, String name) {
        String value = env.getArgument(name);
        if (value == null || value.isBlank() || value.length() > MAX_TOKEN_LENGTH
                || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(
                    name + " is a Meta access token: printable ASCII without spaces");
        }
        return value;
    }
}
