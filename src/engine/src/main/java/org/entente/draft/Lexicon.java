package org.entente.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.InputError;
import org.entente.domain.ActorKind;
import org.entente.domain.Decision;
import org.entente.domain.Quad;
import org.entente.domain.RelationKind;
import org.entente.domain.Sector;
import org.entente.pack.LocatedYaml;
import org.entente.pack.RelationKinds;

/**
 * The words of the field as data (rules/lexicon/): states, organisations, persons, regions, hedges and the
 * patterns that turn a sentence into facts. Adding a country, a title or a verb is an edit of these files.
 */
public final class Lexicon {

    record State(String id, String name, List<String> names, List<String> demonyms, List<String> capitals,
                 String region, boolean sovereign, boolean surnameFirst) {
    }

    /**
     * An organisation, group or agency; or, when {@code seatOf} is set, a building that stands for a state. A
     * {@code region} is where the group or bloc lies, when it lies in one; an agency's {@code body} is the body of
     * introductions.yaml it is for its state ("mfa": the State Department is the foreign ministry of the United
     * States), or null.
     */
    /** {@code sits}: the state a body meets in when news names no place (the Security Council in New York), or null. */
    record Organisation(String id, String name, List<String> names, String kind, List<String> refs, String partOf,
                        String sector, String seatOf, String decides, String region, String body, String sits) {
    }

    record Region(String id, String name, List<String> names, String within) {
    }

    record Title(String title, String forActor) {
    }

    /** A well-known office holder: {@code name} as drafted, {@code names} every spelling matched in articles. */
    record KnownPerson(String id, String name, List<String> names, String represents) {
    }

    /** A word or phrase that weakens or attributes a claim; {@code status} is what it makes of the fact. */
    record Hedge(String phrase, FactStatus status) {
    }

    final Map<String, State> states;
    final Map<String, Organisation> organisations;
    final Map<String, Region> regions;
    final List<Title> titles;
    final Map<String, KnownPerson> people;
    final List<Hedge> hedges;
    final Words words;
    final List<Pattern> patterns;
    /** The patterns a sentence may match, by the words it has. */
    final PatternIndex index;
    /** Relation kinds that are said rather than done (the vocabulary's VERBAL_ quad classes). */
    final Set<String> verbalKinds;
    /** Relation kinds of conflict (the vocabulary's _CONFLICT quad classes): the acts one state protests to another. */
    final Set<String> hostileKinds;
    /**
     * A noun of an act ("cancellation") to the relation kinds it names (language.yaml's actNouns): a noun listed under
     * several kinds ("the suspension" of ties or of an agreement) names an act of any of them.
     */
    final Map<String, Set<String>> actNouns;
    /**
     * A kind whose object is an actor to the kind it is when its object is an act (language.yaml's kindsOnActs):
     * "called the treaty a threat" condemns the treaty, where "called China a threat" names China as a challenge.
     */
    final Map<String, String> kindsOnActs;
    /**
     * The words a pattern ends with right after its {to} ("called {to} as? provocative|reckless"): what is said of the
     * object, never a noun of its phrase, whatever the tagger calls them ("the drills provocative" tags a NOUN).
     */
    final Set<String> complements;

    private Lexicon(Map<String, State> states, Map<String, Organisation> organisations, Map<String, Region> regions,
                    List<Title> titles, Map<String, KnownPerson> people, List<Hedge> hedges, Words words,
                    List<Pattern> patterns, Set<String> verbalKinds, Set<String> hostileKinds,
                    Map<String, Set<String>> actNouns, Map<String, String> kindsOnActs) {
        this.states = states;
        this.organisations = organisations;
        this.regions = regions;
        this.titles = titles;
        this.people = people;
        this.hedges = hedges;
        this.words = words;
        this.patterns = patterns;
        this.index = new PatternIndex(patterns);
        this.verbalKinds = verbalKinds;
        this.hostileKinds = hostileKinds;
        this.actNouns = actNouns;
        this.kindsOnActs = kindsOnActs;
        this.complements = complements(patterns);
    }

