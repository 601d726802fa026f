package io.outeract.query.eventgraph;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the {@code event-graph} processing group is run, wherever the query side is deployed. */
@Configuration(proxyBeanMethods = false)
public class EventGraphProcessing {

    public static final String PROCESSING_GROUP = "event-graph";

    @Bean
    public ConfigurerModule eventGraphSequencing() {
        return configurer -> configurer.eventProcessing().registerSequencingPolicy(
                PROCESSING_GROUP, configuration -> new EventGraphSequencingPolicy());
    }
}
