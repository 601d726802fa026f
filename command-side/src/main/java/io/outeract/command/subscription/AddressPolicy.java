package io.outeract.command.subscription;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which addresses webhook calls may reach: public ones only, unless an operator allowed a range
 * ({@code outeract.webhooks.allowed-networks}). Loopback, private, link-local (cloud metadata
 * among them), unique-local and other special-purpose ranges are refused.
 */
final class AddressPolicy {

    // IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) need no range: Java turns them into the
    // IPv4 address they carry, which is then judged as such.
    private static final Map<String, String> SPECIAL_RANGES = Map.ofEntries(
            Map.entry("0.0.0.0/8", "a 'this network' address"),
            Map.entry("100.64.0.0/10", "a shared (carrier-grade NAT) address"),
            Map.entry("192.0.0.0/24", "an IETF protocol address"),
            Map.entry("198.18.0.0/15", "a benchmarking address"),
            Map.entry("240.0.0.0/4", "a reserved address"),
            Map.entry("192.0.2.0/24", "a documentation address"),
            Map.entry("198.51.100.0/24", "a documentation address"),
            Map.entry("203.0.113.0/24", "a documentation address"),
            Map.entry("fc00::/7", "a unique-local (private) address"),
            Map.entry("64:ff9b::/96", "a NAT64 address"),
            Map.entry("64:ff9b:1::/48", "a NAT64 address"),
            Map.entry("2002::/16", "a 6to4 address"),
            // IPv4-compatible (deprecated) addresses carry an IPv4 address as Java does not
            // unwrap: ::a9fe:a9fe is the metadata address, so the whole range is refused.
            Map.entry("::/96", "an IPv4-compatible address"),
            Map.entry("2001::/32", "a Teredo address"),
            Map.entry("2001:db8::/32", "a documentation address"),
            Map.entry("100::/64", "a discard address"),
            Map.entry("fec0::/10", "a site-local address"));
    private static final List<Map.Entry<Cidr, String>> REFUSED = SPECIAL_RANGES.entrySet()
            .stream().map(entry -> Map.entry(Cidr.parse(entry.getKey()), entry.getValue()))
            .toList();

    private final List<Cidr> allowed;

    AddressPolicy(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    static AddressPolicy allowing(String commaSeparatedRanges) {
        List<Cidr> ranges = commaSeparatedRanges == null ? List.of()
                : java.util.Arrays.stream(commaSeparatedRanges.split(","))
                        .filter(range -> !range.isBlank()).map(Cidr::parse).toList();
        return new AddressPolicy(ranges);
    }

    /** Why the address may not be called; empty when it may. */
    Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(range -> range.contains(address))) {
            return Optional.empty();
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("an unspecified address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (cloud metadata lives there)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        return REFUSED.stream().filter(range -> range.getKey().contains(address))
                .map(Map.Entry::getValue).findFirst();
    }
}
