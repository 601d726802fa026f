package io.outeract.command.subscription;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import okhttp3.Dns;

/**
 * Resolves an endpoint's host and hands OkHttp only addresses the policy allows, so the call
 * connects to exactly what was checked, however DNS answers next time. A host with any refused
 * address is refused whole: a name that mixes public and internal records is not trusted.
 */
final class GuardedDns implements Dns {

    private final Dns resolver;
    private final AddressPolicy policy;

    GuardedDns(Dns resolver, AddressPolicy policy) {
        this.resolver = resolver;
        this.policy = policy;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> addresses = resolve(host);
        check(host, addresses);
        return addresses;
    }

    List<InetAddress> resolve(String host) throws UnknownHostException {
        return resolver.lookup(host);
    }

    void check(String host, List<InetAddress> addresses) throws UnknownHostException {
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host + " resolves to no address");
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new RefusedAddressException(host, address, refusal.get());
            }
        }
    }

    /** A host that resolved, but to an address webhook calls may not reach. */
    static final class RefusedAddressException extends UnknownHostException {

        RefusedAddressException(String host, InetAddress address, String why) {
            super(host + " resolves to " + address.getHostAddress() + ", " + why
                    + ", which webhooks may not reach");
        }
    }
}
