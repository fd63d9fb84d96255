package org.entente.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The lexicon's names as token sequences, looked up longest first at each token of a sentence. */
final class Gazetteer {

    enum Sort { PERSON, ORGANISATION, STATE, SEAT, CAPITAL, REGION, DEMONYM, PEOPLE, TITLE }

    record Entry(Sort sort, String id, String[] words) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    Gazetteer(Lexicon lexicon, Function<String, String[]> tokenize) {
        lexicon.people.values().forEach(person -> person.names().forEach(name ->
                add(Sort.PERSON, person.id(), name, tokenize)));
        lexicon.organisations.values().forEach(organisation -> organisation.names().forEach(name ->
                add(organisation.seatOf() == null ? Sort.ORGANISATION : Sort.SEAT,
                        organisation.seatOf() == null ? organisation.id() : organisation.seatOf(), name, tokenize)));
        for (Lexicon.State state : lexicon.states.values()) {
            state.names().forEach(name -> add(Sort.STATE, state.id(), name, tokenize));
            state.capitals().forEach(name -> add(Sort.CAPITAL, state.id(), name, tokenize));
            state.demonyms().forEach(name -> add(Sort.DEMONYM, state.id(), name, tokenize));
            state.demonyms().stream().map(Gazetteer::plural).filter(java.util.Objects::nonNull)
                    .forEach(name -> add(Sort.PEOPLE, state.id(), name, tokenize));
        }
        lexicon.regions.values().forEach(region -> region.names().forEach(name ->
                add(Sort.REGION, region.id(), name, tokenize)));
        lexicon.titles.forEach(title -> add(Sort.TITLE, title.forActor(), title.title(), tokenize));
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry entry) -> -entry.words().length)
                .thenComparing(Entry::sort);
        byFirstWord.values().forEach(entries -> entries.sort(longestFirst));
    }

    /**
     * The plural of a demonym as a noun of its people ("Malawians", "Israelis", "Filipinos"); null for one whose plural
     * is itself ("Chinese", "French") or no word ("U.S."), which cannot tell its people from its adjective.
     */
    private static String plural(String demonym) {
        char last = demonym.charAt(demonym.length() - 1);
        return demonym.endsWith("ese") || "nio".indexOf(last) < 0 ? null : demonym + "s";
    }

    private void add(Sort sort, String id, String phrase, Function<String, String[]> tokenize) {
        String[] words = tokenize.apply(phrase);
        if (words.length > 0) {
            String first = sort == Sort.TITLE ? titleKey(words[0]) : key(words[0]);
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Entry(sort, id, words));
        }
    }

    /** Titles are common nouns, capitalised before a name or not: "Foreign ministry spokesman", "foreign minister". */
    private static String titleKey(String word) {
        return "title:" + lower(word);
    }

    /** Names are matched as written, except a leading "the", which may open a sentence. */
    private static String key(String word) {
        return word.equalsIgnoreCase("the") ? "the" : word;
    }

    /** The entries whose words stand at {@code at}, longest first (of one sort when {@code sort} is not null). */
    List<Entry> at(List<Token> tokens, int at, Sort sort) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : byFirstWord.getOrDefault(key(tokens.get(at).text()), List.of())) {
            if ((sort == null || entry.sort() == sort) && matches(tokens, at, entry.words(), false)) {
                found.add(entry);
            }
        }
        if (sort == null || sort == Sort.TITLE) {
            for (Entry entry : byFirstWord.getOrDefault(titleKey(tokens.get(at).text()), List.of())) {
                if (matches(tokens, at, entry.words(), true)) {
                    found.add(entry);
                }
            }
            found.sort(Comparator.comparingInt((Entry entry) -> -entry.words().length).thenComparing(Entry::sort));
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int at, String[] words, boolean anyCase) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String text = tokens.get(at + i).text();
            boolean same = anyCase || (i == 0 && words[0].equalsIgnoreCase("the")) ? text.equalsIgnoreCase(words[i])
                    : text.equals(words[i]);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
