package io.outeract.api.admin;

import graphql.schema.idl.RuntimeWiring;
import io.outeract.api.graphql.GraphQlEndpoint;
import io.outeract.api.graphql.GraphQlErrors;
import io.outeract.api.history.HistoryFields;
import io.outeract.api.security.AdminAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** Wires the Admin schema's fields to their fetchers and serves it at {@code /admin}. */
@Configuration(proxyBeanMethods = false)
class AdminSchema {

    @Bean
    RouterFunction<ServerResponse> adminGraphQl(OrganisationFields organisations,
            ConnectionFields connections, ApiKeyFields apiKeys, OperationsFields operations,
            UnroutableDeliveryFields unroutable, MetaConnectionFields meta,
            ChannelConnectionFields channels, SlackInstallFields slack,
            WebhookSubscriptionAdminFields webhooks, HistoryFields history, AsOfFields asOf,
            GraphQlErrors errors, AdminAuthentication authentication) {
        RuntimeWiringConfigurer wiring = builder -> {
            wire(builder, organisations, connections, apiKeys, operations, unroutable, meta,
                    channels, slack);
            wire(builder, webhooks);
            asOf.wire(builder);
            builder.type("Query", type -> type
                    .dataFetcher("applicationHistory", history::applicationHistory));
        };
        return RouterFunctions.route()
                .POST("/admin", GraphQlEndpoint.of("graphql-schemas/admin.graphqls", wiring, errors,
                        request -> authentication.authenticate(
                                request.headers().firstHeader(HttpHeaders.AUTHORIZATION))))
                .build();
    }

    private static void wire(RuntimeWiring.Builder builder, OrganisationFields organisations,
            ConnectionFields connections, ApiKeyFields apiKeys, OperationsFields operations,
            UnroutableDeliveryFields unroutable, MetaConnectionFields meta,
            ChannelConnectionFields channels, SlackInstallFields slack) {
        builder.type("Query", type -> type
                .dataFetcher("organisation", organisations::organisation)
                .dataFetcher("organisations", organisations::organisations)
                .dataFetcher("application", organisations::application)
                .dataFetcher("projections", operations::projections)
                .dataFetcher("deadLetters", operations::deadLetters)
                .dataFetcher("unroutableDeliveries", unroutable::unroutableDeliveries));
        builder.type("Mutation", type -> type
                .dataFetcher("createOrganisation", organisations::createOrganisation)
                .dataFetcher("renameOrganisation", organisations::renameOrganisation)
                .dataFetcher("createApplication", organisations::createApplication)
                .dataFetcher("renameApplication", organisations::renameApplication)
                .dataFetcher("connectTelegramBot", connections::connectTelegramBot)
                .dataFetcher("connectWhatsAppNumber", meta::connectWhatsAppNumber)
                .dataFetcher("connectMessengerPage", meta::connectMessengerPage)
                .dataFetcher("connectInstagramAccount", meta::connectInstagramAccount)
                .dataFetcher("connectSlackBot", channels::connectSlackBot)
                .dataFetcher("startSlackInstall", slack::startSlackInstall)
                .dataFetcher("connectDiscordBot", channels::connectDiscordBot)
                .dataFetcher("connectTwilioNumber", channels::connectTwilioNumber)
                .dataFetcher("connectEmailMailbox", channels::connectEmailMailbox)
                .dataFetcher("disconnectPlatformConnection", connections::disconnect)
                .dataFetcher("checkConnectionHealth", connections::checkHealth)
                .dataFetcher("issueApiKey", apiKeys::issue)
                .dataFetcher("revokeApiKey", apiKeys::revoke)
                .dataFetcher("retryDeadLetters", operations::retryDeadLetters)
                .dataFetcher("rebuildProjection", operations::rebuildProjection)
                .dataFetcher("rebuildAllProjections", operations::rebuildAllProjections));
        builder.type("Organisation", type -> type
                .dataFetcher("applications", organisations::applicationsOf));
        builder.type("Application", type -> type
                .dataFetcher("platformConnections", connections::connectionsOf)
                .dataFetcher("apiKeys", apiKeys::keysOf));
    }

    private static void wire(RuntimeWiring.Builder builder,
            WebhookSubscriptionAdminFields webhooks) {
        builder.type("Query", type -> type
                .dataFetcher("webhookSubscriptions", webhooks::subscriptions));
        builder.type("Mutation", type -> type
                .dataFetcher("createWebhookSubscription", webhooks::create)
                .dataFetcher("updateWebhookSubscription", webhooks::update)
                .dataFetcher("pauseWebhookSubscription", webhooks::pause)
                .dataFetcher("resumeWebhookSubscription", webhooks::resume)
                .dataFetcher("deleteWebhookSubscription", webhooks::delete)
                .dataFetcher("rotateWebhookSecret", webhooks::rotateSecret));
    }
}
