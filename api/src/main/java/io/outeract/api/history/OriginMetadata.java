package io.outeract.api.history;

import io.outeract.contract.common.RequestOrigin;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Carries a request's origin from the thread that handles it into the metadata of the commands
 * it sends, and from each command into the events it causes. Axon adds the correlation and
 * trace ids itself; this adds the source, the request id and the caller.
 */
@Configuration(proxyBeanMethods = false)
class OriginMetadata {

    @Bean
    CorrelationDataProvider originCorrelation() {
        return new SimpleCorrelationDataProvider(RequestOrigin.SOURCE_KEY,
                RequestOrigin.REQUEST_ID_KEY, RequestOrigin.CALLER_ID_KEY);
    }

    @Bean
    OriginInterceptorRegistration originInterceptor(CommandBus commands) {
        return new OriginInterceptorRegistration(commands);
    }

    /** Registers the interceptor on the command bus once the bus exists. */
    static final class OriginInterceptorRegistration {

        OriginInterceptorRegistration(CommandBus commands) {
            commands.registerDispatchInterceptor(new Interceptor());
        }
    }

    private static final class Interceptor
            implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                List<? extends CommandMessage<?>> messages) {
            return (index, command) -> {
                CommandMessage<?> withOrigin = command;
                if (RequestOrigin.current().isPresent()) {
                    withOrigin = command.andMetaData(RequestOrigin.current().get().asMetadata());
                }
                return withOrigin;
            };
        }
    }
}
