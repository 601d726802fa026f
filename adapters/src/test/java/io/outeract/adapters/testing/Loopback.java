package io.outeract.adapters.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** The HTTP client adapters under test use, and loopback addresses that never answer. */
public final class Loopback {

    /** Short, so that a late answer is a test of a quarter second, not a minute. */
    public static final Duration READ_TIMEOUT = Duration.ofMillis(250);

    /** A port where nothing is asked: for adapters that only read webhooks. */
    public static final String OFFLINE = "http://127.0.0.1:1";

    private Loopback() {
    }

    public static OkHttpClient client() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(READ_TIMEOUT)
                .build();
    }

    /** An address on a loopback port that was free a moment ago, so that nothing listens. */
    public static String unreachableUrl(String path) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
