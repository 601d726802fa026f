package io.outeract.api.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.outeract.adapters.PlatformAdapter;
import io.outeract.adapters.PlatformAdapters;
import io.outeract.adapters.discord.DiscordAdapter;
import io.outeract.adapters.discord.DiscordRestApi;
import io.outeract.adapters.email.EmailAdapter;
import io.outeract.adapters.email.SmtpTimeouts;
import io.outeract.adapters.meta.GraphApi;
import io.outeract.adapters.meta.MetaObjectReader;
import io.outeract.adapters.meta.MetaWebhook;
import io.outeract.adapters.meta.messaging.InstagramAdapter;
import io.outeract.adapters.meta.messaging.MessengerAdapter;
import io.outeract.adapters.meta.whatsapp.WhatsAppAdapter;
import io.outeract.adapters.slack.SlackAdapter;
import io.outeract.adapters.slack.SlackOAuth;
import io.outeract.adapters.slack.SlackWebApi;
import io.outeract.adapters.sms.SmsAdapter;
import io.outeract.adapters.sms.TwilioRestApi;
import io.outeract.adapters.sms.TwilioSignedUrl;
import io.outeract.adapters.telegram.TelegramAdapter;
import io.outeract.adapters.telegram.TelegramBotApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform adapters, each against a base URL from configuration, and the server's clock. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OkHttpClient platformHttpClient(
            @Value("${outeract.platforms.connect-timeout:5s}") Duration connectTimeout,
            @Value("${outeract.platforms.read-timeout:20s}") Duration readTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .followRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    @Bean
    TelegramAdapter telegramAdapter(OkHttpClient http, ObjectMapper json,
            @Value("${outeract.platforms.telegram.base-url:"
                    + TelegramBotApi.DEFAULT_BASE_URL + "}") String baseUrl) {
        return new TelegramAdapter(new TelegramBotApi(http, json, baseUrl), json);
    }

    @Bean
    GraphApi graphApi(OkHttpClient http, ObjectMapper json,
            @Value("${outeract.platforms.meta.base-url:" + GraphApi.DEFAULT_BASE_URL + "}")
                    String baseUrl,
            @Value("${outeract.platforms.meta.api-version:" + GraphApi.DEFAULT_VERSION + "}")
                    String version) {
        return new GraphApi(http, json, baseUrl, version);
    }

    @Bean
    WhatsAppAdapter whatsAppAdapter(GraphApi graph,
            @Value("${outeract.files.max-bytes:104857600}") long maxMediaBytes) {
        return new WhatsAppAdapter(graph, maxMediaBytes);
    }

    @Bean
    MetaObjectReader whatsAppChanges(WhatsAppAdapter whatsApp) {
        return whatsApp.changes();
    }

    @Bean
    MessengerAdapter messengerAdapter(GraphApi graph) {
        return new MessengerAdapter(graph);
    }

    @Bean
    MetaObjectReader messengerEntries(MessengerAdapter messenger) {
        return messenger.entries();
    }

    /** Instagram with Instagram Login speaks the Graph API on a host of its own. */
    @Bean
    InstagramAdapter instagramAdapter(OkHttpClient http, ObjectMapper json,
            @Value("${outeract.platforms.instagram.base-url:https://graph.instagram.com}")
                    String baseUrl,
            @Value("${outeract.platforms.meta.api-version:" + GraphApi.DEFAULT_VERSION + "}")
                    String version) {
        return new InstagramAdapter(new GraphApi(http, json, baseUrl, version));
    }

    @Bean
    MetaObjectReader instagramEntries(InstagramAdapter instagram) {
        return instagram.entries();
    }

    @Bean
    MetaWebhook metaWebhook(ObjectMapper json, ObjectProvider<MetaObjectReader> readers) {
        return new MetaWebhook(json, readers.orderedStream().toList());
    }

    @Bean
    SlackWebApi slackWebApi(OkHttpClient http, ObjectMapper json,
            @Value("${outeract.platforms.slack.base-url:" + SlackWebApi.DEFAULT_BASE_URL + "}")
                    String baseUrl) {
        return new SlackWebApi(http, json, baseUrl);
    }

    @Bean
    SlackOAuth slackOAuth(SlackWebApi slack) {
        return new SlackOAuth(slack);
    }

    @Bean
    SlackAdapter slackAdapter(SlackWebApi slack, ObjectMapper json, Clock clock) {
        return new SlackAdapter(slack, json, clock);
    }

    /**
     * Twilio signs the URL it called, which is the public one given to it: behind a proxy the
     * server sees another, so the signature is checked against the public base URL.
     */
    @Bean
    SmsAdapter smsAdapter(OkHttpClient http, ObjectMapper json,
            @Value("${outeract.platforms.twilio.base-url:" + TwilioRestApi.DEFAULT_BASE_URL
                    + "}") String baseUrl,
            @Value("${outeract.public-base-url}") String publicBaseUrl) {
        return new SmsAdapter(new TwilioRestApi(http, json, baseUrl),
                TwilioSignedUrl.publicBase(publicBaseUrl));
    }

    @Bean
    DiscordAdapter discordAdapter(OkHttpClient http, ObjectMapper json, Clock clock,
            @Value("${outeract.platforms.discord.base-url:" + DiscordRestApi.DEFAULT_BASE_URL
                    + "}") String baseUrl) {
        return new DiscordAdapter(new DiscordRestApi(http, json, baseUrl), json, clock);
    }

    @Bean
    EmailAdapter emailAdapter(ObjectMapper json, Clock clock,
            @Value("${outeract.platforms.email.smtp-connect-timeout:10s}") Duration connect,
            @Value("${outeract.platforms.email.smtp-read-timeout:30s}") Duration read) {
        return new EmailAdapter(json, clock, new SmtpTimeouts(connect, read));
    }

    @Bean
    PlatformAdapters platformAdapters(List<PlatformAdapter> adapters) {
        return new PlatformAdapters(adapters);
    }
}
