package io.outeract.api.history;

import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * The global position up to which the event graph has seen every event. A transaction that
 * commits late can put an event below positions already projected; a processor's token keeps
 * such gaps open until they fill. Below the lowest gap of every segment nothing can appear any
 * more, so a history page read up to there never gains an event it skipped.
 *
 * <p>Known limit: it reads the segments this server runs. On a server that runs only some of
 * the event graph's segments, the history waits for none of the others.
 */
@Component
public class HistoryHorizon {

    private static final String GROUP = "event-graph";

    private final EventProcessingConfiguration processing;

    HistoryHorizon(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** The horizon, or -1 while no segment has handled anything. */
    public long position() {
        StreamingEventProcessor processor = processing
                .eventProcessor(GROUP, StreamingEventProcessor.class).orElse(null);
        if (processor == null) {
            return -1;
        }
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return -1;
        }
        long horizon = Long.MAX_VALUE;
        for (EventTrackerStatus segment : segments.values()) {
            OptionalLong complete = completeUpTo(segment.getTrackingToken());
            if (complete.isEmpty()) {
                return -1;
            }
            horizon = Math.min(horizon, complete.getAsLong());
        }
        return horizon;
    }

    /** Below its first gap a token has seen everything; without gaps, up to its index. */
    private static OptionalLong completeUpTo(TrackingToken token) {
        TrackingToken bound = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (bound instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getGaps().isEmpty() ? OptionalLong.of(gapAware.getIndex())
                    : OptionalLong.of(gapAware.getGaps().first() - 1);
        }
        return bound == null ? OptionalLong.empty() : bound.position();
    }
}
