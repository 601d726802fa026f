package io.outeract.adapters.sms;

import java.util.Locale;
import java.util.Set;

/**
 * The keywords with which a person opts out of a number's texts, or back in. Twilio and the
 * carriers act on them whatever Outeract does, and still forward the message; Outeract marks
 * it so that nobody texts a person who said STOP. A message is a keyword when it is one, alone,
 * in any case; Twilio's {@code OptOutType}, where a Messaging Service sends it, decides first.
 */
final class SmsKeywords {

    static final String OPT_OUT = "opt_out";
    static final String OPT_IN = "opt_in";

    private static final Set<String> OPT_OUT_WORDS = Set.of(
            "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE");
    private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP", "YES");

    private SmsKeywords() {
    }

    /** {@code opt_out}, {@code opt_in}, or null for an ordinary message. */
    static String kindOf(String body, String optOutType) {
        if (optOutType != null) {
            String type = optOutType.toUpperCase(Locale.ROOT);
            if (type.equals("STOP")) {
                return OPT_OUT;
            }
            if (type.equals("START")) {
                return OPT_IN;
            }
            return null;
        }
        String word = body == null ? "" : body.strip().toUpperCase(Locale.ROOT);
        if (OPT_OUT_WORDS.contains(word)) {
            return OPT_OUT;
        }
        return OPT_IN_WORDS.contains(word) ? OPT_IN : null;
    }
}
