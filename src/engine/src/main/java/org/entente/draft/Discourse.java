package org.entente.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the article has named so far, so later sentences can refer back: "Kishida", "the alliance", "his forces". */
final class Discourse {

    /** Persons introduced with a full name or title, by surname (and by full name). */
    final Map<String, String> personsByName = new HashMap<>();
    /** Persons by the head noun of the title they were named with ("minister"), newest last: "the minister". */
    final Map<String, String> personsByTitle = new HashMap<>();
    /** Drafted persons: id to the actor they speak for. */
    final Map<String, String> represents = new LinkedHashMap<>();
    final Map<String, String> personNames = new LinkedHashMap<>();
    /** Every actor mention in order, newest last, with whether it was a state. */
    final List<String> recentActors = new ArrayList<>();
    final List<String> recentStates = new ArrayList<>();
    final List<String> recentPersons = new ArrayList<>();
    /** The states the current sentence has named so far, and those the sentence before named, in order. */
    final java.util.Set<String> sentenceStates = new java.util.LinkedHashSet<>();
    private List<String> previousStates = List.of();
    /** The persons the current sentence has named so far, and those the sentence before named, in order. */
    final List<String> sentencePersons = new ArrayList<>();
    private List<String> previousPersons = List.of();
    /** "the 31-nation bloc": a count of members the current sentence states, not yet drafted. */
    record Count(String organisation, int members, String words) {
    }

    final List<Count> counts = new ArrayList<>();
    /** "The three European powers, known as the E3": the group the article introduced last with each count. */
    final Map<Integer, String> countedGroups = new java.util.HashMap<>();
    /** "the Europe-focused alliance": an area of responsibility the current sentence gives, not yet drafted. */
    record Area(String organisation, String region, String words) {
    }

    final List<Area> areas = new ArrayList<>();
    /** "the Russian-led bloc": a state the current sentence says leads an organisation, not yet drafted. */
    record Leader(String organisation, String state, String words) {
    }

    final List<Leader> leaders = new ArrayList<>();
    /** Lists of states the article named together ("Biden, Johnson and Morrison"), in order, newest last. */
    final List<List<String>> coordinations = new ArrayList<>();

    /** An event drafted so far: a later mention of the same kind, agreeing on where and by whom, is the same one. */
    record Seen(String id, String kind, String location, String organiser) {
        boolean agrees(String otherKind, String otherLocation, String otherOrganiser) {
            return kind.equals(otherKind) && (location == null || otherLocation == null || location.equals(otherLocation))
                    && (organiser == null || otherOrganiser == null || organiser.equals(otherOrganiser));
        }
    }

    final List<Seen> events = new ArrayList<>();
    /** Regions named so far (not by example), newest last: "the region" is the last of them. */
    final List<String> recentRegions = new ArrayList<>();
    /** How often the article names each region by name: an initiative placed nowhere goes where the article is. */
    final Map<String, Integer> regionNames = new LinkedHashMap<>();
    /**
     * Drafted facts a definite noun refers back to, by that noun's lemma, newest last: each relation under the nouns of
     * its act ("the cancellation"), and each initiative under its head noun ("the new submarines").
     */
    private final Map<String, List<String>> factsByNoun = new HashMap<>();

    /** The fact is the newest the noun names: drafted again, it moves to the end. */
    void named(String noun, String fact) {
        List<String> named = factsByNoun.computeIfAbsent(noun, key -> new ArrayList<>());
        named.remove(fact);
        named.add(fact);
    }

    /**
     * An actor with whom it speaks for, what it is part of and the state whose seat it is, through any chain: a
     * minister, the ministry, the state.
     */
    java.util.Set<String> owners(String actor, Map<String, Lexicon.Organisation> organisations) {
        java.util.Set<String> chain = new java.util.LinkedHashSet<>();
        String at = actor;
        while (at != null && chain.add(at)) {
            String next = represents.get(at);
            if (next == null && introduced.containsKey(at)) {
                next = introduced.get(at).partOf();
            }
            Lexicon.Organisation known = organisations.get(at);
            if (next == null && known != null) {
                next = known.partOf() != null ? known.partOf() : known.seatOf();
            }
            at = next;
        }
        return chain;
    }

