package io.outeract.adapters.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What can be read from a bot token without asking Telegram. */
public final class TelegramBotToken {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,20}):[A-Za-z0-9_-]{30,}");

    private TelegramBotToken() {
    }

    /**
     * The bot's user id, which Telegram puts before the ':' of its token. Updates never name the
     * bot they are for, so this id is how a connection is told apart from the others.
     *
     * @throws IllegalArgumentException when the value is not shaped like a bot token
     */
    public static String botId(String token) {
        Matcher matcher = FORMAT.matcher(token == null ? "" : token);
        if (!matcher.matches()) {
            // The message never repeats the value: it may be a real token pasted slightly wrong.
            throw new IllegalArgumentException("A Telegram bot token is the bot id, a ':' and at "
                    + "least 30 letters, digits, '_' or '-'; the value given is not");
        }
        return matcher.group(1);
    }
}
