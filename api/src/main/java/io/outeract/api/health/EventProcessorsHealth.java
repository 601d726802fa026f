package io.outeract.api.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of {@code /actuator/health}: down while any event processor's segment is failing, so a
 * projector that retries one batch over and over is seen, not only felt as missing data.
 */
@Component("eventProcessors")
class EventProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealth(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, Object> failing = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.processingStatus().forEach((segment, status) -> {
                    if (status.isErrorState()) {
                        failing.put(name + "[" + segment + "]", describe(status));
                    }
                });
            }
        });
        return failing.isEmpty() ? Health.up().build() : Health.down().withDetails(failing).build();
    }

    private static String describe(EventTrackerStatus status) {
        Throwable error = status.getError();
        return error == null ? "failing" : error.getClass().getSimpleName();
    }
}
