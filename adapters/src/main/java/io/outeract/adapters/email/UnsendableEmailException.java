package io.outeract.adapters.email;

/** A message that cannot become an email as it stands: no subject, no address, a template. */
final class UnsendableEmailException extends Exception {

    UnsendableEmailException(String message) {
        super(message);
    }
}
