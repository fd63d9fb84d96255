package org.entente;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for misspelt ids and values: the candidates closest in edit distance. */
public final class Suggestions {

    private Suggestions() {
    }

    public static List<String> closest(String wanted, Collection<String> candidates, int most) {
        String key = wanted.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, key.length() / 3);
        return candidates.stream()
                .map(candidate -> new Scored(candidate, score(key, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance <= tolerance)
                // Among equally distant candidates, a shared start ranks first: JAP is nearer JPN than CAN.
                .sorted(Comparator.comparingInt(Scored::distance)
                        .thenComparing(scored -> -sharedStart(key, scored.candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Scored::candidate))
                .limit(most)
                .map(Scored::candidate)
                .toList();
    }

    /** {@code " (did you mean X or Y?)"}, or nothing when no candidate is close. */
    public static String didYouMean(String wanted, Collection<String> candidates) {
        List<String> close = closest(wanted, candidates, 3);
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }

    private record Scored(String candidate, int distance) {
    }

    /**
     * Edit distance, except that an id and its longer form ({@code vilnius-summit}, {@code vilnius-summit-2023}) are
     * close however many characters the suffix adds: ids grow by qualifiers more often than they are misspelt.
     */
    private static int score(String key, String candidate) {
        boolean longerForm = key.length() >= 3 && (candidate.startsWith(key) || key.startsWith(candidate))
                && Math.min(key.length(), candidate.length()) >= 3;
        return longerForm ? 1 : distance(key, candidate);
    }

    private static int sharedStart(String a, String b) {
        int at = 0;
        while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        return at;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
