package io.outeract.command.subscription;

import io.outeract.command.credentials.CredentialCipher;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Dns;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The webhook machinery, from the {@code outeract.webhooks.*} settings. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    WebhookEndpoints webhookEndpoints(JdbcTemplate jdbc,
            @Value("${outeract.credentials.encryption-key:}") String key) {
        return new WebhookEndpoints(jdbc, new CredentialCipher(key));
    }

    @Bean
    WebhookUrlGuard webhookUrlGuard(
            @Value("${outeract.webhooks.allowed-networks:}") String allowedNetworks,
            @Value("${outeract.webhooks.allow-plain-http:false}") boolean allowPlainHttp) {
        GuardedDns dns = new GuardedDns(Dns.SYSTEM, AddressPolicy.allowing(allowedNetworks));
        return new WebhookUrlGuard(dns, allowPlainHttp);
    }

    @Bean
    WebhookSubscribing webhookSubscribing(Repository<WebhookSubscription> subscriptions,
            WebhookEndpoints endpoints, WebhookUrlGuard guard, Clock clock) {
        return new WebhookSubscribing(subscriptions, endpoints, guard, clock);
    }

    @Bean
    DispatchLimits webhookDispatchLimits(
            @Value("${outeract.webhooks.concurrency:32}") int concurrency,
            @Value("${outeract.webhooks.per-endpoint-concurrency:4}") int perEndpoint,
            @Value("${outeract.webhooks.timeout:15s}") Duration timeout,
            @Value("${outeract.webhooks.disable-after:5d}") Duration disableAfter) {
        return new DispatchLimits(concurrency, perEndpoint, timeout, disableAfter);
    }

    @Bean
    WebhookDispatcher webhookDispatcher(WebhookQueue queue, WebhookEndpoints endpoints,
            WebhookUrlGuard guard, CommandGateway commands, DispatchLimits limits,
            @Value("${outeract.webhooks.retry-schedule:0s,5s,5m,30m,2h,5h,10h,10h}")
            String schedule, Clock clock) {
        return new WebhookDispatcher(queue, endpoints, guard,
                new WebhookCaller(guard.dns(), limits.timeout()), commands,
                RetrySchedule.parse(schedule), limits, clock);
    }
}
