package io.outeract.adapters.email;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tokens of the signed posts already taken, for replay protection. Mailgun signs only its
 * timestamp and token, not the fields, so whoever saw one post could send other fields under the
 * same signature; a token is therefore taken with the body it first came with, and refused with
 * any other. The same body again is let through: it may be Mailgun retrying after a failure of
 * ours, and its mail is deduplicated on its Message-Id anyway.
 *
 * <p>A token is kept until its timestamp leaves the accepted window, or until the memory is
 * full, when the oldest goes first.
 *
 * <p>Known shortcoming (no issue filed yet): the memory is this process's own, so with several
 * ingress nodes a replay could reach another one; a shared store would close that.
 */
final class MailgunTokens {

    private record Taken(String bodyDigest, Instant forgetAt) {
    }

    private final int capacity;
    private final Map<String, Taken> taken = new LinkedHashMap<>();

    MailgunTokens(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("The token memory needs room for one token");
        }
        this.capacity = capacity;
    }

    /** Whether the token is new, or came before with this very body; remembers it if new. */
    synchronized boolean admit(String token, String bodyDigest, Instant forgetAt, Instant now) {
        forgetExpired(now);
        Taken before = taken.get(token);
        if (before != null) {
            return before.bodyDigest().equals(bodyDigest);
        }
        taken.put(token, new Taken(bodyDigest, forgetAt));
        if (taken.size() > capacity) {
            Iterator<String> oldest = taken.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    private void forgetExpired(Instant now) {
        Iterator<Taken> oldestFirst = taken.values().iterator();
        while (oldestFirst.hasNext()) {
            if (!oldestFirst.next().forgetAt().isBefore(now)) {
                return;
            }
            oldestFirst.remove();
        }
    }
}
