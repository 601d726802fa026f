package io.outeract.command.organisation;

import io.outeract.command.Texts;

/** The rule every organisation and application name follows. */
final class Names {

    static final int MAX_LENGTH = 200;

    private Names() {
    }

    static void requireValid(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An " + what + " needs a name");
        }
        if (name.strip().length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "An " + what + " name has at most " + MAX_LENGTH + " characters");
        }
        Texts.requirePrintableName(name.strip(), "An " + what + " name");
    }
}
