package io.outeract.api.graphql;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits, briefly, for a read model to catch up with a command that just committed. The read
 * models run milliseconds behind the commands; a caller who just created something should
 * nevertheless find it at once.
 */
public final class ReadModelCatchUp {

    private static final long POLL_MILLIS = 10;

    private ReadModelCatchUp() {
    }

    /** The lookup's answer, asked again until it finds something or {@code patience} is up. */
    public static <T> Optional<T> find(Supplier<Optional<T>> lookup, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Optional<T> found = lookup.get();
        while (found.isEmpty() && System.nanoTime() < deadline && pause()) {
            found = lookup.get();
        }
        return found;
    }

    /** Whether the condition came true within {@code patience}. */
    public static boolean until(BooleanSupplier condition, Duration patience) {
        return find(() -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty(),
                patience).isPresent();
    }

    private static boolean pause() {
        try {
            Thread.sleep(POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
