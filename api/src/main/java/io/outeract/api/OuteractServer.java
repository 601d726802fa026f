package io.outeract.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.graphql.GraphQlAutoConfiguration;
import org.springframework.boot.autoconfigure.graphql.servlet.GraphQlWebMvcAutoConfiguration;

/**
 * The Outeract server: webhooks in, GraphQL APIs out, on Axon and PostgreSQL. The two GraphQL
 * APIs have schemas of their own, so Spring's single-schema set-up is replaced by ours.
 */
@SpringBootApplication(scanBasePackages = "io.outeract",
        exclude = {GraphQlAutoConfiguration.class, GraphQlWebMvcAutoConfiguration.class})
public class OuteractServer {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(OuteractServer.class, args);
    }
}
