package io.outeract.adapters.email;

import io.outeract.contract.common.Credentials;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Where and as whom a connection submits mail, read from its credentials. */
record SmtpSettings(
        String host,
        int port,
        String username,
        String password,
        SmtpSecurity security,
        String fromAddress,
        String fromName) {

    /** @throws IllegalArgumentException naming the setting that is missing or wrong */
    static SmtpSettings of(Credentials credentials) {
        String host = require(credentials, EmailCredentials.SMTP_HOST);
        String username = require(credentials, EmailCredentials.SMTP_USERNAME);
        String password = require(credentials, EmailCredentials.SMTP_PASSWORD);
        String from = require(credentials, EmailCredentials.FROM_ADDRESS);
        SmtpSecurity security = SmtpSecurity.named(
                EmailCredentials.find(credentials, EmailCredentials.SMTP_SECURITY).orElse(null));
        int port = EmailCredentials.find(credentials, EmailCredentials.SMTP_PORT)
                .map(SmtpSettings::port)
                .orElse(security.defaultPort());
        String name = EmailCredentials.find(credentials, EmailCredentials.FROM_NAME).orElse(null);
        return new SmtpSettings(host, port, username, password, security, mailbox(from), name);
    }

    /** The from address with its display name, encoded as RFC 2047 words where needed. */
    InternetAddress sender() {
        try {
            return new InternetAddress(fromAddress, fromName, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The part of the from address after the '@', where our Message-IDs live. */
    String fromDomain() {
        return fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", from " + fromAddress
                + ", password hidden]";
    }

    private static String require(Credentials credentials, String name) {
        return EmailCredentials.find(credentials, name).orElseThrow(() ->
                new IllegalArgumentException("The email connection has no '" + name + "'"));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, with the setting's name.
        }
        throw new IllegalArgumentException("The SMTP port must be a number from 1 to 65535");
    }

    private static String mailbox(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            if (parsed.getAddress().indexOf('@') < 1) {
                throw new AddressException("no domain", address);
            }
            return parsed.getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException invalid) {
            throw new IllegalArgumentException(
                    "The from address is not an email address: " + invalid.getMessage());
        }
    }
}
