package io.outeract.adapters.email;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-IDs as Outeract keeps them: without the angle brackets the headers wear, because
 * Mailgun's delivery events name them without, and one message must have one id.
 */
final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageIds() {
    }

    /** The first id of a header such as Message-Id or In-Reply-To; null when it holds none. */
    static String first(String header) {
        List<String> ids = all(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * Every id of a References header, oldest first. An id without brackets, as a sloppy
     * client writes it, is taken whole when it is all the header holds.
     */
    static List<String> all(String header) {
        List<String> ids = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return ids;
        }
        Matcher bracketed = BRACKETED.matcher(header);
        while (bracketed.find()) {
            ids.add(bracketed.group(1));
        }
        String bare = header.strip();
        if (ids.isEmpty() && !bare.contains(" ") && !bare.contains("<")) {
            ids.add(bare);
        }
        return ids;
    }

    /** A new id at the sending domain: the time, to read, and 64 random bits, to be unique. */
    static String generate(Clock clock, String domain) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return STAMP.format(clock.instant()) + "." + HexFormat.of().formatHex(random) + "@"
                + domain;
    }

    static String bracketed(String id) {
        String bare = id.strip();
        return bare.startsWith("<") ? bare : "<" + bare + ">";
    }
}
