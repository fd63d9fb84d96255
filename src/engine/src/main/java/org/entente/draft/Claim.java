package org.entente.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.draft.Matcher.Match;

/**
 * Who a sentence's claims come from and how firmly they are made: its attribution (a named source, an unnamed
 * one, or the outlet), its hedges, and from them and each fact's verb, the fact's status.
 */
final class Claim {

    static final String ANONYMOUS = "anonymous";
    private static final int MODAL_REACH = 4;
    private static final int SOURCE_REACH = 4;
    /** How far from an act its clause may name the time it lies ahead at ("talks in the Rwandan capital next week"). */
    private static final int AHEAD_REACH = 10;
    /** How far an appeal's object may run before the infinitive it asks for ("urged Sudan's two warring forces to"). */
    private static final int OBJECT_REACH = 8;
    /** The pronouns that open a relative clause set off by commas. */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose");
    /** How many words may stand between a verb of saying and the "that" after it ("said on Monday that"). */
    private static final int THAT_REACH = 4;

    private final Sentence sentence;
    private final Lexicon lexicon;
    private final String attribution;
    /** Where the sentence's semicolons stand, and the sources of each part they split it into, the first part first. */
    private final List<Integer> semicolons;
    private final List<List<Source>> sources;
    private final String outlet;
    private final List<String> hedges;
    /** The weakest status the hedges allow that are not modal auxiliaries, which hedge only their own clause. */
    private final FactStatus unscoped;
    /** Where the modal auxiliaries among the hedges stand ("could", "may", "might"). */
    private final Map<Integer, FactStatus> modals;
    /** The hedges that stand only inside relative clauses set off by commas, which they alone doubt. */
    private final List<Scoped> scoped;

    /** A hedge and the relative clauses, first and last token, that hold every one of its occurrences. */
    private record Scoped(String phrase, FactStatus status, List<int[]> clauses) {
        boolean covers(int k) {
            return clauses.stream().anyMatch(clause -> clause[0] <= k && k <= clause[1]);
        }
    }

    /**
     * One who speaks in the sentence: the id (or {@link #ANONYMOUS}), where the verb of saying stands (-1 for
     * "according to"), whether a pronoun was read as the speaker, and whether the speaker's clause is its own: named
     * right before the verb, with "that" after it ("Tehran declared that the matter was closed"), so it claims
     * nothing of an act named before it.
     */
    record Source(String id, int verb, boolean pronoun, boolean ownClause) {
        /** Whether this speaker claims the act whose word stands at {@code trigger}. */
        boolean claims(int trigger) {
            return !(ownClause && verb > trigger);
        }
    }

    private Claim(Sentence sentence, Lexicon lexicon, String attribution, String outlet, List<Integer> semicolons,
                  List<List<Source>> sources, List<String> hedges, FactStatus unscoped, Map<Integer, FactStatus> modals,
                  List<Scoped> scoped) {
        this.sentence = sentence;
        this.lexicon = lexicon;
        this.attribution = attribution;
        this.outlet = outlet;
        this.semicolons = semicolons;
        this.sources = sources;
        this.hedges = hedges;
        this.unscoped = unscoped;
        this.modals = modals;
        this.scoped = scoped;
    }

