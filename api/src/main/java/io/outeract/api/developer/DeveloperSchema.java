package io.outeract.api.developer;

import graphql.schema.idl.RuntimeWiring;
import io.outeract.api.graphql.GraphQlEndpoint;
import io.outeract.api.graphql.GraphQlErrors;
import io.outeract.api.history.HistoryFields;
import io.outeract.api.security.DeveloperAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** Wires the Developer schema's fields to their fetchers and serves it at / and /v1. */
@Configuration(proxyBeanMethods = false)
class DeveloperSchema {

    @Bean
    RouterFunction<ServerResponse> developerGraphQl(EventFields events, UserFields users,
            PlatformConnectionFields connections, MessageFields messages,
            IdentityFields identities, WebhookSubscriptionFields webhooks, HistoryFields history,
            GraphQlErrors errors, DeveloperAuthentication authentication) {
        RuntimeWiringConfigurer wiring = builder -> {
            wire(builder, events, users, connections, messages, identities);
            wire(builder, webhooks);
            builder.type("Query", type -> type.dataFetcher("history", history::history));
            builder.type("Message", type -> type
                    .dataFetcher("timeline", history::timelineOfMessage));
        };
        HandlerFunction<ServerResponse> endpoint = GraphQlEndpoint.of(
                "graphql-schemas/developer.graphqls", wiring, errors,
                request -> authentication.authenticate(
                        request.headers().firstHeader(HttpHeaders.AUTHORIZATION),
                        request.headers().firstHeader("X-Api-Key")));
        return RouterFunctions.route().POST("/", endpoint).POST("/v1", endpoint).build();
    }

    private static void wire(RuntimeWiring.Builder builder, EventFields events, UserFields users,
            PlatformConnectionFields connections, MessageFields messages,
            IdentityFields identities) {
        builder.type("Query", type -> type
                .dataFetcher("events", events::events)
                .dataFetcher("event", events::event)
                .dataFetcher("users", users::users)
                .dataFetcher("user", users::user)
                .dataFetcher("platformUsers", users::platformUsers)
                .dataFetcher("platformUser", users::platformUser)
                .dataFetcher("platformConnections", connections::connections)
                .dataFetcher("message", messages::message));
        builder.type("Mutation", type -> type
                .dataFetcher("sendMessage", messages::sendMessage)
                .dataFetcher("linkPlatformUser", identities::link)
                .dataFetcher("unlinkPlatformUser", identities::unlink));
        builder.type("Event", type -> type
                .dataFetcher("sender", events::sender)
                .dataFetcher("recipients", events::recipients));
        builder.type("PlatformUser", type -> type.dataFetcher("user", users::userOfPlatformUser));
        builder.type("User", type -> type
                .dataFetcher("platformUsers", users::platformUsersOfUser)
                .dataFetcher("events", events::eventsOfUser));
    }

    private static void wire(RuntimeWiring.Builder builder, WebhookSubscriptionFields webhooks) {
        builder.type("Query", type -> type
                .dataFetcher("webhookSubscriptions", webhooks::subscriptions)
                .dataFetcher("webhookSubscription", webhooks::subscription)
                .dataFetcher("webhookDeliveries", webhooks::deliveries)
                .dataFetcher("webhookDelivery", webhooks::delivery));
        builder.type("Mutation", type -> type
                .dataFetcher("createWebhookSubscription", webhooks::create)
                .dataFetcher("updateWebhookSubscription", webhooks::update)
                .dataFetcher("pauseWebhookSubscription", webhooks::pause)
                .dataFetcher("resumeWebhookSubscription", webhooks::resume)
                .dataFetcher("deleteWebhookSubscription", webhooks::delete)
                .dataFetcher("rotateWebhookSecret", webhooks::rotateSecret)
                .dataFetcher("redeliverWebhook", webhooks::redeliver)
                .dataFetcher("redeliverFailedWebhooks", webhooks::redeliverFailed));
        builder.type("WebhookDelivery", type -> type
                .dataFetcher("attempts", webhooks::attempts));
    }
}
