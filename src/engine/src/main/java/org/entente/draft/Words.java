package org.entente.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.entente.InputError;
import org.entente.pack.LocatedYaml;

/** The closed word classes of language.yaml that the drafter's grammar leans on (lemmas, lower case). */
record Words(Set<String> places, Set<String> agencies, Set<String> negators, Set<String> future, Set<String> saying,
             Set<String> groups, Set<String> numbers, Set<String> anonymous, Set<String> nonSpecific,
             Set<String> illustrative, Set<String> possessed, Set<String> pacts, Set<String> plans,
             Set<String> forces, Set<String> denials, Set<String> clauseBreaks, Set<String> sides,
             Set<String> ownedActs, Set<String> times, Set<String> sponsors, Set<String> events,
             Set<String> placeKinds, Set<String> commitments, Set<String> anonymity,
             Set<String> appeals, Set<String> threats, Set<String> forceReferences,
             Set<String> decisionNouns, Set<String> heldNouns, Set<String> textNouns, Set<String> otherEvents,
             Set<String> kindWords, Set<String> hostVerbs, Set<String> usedNouns, Set<String> manoeuvres,
             Set<String> movements, Set<String> envoys, Set<String> schedules, Set<String> aheadTimes,
             Set<String> timeLinks,
             Set<String> stances, Set<String> dotted, Set<String> openers, Set<String> impersonal,
             Set<String> nationals, Set<String> judgedKinds, Set<String> judgingVerbs,
             Set<String> invertedConditions, Set<String> obligations, Set<String> counterparts) {

    static Words read(LocatedYaml yaml) {
        return new Words(set(yaml, "placePrepositions"), set(yaml, "agencyNouns"), set(yaml, "negators"),
                set(yaml, "future"), set(yaml, "saying"), set(yaml, "groupNouns"), set(yaml, "numbers"),
                set(yaml, "anonymousSources"), set(yaml, "nonSpecific"), set(yaml, "illustrativeNouns"),
                set(yaml, "possessedNouns"), set(yaml, "pactNouns"), set(yaml, "planNouns"),
                set(yaml, "forceNouns"), set(yaml, "denials"), set(yaml, "clauseBreaks"),
                set(yaml, "sideNouns"), set(yaml, "ownedActNouns"), set(yaml, "timeNouns"),
                set(yaml, "sponsorWords"), set(yaml, "eventNouns"), kinds(yaml, "placeKinds"),
                set(yaml, "commitments"), set(yaml, "anonymity"), set(yaml, "appealVerbs"),
                set(yaml, "threatVerbs"), set(yaml, "forceReferences"), set(yaml, "decisionNouns"),
                set(yaml, "heldNouns"), set(yaml, "textNouns"), set(yaml, "otherEventWords"), set(yaml, "kindWords"), set(yaml, "hostVerbs"),
                set(yaml, "usedNouns"), set(yaml, "manoeuvreNouns"), set(yaml, "movementWords"),
                set(yaml, "envoyNouns"), set(yaml, "scheduleWords"), set(yaml, "aheadTimes"), set(yaml, "timeLinks"), set(yaml, "stanceVerbs"),
                set(yaml, "dottedAbbreviations"), set(yaml, "sentenceOpeners"), set(yaml, "impersonalVerbs"),
                set(yaml, "nationalNouns"), kinds(yaml, "judgedForKinds"),
                set(yaml, "judgingVerbs"), set(yaml, "invertedConditions"), set(yaml, "obligations"),
                set(yaml, "counterpartNouns"));
    }

    /** A list of relation kinds, kept as written (upper case). */
    private static Set<String> kinds(LocatedYaml yaml, String field) {
        Set<String> kinds = new HashSet<>();
        set(yaml, field).forEach(kind -> kinds.add(kind.toUpperCase(Locale.ROOT)));
        return Set.copyOf(kinds);
    }

    private static Set<String> set(LocatedYaml yaml, String field) {
        JsonNode node = yaml.root().get(field);
        if (node == null || !node.isArray()) {
            throw new InputError(yaml.where("") + " field '" + field + "'", "language.yaml needs a list '" + field + "'");
        }
        Set<String> words = new HashSet<>();
        node.forEach(word -> words.add(word.asText().toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }
}
