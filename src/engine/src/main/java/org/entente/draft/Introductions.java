package org.entente.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.InputError;
import org.entente.domain.ActorKind;
import org.entente.domain.Sector;
import org.entente.pack.LocatedYaml;

/**
 * The words of {@code introductions.yaml}: how an article introduces an actor no gazetteer entry covers (a titled
 * person, a named group, a body of a state) and refers back to it. Phrases are lower case, words joined by a space.
 *
 * @param roleNouns heads of the titles the lexicon lacks ("commissioner")
 * @param groups    the head noun of a group's description or name, to the kind of actor it makes
 * @param roles     a phrase that refers back to a group, to the role it names ("coup leaders" to ruling-military)
 * @param bodies    a phrase naming a body of a state, to its sector ("senate" to LEGISLATURE)
 * @param bodyNames a phrase naming a body of a state, to the first phrase of its list, or the key of its mapping,
 *                  which names the body in its id ("peacekeeping contingent" to "peacekeepers", "foreign ministry"
 *                  to "mfa"): the phrases of one list are one body
 * @param alone     the phrases of the bodies a state has one of and no group has any ("foreign ministry"), which name
 *                  the body of the state in context even in lower case with no state before them
 * @param agencyHeads the head noun of a state agency's proper name ("authority" in "the Suez Canal Authority")
 * @param leadVerbs lemmas of the verbs that say what a person heads ("who heads the ...", "who leads the ...")
 * @param vessels   the prefix of a state's ship names, to the state ("HMS" to GBR)
 * @param regionNouns the noun after a name that makes it a part of a state ("province" in "Balochistan province")
 * @param descriptions a noun that refers back to a state of a kind ("kingdom", "island"), to the states it describes
 */