    /** The facts a noun (its form, else its lemma) names, newest last. */
    List<String> factsNamed(String form, String lemma) {
        List<String> named = factsByNoun.get(form);
        return named != null ? named : factsByNoun.getOrDefault(lemma, List.of());
    }
    /** The two sides of each drafted relation, and whom they speak for: "the deal with Iran" is no deal of others. */
    final Map<String, java.util.Set<String>> parties = new HashMap<>();
    /** Initiatives whose sentences named no region, to be placed once the whole article is read. */
    final List<String> unplaced = new ArrayList<>();
    /** The latest initiative the article has drafted: what "the plan" and "the initiative" refer back to. */
    String latestInitiative;
    /** Initiatives of a force to be sent, in the order drafted: what "ready to contribute troops" supports. */
    final List<String> forces = new ArrayList<>();
    /** The latest initiative drafted for each organisation: what "the pact" does. */
    final Map<String, String> initiatives = new HashMap<>();
    /** Regions named by example ("places like eastern Europe"), by the id drafted for them. */
    final Map<String, Lexicon.Region> illustrative = new LinkedHashMap<>();
    /** Parts of a state the article introduces ("Pakistan's Balochistan province"), by the id drafted for them. */
    final Map<String, Lexicon.Region> introducedRegions = new LinkedHashMap<>();

    /** The mentions of the sentence being read, in order, as far as it has been read. */
    List<Mention> sentenceMentions = List.of();

    /**
     * The state of the place the sentence opens on ("In Seoul, ..."), and that of the sentence before: where what
     * they tell happens, so a title or a body with no state there is that state's; null when a sentence opens on none.
     */
    String scene;
    String previousScene;

    /**
     * The drafted relation this sentence, and the one before, last named by a definite noun of its act ("the deal"),
     * for an "it" that a verb of judgement takes as its object ("Guterres welcomed it too"); null for none.
     */
    String actNamed;
    String actNamedBefore;

    void nextSentence() {
        previousScene = scene;
        scene = null;
        actNamedBefore = actNamed;
        actNamed = null;
        previousStates = List.copyOf(sentenceStates);
        sentenceStates.clear();
        previousPersons = List.copyOf(sentencePersons);
        sentencePersons.clear();
    }

    /** The persons the sentence before named, in order. */
    List<String> previousPersons() {
        return previousPersons;
    }

    /** The persons the sentence before and this one have named so far, in order, newest last. */
    List<String> nearPersons() {
        List<String> near = new ArrayList<>(previousPersons);
        near.addAll(sentencePersons);
        return near;
    }

    /**
     * The state a title with no state before it speaks for ("Foreign Minister Jean-Yves Le Drian" after "Paris
     * reacted with anger"): the first state the sentence has named so far, else the place this sentence or the one
     * before opens on ("In Seoul,"), else the first state the sentence before named, else the first state the article
     * named (its lead says what the story is about).
     */
    String topicState() {
        if (!sentenceStates.isEmpty()) {
            return sentenceStates.iterator().next();
        }
        if (scene != null || previousScene != null) {
            return scene != null ? scene : previousScene;
        }
        return previousStates.isEmpty() ? leadState : previousStates.get(0);
    }
    /** The states the sentence before named, in order (a person counting as the state it speaks for). */
    List<String> previousStates() {
        return previousStates;
    }

    /** Groups resolved once ("the four Indo-Pacific countries") keep their members when named again. */
    final Map<String, List<String>> groups = new HashMap<>();

    /**
     * An actor the article introduces itself, which no gazetteer entry covers: a group it names ("a military council,
     * the National Council for ..."), or a body of a state ("Nigeria's senate").
     *
     * @param kind   NON_STATE_GROUP, ORGANISATION or AGENCY
     * @param region a group's region: that of the state the sentence is about, or null
     * @param partOf an agency's state, or null
     * @param sector an agency's sector, or null
     * @param refs   phrases that refer back to it once introduced ("council", "military council")
     * @param role   the role its introduction names ("ruling-military"), or null
     * @param how    how it was introduced and what was inferred, for the drafted actor's note
     */
    record Introduced(String id, String name, String kind, String region, String partOf, String sector,
                      List<String> refs, String role, String how) {
    }

    /** Actors the article introduced, by id, in the order it introduced them. */
    final Map<String, Introduced> introduced = new LinkedHashMap<>();
    /** Groups introduced in the current sentence before it named any state: placed once the sentence is read. */
    final List<String> unplacedGroups = new ArrayList<>();
    /** The names (and acronyms) the article gave them, as written, so a later sentence names them again. */
    final Map<String, String> introducedNames = new LinkedHashMap<>();
    /** The actors the sentence before opened on, when they were many: what an opening "They" goes on with. */
    List<String> openingGroup;
    /** The one state, organisation or agency the sentence before opened on as its subject: an opening "it". */
    String openingActor;
    /** While a sentence is read: what the sentence before opened on, and the token its own words start at. */
    String openerBefore;
    int sentenceStart;
    /** The first state the article names outside its dateline: what the story is about when nothing nearer says. */
    String leadState;
}