    private static Set<String> complements(List<Pattern> patterns) {
        Set<String> complements = new java.util.HashSet<>();
        for (Pattern pattern : patterns) {
            List<Pattern.Element> elements = pattern.elements();
            int k = elements.size() - 2;
            // "called {to} as? provocative": past an optional "as", the complement of a verb of calling.
            while (k >= 0 && elements.get(k) instanceof Pattern.Word word && word.optional()
                    && word.alternatives().equals(List.of("as"))) {
                k--;
            }
            // Only of a verb's object, "VERB {to} COMPLEMENT": "{from's} ...1 {to} area" ends on a noun of the phrase.
            if (k == 1 && elements.get(0) instanceof Pattern.Word verb && !verb.optional()
                    && elements.get(k) instanceof Pattern.Slot slot && slot.name().equals("to") && !slot.possessive()
                    && elements.get(elements.size() - 1) instanceof Pattern.Word last && !last.optional()) {
                last.alternatives().stream().filter(word -> !word.endsWith("*")).forEach(complements::add);
            }
        }
        return Set.copyOf(complements);
    }

    /**
     * Reads the lexicon folder; a mistake in any file is one located error. Pattern kinds are checked against the
     * rules' relation kinds.
     */
    static Lexicon load(Path folder, RelationKinds kinds) {
        Map<String, Region> regions = readRegions(LocatedYaml.read(folder.resolve("regions.yaml")));
        Map<String, State> states = readStates(LocatedYaml.read(folder.resolve("states.yaml")), regions);
        Map<String, Organisation> organisations = readOrganisations(
                LocatedYaml.read(folder.resolve("organisations.yaml")), states, regions);
        LocatedYaml persons = LocatedYaml.read(folder.resolve("persons.yaml"));
        List<Title> titles = readTitles(persons, states, organisations);
        Map<String, KnownPerson> people = readPeople(persons, states, organisations);
        LocatedYaml language = LocatedYaml.read(folder.resolve("language.yaml"));
        List<Hedge> hedges = readHedges(language);
        Words words = Words.read(language);
        List<Pattern> patterns = Pattern.readAll(patternFiles(folder), kinds);
        Set<String> mutual = new java.util.HashSet<>();
        kinds.all().stream().filter(RelationKind::mutual).forEach(kind -> mutual.add(kind.name()));
        checkMutual(patterns, mutual);
        Set<String> verbal = new java.util.HashSet<>();
        kinds.all().stream().filter(kind -> kind.quad() == Quad.VERBAL_COOPERATION || kind.quad() == Quad.VERBAL_CONFLICT)
                .forEach(kind -> verbal.add(kind.name()));
        Set<String> hostile = new java.util.HashSet<>();
        kinds.all().stream().filter(kind -> kind.quad() == Quad.VERBAL_CONFLICT || kind.quad() == Quad.MATERIAL_CONFLICT)
                .forEach(kind -> hostile.add(kind.name()));
        return new Lexicon(states, organisations, regions, titles, people, hedges, words, patterns, Set.copyOf(verbal),
                Set.copyOf(hostile), readActNouns(language, kinds), readKindsOnActs(language, kinds));
    }

    /**
     * patterns.yaml, then each file of patterns/ in the order of its name: a family of patterns (a CAMEO root, say)
     * may keep a file of its own.
     */
    private static List<LocatedYaml> patternFiles(Path folder) {
        List<LocatedYaml> files = new ArrayList<>();
        files.add(LocatedYaml.read(folder.resolve("patterns.yaml")));
        Path more = folder.resolve("patterns");
        if (Files.isDirectory(more)) {
            try (Stream<Path> listed = Files.list(more)) {
                listed.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted()
                        .forEach(path -> files.add(LocatedYaml.read(path)));
            } catch (IOException e) {
                throw new InputError(more.toString(), "cannot list the folder: " + e.getMessage());
            }
        }
        return files;
    }

