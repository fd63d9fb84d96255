package org.entente.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.InputError;
import org.entente.domain.EventKind;
import org.entente.pack.LocatedYaml;
import org.entente.pack.RelationKinds;

/**
 * One entry of patterns.yaml: a sequence of words, slots and gaps matched against a sentence, and what a match
 * makes (a relation of a kind, a position of a stance, or an initiative). docs/draft.md describes the syntax.
 * {@code unless} holds the words that, shortly before the pattern's words, make them name another act ("membership
 * talks with" are negotiations, not a meeting), or null.
 */
record Pattern(String id, Family family, String kind, String stance, String text, List<Element> elements,
               double confidence, boolean symmetric, Target target, String implies, Presumed presumes,
               String where, Word unless) {

    enum Family { RELATION, POSITION, INITIATIVE, OUTREACH, LINKAGE, EVENT, PARTICIPATION, MEMBERSHIP, AREA }

    /** A standing fact a relation's words take for granted: "enhancing partnerships with X" presumes partnerships. */
    enum Presumed { PARTNERSHIP }

    /**
     * What a relation may point at: actors only (the default), actors or regions, the sentence's other fact, the
     * state where the sentence is (SCENE: "sent police" after "riots broke out in Honiara"), or the latest force the
     * article has drafted an initiative for (FORCE: "opposed any intervention", "ready to contribute troops"), or the
     * act protested (GRIEVANCE: "summoned Pakistan's envoy to protest" is about what Pakistan last did to the subject),
     * or, with no kind of its own, the act the sentence reported last, done again by another subject (ECHO: "the
     * Emirates welcomed the deal, and so did Qatar"), or the one state the sentence names besides the subject
     * (COUNTERPART: "Pakistan recalled its envoy from Tehran and suspended all high-level visits"), or only an act the
     * article has drafted, never an actor (ACT: "denied the charge" rejects the accusation; "denied Russia had ..."
     * rejects no one), or, for an initiative, the body the sentence names (BODY: "The Security Council ..."), or the
     * two sides of the article's dispute less the subject (SIDES: "offered to mediate"), or only an organisation or an
     * agency of one (ORGANISATIONS: "withdrew from the African Union", not "from Syria"), or, with no {to}, each other
     * of the named subjects (EACH_OTHER: "Chile, Peru and Bolivia held joint drills" is one relation for each pair),
     * or, for a position with no initiative in its sentence, the latest the article drafted (PLAN: "Brazil abstained"),
     * or a vote cast on a body's plan, found as for PLAN, at a meeting of that body the voter takes part in (VOTE:
     * "Chile voted against; Peru abstained").
     */
    enum Target { ACTORS, PLACES, EVENT, SCENE, FORCE, GRIEVANCE, ECHO, COUNTERPART, ACT, BODY, SIDES, ORGANISATIONS,
        EACH_OTHER, PLAN, VOTE }

    sealed interface Element permits Word, Slot, Gap {
    }

    /**
     * One token: any of the alternatives (a lemma or the word as written, lower case; a trailing * for a prefix).
     * {@code exact} and {@code prefixes} are the alternatives sorted once, since every pattern tries its words on
     * every word of every sentence.
     */
    record Word(List<String> alternatives, boolean optional, Set<String> exact, List<String> prefixes)
            implements Element {

        Word(List<String> alternatives, boolean optional) {
            this(alternatives, optional,
                    Set.copyOf(alternatives.stream().filter(a -> !a.endsWith("*")).toList()),
                    alternatives.stream().filter(a -> a.endsWith("*"))
                            .map(a -> a.substring(0, a.length() - 1)).distinct().toList());
        }

        boolean matches(Token token) {
            if (exact.contains(token.lower()) || exact.contains(token.lemma())) {
                return true;
            }
            for (String prefix : prefixes) {
                if (token.lower().startsWith(prefix) || token.lemma().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A mention (or, for {what}, a noun phrase); {name's} asks for a possessive. */
    record Slot(String name, boolean possessive) implements Element {
    }

    /** Up to {@code max} tokens of anything but a clause break. */
    record Gap(int max) implements Element {
    }

    static final Set<String> SLOTS = Set.of("from", "to", "actor", "initiative", "what", "event");

    /**
     * The patterns of each file in turn (patterns.yaml, then the files of patterns/ by name); an id is unique across
     * all of them.
     */
    static List<Pattern> readAll(List<LocatedYaml> files, RelationKinds kinds) {
        List<Pattern> patterns = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (LocatedYaml yaml : files) {
            read(yaml, kinds, patterns, seen);
        }
        return patterns;
    }

    private static void read(LocatedYaml yaml, RelationKinds kinds, List<Pattern> patterns, Map<String, String> seen) {
        for (Family family : Family.values()) {
            String list = switch (family) {
                case OUTREACH, LINKAGE, PARTICIPATION, MEMBERSHIP -> family.name().toLowerCase(Locale.ROOT);
                default -> family.name().toLowerCase(Locale.ROOT) + "s";
            };
            JsonNode node = yaml.root().get(list);
            if (node == null) {
                continue;
            }
            for (int i = 0; i < node.size(); i++) {
                String pointer = "/" + list + "/" + i;
                Pattern pattern = read(yaml, node.get(i), pointer, family);
                if (family == Family.RELATION) {
                    checkKind(yaml, pointer, "kind", pattern.kind(), pattern, kinds);
                }
                checkKind(yaml, pointer, "implies", pattern.implies(), pattern, kinds);
                String where = yaml.where(pointer + "/id");
                String first = seen.put(pattern.id(), where);
                if (first != null) {
                    throw new InputError(where + " field 'id'",
                            "pattern id '%s' is used twice (first at %s)".formatted(pattern.id(), first));
                }
                patterns.add(pattern);
                JsonNode entry = node.get(i);
                if (family == Family.RELATION && !(entry.has("voices") && !entry.get("voices").asBoolean())) {
                    patterns.addAll(otherVoices(pattern));
                }
            }
        }
    }

    /**
     * The other voices of a relation pattern whose verb takes its object right after it ("condemn* {to}", "accus*
     * {to} of"): news also writes the object first, as a passive whose agent after "by" is the subject ("Serbia was
     * condemned by Kosovo", "the rebels, backed by Rwanda,"), or as a relative clause whose pronoun is the object
     * ("Hamas, which Israel accuses of ..."). Each is a pattern of its own, id {@code <id>-passive} or
     * {@code <id>-relative}, making what the active one makes; `voices: false` on a pattern keeps it active only.
     */
    static List<Pattern> otherVoices(Pattern active) {
        String[] parts = active.text().trim().split("\\s+");
        if (parts.length < 2 || !(active.elements().get(0) instanceof Word verb) || verb.optional()
                || !(active.elements().get(1) instanceof Slot object) || !object.name().equals("to")
                || object.possessive() || active.hasSlot("from")) {
            return List.of();
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        String passive = ("{to} " + PASSIVE_AUXILIARY + " ...1 " + parts[0] + " by {from} " + rest).trim();
        String relative = ("{to} , " + OBJECT_RELATIVE + " {from} ...2 " + parts[0] + " " + rest).trim();
        return List.of(voice(active, "-passive", passive), voice(active, RELATIVE_VOICE, relative));
    }

    /**
     * The auxiliaries and forms of "be" before a passive's participle ("has been backed", "will be condemned"); left
     * out in a reduced relative ("the rebels, backed by").
     */
    private static final String PASSIVE_AUXILIARY =
            "has|have|had|will|would|could|may|might|must|can|should|shall? was|were|is|are|been|be|being?";
    /** The id suffix of a pattern's relative voice ("Hamas, which Israel accuses of ..."). */
    static final String RELATIVE_VOICE = "-relative";
    /** Relative pronouns that stand for the verb's object: "Hamas, which Israel accuses". */
    static final String OBJECT_RELATIVE = "which|whom";

    private static Pattern voice(Pattern active, String suffix, String text) {
        return new Pattern(active.id() + suffix, active.family(), active.kind(), active.stance(), text,
                parse(text, active.where()), active.confidence(), active.symmetric(), active.target(),
                active.implies(), active.presumes(), active.where(), active.unless());
    }

    private static void checkKind(LocatedYaml yaml, String pointer, String field, String kind, Pattern pattern,
                                  RelationKinds kinds) {
        if (kind != null && kinds.find(kind).isEmpty()) {
            throw new InputError(yaml.where(pointer + "/" + field) + " field '" + field + "'",
                    "pattern '%s' makes '%s', which is not a relation kind of %s%s".formatted(pattern.id(), kind,
                            RelationKinds.FILE, org.entente.Suggestions.didYouMean(kind, kinds.names())));
        }
    }

    private static Pattern read(LocatedYaml yaml, JsonNode node, String pointer, Family family) {
        String id = Lexicon.text(yaml, node, pointer, "id");
        String text = Lexicon.text(yaml, node, pointer, "match");
        String where = yaml.where(pointer + "/match") + " field 'match'";
        List<Element> elements = parse(text, where);
        boolean echo = node.has("to") && node.get("to").asText().equals(Target.ECHO.name());
        String kind = family == Family.RELATION && !echo ? Lexicon.text(yaml, node, pointer, "kind")
                : family == Family.EVENT ? Lexicon.enumValue(yaml, node, pointer, "kind", EventKind.class).name() : null;
        String stance = family == Family.POSITION ? Lexicon.text(yaml, node, pointer, "stance")
                : Lexicon.optionalText(node, "stance");
        double confidence = node.has("confidence") ? node.get("confidence").asDouble() : 0.6;
        if (confidence <= 0 || confidence > 1) {
            throw new InputError(yaml.where(pointer + "/confidence") + " field 'confidence'",
                    "confidence is a number above 0 and at most 1");
        }
        Target target = node.has("to") ? Lexicon.enumValue(yaml, node, pointer, "to", Target.class) : Target.ACTORS;
        boolean symmetric = node.has("symmetric") && node.get("symmetric").asBoolean();
        String implies = family == Family.RELATION ? Lexicon.optionalText(node, "implies") : null;
        Presumed presumes = family == Family.RELATION && node.has("presumes")
                ? Lexicon.enumValue(yaml, node, pointer, "presumes", Presumed.class) : null;
        String unless = Lexicon.optionalText(node, "unless");
        return new Pattern(id, family, kind, stance, text, elements, confidence, symmetric, target, implies, presumes,
                where, unless == null ? null
                        : new Word(List.of(unless.toLowerCase(Locale.ROOT).trim().split("\\|")), false));
    }

    static List<Element> parse(String text, String where) {
        List<Element> elements = new ArrayList<>();
        for (String part : text.trim().split("\\s+")) {
            if (part.startsWith("...")) {
                String max = part.substring(3);
                if (!max.isEmpty() && !max.matches("\\d+")) {
                    throw new InputError(where, "a gap is '...' or '...N' with N a number, not '" + part + "'");
                }
                elements.add(new Gap(max.isEmpty() ? 6 : Integer.parseInt(max)));
            } else if (part.startsWith("{")) {
                if (!part.endsWith("}")) {
                    throw new InputError(where, "slot '" + part + "' is not closed with '}'");
                }
                String name = part.substring(1, part.length() - 1);
                boolean possessive = name.endsWith("'s");
                String bare = possessive ? name.substring(0, name.length() - 2) : name;
                if (!SLOTS.contains(bare)) {
                    throw new InputError(where, "unknown slot '%s'; the slots are %s".formatted(part, SLOTS));
                }
                elements.add(new Slot(bare, possessive));
            } else {
                boolean optional = part.endsWith("?");
                String words = optional ? part.substring(0, part.length() - 1) : part;
                elements.add(new Word(List.of(words.toLowerCase(Locale.ROOT).split("\\|")), optional));
            }
        }
        if (elements.stream().noneMatch(element -> element instanceof Word word && !word.optional())) {
            throw new InputError(where, "a pattern needs at least one word that must be there");
        }
        return List.copyOf(elements);
    }

    boolean possessiveSlot(String name) {
        return elements.stream().anyMatch(element -> element instanceof Slot slot && slot.name().equals(name)
                && slot.possessive());
    }

    boolean hasSlot(String name) {
        return elements.stream().anyMatch(element -> element instanceof Slot slot && slot.name().equals(name));
    }
}
