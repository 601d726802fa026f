package io.outeract.command.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private static final int MAX_ATTEMPTS = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration ONE_HOUR = Duration.ofHours(1);
    private static final Duration NO_PLATFORM_DELAY = null;

    private final RetryPolicy policy = new RetryPolicy(MAX_ATTEMPTS, FIRST_BACKOFF);

    @Test
    void waitsAsLongAsThePlatformAsked() {
        assertThat(policy.waitAfter(3, Duration.ofSeconds(37))).isEqualTo(Duration.ofSeconds(37));
    }

    @Test
    void waitsAtMostAnHourWhateverThePlatformAsked() {
        assertThat(policy.waitAfter(1, Duration.ofHours(6))).isEqualTo(ONE_HOUR);
    }

    @Test
    void waitsAnHourWhenThePlatformAskedForExactlyThat() {
        assertThat(policy.waitAfter(1, ONE_HOUR)).isEqualTo(ONE_HOUR);
    }

    @ParameterizedTest(name = "after attempt {0}: {1} s")
    @CsvSource({"1, 2", "2, 4", "3, 8", "4, 16", "10, 1024"})
    void backsOffExponentiallyFromTheFirstBackoff(int attempt, long seconds) {
        assertThat(policy.waitAfter(attempt, NO_PLATFORM_DELAY))
                .isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "after attempt {0}")
    @CsvSource({"12", "21", "64", "1000"})
    void backsOffAtMostAnHour(int attempt) {
        assertThat(policy.waitAfter(attempt, NO_PLATFORM_DELAY)).isEqualTo(ONE_HOUR);
    }

    @Test
    void retriesBeforeTheLastAttempt() {
        assertThat(policy.mayRetryAfter(MAX_ATTEMPTS - 1)).isTrue();
    }

    @Test
    void givesUpAtTheMaximumNumberOfAttempts() {
        assertThat(policy.mayRetryAfter(MAX_ATTEMPTS)).isFalse();
    }

    @Test
    void neverRetriesWhenOneAttemptIsAllowed() {
        assertThat(new RetryPolicy(1, FIRST_BACKOFF).mayRetryAfter(1)).isFalse();
    }
}
