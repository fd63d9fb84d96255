package org.entente.draft;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The outlet an article names in its dateline ("(Bloomberg) —", "Canberra, 20 September 2021 (Reuters) —") or its
 * copyright line ("©2023 Reuters").
 */
final class Outlet {

    private static final java.util.regex.Pattern DATELINE =
            java.util.regex.Pattern.compile("(?m)^[^\\n(]{0,80}\\(([A-Z][A-Za-z .&'-]{1,40})\\)\\s*[—–-]");
    private static final java.util.regex.Pattern COPYRIGHT = java.util.regex.Pattern.compile(
            "(?m)^\\s*(?:©|\\(c\\)|Copyright)\\s*\\d{4}\\s+([A-Z][A-Za-z&'-]*(?: [A-Z][A-Za-z&'-]*)*)");

    private Outlet() {
    }

    static Optional<String> of(String text) {
        for (java.util.regex.Pattern pattern : new java.util.regex.Pattern[] {DATELINE, COPYRIGHT}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group(1).trim());
            }
        }
        return Optional.empty();
    }
}
