package io.outeract.command;

/**
 * Rules for texts that people type into Outeract. PostgreSQL's text and jsonb cannot hold the
 * NUL character, and no platform shows control characters, so both are refused at the door
 * instead of failing later in a projector.
 */
public final class Texts {

    private Texts() {
    }

    /** A name: one line, no control characters at all. */
    public static void requirePrintableName(String value, String what) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must not contain control characters");
        }
    }

    /** A message: line breaks and tabs are fine, other control characters (NUL above all) not. */
    public static void requirePrintableMessage(String value, String what) {
        boolean control = value.chars().anyMatch(c -> Character.isISOControl(c)
                && c != '\n' && c != '\r' && c != '\t');
        if (control) {
            throw new IllegalArgumentException(what + " must not contain control characters "
                    + "such as NUL; only line breaks and tabs are allowed");
        }
    }
}
