package io.outeract.api.admin;

import graphql.schema.DataFetchingEnvironment;
import io.outeract.adapters.HealthReport;
import io.outeract.adapters.PlatformAdapters;
import io.outeract.adapters.WebhookSecretNames;
import io.outeract.adapters.discord.DiscordCredentials;
import io.outeract.adapters.email.EmailCredentials;
import io.outeract.adapters.slack.SlackCredentials;
import io.outeract.adapters.sms.SmsCredentials;
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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Connects the channels whose connections each have a webhook URL of their own: a Slack bot,
 * a Discord application, a Twilio number. Each is checked with its platform before anything is
 * stored; the answer holds the webhook URL to give the platform, shown this once since its
 * last segment is a secret.
 */
@Component
class ChannelConnectionFields {

    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{8,1024}");
    private static final Pattern HEX_KEY = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-f]{32}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Map<String, String> SHAPES = Map.of(
            TOKEN.pattern(), "8 to 1024 printable characters, no spaces",
            HEX_KEY.pattern(), "64 hexadecimal digits",
            ACCOUNT_SID.pattern(), "AC and 32 lowercase hexadecimal digits",
            E164.pattern(), "a number in E.164, such as +15555550123");
    private static final Pattern MAILBOX =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    private final AdminAccess access;
    private final CommandGateway commands;
    private final PlatformAdapters adapters;
    private final WebhookAddresses addresses;
    private final Clock clock;

    ChannelConnectionFields(AdminAccess access, CommandGateway commands,
            PlatformAdapters adapters, WebhookAddresses addresses, Clock clock) {
        this.access = access;
        this.commands = commands;
        this.adapters = adapters;
        this.addresses = addresses;
        this.clock = clock;
    }

    Map<String, Object> connectSlackBot(DataFetchingEnvironment env) {
        return connect(env, Platform.SLACK, Map.of(
                SlackCredentials.BOT_TOKEN, matching(env, "botToken", TOKEN),
                SlackCredentials.SIGNING_SECRET, matching(env, "signingSecret", TOKEN)));
    }

    Map<String, Object> connectDiscordBot(DataFetchingEnvironment env) {
        return connect(env, Platform.DISCORD, Map.of(
                DiscordCredentials.BOT_TOKEN, matching(env, "botToken", TOKEN),
                DiscordCredentials.PUBLIC_KEY, matching(env, "publicKey", HEX_KEY)));
    }

    /**
     * Twilio is told where to report statuses with every send: the connection's own webhook,
     * which takes inbound messages and status callbacks alike.
     */
    Map<String, Object> connectTwilioNumber(DataFetchingEnvironment env) {
        return connect(env, Platform.SMS, Map.of(
                SmsCredentials.ACCOUNT_SID, matching(env, "accountSid", ACCOUNT_SID),
                SmsCredentials.AUTH_TOKEN, matching(env, "authToken", TOKEN),
                SmsCredentials.PHONE_NUMBER, matching(env, "phoneNumber", E164)));
    }

    /**
     * A mailbox: Mailgun's route forwards its mail to the webhook, signed with the account's
     * webhook signing key, and replies leave by SMTP. The health check logs in to the server.
     */
    Map<String, Object> connectEmailMailbox(DataFetchingEnvironment env) {
        String mailbox = matching(env, "mailbox", MAILBOX).toLowerCase(Locale.ROOT);
        Map<String, Object> smtp = env.getArgument("smtp");
        Map<String, String> credentials = new HashMap<>(Map.of(
                EmailCredentials.MAILGUN_SIGNING_KEY, matching(env, "mailgunSigningKey", TOKEN),
                EmailCredentials.FROM_ADDRESS, mailbox,
                EmailCredentials.SMTP_HOST, text(smtp, "host"),
                EmailCredentials.SMTP_USERNAME, text(smtp, "username"),
                EmailCredentials.SMTP_PASSWORD, text(smtp, "password"),
                EmailCredentials.SMTP_SECURITY,
                String.valueOf(smtp.getOrDefault("security", "starttls"))));
        if (smtp.get("port") != null) {
            credentials.put(EmailCredentials.SMTP_PORT, String.valueOf(smtp.get("port")));
        }
        String fromName = env.getArgument("fromName");
        if (fromName != null) {
            credentials.put(EmailCredentials.FROM_NAME, fromName);
        }
        return connect(env, Platform.EMAIL, credentials);
    }

    private static String text(Map<String, Object> input, String name) {
        Object value = input.get(name);
        if (!(value instanceof String text) || text.isBlank() || text.length() > 1024) {
            throw new IllegalArgumentException("smtp." + name + " is required");
        }
        return text;
    }

    Map<String, Object> connect(DataFetchingEnvironment env, Platform platform,
            Map<String, String> given) {
        AdminCaller admin = Callers.of(env, AdminCaller.class);
        ApplicationView application = access.application(admin,
                Ids.parse(env.getArgument("applicationId"), "applicationId"));

        HealthReport health = adapters.of(platform).checkHealth(new Credentials(given));
        if (!health.healthy()) {
            throw new IllegalArgumentException(platform.wireName()
                    + " did not accept the credentials: " + health.detail());
        }

        UUID connectionId = UUID.randomUUID();
        String pathSecret = WebhookSecrets.random();
        String webhookUrl = addresses.urlFor(connectionId, pathSecret);
        Map<String, String> credentials = new HashMap<>(given);
        credentials.put(WebhookSecretNames.PATH_SECRET, pathSecret);
        if (platform == Platform.SMS) {
            credentials.put(SmsCredentials.STATUS_CALLBACK_URL, webhookUrl);
        }
        commands.sendAndWait(new ConnectPlatformCommand(connectionId, application.id(),
                platform, health.externalAccountId(), health.displayName(),
                new Credentials(credentials)));

        ConnectionView pending = new ConnectionView(connectionId, application.id(), platform,
                health.externalAccountId(), health.displayName(), "pending", null,
                clock.instant());
        return Fields.of("connection", AdminViews.connection(pending), "webhookUrl", webhookUrl);
    }

    private static String matching(DataFetchingEnvironment env, String name, Pattern shape) {
        String value = env.getArgument(name);
        if (value == null || !shape.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " does not have the platform's form: "
                    + SHAPES.getOrDefault(shape.pattern(), "see docs/channels.md"));
        }
        return value;
    }
}
