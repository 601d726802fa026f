package io.outeract.adapters.meta.whatsapp;

/** A message WhatsApp would refuse as it stands; it is failed without calling the API. */
final class UnsendableMessageException extends Exception {

    UnsendableMessageException(String reason) {
        super(reason);
    }
}
