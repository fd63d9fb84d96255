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
    /** Drafted persons: id to the actor they speak for. */
    final Map<String, String> represents = new LinkedHashMap<>();
    final Map<String, String> personNames = new LinkedHashMap<>();
    /** Every actor mention in order, newest last, with whether it was a state. */
    final List<String> recentActors = new ArrayList<>();
    final List<String> recentStates = new ArrayList<>();
    final List<String> recentPersons = new ArrayList<>();
    /** The states the current sentence has named so far. */
    final java.util.Set<String> sentenceStates = new java.util.HashSet<>();
    /** Groups resolved once ("the four Indo-Pacific countries") keep their members when named again. */
    final Map<String, List<String>> groups = new HashMap<>();
}
