package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.adapters.WebhookSecretNames;
import io.outeract.adapters.slack.SlackCredentials;
import io.outeract.api.graphql.Callers;
import io.outeract.api.graphql.Fields;
import io.outeract.api.graphql.Ids;
import io.outeract.api.security.AdminCaller;
import io.outeract.api.slack.SlackInstallLinks;
import io.outeract.command.connection.SlackInstallRequests;
import io.outeract.command.connection.WebhookAddresses;
import io.outeract.contract.query.ApplicationView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Starts a Slack install by OAuth v2 for an application that brings its own Slack app: the
 * admin gets the link to send the installer to, and the webhook URL to give the Slack app once
 * the install is done. The app's secrets wait, sealed, until Slack sends the installer back.
 */
@Component
class SlackInstallFields {

    static final List<String> DEFAULT_SCOPES = List.of("chat:write", "channels:history",
            "groups:history", "im:history", "mpim:history", "app_mentions:read", "files:read");

    private static final Duration VALIDITY = Duration.ofMinutes(30);
    private static final Pattern CLIENT_ID = Pattern.compile("[0-9]+\\.[0-9]+");
    private static final Pattern SECRET = Pattern.compile("[0-9a-zA-Z]{16,128}");
    private static final Pattern SCOPE = Pattern.compile("[a-z_.:]{1,64}");

    private final AdminAccess access;
    private final SlackInstallRequests requests;
    private final SlackInstallLinks links;
    private final WebhookAddresses addresses;
    private final Clock clock;

    SlackInstallFields(AdminAccess access, SlackInstallRequests requests,
            SlackInstallLinks links, WebhookAddresses addresses, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.links = links;
        this.addresses = addresses;
        this.clock = clock;
    }

    Map<String, Object> startSlackInstall(DataFetchingEnvironment env) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        ApplicationView application = access.application(admin,
                Ids.parse(env.getArgument("applicationId"), "applicationId"));
        String clientId = matching(env, "clientId", CLIENT_ID);
        List<String> scopes = env.getArgumentOrDefault("scopes", DEFAULT_SCOPES);
        if (scopes.isEmpty() || !scopes.stream().allMatch(s -> SCOPE.matcher(s).matches())) {
            throw new IllegalArgumentException("scopes are Slack's bot scopes, such as chat:write");
        }

        UUID connectionId = UUID.randomUUID();
        String pathSecret = WebhookSecrets.random();
        Instant expiresAt = clock.instant().plus(VALIDITY);
        String state;
        try {
            state = requests.open(application.id(), connectionId, Map.of(
                    SlackInstallLinks.CLIENT_ID, clientId,
                    SlackInstallLinks.CLIENT_SECRET, matching(env, "clientSecret", SECRET),
                    SlackCredentials.SIGNING_SECRET, matching(env, "signingSecret", SECRET),
                    WebhookSecretNames.PATH_SECRET, pathSecret), expiresAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        return Fields.of("installUrl", links.authorizeUrl(clientId, scopes, state),
                "redirectUrl", links.redirectUrl(),
                "webhookUrl", addresses.urlFor(connectionId, pathSecret),
                "connectionId", connectionId,
                "expiresAt", Fields.text(expiresAt));
    }

    private static String matching(DataFetchingEnvironment env, String name, Pattern shape) {
        String value = env.getArgument(name);
        if (value == null || !shape.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " does not have the form Slack gives it");
        }
        return value;
    }
}
