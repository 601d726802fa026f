package io.outeract.adapters.email;

/**
 * The HTML alternative of a plain text: escaped, paragraphs at blank lines, line breaks kept.
 * Outeract is given plain text only; the HTML part is there because mail without one reads
 * badly in some clients and looks odd to spam filters.
 */
final class PlainTextHtml {

    private PlainTextHtml() {
    }

    static String of(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : PlainText.normalised(text).split("\n{2,}")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
