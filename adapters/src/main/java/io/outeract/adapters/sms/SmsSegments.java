package io.outeract.adapters.sms;

/**
 * How many SMS segments a text is billed and sent as. A text of GSM-7 characters only takes
 * 160 septets in one segment, or 153 in each part of a longer one (the rest holds the header
 * that joins them); the extension characters {@code € [ ] { } ^ ~ \ |} and form feed take two
 * septets, never split across parts. One character outside GSM-7 (an emoji, a curly quote)
 * makes the whole text UCS-2: 70 UTF-16 units in one segment, or 67 in each part, a surrogate
 * pair never split. Twilio may still pick another encoding (its smart encoding replaces some
 * look-alikes), so this is what the text costs at most as it stands.
 */
public final class SmsSegments {

    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,"
            + "-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENSION = "\f^{}\\[~]|€";

    private static final int GSM7_SINGLE = 160;
    private static final int GSM7_PART = 153;
    private static final int UCS2_SINGLE = 70;
    private static final int UCS2_PART = 67;

    private SmsSegments() {
    }

    /** The number of segments of {@code text}; none for an empty text. */
    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return isGsm7(text) ? gsm7Segments(text) : ucs2Segments(text);
    }

    /** Whether every character of {@code text} is in the GSM-7 alphabet or its extension. */
    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int gsm7Segments(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += septets(text.charAt(i));
        }
        if (total <= GSM7_SINGLE) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = septets(text.charAt(i));
            if (used + cost > GSM7_PART) {
                parts++;
                used = 0;
            }
            used += cost;
        }
        return parts;
    }

    private static int ucs2Segments(String text) {
        if (text.length() <= UCS2_SINGLE) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cost = Character.charCount(text.codePointAt(i));
            if (used + cost > UCS2_PART) {
                parts++;
                used = 0;
            }
            used += cost;
        }
        return parts;
    }

    private static int septets(char c) {
        if (GSM7_BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }
}
