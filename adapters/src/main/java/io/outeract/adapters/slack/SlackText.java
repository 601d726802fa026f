package io.outeract.adapters.slack;

/**
 * Slack's text escapes: it sends {@code &}, {@code <} and {@code >} of what people typed as
 * {@code &amp;}, {@code &lt;} and {@code &gt;}, keeping bare angle brackets for its own tokens
 * ({@code <@U…>}, {@code <#C…|name>}, links). Only these three entities exist; no other is
 * decoded.
 */
final class SlackText {

    private SlackText() {
    }

    static String unescape(String text) {
        if (text == null) {
            return null;
        }
        // &amp; last, so that a typed "&lt;" (sent as "&amp;lt;") stays "&lt;".
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Outeract's texts are plain: a typed "<" must not become a Slack token. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
