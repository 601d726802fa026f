package io.outeract.api.graphql;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Asks the read models through Axon's query bus and waits for the answer. */
@Component
public class Queries {

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> List<R> list(Object query, Class<R> type) {
        return gateway.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }

    public <R> Optional<R> one(Object query, Class<R> type) {
        return Optional.ofNullable(gateway.query(query, ResponseTypes.instanceOf(type)).join());
    }
}