    static Claim of(Sentence sentence, Matcher matcher, Lexicon lexicon, String outlet, Discourse discourse) {
        // Hedges are written in lower case: "May" the month is no "may".
        String lower = " " + String.join(" ", sentence.tokens().stream().map(Token::text).toList()) + " ";
        List<String> hedges = new ArrayList<>();
        FactStatus unscoped = FactStatus.OCCURRED;
        Map<Integer, FactStatus> modals = new HashMap<>();
        List<Scoped> scoped = new ArrayList<>();
        for (Lexicon.Hedge hedge : lexicon.hedges) {
            String phrase = String.join(" ", List.of(hedge.phrase().split("\\s+")));
            if (lower.contains(" " + phrase + " ") || lower.startsWith(" " + capitalised(phrase) + " ")) {
                List<Integer> at = auxiliaries(sentence.tokens(), phrase);
                List<int[]> clauses = relativeClauses(sentence.tokens(), phrase.split(" "));
                int semicolon = clauses.isEmpty() && at.isEmpty() ? semicolonBefore(sentence.tokens(), phrase) : -1;
                if (semicolon >= 0) {
                    // "was received by the general; he is expected to meet party leaders": a hedge after a semicolon
                    // doubts what follows it, not the clause before.
                    clauses = List.<int[]>of(new int[] {semicolon, sentence.tokens().size() - 1});
                }
                if (!clauses.isEmpty()) {
                    scoped.add(new Scoped(hedge.phrase(), hedge.status(), clauses));
                } else if (at.isEmpty()) {
                    unscoped = unscoped.weaker(hedge.status());
                } else {
                    at.forEach(k -> modals.merge(k, hedge.status(), FactStatus::weaker));
                }
                // "said" and its kin attribute a claim, they do not soften it: the status STATED says it was said,
                // and a kept hedge would take the fact's grade a step lower than the curated reading of the same
                // words (docs/world-model.md, "Grades and confidence").
                if (hedge.status() != FactStatus.STATED) {
                    hedges.add(hedge.phrase());
                }
            }
        }
        // "had summoned the ambassador; Qin reportedly rejected it, according to an official": a source named after a
        // semicolon speaks for what follows it, so each part takes the source of the text up to its end.
        List<Integer> semicolons = new ArrayList<>();
        for (int k = 0; k < sentence.tokens().size(); k++) {
            if (sentence.tokens().get(k).text().equals(";")) {
                semicolons.add(k);
            }
        }
        List<List<Source>> sources = new ArrayList<>();
        for (int part = 0; part <= semicolons.size(); part++) {
            int end = part < semicolons.size() ? semicolons.get(part) : sentence.tokens().size();
            String upTo = " " + String.join(" ", sentence.tokens().subList(0, end).stream().map(Token::text)
                    .toList()) + " ";
            sources.add(lexicon.words.anonymity().stream().anyMatch(phrase -> upTo.contains(" " + phrase + " "))
                    ? List.of(new Source(ANONYMOUS, -1, false, false)) : sources(matcher, lexicon, discourse, end));
        }
        String last = speaking(sources.get(sources.size() - 1), Integer.MAX_VALUE);
        return new Claim(sentence, lexicon, last == null ? outlet : last, outlet, List.copyOf(semicolons),
                List.copyOf(sources), List.copyOf(hedges), unscoped, Map.copyOf(modals), List.copyOf(scoped));
    }

