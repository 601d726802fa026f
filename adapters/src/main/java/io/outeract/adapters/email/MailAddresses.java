package io.outeract.adapters.email;

import io.outeract.adapters.MalformedWebhookException;
import io.outeract.contract.common.PlatformAccount;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.Locale;

/** The people of a forwarded mail: who wrote it, and which of our mailboxes it reached. */
final class MailAddresses {

    private MailAddresses() {
    }

    /**
     * The author, from the From field with its display name; the envelope sender only when From
     * cannot be read, since the envelope sender is often a bounce address.
     */
    static PlatformAccount sender(MailgunFields post) {
        InternetAddress from = firstAddress(post.text("from") != null
                ? post.text("from") : post.header("From"));
        if (from == null) {
            from = firstAddress(post.text("sender"));
        }
        if (from == null || from.getAddress() == null || from.getAddress().isBlank()) {
            throw new MalformedWebhookException("The post names no sender");
        }
        return new PlatformAccount(
                from.getAddress().toLowerCase(Locale.ROOT), blankToNull(from.getPersonal()),
                null, false);
    }

    /**
     * The mailbox the mail was delivered to, from the envelope recipient: the To header may not
     * hold it (Bcc, aliases, lists). When Mailgun lists several, the connection's own is chosen.
     */
    static PlatformAccount recipient(MailgunFields post, String mailbox) {
        InternetAddress[] recipients = addresses(post.text("recipient"));
        String chosen = Arrays.stream(recipients)
                .map(address -> address.getAddress().toLowerCase(Locale.ROOT))
                .filter(address -> address.equals(mailbox))
                .findFirst()
                .orElse(recipients.length > 0
                        ? recipients[0].getAddress().toLowerCase(Locale.ROOT)
                        : mailbox);
        return new PlatformAccount(chosen, null, null, false);
    }

    private static InternetAddress firstAddress(String header) {
        InternetAddress[] addresses = addresses(header);
        return addresses.length == 0 ? null : addresses[0];
    }

    private static InternetAddress[] addresses(String header) {
        if (header == null || header.isBlank()) {
            return new InternetAddress[0];
        }
        try {
            // Not strict: real From headers break the RFC in many small ways.
            return InternetAddress.parseHeader(header, false);
        } catch (AddressException unreadable) {
            return new InternetAddress[0];
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