    /**
     * A pattern `to: EACH_OTHER` drafts one relation for each pair of its subjects, so its kind must be one two sides
     * do to each other alike, its subjects must be named by {from}, and it has no {to}.
     */
    private static void checkMutual(List<Pattern> patterns, Set<String> mutual) {
        for (Pattern pattern : patterns) {
            if (pattern.target() != Pattern.Target.EACH_OTHER) {
                continue;
            }
            if (!mutual.contains(pattern.kind())) {
                throw new InputError(pattern.where(), "pattern '%s' is done to each other, but %s is not a kind that "
                        .formatted(pattern.id(), pattern.kind()) + RelationKinds.FILE + " marks mutual");
            }
            if (!pattern.hasSlot("from") || pattern.hasSlot("to")) {
                throw new InputError(pattern.where(), "pattern '%s' is done to each other: it names its subjects with "
                        .formatted(pattern.id()) + "{from} and has no {to}");
            }
        }
    }

    private static Map<String, Set<String>> readActNouns(LocatedYaml yaml, RelationKinds kinds) {
        JsonNode node = yaml.root().get("actNouns");
        if (node == null || !node.isObject()) {
            throw new InputError(yaml.where("") + " field 'actNouns'",
                    "language.yaml needs 'actNouns': a mapping of relation kind to the nouns that name its act");
        }
        Map<String, Set<String>> nouns = new LinkedHashMap<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String kind = it.next();
            if (kinds.find(kind).isEmpty()) {
                throw new InputError(yaml.where("/actNouns/" + kind) + " field 'actNouns'",
                        "'%s' is not a relation kind of %s%s".formatted(kind, RelationKinds.FILE,
                                org.entente.Suggestions.didYouMean(kind, kinds.names())));
            }
            strings(node.get(kind)).forEach(noun -> nouns.computeIfAbsent(noun.toLowerCase(java.util.Locale.ROOT),
                    named -> new java.util.LinkedHashSet<>()).add(kind));
        }
        Map<String, Set<String>> fixed = new LinkedHashMap<>();
        nouns.forEach((noun, named) -> fixed.put(noun, Set.copyOf(named)));
        return Map.copyOf(fixed);
    }

    private static Map<String, String> readKindsOnActs(LocatedYaml yaml, RelationKinds kinds) {
        JsonNode node = yaml.root().get("kindsOnActs");
        if (node == null || !node.isObject()) {
            throw new InputError(yaml.where("") + " field 'kindsOnActs'",
                    "language.yaml needs 'kindsOnActs': a mapping of relation kind to the kind it is said of an act");
        }
        Map<String, String> onActs = new LinkedHashMap<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String kind = it.next();
            for (String named : List.of(kind, node.get(kind).asText())) {
                if (kinds.find(named).isEmpty()) {
                    throw new InputError(yaml.where("/kindsOnActs/" + kind) + " field 'kindsOnActs'",
                            "'%s' is not a relation kind of %s%s".formatted(named, RelationKinds.FILE,
                                    org.entente.Suggestions.didYouMean(named, kinds.names())));
                }
            }
            onActs.put(kind, node.get(kind).asText());
        }
        return Map.copyOf(onActs);
    }

    /** The relation kinds a noun names as an act ("the strikes": ATTACKS), by its form or lemma; none for other nouns. */
    Set<String> actKinds(Token noun) {
        return actNouns.getOrDefault(noun.lower(), actNouns.getOrDefault(noun.lemma(), Set.of()));
    }

    Optional<String> nameOf(String actorId) {
        if (states.containsKey(actorId)) {
            return Optional.of(states.get(actorId).name());
        }
        Organisation organisation = organisations.get(actorId);
        return organisation == null || organisation.seatOf() != null ? Optional.empty() : Optional.of(organisation.name());
    }

    private static Map<String, Region> readRegions(LocatedYaml yaml) {
        Map<String, Region> regions = new LinkedHashMap<>();
        forEachEntry(yaml, (id, node, pointer) -> regions.put(id, new Region(id, text(yaml, node, pointer, "name"),
                strings(node.get("names")), optionalText(node, "within"))));
        regions.forEach((id, region) -> {
            if (region.within() != null && !regions.containsKey(region.within())) {
                throw new InputError(yaml.where("/" + id + "/within") + " field 'within'",
                        "region '%s' lies within the unknown region '%s'".formatted(id, region.within()));
            }
        });
        return regions;
    }

    private static Map<String, State> readStates(LocatedYaml yaml, Map<String, Region> regions) {
        Map<String, State> states = new LinkedHashMap<>();
        forEachEntry(yaml, (id, node, pointer) -> {
            String region = text(yaml, node, pointer, "region");
            if (!regions.containsKey(region)) {
                throw new InputError(yaml.where(pointer + "/region") + " field 'region'",
                        "state '%s' lies in '%s', which regions.yaml does not list".formatted(id, region));
            }
            states.put(id, new State(id, text(yaml, node, pointer, "name"), strings(node.get("names")),
                    strings(node.get("demonyms")), strings(node.get("capitals")), region,
                    !node.has("sovereign") || node.get("sovereign").asBoolean(),
                    node.has("surnameFirst") && node.get("surnameFirst").asBoolean()));
        });
        return states;
    }

    private static Map<String, Organisation> readOrganisations(LocatedYaml yaml, Map<String, State> states,
                                                               Map<String, Region> regions) {
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        forEachEntry(yaml, (id, node, pointer) -> {
            String seatOf = optionalText(node, "for");
            if (seatOf != null) {
                requireActor(yaml, pointer + "/for", seatOf, states.keySet(), Set.of());
                organisations.put(id, new Organisation(id, null, strings(node.get("names")), null, List.of(), null,
                        null, seatOf, null, null, null, null));
                return;
            }
            ActorKind kind = enumValue(yaml, node, pointer, "kind", ActorKind.class);
            if (kind == ActorKind.STATE || kind == ActorKind.PERSON) {
                throw new InputError(yaml.where(pointer + "/kind") + " field 'kind'",
                        "a state belongs in states.yaml and a person in persons.yaml, not '%s' here".formatted(kind));
            }
            String partOf = optionalText(node, "partOf");
            if ((kind == ActorKind.AGENCY) != (partOf != null && node.has("sector"))) {
                throw new InputError(yaml.where(pointer) + " field 'partOf'",
                        "an AGENCY, and only an agency, has partOf and sector");
            }
            String sector = node.has("sector") ? enumValue(yaml, node, pointer, "sector", Sector.class).name() : null;
            if (node.has("body") && kind != ActorKind.AGENCY) {
                throw new InputError(yaml.where(pointer + "/body") + " field 'body'",
                        "only an AGENCY is a body of its state");
            }
            String region = optionalText(node, "region");
            if (region != null && !regions.containsKey(region)) {
                throw new InputError(yaml.where(pointer + "/region") + " field 'region'",
                        "'%s' lies in '%s', which regions.yaml does not list".formatted(id, region));
            }
            String sits = optionalText(node, "sits");
            if (sits != null) {
                requireActor(yaml, pointer + "/sits", sits, states.keySet(), Set.of());
            }
            organisations.put(id, new Organisation(id, text(yaml, node, pointer, "name"), strings(node.get("names")),
                    kind.name(), strings(node.get("refs")), partOf, sector, null,
                    node.has("decides") ? enumValue(yaml, node, pointer, "decides", Decision.class).name() : null,
                    region, optionalText(node, "body"), sits));
        });
        organisations.forEach((id, organisation) -> {
            if (organisation.partOf() != null) {
                requireActor(yaml, "/" + id + "/partOf", organisation.partOf(), states.keySet(), organisations.keySet());
            }
        });
        return organisations;
    }

    private static List<Title> readTitles(LocatedYaml yaml, Map<String, State> states,
                                          Map<String, Organisation> organisations) {
        List<Title> titles = new ArrayList<>();
        JsonNode node = yaml.root().get("titles");
        if (node == null || !node.isArray()) {
            throw new InputError(yaml.where("/titles") + " field 'titles'", "persons.yaml needs a list of titles");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode title = node.get(i);
            if (title.isTextual()) {
                titles.add(new Title(title.asText(), null));
            } else {
                String forActor = text(yaml, title, "/titles/" + i, "for");
                requireActor(yaml, "/titles/" + i + "/for", forActor, states.keySet(), organisations.keySet());
                titles.add(new Title(text(yaml, title, "/titles/" + i, "title"), forActor));
            }
        }
        return titles;
    }

    private static Map<String, KnownPerson> readPeople(LocatedYaml yaml, Map<String, State> states,
                                                       Map<String, Organisation> organisations) {
        Map<String, KnownPerson> people = new LinkedHashMap<>();
        JsonNode node = yaml.root().get("people");
        if (node == null || !node.isObject()) {
            return people;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = "/people/" + entry.getKey();
            String represents = text(yaml, entry.getValue(), pointer, "represents");
            requireActor(yaml, pointer + "/represents", represents, states.keySet(), organisations.keySet());
            String name = text(yaml, entry.getValue(), pointer, "name");
            List<String> names = new ArrayList<>(List.of(name));
            strings(entry.getValue().get("names")).stream().filter(other -> !names.contains(other)).forEach(names::add);
            people.put(entry.getKey(), new KnownPerson(entry.getKey(), name, List.copyOf(names), represents));
        }
        return people;
    }

    private static List<Hedge> readHedges(LocatedYaml yaml) {
        List<Hedge> hedges = new ArrayList<>();
        JsonNode node = yaml.root().get("hedges");
        if (node == null || !node.isObject()) {
            throw new InputError(yaml.where("/hedges") + " field 'hedges'",
                    "language.yaml needs 'hedges': a mapping of status to phrases");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            FactStatus status;
            try {
                status = FactStatus.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new InputError(yaml.where("/hedges/" + entry.getKey()) + " field 'hedges'",
                        "'%s' is not a status; use one of %s".formatted(entry.getKey(), List.of(FactStatus.values())));
            }
            strings(entry.getValue()).forEach(phrase -> hedges.add(new Hedge(phrase, status)));
        }
        return hedges;
    }

    private static void requireActor(LocatedYaml yaml, String pointer, String id, Set<String> states,
                                     Set<String> organisations) {
        if (!states.contains(id) && !organisations.contains(id)) {
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            throw new InputError(yaml.where(pointer) + " field '" + field + "'",
                    "'%s' is neither a state of states.yaml nor an organisation of organisations.yaml".formatted(id));
        }
    }

    interface EntryReader {
        void read(String id, JsonNode node, String pointer);
    }

    static void forEachEntry(LocatedYaml yaml, EntryReader reader) {
        if (!yaml.root().isObject()) {
            throw new InputError(yaml.where(""), "expected a mapping of ids to entries");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = yaml.root().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isObject()) {
                throw new InputError(yaml.where("/" + entry.getKey()), "entry '%s' must be a mapping of fields"
                        .formatted(entry.getKey()));
            }
            reader.read(entry.getKey(), entry.getValue(), "/" + entry.getKey());
        }
    }

    static String text(LocatedYaml yaml, JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new InputError(yaml.where(pointer) + " field '" + field + "'",
                    "entry '%s' is missing its field '%s'".formatted(pointer.substring(pointer.lastIndexOf('/') + 1),
                            field));
        }
        return value.asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (node != null && node.isTextual()) {
            values.add(node.asText());
        }
        return values;
    }

    static <E extends Enum<E>> E enumValue(LocatedYaml yaml, JsonNode node, String pointer, String field,
                                           Class<E> type) {
        String value = text(yaml, node, pointer, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InputError(yaml.where(pointer + "/" + field) + " field '" + field + "'",
                    "'%s' is not a valid %s; use one of %s".formatted(value, field,
                            List.of(type.getEnumConstants())));
        }
    }
}