    /**
     * Where the semicolon stands before the first occurrence of the hedge, when every occurrence follows one; else
     * -1, and the hedge doubts the whole sentence.
     */
    private static int semicolonBefore(List<Token> tokens, String phrase) {
        String[] words = phrase.split(" ");
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(";")) {
                return firstAt(tokens, words) > k ? k : -1;
            }
        }
        return -1;
    }

    private static int firstAt(List<Token> tokens, String[] words) {
        for (int k = 0; k < tokens.size(); k++) {
            if (at(tokens, k, words)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Chile, which reportedly sought a delay, signed the accord": the relative clauses set off by a comma (to the
     * next comma, semicolon or the sentence's end) that hold every occurrence of the hedge, each as its first and
     * last token; none when the hedge stands anywhere outside one, and then it doubts the sentence as before.
     */
    private static List<int[]> relativeClauses(List<Token> tokens, String[] phrase) {
        List<int[]> clauses = new ArrayList<>();
        for (int k = 0; k + phrase.length <= tokens.size(); k++) {
            if (!at(tokens, k, phrase)) {
                continue;
            }
            int[] clause = relativeClause(tokens, k);
            if (clause == null) {
                return List.of();
            }
            clauses.add(clause);
        }
        return clauses;
    }

    private static int[] relativeClause(List<Token> tokens, int k) {
        int open = -1;
        for (int j = k - 1; j >= 0 && open < 0; j--) {
            String word = tokens.get(j).text();
            if (word.equals(";")) {
                return null;
            }
            if (word.equals(",")) {
                if (j + 1 >= tokens.size() || !RELATIVES.contains(tokens.get(j + 1).lower())) {
                    return null;
                }
                open = j;
            }
        }
        if (open < 0) {
            return null;
        }
        int close = k + 1;
        while (close < tokens.size() && !Set.of(",", ";").contains(tokens.get(close).text())) {
            close++;
        }
        return new int[] {open, close - 1};
    }

    /** Whether the words of {@code phrase} stand from {@code k}, in any case. */
    private static boolean at(List<Token> tokens, int k, String[] phrase) {
        if (k < 0 || k + phrase.length > tokens.size()) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!tokens.get(k + i).lower().equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }

    /** Where a one-word hedge stands as a modal auxiliary ("could", "may", "might"), or none for any other hedge. */
    private static List<Integer> auxiliaries(List<Token> tokens, String phrase) {
        List<Integer> at = new ArrayList<>();
        if (phrase.contains(" ")) {
            return at;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).lower().equals(phrase) && tokens.get(k).pos().startsWith("AUX")) {
                at.add(k);
            }
        }
        // A hedge that stands anywhere as another word ("a possible statement") keeps the whole sentence in doubt.
        long elsewhere = tokens.stream().filter(token -> token.lower().equals(phrase)).count();
        return elsewhere == at.size() ? at : List.of();
    }

    private static String capitalised(String phrase) {
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    String attribution() {
        return attribution;
    }

    /** Who claims the act whose word stands at {@code trigger}: the source of its part of the sentence. */
    String attribution(int trigger) {
        int part = 0;
        while (part < semicolons.size() && semicolons.get(part) < trigger) {
            part++;
        }
        String source = speaking(sources.get(part), trigger);
        return source == null ? outlet : source;
    }

    /**
     * Of a part's speakers, the one who claims the act at {@code trigger}: the first named, else the first read from
     * a pronoun; a speaker in a clause of its own after the act claims nothing of it. Null for the outlet.
     */
    private static String speaking(List<Source> sources, int trigger) {
        List<Source> claiming = sources.stream().filter(source -> source.claims(trigger)).toList();
        return claiming.stream().filter(source -> !source.pronoun()).findFirst()
                .or(() -> claiming.stream().findFirst()).map(Source::id).orElse(null);
    }

    List<String> hedges() {
        return hedges;
    }

    /**
     * The hedges that bear on the act whose word stands at {@code trigger}: those of the sentence, less those that
     * stand only in a relative clause the act is not in.
     */
    List<String> hedges(int trigger) {
        List<String> bearing = new ArrayList<>(hedges);
        scoped.stream().filter(hedge -> !hedge.covers(trigger)).forEach(hedge -> bearing.remove(hedge.phrase()));
        return List.copyOf(bearing);
    }

    /**
     * Whether the match's verb follows a denial in its clause ("Moscow dismissed reports that it had sold drones",
     * "Manila denied that it had agreed to host missiles"): the act is what someone denies, not what the article
     * reports, so it makes no fact. A clause ends at a semicolon or a word of {@code clauseBreaks} ("..., but").
     */
    boolean denied(Match match) {
        List<Token> tokens = sentence.tokens();
        for (int k = match.trigger() - 1; k >= 0; k--) {
            Token token = tokens.get(k);
            if (token.text().equals(";") || lexicon.words.clauseBreaks().contains(token.lower())
                    || newClause(tokens, k)) {
                return false;
            }
            int relative = relativeBefore(tokens, k);
            if (relative >= 0) {
                k = relative;
                continue;
            }
            for (String denial : lexicon.words.denials()) {
                if (says(tokens, k, denial.split(" "), match.trigger())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the match's verb stands in a condition ("offered to wait if Iran resumed talks with the United States",
     * "If Kenya attacks Somalia, Uganda will respond"): what might happen on a condition is no act reported, so it
     * makes no fact. A condition opening its clause ends at its first comma; one after the main clause runs on to the
     * semicolon or the sentence's end.
     */
    boolean conditional(Match match) {
        List<Token> tokens = sentence.tokens();
        boolean comma = false;
        for (int k = match.trigger() - 1; k >= 0; k--) {
            Token token = tokens.get(k);
            if (token.text().equals(";")) {
                return false;
            }
            boolean opens = k == 0 || Set.of(";", ",").contains(tokens.get(k - 1).text())
                    || tokens.get(k - 1).pos().startsWith("CCONJ");
            if (Set.of("if", "unless").contains(token.lower())) {
                return !(opens && comma);
            }
            if (opens && !comma && invertedCondition(tokens, k)) {
                return true;
            }
            comma |= token.text().equals(",");
        }
        return false;
    }

    /**
     * "Were Iran to attack Israel", "should he visit Taipei": one of {@code invertedConditions} before a subject, a
     * pronoun or a name (past an article: "were the United States to"), opens a condition.
     */
    private boolean invertedCondition(List<Token> tokens, int k) {
        if (!lexicon.words.invertedConditions().contains(tokens.get(k).lower()) || k + 1 >= tokens.size()) {
            return false;
        }
        Token subject = tokens.get(k + 1);
        if (subject.pos().startsWith("DET") && k + 2 < tokens.size()) {
            subject = tokens.get(k + 2);
        }
        return subject.pos().startsWith("PRON") || subject.pos().startsWith("PROPN");
    }

    /**
     * Whether the match's verb is what someone should or must do ("Tanzania should sanction Uganda", "Japan needs to
     * sign a pact"): one of {@code obligations} right before it, adverbs and "not" aside. It is not done, so it makes
     * no fact. The word after such a phrase is a verb, however the tagger reads it ("should sanction").
     */
    boolean obliged(Match match) {
        List<Token> tokens = sentence.tokens();
        int end = match.trigger();
        while (end > 0 && (tokens.get(end - 1).pos().startsWith("ADV") || tokens.get(end - 1).lower().equals("not"))) {
            end--;
        }
        for (String obligation : lexicon.words.obligations()) {
            String[] words = obligation.split(" ");
            int start = end - words.length;
            boolean says = start >= 0;
            for (int i = 0; says && i < words.length; i++) {
                says = tokens.get(start + i).lower().equals(words[i]);
            }
            if (says) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the match's verb is an act asked of someone, or threatened: an infinitive ("to impose", "to
     * immediately expel") after one of {@code appealVerbs} and its object ("urged the United States to impose
     * sanctions on Uganda", "called on Tanzania to expel Uganda's envoy", "threatened to cut aid"). The appeal or
     * threat is a fact of its own pattern; the act asked for has not happened, so it makes none. "agreed to", "came
     * to" and "helped Ukraine to" govern no appeal.
     */
    boolean askedFor(Match match) {
        List<Token> tokens = sentence.tokens();
        int own = infinitiveBefore(tokens, match.trigger());
        int to = firstOfList(tokens, own >= 0 ? own : sharedTo(tokens, match.trigger()));
        for (int j = to - 1; to > 0 && j >= Math.max(0, to - 1 - OBJECT_REACH); j--) {
            Token token = tokens.get(j);
            if (token.pos().startsWith("PUNCT")) {
                return false;
            }
            // A capitalised word inside the object is a name ("the United States"), whatever the tagger reads.
            // "The treaty obliges Kenya to": after a noun the tagger may read an inflected verb as a plural noun.
            boolean verb = token.pos().startsWith("VERB") || (token.pos().startsWith("NOUN")
                    && token.lower().endsWith("s") && !token.lower().equals(token.lemma()));
            if (verb && (j == 0 || !token.capitalised())) {
                // An appeal names whom it asks ("urged Tanzania to"); a threat need not ("threatened to").
                boolean appeal = j < to - 1 && token.in(lexicon.words.appeals());
                boolean threat = token.in(lexicon.words.threats());
                boolean callOn = !token.lemma().equals("call") || (j + 1 < tokens.size()
                        && Set.of("on", "upon").contains(tokens.get(j + 1).lower()));
                return (appeal || threat) && callOn;
            }
        }
        return false;
    }

    /**
     * The "to" a bare verb after "and" or "or" shares with the infinitive before it, or -1: in "to close the port and
     * end its cooperation with Togo", "end" is an infinitive too. The phrase between holds no punctuation.
     */
    private static int sharedTo(List<Token> tokens, int trigger) {
        Token verb = tokens.get(trigger);
        if (trigger < 2 || !tokens.get(trigger - 1).pos().startsWith("CCONJ") || !verb.pos().startsWith("VERB")
                || !verb.lower().equals(verb.lemma())) {
            return -1;
        }
        for (int k = trigger - 2; k >= Math.max(0, trigger - 2 - OBJECT_REACH); k--) {
            Token token = tokens.get(k);
            if (token.pos().startsWith("PUNCT")) {
                return -1;
            }
            if (token.lower().equals("to") && infinitive(tokens, k + 1, trigger - 2)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the "to" stands of the first infinitive of the list that the one at {@code to} closes: "requires Ghana to
     * close the port, to recall its envoy and to cut ties with Togo" asks each of Ghana, as the first does.
     */
    private static int firstOfList(List<Token> tokens, int to) {
        int head = to;
        for (int previous = previousInList(tokens, head); previous >= 0; previous = previousInList(tokens, head)) {
            head = previous;
        }
        return head;
    }

    /** The "to" of the infinitive before a comma or "and" that stands right before the "to" at {@code to}, or -1. */
    private static int previousInList(List<Token> tokens, int to) {
        if (to < 1) {
            return -1;
        }
        boolean and = tokens.get(to - 1).pos().startsWith("CCONJ");
        int comma = and ? to - 2 : to - 1;
        int end = comma >= 0 && tokens.get(comma).text().equals(",") ? comma : and ? to - 1 : -1;
        for (int k = end - 1; k >= Math.max(0, end - 2 * OBJECT_REACH); k--) {
            Token token = tokens.get(k);
            if (token.text().equals(";") || token.text().equals(":")) {
                return -1;
            }
            if (token.lower().equals("to") && infinitive(tokens, k + 1, end - 1)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where the "to" stands of the infinitive the act at {@code trigger} is told in ("to impose sanctions", "to
     * immediately expel"), or -1: within reach before the trigger, with no punctuation between.
     */
    private static int infinitiveBefore(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= Math.max(0, trigger - MODAL_REACH); k--) {
            Token token = tokens.get(k);
            // "urged them to show restraint and offered to play a role": "offered" is no infinitive of "to show".
            if (token.pos().startsWith("PUNCT") || token.pos().startsWith("CCONJ")) {
                return -1;
            }
            if (token.lower().equals("to") && infinitive(tokens, k + 1, trigger)) {
                return k;
            }
            if (token.pos().startsWith("VERB") && !afterTo(tokens, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether "to" stands before the word at {@code k}, adverbs aside ("to immediately expel"). */
    private static boolean afterTo(List<Token> tokens, int k) {
        int j = k - 1;
        while (j >= 0 && tokens.get(j).pos().startsWith("ADV")) {
            j--;
        }
        return j >= 0 && tokens.get(j).lower().equals("to");
    }

    /**
     * Whether the first word from {@code from} that is no adverb is a verb, at or before {@code trigger}. The tagger
     * now and then reads a verb after "to" as an adjective ("the United States to impose sanctions": "impose" ADJ),
     * so a lower-case adjective right there counts too, as does the pattern's own word.
     */
    private static boolean infinitive(List<Token> tokens, int from, int trigger) {
        int k = from;
        while (k < trigger && tokens.get(k).pos().startsWith("ADV")) {
            k++;
        }
        if (k > trigger || k >= tokens.size()) {
            return false;
        }
        // The pattern's own word right after "to" is its verb ("to impose"), however it is tagged.
        Token token = tokens.get(k);
        return k == trigger || token.pos().startsWith("VERB") || (token.pos().startsWith("ADJ")
                && !token.capitalised());
    }

    /**
     * "The Kremlin has rejected suggestions that ..., and Russian officials have blamed Pashinyan": ", and" before a
     * noun phrase opens a clause with a subject of its own, which the denial before it does not reach (", and that it
     * had ..." goes on with what is denied).
     */
    private static boolean newClause(List<Token> tokens, int k) {
        if (k < 1 || k + 1 >= tokens.size() || !tokens.get(k).lower().equals("and")
                || !tokens.get(k - 1).text().equals(",")) {
            return false;
        }
        String next = tokens.get(k + 1).pos();
        return next.startsWith("PROPN") || next.startsWith("NOUN") || next.startsWith("ADJ") || next.startsWith("DET");
    }

    /**
     * "Cambodia, which denied the charge, downgraded relations": a relative clause set off by commas before the verb
     * is said of its subject, not of the verb, so a denial inside it denies nothing the verb says. Given the comma
     * that closes it, the comma that opens it; else -1.
     */
    private static int relativeBefore(List<Token> tokens, int k) {
        if (!tokens.get(k).text().equals(",")) {
            return -1;
        }
        for (int j = k - 1; j > 0; j--) {
            if (tokens.get(j).text().equals(",")) {
                return RELATIVES.contains(tokens.get(j + 1).lower()) ? j : -1;
            }
        }
        return -1;
    }

    private static boolean says(List<Token> tokens, int from, String[] phrase, int before) {
        if (from + phrase.length > before) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            Token token = tokens.get(from + i);
            if (!phrase[i].equals(token.lemma()) && !phrase[i].equals(token.lower())) {
                return false;
            }
        }
        return true;
    }

    /** The weakest status the sentence's hedges allow. */
    FactStatus hedged() {
        FactStatus status = unscoped;
        for (Scoped hedge : scoped) {
            status = status.weaker(hedge.status());
        }
        for (FactStatus modal : modals.values()) {
            status = status.weaker(modal);
        }
        return status;
    }

    /** The weakest of what the verb says (planned, done, going on) and what the sentence's hedges allow. */
    FactStatus status(Match match, Set<String> verbalKinds) {
        List<Token> tokens = sentence.tokens();
        Token trigger = tokens.get(match.trigger());
        FactStatus base;
        if (planned(tokens, match.trigger())) {
            base = FactStatus.PLANNED;
        } else if (trigger.pos().startsWith("NOUN") || trigger.lower().endsWith("ing")) {
            base = FactStatus.ONGOING;
        } else if (past(tokens, match.trigger())) {
            base = FactStatus.OCCURRED;
        } else {
            base = FactStatus.ONGOING;
        }
        // "Mali tore up the accord, accusing Algeria of meddling": a said act in an -ing form is said, not going on.
        boolean said = base == FactStatus.OCCURRED || (base == FactStatus.ONGOING && trigger.pos().equals("VERB"));
        if (said && match.pattern().kind() != null && verbalKinds.contains(match.pattern().kind())) {
            base = FactStatus.STATED;
        }
        return base.weaker(hedgedAt(match.trigger()));
    }

    /**
     * The weakest status the sentence's hedges allow for the act whose verb stands at {@code trigger}: a modal
     * auxiliary after that verb and past a comma, a semicolon or a saying verb belongs to a later clause ("froze the
     * country's assets, warning that it could use force": the freeze is done, the force only possible). A modal
     * before the verb, or after it in the same clause ("sanctions that could be imposed"), still hedges it, as any
     * other hedge hedges the whole sentence.
     */
    private FactStatus hedgedAt(int trigger) {
        FactStatus status = unscoped;
        for (Scoped hedge : scoped) {
            if (hedge.covers(trigger)) {
                status = status.weaker(hedge.status());
            }
        }
        for (Map.Entry<Integer, FactStatus> modal : modals.entrySet()) {
            if (!laterClause(trigger, modal.getKey())) {
                status = status.weaker(modal.getValue());
            }
        }
        return status;
    }

    private boolean laterClause(int trigger, int modal) {
        if (modal <= trigger) {
            return false;
        }
        for (int k = trigger + 1; k < modal; k++) {
            Token token = sentence.tokens().get(k);
            if (token.text().equals(",") || token.text().equals(";")
                    || (token.pos().startsWith("VERB") && token.in(lexicon.words.saying()))) {
                return true;
            }
        }
        return false;
    }

    private boolean planned(List<Token> tokens, int trigger) {
        if (promised(tokens, trigger) || ahead(tokens, trigger)) {
            return true;
        }
        // "Chile, which sought a delay, signed the accord": a word before a comma belongs to another clause.
        for (int k = trigger; k >= Math.max(0, trigger - MODAL_REACH) && !tokens.get(k).text().equals(","); k--) {
            Token token = tokens.get(k);
            if (lexicon.words.future().contains(token.lower()) || (k < trigger
                    && lexicon.words.future().contains(token.lemma()) && token.pos().startsWith("VERB"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "talks are scheduled for Friday", "the summit, due in March,", "an exercise planned for the autumn", "the
     * upcoming summit", "the leaders meet in Lima next week": an act named by its noun with a word of
     * {@code scheduleWords} in its phrase or a future auxiliary after it, or an act in its clause with a time of
     * {@code aheadTimes}, lies ahead. The clause after the act ends at a semicolon, a clause break, a word of
     * {@code timeLinks} ("ahead of a summit next week" is another event's time), a verb joined by "and" or a comma,
     * and, for a noun, at a second verb ("the summit that opened on Monday" has a verb of its own, and no time ahead).
     * A past form is done whatever time its clause names.
     */
    private boolean ahead(List<Token> tokens, int trigger) {
        Token act = tokens.get(trigger);
        boolean noun = act.pos().startsWith("NOUN") || act.pos().startsWith("PROPN");
        if (!noun && (!act.pos().startsWith("VERB") || past(tokens, trigger))) {
            return false;
        }
        for (int k = trigger - 1; noun && k >= Math.max(0, trigger - MODAL_REACH + 1); k--) {
            if (tokens.get(k).pos().startsWith("VERB") || tokens.get(k).pos().startsWith("PUNCT")) {
                break;
            }
            if (anyAt(tokens, k, lexicon.words.schedules())) {
                return true;
            }
        }
        int verbs = 0;
        for (int k = trigger + 1; k < Math.min(tokens.size(), trigger + AHEAD_REACH); k++) {
            Token token = tokens.get(k);
            if (endsClause(tokens, k)) {
                break;
            }
            if (anyAt(tokens, k, lexicon.words.aheadTimes()) || (noun && verbs == 0 && (scheduled(tokens, k)
                    || (token.pos().startsWith("AUX") && lexicon.words.future().contains(token.lower()))))) {
                return true;
            }
            if (token.pos().startsWith("VERB") && (!noun || ++verbs > 1)) {
                break;
            }
        }
        for (int k = trigger - 1; k >= Math.max(0, trigger - AHEAD_REACH); k--) {
            if (endsClause(tokens, k) || (k < trigger - 1 && tokens.get(k).pos().startsWith("VERB"))) {
                break;
            }
            if (anyAt(tokens, k, lexicon.words.aheadTimes())) {
                return true;
            }
        }
        return false;
    }

    /** A word of {@code scheduleWords} at {@code k}; "due to" before a noun phrase is a cause ("due to the storm"). */
    private boolean scheduled(List<Token> tokens, int k) {
        if (!anyAt(tokens, k, lexicon.words.schedules())) {
            return false;
        }
        if (!tokens.get(k).lower().equals("due") || k + 2 >= tokens.size() || !tokens.get(k + 1).lower().equals("to")) {
            return true;
        }
        Token next = tokens.get(k + 2);
        return !next.capitalised() && (next.pos().startsWith("VERB") || next.pos().startsWith("AUX"));
    }

    /** A semicolon, a clause break, a word of {@code timeLinks}, or "and" or a comma before a verb. */
    private boolean endsClause(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        if (token.text().equals(";") || lexicon.words.clauseBreaks().contains(token.lower())
                || lexicon.words.timeLinks().contains(token.lower())) {
            return true;
        }
        return (token.lower().equals("and") || token.text().equals(",")) && k + 1 < tokens.size()
                && (tokens.get(k + 1).pos().startsWith("VERB") || tokens.get(k + 1).pos().startsWith("AUX"));
    }

    private static boolean anyAt(List<Token> tokens, int k, Set<String> phrases) {
        return phrases.stream().anyMatch(phrase -> at(tokens, k, phrase.split(" ")));
    }

    /**
     * "agreed to reopen embassies", "pledged to send troops", "is to visit Islamabad", "is due to travel to Beijing":
     * the verb is an infinitive after a commitment or after a form of "be", an act agreed or scheduled, not done. The
     * agreement itself is reached: "have agreed to reopen embassies" signs an agreement now, to reopen them later.
     * "Due to the strikes, Iran recalled its envoy" has no infinitive, and "came to help" no commitment.
     */
    private boolean promised(List<Token> tokens, int trigger) {
        int to = infinitiveBefore(tokens, trigger);
        if (to < 1) {
            return false;
        }
        Token before = tokens.get(to - 1);
        if (before.lemma().equals("be") && !before.pos().startsWith("VERB")) {
            return true;
        }
        // "agree in Beijing to restore ties": a place or a day may stand between the commitment and its infinitive.
        for (int k = to - 1; k >= Math.max(0, to - 1 - MODAL_REACH); k--) {
            Token token = tokens.get(k);
            if (token.in(lexicon.words.commitments())) {
                return true;
            }
            if (token.pos().startsWith("VERB") || token.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean past(List<Token> tokens, int trigger) {
        Token verb = tokens.get(trigger);
        boolean inflected = verb.lower().endsWith("ed")
                || (!verb.lower().equals(verb.lemma()) && !verb.lower().endsWith("s"));
        boolean perfect = trigger > 0 && Set.of("has", "have", "had").contains(tokens.get(trigger - 1).lower());
        return inflected || perfect || pastOfSingular(tokens, trigger);
    }

    /**
     * "Kenya cut ties with Uganda", "Ghana put its troops on alert": a verb whose past is its base form, right after
     * one name (adverbs aside), is past, since a single subject's present would take "-s" ("Kenya cuts"). After a
     * list ("Kenya and Uganda cut") or a plural it may be present, so it stays as the tense reads.
     */
    private static boolean pastOfSingular(List<Token> tokens, int trigger) {
        Token verb = tokens.get(trigger);
        if (!verb.pos().startsWith("VERB") || !verb.lower().equals(verb.lemma())) {
            return false;
        }
        int k = trigger - 1;
        while (k >= 0 && tokens.get(k).pos().startsWith("ADV")) {
            k--;
        }
        // The tagger reads some names opening a sentence as common nouns ("Ghana/NOUN quietly cut").
        Token subject = k >= 0 ? tokens.get(k) : null;
        boolean name = subject != null && (subject.pos().startsWith("PROPN")
                || (subject.pos().startsWith("NOUN") && subject.capitalised()));
        return name && !subject.lower().endsWith("s")
                && (k == 0 || !Set.of("and", ",", "or", "&").contains(tokens.get(k - 1).lower()));
    }

    /**
     * "according to X", "X said", "X, who ..., said", "said the diplomat": the speakers of the text up to {@code end},
     * in the order of their verbs; none for the outlet. "According to X" makes X the only one.
     */
    private static List<Source> sources(Matcher matcher, Lexicon lexicon, Discourse discourse, int end) {
        List<Matcher.Unit> units = matcher.units.stream().filter(unit -> unit.from() < end).toList();
        for (int u = 0; u + 1 < units.size(); u++) {
            if (units.get(u).mention() == null && matcher.token(u).lower().equals("according")
                    && units.get(u + 1).mention() == null && matcher.token(u + 1).lower().equals("to")) {
                String named = named(matcher, u + 2, lexicon, discourse);
                return named == null ? List.of() : List.of(new Source(named, -1, false, false));
            }
        }
        List<Source> found = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).mention() != null) {
                continue;
            }
            Token token = matcher.token(u);
            if (!token.pos().startsWith("VERB") || !(lexicon.words.saying().contains(token.lemma())
                    || lexicon.words.saying().contains(token.lower()))) {
                continue;
            }
            String before = before(matcher, u - 1, lexicon);
            // "Thailand had agreed, he said, but Hun Manet accused Bangkok": a speaker the sentence names beats the
            // one a pronoun is read as.
            String read = before == null ? pronounSpeaker(matcher, u - 1, discourse) : null;
            int verb = units.get(u).from();
            if (read != null) {
                // "He said Japan would work with Korea": the speaker is before the verb, not the "said X" after it.
                found.add(new Source(read, verb, true, false));
                continue;
            }
            if (before != null) {
                found.add(new Source(before, verb, false, namedRightBefore(matcher, u - 1) && thatFollows(matcher, u)));
                continue;
            }
            // Only "said X" names its speaker after the verb: "accused Washington" names whom it accuses.
            String after = token.lemma().equals("say") ? named(matcher, u + 1, lexicon, discourse) : null;
            if (after != null) {
                found.add(new Source(after, verb, false, false));
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether the speaker is named right before the verb of saying, past adverbs and auxiliaries ("Tehran later
     * declared"), rather than reached across a relative clause or an "and" that joins the verb to an earlier one
     * ("condemned Iran and said that"), which keeps the earlier verb's subject and so its claim.
     */
    private static boolean namedRightBefore(Matcher matcher, int u) {
        int at = u;
        while (at >= 0 && matcher.units.get(at).mention() == null && (matcher.token(at).pos().startsWith("ADV")
                || matcher.token(at).pos().startsWith("AUX"))) {
            at--;
        }
        return at >= 0 && matcher.units.get(at).mention() != null;
    }

    /** Whether "that" opens what is said, right after the verb or past a short time phrase ("said on Monday that"). */
    private static boolean thatFollows(Matcher matcher, int verb) {
        for (int u = verb + 1; u < Math.min(matcher.units.size(), verb + 1 + THAT_REACH); u++) {
            if (matcher.units.get(u).mention() != null) {
                return false;
            }
            Token token = matcher.token(u);
            if (token.lower().equals("that")) {
                return true;
            }
            if (!token.pos().startsWith("ADP") && !token.pos().startsWith("PROPN") && !token.pos().startsWith("NOUN")
                    && !token.pos().startsWith("ADV") && !token.pos().startsWith("NUM")) {
                return false;
            }
        }
        return false;
    }

    private static String before(Matcher matcher, int u, Lexicon lexicon) {
        int at = u;
        while (at >= 0 && matcher.units.get(at).mention() == null && (matcher.token(at).pos().startsWith("ADV")
                || matcher.token(at).pos().startsWith("AUX"))) {
            at--;
        }
        if (at < 0) {
            return null;
        }
        // "Some EU officials suggested", "Canadian officials said": unnamed, whoever they work for.
        Token last = matcher.units.get(at).mention() == null ? matcher.token(at)
                : matcher.tokenAt(matcher.units.get(at).to() - 1);
        if (lexicon.words.anonymous().contains(last.lower()) || lexicon.words.anonymous().contains(last.lemma())) {
            return ANONYMOUS;
        }
        if (matcher.units.get(at).mention() == null && matcher.token(at).text().equals(",")) {
            // ", who recently visited Japan and Korea," between the speaker and the verb
            for (int k = at - 1; k > 0; k--) {
                if (matcher.units.get(k).mention() == null && matcher.token(k).lower().equals("who")
                        && matcher.units.get(k - 1).mention() == null && matcher.token(k - 1).text().equals(",")) {
                    return k >= 2 ? speaker(matcher.units.get(k - 2).mention()) : null;
                }
            }
            return null;
        }
        if (matcher.units.get(at).mention() == null && matcher.token(at).lower().equals("and")) {
            for (Matcher.Unit unit : matcher.units) {
                if (speaker(unit.mention()) != null) {
                    return speaker(unit.mention());
                }
            }
            return null;
        }
        return speaker(matcher.units.get(at).mention());
    }

    /**
     * "Thailand had agreed to a ceasefire, he said": "he" or "she" right before the saying verb is the person the
     * sentence named last before it, else the person the sentence before named first (a state is never "he"); else
     * null, the outlet.
     */
    private static String pronounSpeaker(Matcher matcher, int u, Discourse discourse) {
        if (u < 0 || matcher.units.get(u).mention() != null
                || !Set.of("he", "she").contains(matcher.token(u).lower())) {
            return null;
        }
        for (int k = u - 1; k >= 0; k--) {
            Mention mention = matcher.units.get(k).mention();
            if (speaker(mention) != null && discourse.represents.containsKey(mention.id())) {
                return mention.id();
            }
        }
        List<String> before = discourse.previousPersons();
        return before.isEmpty() ? null : before.get(0);
    }

    private static String speaker(Mention mention) {
        return mention == null || mention.region() || mention.place() || mention.possessive() || mention.fact() ? null
                : mention.id();
    }

    private static String named(Matcher matcher, int from, Lexicon lexicon, Discourse discourse) {
        for (int u = from; u < Math.min(matcher.units.size(), from + SOURCE_REACH); u++) {
            Mention mention = matcher.units.get(u).mention();
            if (mention != null) {
                return speaker(mention);
            }
            Token token = matcher.token(u);
            if (lexicon.words.anonymous().contains(token.lower()) || lexicon.words.anonymous().contains(token.lemma())) {
                return ANONYMOUS;
            }
            if (token.text().equals(",") || token.text().equals(".")) {
                return null;
            }
        }
        return null;
    }
}
