package io.outeract.api.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where an install starts (Slack's authorize page) and where Slack sends the installer back. */
@Component
public class SlackInstallLinks {

    public static final String CLIENT_ID = "client_id";
    public static final String CLIENT_SECRET = "client_secret";
    public static final String CALLBACK_PATH = "/oauth/slack/callback";

    private final String authorizeUrl;
    private final String publicBaseUrl;

    SlackInstallLinks(
            @Value("${outeract.platforms.slack.authorize-url:https://slack.com/oauth/v2/authorize}")
                    String authorizeUrl,
            @Value("${outeract.public-base-url}") String publicBaseUrl) {
        this.authorizeUrl = authorizeUrl;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    public String redirectUrl() {
        return publicBaseUrl + CALLBACK_PATH;
    }

    public String authorizeUrl(String clientId, List<String> scopes, String state) {
        return authorizeUrl + "?client_id=" + encode(clientId)
                + "&scope=" + encode(String.join(",", scopes))
                + "&state=" + encode(state)
                + "&redirect_uri=" + encode(redirectUrl());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
