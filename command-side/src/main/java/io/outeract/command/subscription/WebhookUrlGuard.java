package io.outeract.command.subscription;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Checks an endpoint URL: HTTPS (plain HTTP only where an operator allows it), no credentials
 * in it, and a host whose every address the policy allows. Asked at subscription time and again
 * before every call, since DNS answers change.
 */
final class WebhookUrlGuard {

    static final int MAX_URL_LENGTH = 2000;

    private final GuardedDns dns;
    private final boolean allowPlainHttp;

    WebhookUrlGuard(GuardedDns dns, boolean allowPlainHttp) {
        this.dns = dns;
        this.allowPlainHttp = allowPlainHttp;
    }

    GuardedDns dns() {
        return dns;
    }

    /** The URL as OkHttp will call it; IllegalArgumentException says why it may not be. */
    HttpUrl check(String url) {
        HttpUrl parsed = parse(url);
        try {
            dns.check(parsed.host(), addressesOf(parsed.host()));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("The webhook URL is refused: " + e.getMessage());
        }
        return parsed;
    }

    private HttpUrl parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            throw new IllegalArgumentException(
                    "A webhook URL is needed, of at most " + MAX_URL_LENGTH + " characters");
        }
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("The webhook URL is not a valid http(s) URL");
        }
        if (!parsed.isHttps() && !allowPlainHttp) {
            throw new IllegalArgumentException("The webhook URL must use https");
        }
        if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            throw new IllegalArgumentException("The webhook URL must not carry credentials");
        }
        if (isAmbiguousNumber(parsed.host())) {
            throw new IllegalArgumentException("The webhook URL is refused: its host must be a "
                    + "name or a plain dotted-decimal address, not " + parsed.host());
        }
        return parsed;
    }

    // OkHttp connects to a literal address without asking its Dns, so literals are checked here.
    private List<InetAddress> addressesOf(String host) throws UnknownHostException {
        if (isLiteral(host)) {
            return List.of(InetAddress.getByName(host));
        }
        return dns.resolve(host);
    }

    /**
     * A host of digits and dots that is not four plain decimal numbers (0177.0.0.1, 10.1) is
     * read differently by different resolvers, octal by some, so no one can tell which address
     * it names. Such a host is refused.
     */
    private static boolean isAmbiguousNumber(String host) {
        return host.matches("[0-9.]+")
                && !host.matches("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }
}
