package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.PlatformAdapters;
import io.outeract.adapters.WebhookSecretNames;
import io.outeract.adapters.telegram.TelegramBotToken;
import io.outeract.adapters.telegram.TelegramCredentials;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.graphql.NotFoundException;
import io.outeract.api.graphql.Queries;
import io.outeract.api.security.AdminCaller;
import io.outeract.command.connection.WebhookAddresses;
import io.outeract.command.credentials.ConnectionRecord;
import io.outeract.command.credentials.CredentialVault;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.connection.ActivateConnectionCommand;
import io.outeract.contract.connection.ConnectPlatformCommand;
import io.outeract.contract.connection.DisconnectPlatformCommand;
import io.outeract.contract.connection.RecordConnectionFailureCommand;
import io.outeract.contract.query.ApplicationView;
import io.outeract.contract.query.ConnectionView;
import io.outeract.contract.query.FindConnectionsQuery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** The Admin API's platform connections. */
@Component
class ConnectionFields {

    private final AdminAccess access;
    private final Queries queries;
    private final CommandGateway commands;
    private final PlatformAdapters adapters;
    private final CredentialVault vault;
    private final WebhookAddresses addresses;
    private final Clock clock;

    ConnectionFields(AdminAccess access, Queries queries, CommandGateway commands,
            PlatformAdapters adapters, CredentialVault vault, WebhookAddresses addresses,
            Clock clock) {
        this.access = access;
        this.queries = queries;
        this.commands = commands;
        this.adapters = adapters;
        this.vault = vault;
        this.addresses = addresses;
        this.clock = clock;
    }

    List<Map<String, Object>> connectionsOf(DataFetchingEnvironment env) {
        Map<String, Object> application = env.getSource();
        return queries.list(new FindConnectionsQuery((UUID) application.get("id"), null),
                ConnectionView.class).stream().map(AdminViews::connection).toList();
    }

    Map<String, Object> connectTelegramBot(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        ApplicationView application = access.application(admin,
                Ids.parse(env.getArgument("applicationId"), "applicationId"));
        String botToken = env.getArgument("botToken");
        TelegramBotToken.botId(botToken);

        HealthReport bot = adapters.of(Platform.TELEGRAM)
                .checkHealth(Credentials.of(TelegramCredentials.BOT_TOKEN, botToken));
        if (!bot.healthy()) {
            throw new IllegalArgumentException(
                    "Telegram did not accept the bot token: " + bot.detail());
        }

        String pathSecret = WebhookSecrets.random();
        String secretToken = WebhookSecrets.random();
        UUID connectionId = UUID.randomUUID();
        commands.sendAndWait(new ConnectPlatformCommand(connectionId, application.id(),
                Platform.TELEGRAM, bot.externalAccountId(), bot.displayName(),
                new Credentials(Map.of(TelegramCredentials.BOT_TOKEN, botToken,
                        WebhookSecretNames.PATH_SECRET, pathSecret,
                        WebhookSecretNames.SECRET_TOKEN, secretToken))));

        ConnectionView pending = new ConnectionView(connectionId, application.id(),
                Platform.TELEGRAM, bot.externalAccountId(), bot.displayName(), "pending", null,
                clock.instant());
        return Fields.of("connection", AdminViews.connection(pending),
                "webhookUrl", addresses.urlFor(connectionId, pathSecret),
                "webhookSecretToken", secretToken);
    }

    Map<String, Object> disconnect(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        UUID connectionId = Ids.parse(env.getArgument("id"), "id");
        NotFoundException notFound = new NotFoundException(
                "No connection " + connectionId + " that you may manage");
        ConnectionRecord record = vault.find(connectionId).orElseThrow(() -> notFound);
        access.requireApplication(admin, record.applicationId(), notFound);

        commands.sendAndWait(new DisconnectPlatformCommand(connectionId, record.applicationId()));
        return AdminViews.connection(new ConnectionView(connectionId, record.applicationId(),
                record.platform(), record.externalAccountId(), null, "disconnected", null, null));
    }

    Map<String, Object> checkHealth(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        UUID connectionId = Ids.parse(env.getArgument("id"), "id");
        NotFoundException notFound = new NotFoundException(
                "No connection " + connectionId + " that you may manage");
        ConnectionRecord record = vault.find(connectionId)
                .filter(found -> !found.disconnected()).orElseThrow(() -> notFound);
        access.requireApplication(admin, record.applicationId(), notFound);

        HealthReport health = vault.credentials(connectionId)
                .map(credentials -> adapters.of(record.platform()).checkHealth(credentials))
                .orElse(HealthReport.unhealthy("The connection has no credentials"));
        if (health.healthy()) {
            commands.sendAndWait(new ActivateConnectionCommand(connectionId));
        } else {
            commands.sendAndWait(new RecordConnectionFailureCommand(connectionId,
                    "Health check failed: " + health.detail()));
        }

        ConnectionView view = new ConnectionView(connectionId, record.applicationId(),
                record.platform(), record.externalAccountId(), health.displayName(),
                health.healthy() ? "active" : "failed",
                health.healthy() ? null : health.detail(), null);
        return Fields.of("healthy", health.healthy(), "detail", health.detail(),
                "connection", AdminViews.connection(view));
    }
}
