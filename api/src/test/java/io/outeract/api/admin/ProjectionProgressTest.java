package io.outeract.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rebuild's rate is what it moved between two samples, over the time between them. */
class ProjectionProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aProjectionThatMovedTwentyThousandEventsInTwoSecondsRunsAtTenThousandPerSecond() {
        ProjectionProgress.Sample sample = new ProjectionProgress.Sample(
                120_000, 12 * SECOND, 100_000, 10 * SECOND);

        assertThat(sample.eventsPerSecond()).isEqualTo(10_000.0);
    }

    @Test
    void aFirstSampleHasNoRateYet() {
        ProjectionProgress.Sample first = new ProjectionProgress.Sample(
                500, 3 * SECOND, 500, 3 * SECOND);

        assertThat(first.eventsPerSecond()).isZero();
    }
}
