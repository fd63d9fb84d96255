package org.entente.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.draft.Pattern.Element;
import org.entente.draft.Pattern.Gap;
import org.entente.draft.Pattern.Slot;
import org.entente.draft.Pattern.Word;

/** Matches the lexicon's patterns against one sentence whose mentions are already found. */
final class Matcher {

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ".", "?", "!");
    private static final Set<String> PHRASE_ENDS = Set.of(",", ";", ".", ":", "—", "–", "(", ")", "\"", "“", "”",
            "before", "after", "would", "will", "that", "which", "who", "but", "because", "while", "since", "as",
            "is", "are", "was", "were", "has", "have", "had");
    private static final int MAX_PHRASE = 10;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", ",", "&");
    private static final List<String> RELATIVES = List.of(Pattern.OBJECT_RELATIVE.split("\\|"));
    /** An article before a slot is skipped: "condemned the AUKUS pact" names AUKUS. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
    private static final int NEGATION_REACH = 3;
    /**
     * How close "any" must come before the act's word to make it no act: with one modifier between ("any new sanctions
     * on"), not across a verb ("opposed any intervention and warned that ...").
     */
    private static final int NON_SPECIFIC_REACH = 2;
    /** How many words may modify a demonym's agency before it: "a senior Indian diplomat", "an Indian-born Canadian". */
    private static final int DEMONYM_MODIFIERS = 3;
    /** How far after a possessive its act's noun may come: "Ethiopia's sea-access pact with Somaliland". */
    private static final int ACT_REACH = 4;

    /** A unit is one token or one whole mention. */
    record Unit(int from, int to, Mention mention) {
    }

    /** What one slot took: the mentions (several when coordinated: "China and Russia") and the units it spans. */
    record Binding(List<Mention> mentions, int fromUnit, int toUnit) {
    }

    record Match(Pattern pattern, int fromUnit, int toUnit, Map<String, Binding> slots, int trigger) {
    }

    private final Words words;
    private final Set<String> actNouns;
    private final Sentence sentence;
    final List<Unit> units;

    Matcher(Words words, Set<String> actNouns, Sentence sentence, List<Mention> mentions) {
        this.words = words;
        this.actNouns = actNouns;
        this.sentence = sentence;
        this.units = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < sentence.tokens().size(); ) {
            if (next < mentions.size() && mentions.get(next).from() == i) {
                Mention mention = mentions.get(next++);
                units.add(new Unit(mention.from(), mention.to(), mention));
                i = mention.to();
            } else {
                units.add(new Unit(i, i + 1, null));
                i++;
            }
        }
    }

    List<Match> matches(Pattern pattern) {
        List<Match> found = new ArrayList<>();
        for (int start = 0; start < units.size(); start++) {
            Map<String, Binding> slots = new LinkedHashMap<>();
            int end = match(pattern.elements(), 0, start, slots);
            if (end >= 0) {
                int trigger = trigger(pattern.elements(), start, slots);
                if (!negated(pattern, start, end)) {
                    found.add(new Match(pattern, start, end, Map.copyOf(slots), trigger));
                }
                start = Math.max(start, end - 1);
            }
        }
        return found;
    }

    /**
     * Whether a word of a pattern is the unit's: its token, or for a reference to a drafted act its noun after the
     * pattern's first word, so "Japan and Korea signed the deal" is still read by the words of an agreement when a
     * deal was drafted before; a pattern never starts on such a reference ("criticised the cancellation of the
     * contract" cancels nothing anew). A noun that may name an act of its own sentence is a word like any other until
     * the drafter finds that act ("The ceasefire was signed by Chad and Sudan" is the signature).
     */
    private boolean fits(Word word, int u, boolean inside) {
        Mention mention = units.get(u).mention();
        return mention == null ? word.matches(token(u))
                : (inside || mention.via() == Mention.Via.ACT_OF_SENTENCE) && mention.fact()
                && word.matches(sentence.tokens().get(units.get(u).to() - 1));
    }

    /** The unit after the match, or -1. Backtracks over optional words, gap lengths and coordinations. */
    private int match(List<Element> elements, int e, int u, Map<String, Binding> slots) {
        if (e == elements.size()) {
            return u;
        }
        Element element = elements.get(e);
        if (element instanceof Word word) {
            if (u < units.size() && fits(word, u, e > 0)) {
                int end = match(elements, e + 1, u + 1, slots);
                if (end >= 0) {
                    return end;
                }
            }
            return word.optional() ? match(elements, e + 1, u, slots) : -1;
        }
        if (element instanceof Gap gap) {
            for (int skip = 0; skip <= gap.max() && u + skip <= units.size(); skip++) {
                if (skip > 0 && units.get(u + skip - 1).mention() == null
                        && CLAUSE_BREAKS.contains(token(u + skip - 1).text())) {
                    return -1;
                }
                int end = match(elements, e + 1, u + skip, slots);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        Slot slot = (Slot) element;
        if (slot.name().equals("what")) {
            int end = phraseEnd(u);
            if (end == u) {
                return -1;
            }
            slots.put(slot.name(), new Binding(mentionsIn(u, end), u, end));
            int after = match(elements, e + 1, end, slots);
            if (after < 0) {
                slots.remove(slot.name());
            }
            return after;
        }
        if (slot.name().equals("initiative") || slot.name().equals("event")) {
            // Only a place: the drafter looks there for an initiative drafted from the same sentence.
            if (u >= units.size()) {
                return -1;
            }
            slots.put(slot.name(), new Binding(List.of(), u, u + 1));
            return match(elements, e + 1, u + 1, slots);
        }
        boolean afterWord = e > 0 && elements.get(e - 1) instanceof Word;
        if (u < units.size() && units.get(u).mention() == null && ARTICLES.contains(token(u).lower())) {
            u++;
        }
        u = pastPronounOfOffice(u);
        u = pastBothOfList(u, slot, afterWord);
        u = pastModifiersOfDemonym(u);
        if (!slot.possessive()) {
            u = apposedToPossessive(u);
        }
        int paired = pairOfGroup(elements, e, u, slots);
        if (paired >= 0) {
            return paired;
        }
        if (u >= units.size() || !fills(units.get(u).mention(), slot, afterWord)) {
            return -1;
        }
        List<Integer> ends = coordinationEnds(u, slot, afterWord);
        Mention filled = units.get(u).mention();
        int act = slot.name().equals("to") && !slot.possessive() && filled.possessive() ? actNounAfter(filled) : -1;
        if (act >= 0) {
            // "called Seoul's decision a provocation": the act's words are the object, so the pattern goes on after them.
            ends.add(unitOfToken(act) + 1);
        }
        for (int k = ends.size() - 1; k >= 0; k--) {
            int end = ends.get(k);
            slots.put(slot.name(), new Binding(mentionsIn(u, end), u, end));
            int after = match(elements, e + 1, end, slots);
            if (after >= 0) {
                return after;
            }
            slots.remove(slot.name());
        }
        return -1;
    }

    /**
     * "The two leaders signed a treaty" says what "Putin and Kim signed a treaty" does: a group of exactly two where a
     * pattern asks for "{from} and {to}" is the pair, its first actor the one and its second the other; so is a group's
     * possessive where it asks for "{from} and {to's}" ("the two countries' Mutual Defense Treaty"). The unit after the
     * match, else -1 (and the slot is read as usual).
     */
    private int pairOfGroup(List<Element> elements, int e, int u, Map<String, Binding> slots) {
        Mention group = u < units.size() ? units.get(u).mention() : null;
        boolean pair = group != null && !group.place() && ((Slot) elements.get(e)).name().equals("from")
                && !((Slot) elements.get(e)).possessive() && e + 2 < elements.size()
                && elements.get(e + 1) instanceof Word and && and.alternatives().equals(List.of("and"))
                && elements.get(e + 2) instanceof Slot to && to.name().equals("to")
                && to.possessive() == group.possessive() && group.via() == Mention.Via.GROUP && group.ids().size() == 2;
        if (!pair) {
            return -1;
        }
        slots.put("from", new Binding(List.of(one(group, 0)), u, u + 1));
        slots.put("to", new Binding(List.of(one(group, 1)), u, u + 1));
        int after = match(elements, e + 3, u + 1, slots);
        if (after < 0) {
            slots.remove("from");
            slots.remove("to");
        }
        return after;
    }

    private static Mention one(Mention group, int k) {
        return new Mention(group.from(), group.to(), List.of(group.ids().get(k)), false, group.via(), group.place(),
                false, null);
    }

    /**
     * "spoke to both Tshisekedi and Kagame": "both" before a list of names is no word of the pattern, so the slot takes
     * the list; before one name ("both Kagame") or a group it says nothing the slot reads, and {@code u} stays.
     */
    private int pastBothOfList(int u, Slot slot, boolean afterWord) {
        if (u + 1 >= units.size() || units.get(u).mention() != null || !token(u).lower().equals("both")
                || !fills(units.get(u + 1).mention(), slot, afterWord)) {
            return u;
        }
        return coordinationEnds(u + 1, slot, afterWord).size() > 1 ? u + 1 : u;
    }

    /**
     * "met Vietnam's president, To Lam,": a possessive's noun phrase set off by a name is that name, so the slot takes
     * the actor the commas enclose; the unit of that actor, else {@code u} itself.
     */
    private int apposedToPossessive(int u) {
        if (u >= units.size() || units.get(u).mention() == null || !units.get(u).mention().possessive()) {
            return u;
        }
        int k = u + 1;
        while (k < units.size() && k <= u + 4 && units.get(k).mention() == null
                && (token(k).pos().startsWith("NOUN") || token(k).pos().startsWith("ADJ"))) {
            k++;
        }
        if (k == u + 1 || k + 1 >= units.size() || units.get(k).mention() != null || !token(k).text().equals(",")) {
            return u;
        }
        Mention apposed = units.get(k + 1).mention();
        boolean closed = k + 2 >= units.size() || (units.get(k + 2).mention() == null
                && (token(k + 2).pos().startsWith("PUNCT") || token(k + 2).lower().equals("and")));
        return apposed != null && !apposed.possessive() && !apposed.place() && !apposed.region() && !apposed.fact()
                && closed ? k + 1 : u;
    }

    /**
     * "telephoned his Indian counterpart": a possessive pronoun before an office its demonym names (an unnamed holder,
     * who stands for the state) says whose counterpart it is, not who it is, so the slot takes the office; the unit
     * of the office, else {@code u} itself.
     */
    private int pastPronounOfOffice(int u) {
        if (u + 1 >= units.size() || units.get(u).mention() != null
                || !POSSESSIVE_PRONOUNS.contains(token(u).lower())) {
            return u;
        }
        Mention office = units.get(u + 1).mention();
        return office != null && office.via() == Mention.Via.DEMONYM && !office.possessive() ? u + 1 : u;
    }

    /**
     * "expelled a senior Indian diplomat": an adjective or two before a demonym's agency do not keep it from the slot;
     * the unit of the demonym, else {@code u} itself.
     */
    private int pastModifiersOfDemonym(int u) {
        for (int k = u; k < units.size() && k - u < DEMONYM_MODIFIERS; k++) {
            if (units.get(k).mention() != null || !modifier(k)) {
                return u;
            }
            Mention next = k + 1 < units.size() ? units.get(k + 1).mention() : null;
            if (next != null) {
                return next.via() == Mention.Via.DEMONYM ? k + 1 : u;
            }
        }
        return u;
    }

    /** An adjective, a number, or a piece of a hyphenated word ("Indian-born", tokenized apart). */
    private boolean modifier(int k) {
        Token token = token(k);
        boolean afterHyphen = k > 0 && units.get(k - 1).mention() == null && token(k - 1).text().endsWith("-");
        return token.pos().startsWith("ADJ") || token.pos().startsWith("NUM") || token.text().contains("-")
                || afterHyphen;
    }

    /** "China, Russia and Iran": the ends of each longer coordination starting at {@code u}, shortest first. */
    private List<Integer> coordinationEnds(int u, Slot slot, boolean afterWord) {
        List<Integer> ends = new ArrayList<>(List.of(u + 1));
        // A drafted act or plan is never one of a list of actors: "welcomed the plan, and Iran opposed it".
        if (slot.possessive() || units.get(u).mention().fact()) {
            return ends;
        }
        // "asked that Rwanda and Burundi reopen the border": after "that" the list is the subject of the clause said,
        // so the verb after its last name is the list's, and ends no clause.
        int before = u - 1;
        if (before >= 0 && units.get(before).mention() == null && ARTICLES.contains(token(before).lower())) {
            before--;
        }
        boolean saidSubject = before >= 0 && units.get(before).mention() == null && token(before).lower().equals("that");
        int at = u + 1;
        while (at < units.size() && units.get(at).mention() == null) {
            String word = token(at).lower();
            int next = at + 1;
            if (word.equals(",") && next < units.size() && units.get(next).mention() == null
                    && (token(next).lower().equals("and") || token(next).lower().equals("or"))) {
                next++;
            } else if (!word.equals(",") && !word.equals("and") && !word.equals("or")) {
                break;
            }
            // "Saudi Arabia, the United Arab Emirates and Qatar": an article before a name of the list.
            if (next + 1 < units.size() && units.get(next).mention() == null && ARTICLES.contains(token(next).lower())
                    && units.get(next + 1).mention() != null) {
                next++;
            }
            if (next >= units.size() || !fills(units.get(next).mention(), slot, true)
                    || units.get(next).mention().fact() || units.get(u).mention().fact()
                    || (slot.name().equals("to") && !saidSubject && opensClause(next))) {
                break;
            }
            ends.add(next + 1);
            at = next + 1;
        }
        return ends;
    }

    /**
     * Whether the mention at {@code u} is the subject of a clause of its own ("criticised the pact, and Ethiopia said
     * ..."): a verb right after it, past adverbs, ends a coordination of objects before it (of subjects, the verb is
     * theirs).
     */
    private boolean opensClause(int u) {
        int after = u + 1;
        // "..., National Security Advisor Jake Sullivan recently said": an adverb may stand before that verb.
        while (after < units.size() && units.get(after).mention() == null && token(after).pos().startsWith("ADV")) {
            after++;
        }
        return after < units.size() && units.get(after).mention() == null
                && (token(after).pos().startsWith("VERB") || token(after).pos().startsWith("AUX")
                || headlineVerb(after));
    }

    /**
     * "Kinshasa cuts ties with Kigali and the UN presses Rwanda to withdraw": in a headline's present tense the tagger
     * reads some verbs as plural nouns; an -s word whose lemma is a verb of appeal, saying or threat, with an actor
     * right after it, is that verb.
     */
    private boolean headlineVerb(int u) {
        Token token = token(u);
        boolean verbLemma = words.appeals().contains(token.lemma()) || words.saying().contains(token.lemma())
                || words.threats().contains(token.lemma());
        return token.pos().startsWith("NOUN") && token.lower().endsWith("s") && !token.lower().equals(token.lemma())
                && verbLemma && u + 1 < units.size() && units.get(u + 1).mention() != null;
    }

    boolean fills(Mention mention, Slot slot, boolean afterWord) {
        if (mention == null || (mention.place() && !afterWord) || (mention.fact() && !slot.name().equals("to"))) {
            return false;
        }
        if (slot.possessive()) {
            return mention.possessive();
        }
        return !mention.possessive() || (mention.owned() != null && words.agencies().contains(mention.owned()))
                || (slot.name().equals("to") && ownsAct(mention));
    }

    /**
     * "rejected Ethiopia's deal with Somaliland": a possessive before the noun of an act (past its modifiers) may be
     * the object's start; the drafter takes it only when an act of the sentence starts there, never as the owner.
     */
    private boolean ownsAct(Mention mention) {
        return actNounAfter(mention) >= 0;
    }

    /** The token of the act's noun a possessive owns, past its modifiers ("Iran's overnight attack"), or -1. */
    private int actNounAfter(Mention mention) {
        List<Token> tokens = sentence.tokens();
        for (int k = mention.to(); k < Math.min(tokens.size(), mention.to() + ACT_REACH); k++) {
            Token token = tokens.get(k);
            if (actNouns.contains(token.lower()) || actNouns.contains(token.lemma())) {
                return k;
            }
            String pos = token.pos();
            if (!(pos.startsWith("ADJ") || pos.startsWith("NOUN") || pos.startsWith("PROPN") || pos.startsWith("NUM")
                    || token.text().equals("-"))) {
                return -1;
            }
        }
        return -1;
    }

    List<Mention> mentionsIn(int from, int to) {
        List<Mention> mentions = new ArrayList<>();
        for (int u = from; u < to; u++) {
            if (units.get(u).mention() != null) {
                mentions.add(units.get(u).mention());
            }
        }
        return mentions;
    }

    /** A noun phrase from {@code u}: up to punctuation, a conjunction or the next verb of a clause. */
    int phraseEnd(int u) {
        int end = u;
        while (end < units.size() && end - u < MAX_PHRASE) {
            Unit unit = units.get(end);
            if (unit.mention() == null && (PHRASE_ENDS.contains(token(end).lower())
                    || (end > u && token(end).pos().startsWith("AUX")))) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * The token of the first word that must be there: the verb or noun the status is read from. A pattern that opens
     * on a preposition ("at Chad's request, the council met") or on the comma and article of an act set off (", a move
     * Tokyo welcomed") reads it from its first verb, when it has one.
     */
    private int trigger(List<Element> elements, int start, Map<String, Binding> slots) {
        int first = firstWord(elements, start, slots, false);
        if (Set.of("ADP", "PUNCT", "DET").contains(sentence.tokens().get(first).pos())) {
            int verb = firstWord(elements, start, slots, true);
            if (sentence.tokens().get(verb).pos().equals("VERB")) {
                return verb;
            }
        }
        return first;
    }

    private int firstWord(List<Element> elements, int start, Map<String, Binding> slots, boolean verb) {
        int u = start;
        for (Element element : elements) {
            // "A and B signed": the status is the verb's, not the conjunction's; "Hamas, which Israel accuses": nor
            // the relative pronoun's.
            if (element instanceof Word word && !word.optional() && !CONJUNCTIONS.containsAll(word.alternatives())
                    && !word.alternatives().equals(RELATIVES)) {
                for (int k = u; k < units.size(); k++) {
                    if (units.get(k).mention() == null && word.matches(token(k))
                            && (!verb || token(k).pos().equals("VERB"))) {
                        return units.get(k).from();
                    }
                }
            }
            if (element instanceof Slot slot && slots.containsKey(slot.name())) {
                u = slots.get(slot.name()).toUnit();
            }
        }
        return units.get(start).from();
    }

    /**
     * A negator shortly before any word the pattern needs: "did not condemn", "ruled out sanctions on", and in a
     * passive, where the verb comes last, "talks with Australia would not be delayed"; likewise a word of
     * `nonSpecific`, since an act no one is said to have done is no act ("rejected any talks with", "warned that any
     * attack on"), and one of the pattern's own `unless` words, which make its words name another act ("opened
     * membership talks with" is a negotiation begun, not a meeting).
     */
    private boolean negated(Pattern pattern, int start, int end) {
        List<Token> tokens = sentence.tokens();
        for (int u = start; u < end; u++) {
            if (units.get(u).mention() != null || !required(pattern, token(u))) {
                continue;
            }
            int at = units.get(u).from();
            for (int k = Math.max(0, at - NEGATION_REACH); k < at; k++) {
                String word = tokens.get(k).lower();
                boolean nonSpecific = words.nonSpecific().contains(word) && at - k <= NON_SPECIFIC_REACH;
                if ((words.negators().contains(word) || nonSpecific || negatorPhraseAt(tokens, k, at))
                        && !mentionsWord(pattern, word)) {
                    return true;
                }
                if (pattern.unless() != null && pattern.unless().matches(tokens.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A negator of several words ("rule out") that starts at token k and ends before token {@code before}. */
    private boolean negatorPhraseAt(List<Token> tokens, int k, int before) {
        for (String negator : words.negators()) {
            String[] parts = negator.split(" ");
            if (parts.length < 2 || k + parts.length > before) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < parts.length && all; i++) {
                Token token = tokens.get(k + i);
                all = token.lower().equals(parts[i]) || token.lemma().equals(parts[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean required(Pattern pattern, Token token) {
        return pattern.elements().stream().anyMatch(element -> element instanceof Word word && !word.optional()
                && word.matches(token));
    }

    private static boolean mentionsWord(Pattern pattern, String word) {
        return pattern.elements().stream().anyMatch(element -> element instanceof Word w && w.alternatives().contains(word));
    }

    Token tokenAt(int index) {
        return sentence.tokens().get(index);
    }

    Token token(int unit) {
        return sentence.tokens().get(units.get(unit).from());
    }

    int unitOfToken(int token) {
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).from() <= token && token < units.get(u).to()) {
                return u;
            }
        }
        return units.size();
    }
}