record Introductions(Set<String> roleNouns, Map<String, ActorKind> groups, Map<String, String> roles,
                     Map<String, Sector> bodies, Map<String, String> bodyNames, Set<String> alone,
                     Set<String> agencyHeads,
                     Set<String> leadVerbs, Map<String, String> vessels, Set<String> regionNouns,
                     Map<String, Set<String>> descriptions) {

    static final String FILE = "introductions.yaml";
    /** No phrase of the file is longer: a cap on how far ahead a lookup reads. */
    static final int MAX_PHRASE_WORDS = 4;

    static Introductions read(Path lexiconFolder, Set<String> states) {
        LocatedYaml yaml = LocatedYaml.read(lexiconFolder.resolve(FILE));
        JsonNode roleNouns = yaml.root().get("roleNouns");
        if (roleNouns == null || !roleNouns.isArray()) {
            throw new InputError(yaml.where("") + " field 'roleNouns'", FILE + " needs a list 'roleNouns'");
        }
        Map<String, ActorKind> groups = new HashMap<>();
        groupsOf(yaml, "groups").forEach((kind, words) -> words.forEach(word ->
                groups.put(word, enumOf(yaml, "groups", kind, ActorKind.class))));
        groups.values().stream().filter(kind -> kind != ActorKind.NON_STATE_GROUP && kind != ActorKind.ORGANISATION)
                .findFirst().ifPresent(kind -> {
                    throw new InputError(yaml.where("/groups/" + kind) + " field 'groups'",
                            "a group the article introduces is a NON_STATE_GROUP or an ORGANISATION, not " + kind);
                });
        Map<String, String> roles = new HashMap<>();
        groupsOf(yaml, "roles").forEach((role, words) -> words.forEach(word -> roles.put(word, role)));
        Map<String, Sector> bodies = new HashMap<>();
        Map<String, String> bodyNames = new HashMap<>();
        JsonNode bodyNode = yaml.root().get("bodies");
        groupsOf(yaml, "bodies").forEach((sector, words) -> words.forEach(word ->
                bodies.put(word, enumOf(yaml, "bodies", sector, Sector.class))));
        // A list inside a sector's list holds the phrases of one body, the first naming it; a mapping names it by its
        // key ({mfa: [foreign ministry, ...]}).
        bodyNode.fields().forEachRemaining(sector -> sector.getValue().forEach(item -> {
            List<String> phrases = phrases(item);
            String name = item.isObject() ? lower(item.fieldNames().next()) : phrases.get(0);
            phrases.forEach(phrase -> bodyNames.put(phrase, name));
        }));
        Set<String> alone = words(yaml, "alone");
        alone.stream().filter(phrase -> !bodies.containsKey(phrase)).findFirst().ifPresent(phrase -> {
            throw new InputError(yaml.where("/alone") + " field 'alone'",
                    "'%s' is no phrase of 'bodies'".formatted(phrase));
        });
        Map<String, String> vessels = new HashMap<>();
        JsonNode vesselNode = yaml.root().get("vessels");
        if (vesselNode == null || !vesselNode.isObject()) {
            throw new InputError(yaml.where("") + " field 'vessels'", FILE + " needs 'vessels': ship prefixes to states");
        }
        vesselNode.fields().forEachRemaining(entry -> {
            if (!states.contains(entry.getValue().asText())) {
                throw new InputError(yaml.where("/vessels/" + entry.getKey()) + " field 'vessels'",
                        "'%s' is not a state of states.yaml".formatted(entry.getValue().asText()));
            }
            vessels.put(entry.getKey(), entry.getValue().asText());
        });
        Map<String, Set<String>> descriptions = new HashMap<>();
        groupsOf(yaml, "descriptions").forEach((noun, codes) -> {
            Set<String> described = new java.util.HashSet<>();
            for (String code : codes) {
                String state = code.toUpperCase(Locale.ROOT);
                if (!states.contains(state)) {
                    throw new InputError(yaml.where("/descriptions/" + noun) + " field 'descriptions'",
                            "'%s' is not a state of states.yaml".formatted(state));
                }
                described.add(state);
            }
            descriptions.put(lower(noun), Set.copyOf(described));
        });
        return new Introductions(Set.copyOf(Lexicon.strings(roleNouns).stream().map(Introductions::lower).toList()),
                Map.copyOf(groups), Map.copyOf(roles), Map.copyOf(bodies), Map.copyOf(bodyNames), alone,
                words(yaml, "agencyHeads"), words(yaml, "leadVerbs"), Map.copyOf(vessels), words(yaml, "regionNouns"),
                Map.copyOf(descriptions));
    }

    private static Set<String> words(LocatedYaml yaml, String field) {
        JsonNode node = yaml.root().get(field);
        if (node == null || !node.isArray()) {
            throw new InputError(yaml.where("") + " field '" + field + "'", FILE + " needs a list '" + field + "'");
        }
        return Set.copyOf(Lexicon.strings(node).stream().map(Introductions::lower).toList());
    }

    /** A mapping of keys to lists of phrases, in lower case. */
    private static Map<String, List<String>> groupsOf(LocatedYaml yaml, String field) {
        JsonNode node = yaml.root().get(field);
        if (node == null || !node.isObject()) {
            throw new InputError(yaml.where("") + " field '" + field + "'",
                    FILE + " needs '" + field + "': a mapping of keys to lists of phrases");
        }
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            List<String> words = new java.util.ArrayList<>();
            for (JsonNode item : entry.getValue()) {
                if (item.isObject() && item.size() != 1) {
                    throw new InputError(yaml.where("/" + field + "/" + entry.getKey()) + " field '" + field + "'",
                            "a mapping in a list names one body by one key, not " + item.size());
                }
                words.addAll(phrases(item));
            }
            words.stream().filter(word -> word.split(" ").length > MAX_PHRASE_WORDS).findFirst().ifPresent(word -> {
                throw new InputError(yaml.where("/" + field + "/" + entry.getKey()) + " field '" + field + "'",
                        "'%s' is longer than %d words".formatted(word, MAX_PHRASE_WORDS));
            });
            lists.put(entry.getKey(), words);
        }
        return lists;
    }

    /** The phrases of one item of a list: a phrase, a list of phrases, or a mapping of one name to its phrases. */
    private static List<String> phrases(JsonNode item) {
        JsonNode list = item.isObject() && item.size() == 1 ? item.elements().next() : item;
        return list.isArray() ? Lexicon.strings(list).stream().map(Introductions::lower).toList()
                : List.of(lower(list.asText()));
    }

    private static <E extends Enum<E>> E enumOf(LocatedYaml yaml, String field, String key, Class<E> type) {
        try {
            return Enum.valueOf(type, key);
        } catch (IllegalArgumentException e) {
            throw new InputError(yaml.where("/" + field + "/" + key) + " field '" + field + "'",
                    "'%s' is not a valid %s; use one of %s".formatted(key, type.getSimpleName(),
                            List.of(type.getEnumConstants())));
        }
    }

    private static String lower(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).trim();
    }
}
