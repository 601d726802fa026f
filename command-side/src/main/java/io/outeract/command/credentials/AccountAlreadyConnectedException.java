package io.outeract.command.credentials;

/**
 * The platform account already has a live connection. Connecting it again would take its
 * webhook away from that connection, so the first must be disconnected before.
 */
public class AccountAlreadyConnectedException extends IllegalStateException {

    public AccountAlreadyConnectedException(String platform) {
        super("This " + platform + " account is already connected to Outeract; disconnect it "
                + "there before connecting it again");
    }
}
