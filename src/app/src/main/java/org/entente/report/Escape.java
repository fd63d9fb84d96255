package org.entente.report;

import java.util.Map;

/** Character-by-character escaping, one table per target language. */
final class Escape {

    static final Map<Character, String> HTML = Map.of(
            '&', "&amp;", '<', "&lt;", '>', "&gt;", '"', "&quot;", '\'', "&#39;");

    /**
     * Inside a quoted Mermaid label: quotes, angle brackets, ampersands, pipes, backticks and '#' become Mermaid's
     * entity codes, so a label can neither end its string nor the Markdown fence around the chart; one line.
     */
    static final Map<Character, String> MERMAID = Map.ofEntries(
            Map.entry('"', "#quot;"), Map.entry('#', "#35;"), Map.entry('<', "#lt;"), Map.entry('>', "#gt;"),
            Map.entry('&', "#amp;"), Map.entry('|', "#124;"), Map.entry('`', "#96;"),
            Map.entry('\n', " "), Map.entry('\r', " "), Map.entry('\t', " "));

    /** A Markdown paragraph or table cell: Markdown syntax backslash-escaped, HTML as entities; one line. */
    static final Map<Character, String> MARKDOWN = Map.ofEntries(
            Map.entry('\\', "\\\\"), Map.entry('`', "\\`"), Map.entry('*', "\\*"), Map.entry('_', "\\_"),
            Map.entry('[', "\\["), Map.entry(']', "\\]"), Map.entry('|', "\\|"), Map.entry('~', "\\~"),
            Map.entry('#', "\\#"), Map.entry('<', "&lt;"), Map.entry('>', "&gt;"), Map.entry('&', "&amp;"),
            Map.entry('\n', " "), Map.entry('\r', " "), Map.entry('\t', " "));

    /**
     * Inside a DOT quoted string. Only {@code \"} is an escape of the language, but Graphviz reads backslash
     * sequences in labels ({@code \n}, {@code \N}, ...), so a backslash is doubled and line ends become {@code \n}.
     */
    static final Map<Character, String> DOT = Map.of('\\', "\\\\", '"', "\\\"", '\n', "\\n", '\r', "");

    private Escape() {
    }

    static String with(Map<Character, String> table, String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            String replacement = table.get(c);
            if (replacement == null) {
                escaped.append(c);
            } else {
                escaped.append(replacement);
            }
        }
        return escaped.toString();
    }
}
