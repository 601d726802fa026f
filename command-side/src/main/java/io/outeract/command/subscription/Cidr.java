package io.outeract.command.subscription;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A range of addresses such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
final class Cidr {

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private Cidr(byte[] network, int prefixLength, String text) {
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /** Parses a range; only literal addresses are accepted, so parsing never asks DNS. */
    static Cidr parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        if (!address.contains(":") && !address.matches("[0-9.]+")) {
            throw new IllegalArgumentException("'" + text + "' is not an address range");
        }
        byte[] bytes = literal(address, text);
        int length = slash < 0 ? bytes.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
        if (length < 0 || length > bytes.length * 8) {
            throw new IllegalArgumentException("'" + text + "' has an impossible prefix length");
        }
        return new Cidr(bytes, length, trimmed);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int wholeBytes = prefixLength / 8;
        for (int index = 0; index < wholeBytes; index++) {
            if (candidate[index] != network[index]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = 0xff << (8 - remainingBits) & 0xff;
        return (candidate[wholeBytes] & mask) == (network[wholeBytes] & mask);
    }

    @Override
    public String toString() {
        return text;
    }

    private static byte[] literal(String address, String text) {
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an address range", e);
        }
    }
}
