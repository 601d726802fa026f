package io.outeract.api.slack;

import io.outeract.adapters.WebhookSecretNames;
import io.outeract.adapters.slack.SlackApiException;
import io.outeract.adapters.slack.SlackCredentials;
import io.outeract.adapters.slack.SlackInstallation;
import io.outeract.adapters.slack.SlackOAuth;
import io.outeract.command.connection.SlackInstallRequests;
import io.outeract.contract.common.Credentials;
import io.outeract.contract.common.Platform;
import io.outeract.contract.connection.ConnectPlatformCommand;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Where Slack sends an installer back: the state names the install request (used once), the
 * code is exchanged with {@code oauth.v2.access} for the bot token, and the connection is
 * created with the id and webhook URL the admin was given. The installer sees a plain page.
 */
@RestController
class SlackInstallCallback {

    private static final Logger log = LoggerFactory.getLogger(SlackInstallCallback.class);

    private final SlackInstallRequests requests;
    private final SlackOAuth oauth;
    private final SlackInstallLinks links;
    private final CommandGateway commands;

    SlackInstallCallback(SlackInstallRequests requests, SlackOAuth oauth, SlackInstallLinks links,
            CommandGateway commands) {
        this.requests = requests;
        this.oauth = oauth;
        this.links = links;
        this.commands = commands;
    }

    @GetMapping(SlackInstallLinks.CALLBACK_PATH)
    ResponseEntity<String> complete(@RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error) {
        if (error != null) {
            return page(HttpStatus.OK, "The install was cancelled",
                    "Slack says: " + error + ". Nothing was connected.");
        }
        if (code == null || state == null || state.length() > 256 || code.length() > 512) {
            return page(HttpStatus.BAD_REQUEST, "This is not an install link",
                    "Start the install again from the link Outeract gave.");
        }
        Optional<SlackInstallRequests.Pending> pending = requests.take(state);
        if (pending.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, "This install link is used up or expired",
                    "Ask for a new install link; each works once, for 30 minutes.");
        }
        return install(pending.get(), code);
    }

    private ResponseEntity<String> install(SlackInstallRequests.Pending pending, String code) {
        Map<String, String> secrets = pending.secrets();
        SlackInstallation installation;
        try {
            installation = oauth.exchange(code, secrets.get(SlackInstallLinks.CLIENT_ID),
                    secrets.get(SlackInstallLinks.CLIENT_SECRET), links.redirectUrl());
        } catch (SlackApiException e) {
            log.warn("Slack refused the install code for connection {} of application {}: {}",
                    pending.connectionId(), pending.applicationId(), e.getMessage());
            return page(HttpStatus.BAD_GATEWAY, "Slack did not complete the install",
                    "Slack said: " + e.getMessage() + ". Ask for a new install link.");
        }

        try {
            commands.sendAndWait(new ConnectPlatformCommand(pending.connectionId(),
                    pending.applicationId(), Platform.SLACK, installation.botUserId(),
                    installation.teamName(), new Credentials(Map.of(
                            SlackCredentials.BOT_TOKEN, installation.botToken(),
                            SlackCredentials.SIGNING_SECRET,
                            secrets.get(SlackCredentials.SIGNING_SECRET),
                            WebhookSecretNames.PATH_SECRET,
                            secrets.get(WebhookSecretNames.PATH_SECRET)))));
        } catch (RuntimeException e) {
            log.warn("Could not connect the Slack bot {} as connection {}: {}",
                    installation.botUserId(), pending.connectionId(), e.getMessage());
            return page(HttpStatus.CONFLICT, "Slack could not be connected",
                    "Outeract said: " + e.getMessage());
        }
        log.info("Installed Slack in workspace {} as connection {} of application {}",
                installation.teamId(), pending.connectionId(), pending.applicationId());
        return page(HttpStatus.OK, "Slack is connected",
                "Outeract now speaks for the bot in " + installation.teamName()
                        + ". You can close this window.");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String text) {
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title></head><body><h1>"
                + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(text)
                + "</p></body></html>";
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .header("Content-Security-Policy", "default-src 'none'")
                .body(html);
    }
}
