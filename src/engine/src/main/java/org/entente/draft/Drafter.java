package org.entente.draft;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.Deadline;
import org.entente.InputError;
import org.entente.io.PathNames;
import org.entente.pack.RelationKinds;
import org.entente.draft.Matcher.Binding;
import org.entente.draft.Matcher.Match;
import org.entente.draft.Pattern.Target;

/**
 * Drafts a fact pack from an English article: actors from the gazetteer, relations, positions and initiatives
 * from the pattern lexicon, each fact quoting the sentence it came from. Safe to share between threads: a draft
 * keeps its state in its own objects.
 */
public final class Drafter {

    /** Articles above this size are refused: the service's limit, and far above any news article. */
    public static final int MAX_BYTES = 1 << 20;
    private static final String TOO_LARGE = "the article is larger than 1 MiB; draft one article at a time";
    static final String M49 = "iso-m49";
    private static final String UNPLACED_NOTE =
            "named without a region, so the draft places it in the world; an analyst may narrow it";
    /** How much a reference back ("the alliance", "his forces") or a subject left implicit lowers confidence. */
    private static final double RESOLVED = 0.85;
    private static final double IMPLICIT_SUBJECT = 0.9;
    /** The verbs of "a mission led by NATO": who leads a force, named after "by". */
    private static final Set<String> LEADS = Set.of("led", "run", "headed", "commanded");
    /** After these a word is a verb: "to exercise restraint", "must exercise caution". */
    private static final Set<String> VERB_BEFORE = Set.of("to", "will", "would", "shall", "should", "must", "can",
            "could", "may", "might");
    /** Words that open an apposition after a name: "Egypt, a close partner of Riyadh, ...". */
    /** Before a state these make it the party a plan is about: "talks with Ukraine", "sanctions on Iran". */
    private static final Set<String> PLAN_PARTIES = Set.of("with", "on", "for", "against", "over");
    /** Prepositions that open a relative clause with "which" or "whom" ("to which Somalia belongs"). */
    private static final Set<String> RELATIVE_PREPOSITIONS = Set.of("of", "to", "in", "with", "for", "by", "from",
            "on", "at", "among");
    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "its", "one", "another", "which",
            "who", "whose");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "does", "do", "did");
    /** How many words an apposition or a relative clause between commas may have. */
    private static final int APPOSITION_REACH = 16;
    /** How many units a sayer may take between "which" and its verb of saying ("which the United Nations says"). */
    private static final int SAYER_REACH = 4;
    /** How far a plan's noun may stand before the words the pattern takes as the plan ("bid to join NATO"). */
    private static final int PLAN_NAME_REACH = 6;
    /** What an apposition's verb has as its subject when the phrase before the apposition names no actor. */
    private static final Mention NO_ONE = new Mention(0, 0, List.of(), false, Mention.Via.NAME, false, false, null);
    /** Below this many characters the language detector guesses more than it knows, so a short text is let through. */
    private static final int LANGUAGE_SAMPLE = 200;

    private final Lexicon lexicon;
    /** Relative pronouns that open a clause whose subject is the noun before them. */
    /** Forms of "be", "have" and "do" that state what is so, as no demand's verb does. */
    private static final Set<String> INDICATIVE = Set.of("is", "are", "was", "were", "has", "had", "does", "did");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");
    /** Pronouns that stand for a person as the subject of a clause. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");
    /** Quantifiers that float after the subject they count, before its verb: "Kenya and Uganda both condemned". */
    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("both", "all", "each");
    private final Nlp nlp;
    private final Gazetteer gazetteer;
    private final Introductions introductions;
    /** Whether each sentence tries only the patterns its words may match (PatternIndex), rather than all. */
    private final boolean indexed;

    private Drafter(Lexicon lexicon, Introductions introductions, Nlp nlp, boolean indexed) {
        this.lexicon = lexicon;
        this.introductions = introductions;
        this.nlp = nlp;
        this.indexed = indexed;
        this.gazetteer = new Gazetteer(lexicon, nlp::tokenize);
    }

    /** This drafter trying every pattern on every sentence: what the index must never change (PatternIndexTest). */
    Drafter tryingEveryPattern() {
        return new Drafter(lexicon, introductions, nlp, false);
    }

    /** The lexicon's folder inside a rules folder. */
    public static final String LEXICON = "lexicon";

    /** A drafter over the lexicon of a rules folder ({@code rules/lexicon/}) and its relation kinds. */
    public static Drafter load(Path rulesFolder) {
        Lexicon lexicon = Lexicon.load(rulesFolder.resolve(LEXICON), RelationKinds.read(rulesFolder));
        return new Drafter(lexicon, Introductions.read(rulesFolder.resolve(LEXICON), lexicon.states.keySet()),
                new Nlp(lexicon.words.dotted(), lexicon.words.openers()), true);
    }

    /**
     * Drafts the article. {@code source} names it in errors and becomes the draft's outlet when the text names none.
     *
     * @throws InputError when the text is empty, not text, too long or not English
     */
    public Draft draft(String text, String source) {
        check(text, source);
        String outlet = Outlet.of(text).orElse(source);
        Discourse discourse = new Discourse();
        Recognizer recognizer = new Recognizer(lexicon, introductions, gazetteer);
        Facts facts = new Facts();
        for (Sentence sentence : nlp.sentences(text)) {
            Deadline.check(source);
            List<Mention> mentions = recognizer.mentions(sentence, discourse);
            draftActors(sentence, mentions, discourse, facts);
            draftStatedCounts(sentence, discourse, facts);
            draftLeaders(sentence, discourse, facts);
            draftFocusedAreas(sentence, discourse, facts);
            new SentenceDraft(sentence, mentions, discourse, outlet, facts).run();
            draftPlacesActedOn(sentence, mentions, discourse, facts);
        }
        placeInitiatives(facts, discourse);
        addBackground(facts, discourse);
        return new Draft(facts.all(), outlet);
    }

    /** Reads an article file: UTF-8 text of at most 1 MiB, or one located error. */
    public static String read(Path article) {
        String source = PathNames.display(article);
        try {
            if (Files.size(article) > MAX_BYTES) {
                throw new InputError(source, TOO_LARGE);
            }
            return decode(Files.readAllBytes(article), source);
        } catch (NoSuchFileException e) {
            throw new InputError(source, "no such file");
        } catch (IOException e) {
            throw new InputError(source, "cannot read the article: " + e.getMessage());
        }
    }

    /** The bytes as UTF-8 text, refusing what is too large or not text at all. */
    public static String decode(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) {
            throw new InputError(source, TOO_LARGE);
        }
        if (bytes.length == 0) {
            throw new InputError(source, "the article is empty");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(source, "the article is not UTF-8 text (a binary file?)");
        }
    }

    private void check(String text, String source) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InputError(source, TOO_LARGE);
        }
        if (text.isBlank()) {
            throw new InputError(source, "the article is empty");
        }
        long control = text.chars().filter(c -> c == 0 || (Character.isISOControl(c) && !Character.isWhitespace(c)))
                .count();
        if (control > 0 || text.contains("\uFFFD")) {
            throw new InputError(source, "the article is not text (it holds control or undecodable bytes)");
        }
        if (text.strip().length() < LANGUAGE_SAMPLE) {
            return;
        }
        Nlp.LanguageGuess guess = nlp.language(text);
        if (!guess.language().equals("eng")) {
            throw new InputError(source, "the article is not English (it reads as '%s'); the lexicon is English"
                    .formatted(guess.language()));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Actors and regions

    private void draftActors(Sentence sentence, List<Mention> mentions, Discourse discourse, Facts facts) {
        for (Mention mention : mentions) {
            if (mention.region()) {
                draftRegion(mention.id(), sentence.text(), facts, discourse);
                continue;
            }
            if ((mention.via() == Mention.Via.CAPITAL && mention.place()) || mention.fact()) {
                continue;
            }
            for (String id : mention.ids()) {
                draftActor(id, sentence.text(), mention.via(), discourse, facts);
            }
        }
    }

    /**
     * A capital after a preposition of place names no actor ("a summit in Vilnius"), but a pattern may still take the
     * state it lies in as its object ("reopen its embassy in Honiara"): that state is then an actor of the draft, quoting
     * the sentence, or the fact would point at an actor the pack does not have.
     */
    private void draftPlacesActedOn(Sentence sentence, List<Mention> mentions, Discourse discourse, Facts facts) {
        for (Mention mention : mentions) {
            if (mention.via() != Mention.Via.CAPITAL || !mention.place()) {
                continue;
            }
            for (String id : mention.ids()) {
                if (!facts.has(id) && facts.refersTo(id)) {
                    draftActor(id, sentence.text(), mention.via(), discourse, facts);
                }
            }
        }
    }

    private void draftActor(String id, String quote, Mention.Via via, Discourse discourse, Facts facts) {
        if (facts.has(id)) {
            if (!facts.typeOf(id).equals("Actor")) {
                throw new IllegalStateException("the draft's " + facts.typeOf(id) + " '" + id + "' has the id of an "
                        + "actor the article names");
            }
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        String pattern;
        double confidence = via.resolved() ? RESOLVED : 0.95;
        String note = "Drafted from the gazetteer: recognised by " + via.description + ".";
        if (discourse.introduced.containsKey(id)) {
            // What the article says an actor is, rather than what the gazetteer knows, is a reading: its confidence
            // drops as a reference back's does, and the note says what was inferred.
            Discourse.Introduced introduced = discourse.introduced.get(id);
            fields.put("name", introduced.name());
            fields.put("kind", introduced.kind());
            if (introduced.region() != null) {
                fields.put("region", introduced.region());
            }
            if (introduced.partOf() != null) {
                draftActor(introduced.partOf(), quote, Mention.Via.NAME, discourse, facts);
                fields.put("partOf", introduced.partOf());
                fields.put("sector", introduced.sector());
            }
            pattern = "introduced";
            note = "Drafted from the article: " + introduced.how() + ".";
            confidence = 0.95 * RESOLVED;
        } else if (discourse.represents.containsKey(id)) {
            String represents = discourse.represents.get(id);
            draftActor(represents, quote, Mention.Via.NAME, discourse, facts);
            fields.put("name", discourse.personNames.get(id));
            fields.put("kind", "PERSON");
            fields.put("represents", represents);
            pattern = "person";
        } else if (lexicon.states.containsKey(id)) {
            Lexicon.State state = lexicon.states.get(id);
            fields.put("name", state.name());
            fields.put("kind", "STATE");
            fields.put("region", state.region());
            pattern = "state";
        } else {
            Lexicon.Organisation organisation = lexicon.organisations.get(id);
            fields.put("name", organisation.name());
            fields.put("kind", organisation.kind());
            if (organisation.region() != null) {
                fields.put("region", organisation.region());
            }
            if (organisation.partOf() != null) {
                draftActor(organisation.partOf(), quote, Mention.Via.NAME, discourse, facts);
                fields.put("partOf", organisation.partOf());
                fields.put("sector", organisation.sector());
            }
            pattern = "organisation";
        }
        facts.add(new DraftFact(id, "Actor", fields, List.of(quote), null, null, null, List.of(), note, confidence,
                pattern));
    }

    /** "the 31-nation bloc": the article says how many members the organisation has. */
    private void draftStatedCounts(Sentence sentence, Discourse discourse, Facts facts) {
        for (Discourse.Count count : discourse.counts) {
            draftReading(facts, slug(count.organisation(), 2) + "-stated-members", "StatedCount",
                    pair("organisation", count.organisation(), "members", count.members()), sentence,
                    "Drafted from '%s': a count of members before a reference back to %s or its description."
                            .formatted(count.words(), count.organisation()), RESOLVED, "stated-count");
        }
        discourse.counts.clear();
    }

    /** "That Russian-led bloc", "the CMF, a US-led partnership": the state that leads an organisation belongs to it. */
    private void draftLeaders(Sentence sentence, Discourse discourse, Facts facts) {
        for (Discourse.Leader leader : discourse.leaders) {
            draftReading(facts, slug(leader.organisation(), 2) + "-" + slug(leader.state(), 2), "Membership",
                    pair("member", leader.state(), "organisation", leader.organisation()), sentence,
                    "Drafted from '%s': the state an organisation is led by is a member of it.".formatted(
                            leader.words()), RESOLVED * 0.7, "led-by");
        }
        discourse.leaders.clear();
    }

    /** A fact the recognizer read from a sentence's words, as it occurred. */
    private static void draftReading(Facts facts, String id, String type, Map<String, Object> fields,
                                     Sentence sentence, String note, double confidence, String pattern) {
        facts.add(new DraftFact(facts.uniqueId(id), type, fields, List.of(sentence.text()), null,
                FactStatus.OCCURRED, null, List.of(), note, confidence, pattern));
    }

    /** Two fields, in this order. */
    private static Map<String, Object> pair(String key, Object value, String otherKey, Object otherValue) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(key, value);
        fields.put(otherKey, otherValue);
        return fields;
    }

    /** "the Europe-focused alliance": the region an organisation is said to be focused on is its area. */
    private void draftFocusedAreas(Sentence sentence, Discourse discourse, Facts facts) {
        for (Discourse.Area area : discourse.areas) {
            draftRegion(area.region(), sentence.text(), facts, discourse);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("organisation", area.organisation());
            fields.put("region", area.region());
            String note = "Drafted from '%s': a reference back to %s, focused on the region it answers for."
                    .formatted(area.words(), area.organisation());
            facts.add(new DraftFact(facts.uniqueId(slug(area.organisation(), 2) + "-area-" + slug(area.region(), 4)),
                    "AreaOfResponsibility", fields, List.of(sentence.text()), null, FactStatus.OCCURRED, null,
                    List.of(), note, RESOLVED * 0.6, "focused-reference"));
        }
        discourse.areas.clear();
    }

    private void draftRegion(String id, String quote, Facts facts, Discourse discourse) {
        if (facts.has(id)) {
            return;
        }
        Lexicon.Region example = discourse.illustrative.get(id);
        Lexicon.Region introduced = discourse.introducedRegions.get(id);
        Lexicon.Region region = example != null ? example : introduced != null ? introduced : lexicon.regions.get(id);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", region.name());
        if (region.within() != null) {
            draftRegion(region.within(), null, facts, discourse);
            fields.put("within", region.within());
        }
        String note = quote == null ? "Background from the lexicon (regions.yaml), not stated by the article."
                : example != null ? ("Drafted from the gazetteer: the article names '%s' as an example, not as the "
                + "region itself, so no state lies in it; it lies within %s, where the named region lies.")
                .formatted(region.name(), region.within())
                : introduced != null ? ("Introduced by the article as a part of a state ('%s'); placed within %s, the "
                + "region of the state its sentence names (inferred).").formatted(region.name(), region.within())
                : "Drafted from the gazetteer: the article names the region.";
        String pattern = example != null ? "region-example" : introduced != null ? "region-introduced" : "region";
        facts.add(new DraftFact(id, "Region", fields, quote == null ? List.of() : List.of(quote),
                quote == null ? M49 : null, null, null, List.of(), note, quote == null ? 1.0
                : example != null || introduced != null ? 0.8 : 0.9, pattern));
    }

    /**
     * An initiative whose sentence names no region goes where its organisation answers for, when the article gives
     * the organisation one area of responsibility; else where the article is, the region it names most often by name,
     * when one is named more often than any other; else it stays in the world. The note says so, and the confidence
     * drops as for a reference back.
     */
    private void placeInitiatives(Facts facts, Discourse discourse) {
        int most = discourse.regionNames.values().stream().max(Integer::compare).orElse(0);
        List<String> top = discourse.regionNames.entrySet().stream().filter(entry -> entry.getValue() == most)
                .map(Map.Entry::getKey).toList();
        // With no region named more than another, the article is where the state it names most is ("Venezuela").
        Map<String, Integer> states = new LinkedHashMap<>();
        discourse.recentActors.stream().map(id -> discourse.represents.getOrDefault(id, id))
                .filter(lexicon.states::containsKey).forEach(id -> states.merge(id, 1, Integer::sum));
        int mostState = states.values().stream().max(Integer::compare).orElse(0);
        List<String> topStates = states.entrySet().stream().filter(entry -> entry.getValue() == mostState)
                .map(Map.Entry::getKey).toList();
        String principal = topStates.size() == 1 ? topStates.get(0) : null;
        for (String id : discourse.unplaced) {
            DraftFact fact = facts.get(id);
            List<String> areas = facts.all().stream().filter(area -> area.type().equals("AreaOfResponsibility")
                    && area.field("organisation").equals(fact.field("organisation")))
                    .map(area -> area.field("region").toString()).distinct().toList();
            String region;
            String where;
            if (areas.size() == 1) {
                region = areas.get(0);
                where = "its organisation's area of responsibility as the article gives it";
            } else if (top.size() == 1) {
                region = top.get(0);
                where = "the region the article names most often (%d times)".formatted(most);
            } else if (principal != null) {
                region = lexicon.states.get(principal).region();
                where = "the region of %s, the state the article names most".formatted(principal);
            } else {
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>(fact.fields());
            fields.put("region", region);
            String note = fact.note().replace(UNPLACED_NOTE, ("named without a region, so the draft places it in %s, "
                    + "%s; an analyst may move it").formatted(region, where));
            facts.replace(id, new DraftFact(id, fact.type(), fields, fact.evidence(), fact.reference(), fact.status(),
                    fact.attribution(), fact.hedges(), note, Math.round(fact.confidence() * RESOLVED * 100) / 100.0,
                    fact.pattern()));
        }
    }

    /** Every state's region (and the regions those lie within) is background the rules need to place it. */
    private void addBackground(Facts facts, Discourse discourse) {
        for (DraftFact fact : List.copyOf(facts.all())) {
            Object region = fact.field("region");
            if (fact.type().equals("Actor") && region != null) {
                draftRegion(region.toString(), null, facts, discourse);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Relations, positions and initiatives of one sentence

    private final class SentenceDraft {
        private final Sentence sentence;
        private final List<Mention> mentions;
        private final Discourse discourse;
        private final Facts facts;
        private final Matcher matcher;
        private final Claim claim;
        /** Facts drafted from this sentence, by the unit their span starts at, so a verb can point at them. */
        private final Map<Integer, String> startingAt = new LinkedHashMap<>();
        private final List<Placed> placed = new ArrayList<>();
        /** Verbs whose relation pattern already acted on a plan: a position pattern on the same verb says it again. */
        private final Set<Integer> actedOnPlans = new java.util.HashSet<>();

        record Placed(String id, String type, int fromUnit, int toUnit) {
        }

        SentenceDraft(Sentence sentence, List<Mention> mentions, Discourse discourse, String outlet, Facts facts) {
            this.sentence = sentence;
            this.mentions = mentions;
            this.discourse = discourse;
            this.facts = facts;
            this.matcher = new Matcher(lexicon.words, lexicon.actNouns.keySet(), sentence, mentions);
            this.claim = Claim.of(sentence, matcher, lexicon, outlet, discourse);
        }

        void run() {
            List<Match> initiatives = new ArrayList<>();
            List<Match> relations = new ArrayList<>();
            List<Match> positions = new ArrayList<>();
            List<Match> outreach = new ArrayList<>();
            List<Match> linkage = new ArrayList<>();
            List<Match> events = new ArrayList<>();
            List<Match> participation = new ArrayList<>();
            List<Match> membership = new ArrayList<>();
            List<Match> areas = new ArrayList<>();
            for (Pattern pattern : indexed ? lexicon.index.candidates(sentence.tokens()) : lexicon.patterns) {
                List<Match> found = matcher.matches(pattern).stream()
                        .filter(match -> !claim.denied(match) && !claim.askedFor(match) && !claim.conditional(match)
                                && !claim.obliged(match))
                        .toList();
                switch (pattern.family()) {
                    case INITIATIVE -> initiatives.addAll(found);
                    case RELATION -> relations.addAll(found);
                    case POSITION -> positions.addAll(found);
                    case OUTREACH -> outreach.addAll(found);
                    case LINKAGE -> linkage.addAll(found);
                    case EVENT -> events.addAll(found);
                    case PARTICIPATION -> participation.addAll(found);
                    case MEMBERSHIP -> membership.addAll(found);
                    case AREA -> areas.addAll(found);
                }
            }
            relations = new ArrayList<>(mostSpecific(relations).stream()
                    .filter(match -> !opposedAct(match) && !assertedThat(match) && !reportedRelative(match)).toList());
            events.forEach(this::event);
            initiatives.stream().filter(match -> !nonSpecific(match)).forEach(this::initiative);
            outreach.forEach(this::outreach);
            linkage.forEach(this::linkage);
            participation.forEach(this::participation);
            membership.forEach(this::membership);
            areas.forEach(this::area);
            // A verb whose object is a fact of the same sentence ("condemned China and Russia's partnership") waits
            // for that fact; the inner facts start later in the sentence, so the latest-starting go first.
            // One whose object is an act of the sentence named by its noun ("rejects the accusation"), or that does
            // again what the sentence reported ("and so did Qatar"), waits for all the others, and an act on the
            // sentence's other act ("with Washington's blessing") for it.
            relations.sort(Comparator.comparingInt((Match match) -> match.pattern().target() == Target.EVENT ? 2
                            : onActOfSentence(match) || match.pattern().target() == Target.ECHO ? 1 : 0)
                    .thenComparing(Comparator.comparingInt(Match::fromUnit).reversed()));
            relations.forEach(this::relation);
            positions.forEach(this::position);
        }

        /**
         * "Kenya objected to new sanctions on Uganda", "warned against talks with Uganda": an act named by its noun as
         * the object of one of {@code stanceVerbs} is what is opposed, not an act done; with no subject of its own
         * words it would take the one who opposes it as its agent, so it makes no fact (the stance is a fact of its
         * own pattern). "condemned the sanctions Kenya imposed on Uganda" names the act by its verb, and "condemned the
         * strike on Yemen by Saudi Arabia" names its agent: both are drafted.
         */
        private boolean opposedAct(Match match) {
            // "the sanctions Uganda imposed": a word right after an article is a noun, however it is tagged.
            List<Token> tokens = sentence.tokens();
            // "criticised the new tariffs on Iceland": a definite act noun the sentence may report is one unit,
            // whose first token is its article, so the unit's mention says it is a noun.
            Mention first = matcher.units.get(match.fromUnit()).mention();
            boolean noun = tokens.get(match.trigger()).pos().startsWith("NOUN")
                    || (match.trigger() > 0 && tokens.get(match.trigger() - 1).pos().startsWith("DET"))
                    || (first != null && first.via() == Mention.Via.ACT_OF_SENTENCE);
            if (!implicit(match) || !noun) {
                return false;
            }
            int verb = verbOfObject(match.fromUnit(), true);
            if (verb == match.fromUnit()) {
                return false;
            }
            int at = matcher.units.get(verb).from();
            for (String stance : lexicon.words.stances()) {
                String[] words = stance.split(" ");
                boolean says = at + words.length <= tokens.size() && tokens.get(at).formOf(words[0]);
                for (int i = 1; says && i < words.length; i++) {
                    says = tokens.get(at + i).lower().equals(words[i]);
                }
                if (says) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Rwanda, which the United Nations says is backing the group": a verb of saying between the relative clause's
         * subject and the verb makes the relative pronoun the subject of what is said, not the object, so the relative
         * voice (which would read the UN as backing Rwanda) makes nothing; the active pattern reads Rwanda as the one
         * who backs, on the sayer's word ({@link #reportedRelativeSubject}). Nor does a relative voice whose verb lies
         * past a comma, outside the clause.
         */
        private boolean reportedRelative(Match match) {
            Binding from = match.slots().get("from");
            if (from == null || !match.pattern().id().endsWith(Pattern.RELATIVE_VOICE)) {
                return false;
            }
            int verb = matcher.unitOfToken(match.trigger());
            for (int u = from.toUnit(); u < verb; u++) {
                // "Hezbollah, which Iran backs, denied the report": past the clause's closing comma the verb is the
                // noun's own, not one the relative clause says of it.
                if (sayingVerb(u) || (matcher.units.get(u).mention() == null && matcher.token(u).text().equals(","))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the unit is a verb of {@code saying} ("says", "told"), by its form or its lemma. */
        private boolean sayingVerb(int unit) {
            return matcher.units.get(unit).mention() == null && matcher.token(unit).pos().startsWith("VERB")
                    && matcher.token(unit).in(lexicon.words.saying());
        }

        /**
         * "Rwanda, which the United Nations says is backing the group": the subject of a verb said, in a relative
         * clause, to be done is the noun the clause hangs on (Rwanda), not the sayer named nearer (who is the claim's
         * source). Back from the verb past its auxiliaries and a "that", a verb of saying, its sayer within
         * {@code SAYER_REACH} units, then "which" or "who" after a comma after an actor; else null.
         */
        private Mention reportedRelativeSubject(int verb) {
            int u = verb - 1;
            while (u >= 0 && auxiliary(u)) {
                u--;
            }
            if (u >= 0 && matcher.units.get(u).mention() == null && matcher.token(u).lower().equals("that")) {
                u--;
            }
            if (u < 0 || !sayingVerb(u)) {
                return null;
            }
            for (int k = u - 1; k >= 2 && u - k <= SAYER_REACH; k--) {
                if (matcher.units.get(k).mention() == null && Set.of("which", "who").contains(matcher.token(k).lower())) {
                    Mention antecedent = matcher.units.get(k - 2).mention();
                    boolean comma = matcher.units.get(k - 1).mention() == null
                            && matcher.token(k - 1).text().equals(",");
                    return comma && k < u - 1 && eligibleSubject(antecedent) ? antecedent : null;
                }
            }
            return null;
        }

        /**
         * "New Delhi's insistence that the truce was a military arrangement": a demand's "that" followed by its object
         * and a verb in the indicative ("was", "had", "agreed") says what is so, a claim; a demand asks in the base
         * form or with a modal ("insisted that Kenya withdraw", "that Kenya must withdraw").
         */
        private boolean assertedThat(Match match) {
            Binding to = match.slots().get("to");
            if (!"DEMANDS".equals(match.pattern().kind()) || to == null || to.fromUnit() < 1
                    || to.toUnit() >= matcher.units.size() || matcher.units.get(to.fromUnit() - 1).mention() != null
                    || !matcher.token(to.fromUnit() - 1).lower().equals("that")) {
                return false;
            }
            int after = to.toUnit();
            while (after < matcher.units.size() && matcher.units.get(after).mention() == null
                    && matcher.token(after).pos().equals("ADV")) {
                after++;
            }
            if (after >= matcher.units.size() || matcher.units.get(after).mention() != null) {
                return false;
            }
            Token verb = matcher.token(after);
            return INDICATIVE.contains(verb.lower()) || (verb.pos().equals("VERB") && !verb.lower().equals(verb.lemma())
                    && !verb.lower().endsWith("ing"));
        }

        /**
         * "imposed new sanctions on Tanzania", "objected to the talks": the unit of the verb whose object the noun
         * phrase opening at {@code unit} is (past articles, adjectives, numbers, adverbs and, with
         * {@code prepositions}, a preposition), else {@code unit} itself.
         */
        private int verbOfObject(int unit, boolean prepositions) {
            for (int u = unit - 1; u >= 0 && matcher.units.get(u).mention() == null; u--) {
                String pos = matcher.token(u).pos();
                if (pos.startsWith("VERB")) {
                    return u;
                }
                if (!(pos.startsWith("DET") || pos.startsWith("ADJ") || pos.startsWith("NUM") || pos.startsWith("ADV")
                        || (prepositions && pos.startsWith("ADP")))) {
                    break;
                }
            }
            return unit;
        }

        private boolean onActOfSentence(Match match) {
            Binding to = match.slots().get("to");
            return to != null && to.mentions().stream().anyMatch(m -> m.via() == Mention.Via.ACT_OF_SENTENCE);
        }

        /**
         * "Washington accuses Tehran of arming the group; Iran rejects the accusation": the latest relation of the
         * kind the noun names that this sentence drafted before the noun, or from the noun's own phrase ("condemned the
         * strike on Yemen by Saudi Arabia"), else none (the noun then names an act the article does not report, and an
         * act on it is no fact).
         */
        private String actOfSentence(Mention mention) {
            String act = null;
            int start = -1;
            int noun = matcher.unitOfToken(mention.from());
            for (Placed p : placed) {
                if (p.type().equals("Relation") && p.fromUnit() > start && (p.toUnit() <= noun || p.fromUnit() == noun)
                        && lexicon.actNouns.getOrDefault(mention.id(), Set.of()).contains(facts.get(p.id()).field("kind"))) {
                    act = p.id();
                    start = p.fromUnit();
                }
            }
            return act;
        }

        /**
         * Of two relation matches on the same verb from the same place, the longer says more: "accused Washington of
         * building alliances to contain China" is an accusation of containment, not also a bare accusation. Two of one
         * kind on different objects each say their own: "struck bases of the group in Iraq's north" attacks both.
         */
        private List<Match> mostSpecific(List<Match> matches) {
            List<Match> kept = new ArrayList<>();
            for (Match match : matches) {
                boolean outdone = matches.stream().anyMatch(other -> other != match
                        && other.trigger() == match.trigger() && other.fromUnit() == match.fromUnit()
                        && other.toUnit() > match.toUnit() && !ownObject(match, other));
                if (!outdone) {
                    kept.add(match);
                }
            }
            return kept;
        }

        /** Whether the shorter match names, by a pattern of the same kind, an object the longer does not. */
        private static boolean ownObject(Match shorter, Match longer) {
            Binding own = shorter.slots().get("to");
            Binding other = longer.slots().get("to");
            return own != null && other != null && own.fromUnit() != other.fromUnit()
                    && Objects.equals(shorter.pattern().kind(), longer.pattern().kind());
        }

        /** "any attempt to enlarge NATO's ambit": a plan no one is said to have made, so no initiative. */
        private boolean nonSpecific(Match match) {
            for (int u = Math.max(0, match.fromUnit() - 2); u <= match.fromUnit(); u++) {
                if (matcher.units.get(u).mention() == null
                        && lexicon.words.nonSpecific().contains(matcher.token(u).lower())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * An actor's effort to build ties in a region the sentence names ("Washington is seeking to develop various
         * multilateral mechanisms in the Indo-Pacific region"): an Outreach of that actor in that region.
         */
        private void outreach(Match match) {
            List<String> owners = subjects(match, "from");
            Binding where = match.slots().get("to");
            String region = where == null ? null : where.mentions().stream().filter(Mention::region)
                    .map(Mention::id).findFirst().orElse(null);
            if (owners.isEmpty() || region == null) {
                return;
            }
            String owner = fold(owners.get(0));
            String name = sentence.span(matcher.units.get(match.fromUnit()).from(),
                    matcher.units.get(match.toUnit() - 1).to());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("organisation", owner);
            fields.put("region", region);
            String id = facts.uniqueId(slug(owner, 2) + "-" + slug(region, 4) + "-outreach");
            String added = facts.add(new DraftFact(id, "Outreach", fields, List.of(sentence.text()), null,
                    claim.status(match, Set.of()), claim.attribution(match.trigger()), claim.hedges(match.trigger()),
                    note(match),
                    confidence(match), match.pattern().id()));
            placed.add(new Placed(added, "Outreach", match.fromUnit(), match.toUnit()));
            startingAt.putIfAbsent(match.fromUnit(), added);
        }

        /**
         * "a key summit in Lithuania", "This year's NATO summit": an event of the pattern's kind, organised by an
         * organisation named just before its noun, held in the state (or capital) named just after "in" or "at". A
         * later mention of the same kind that agrees on both is the same event, and adds what it says.
         */
        private void event(Match match) {
            Binding hosts = match.slots().get("from");
            Binding held = match.slots().get("to");
            int noun = matcher.unitOfToken(match.trigger());
            // "urged both sides to exercise restraint" names no exercise: an event is a noun, and the tagger does not
            // always see that a word after "to" or a modal is a verb, nor always that a word after "a" is a noun. A
            // gathering of an organisation's people ("the forum's leaders ... meet in Suva") is named by its verb.
            String pos = sentence.tokens().get(match.trigger()).pos();
            String previous = match.trigger() == 0 ? "" : sentence.tokens().get(match.trigger() - 1).lower();
            String determiner = determiner(noun);
            if (hosts == null && (((!pos.startsWith("NOUN") && !pos.startsWith("PROPN")) && determiner == null)
                    || VERB_BEFORE.contains(previous))) {
                return;
            }
            if (hosts == null && !usedOrMoved(noun)) {
                return;
            }
            for (int u = Math.max(0, noun - 3); u < noun; u++) {
                if (matcher.units.get(u).mention() == null
                        && lexicon.words.kindWords().contains(matcher.token(u).lower())) {
                    return;
                }
            }
            String organiser = null;
            String organiserReading = null;
            // "Malaysia hosted talks", "Qatar will host the summit", "a summit that he hosted": a host that is the
            // subject or the agent of the event's hosting verb may be a state or a person for it; one that owns the
            // gathering's people ("ECOWAS leaders met") is an organisation, since "Chinese and Russian leaders met"
            // is no meeting China holds.
            boolean subjectHost = hosts != null && ((hosts.toUnit() < matcher.units.size()
                    && matcher.units.get(hosts.toUnit()).mention() == null
                    && sentence.tokens().get(match.trigger()).pos().startsWith("VERB")
                    && matcher.unitOfToken(match.trigger()) <= hosts.toUnit() + 2) || hostedBy(match, hosts));
            String kind = match.pattern().kind();
            // "Armenian and American soldiers held a joint exercise": those who hold drills take part in them; a
            // state that does so holds them for no one else, so it is neither their organiser nor their place.
            boolean drills = kind.equals(org.entente.domain.EventKind.EXERCISE.name());
            // "a virtual summit of the bloc", "a meeting of the National Security Committee": the body after "of".
            int head = lexicon.words.events().contains(matcher.token(match.toUnit() - 1).lower())
                    ? Math.max(noun, match.toUnit() - 1) : noun;
            String ofHolder = ofHolder(head);
            if (hosts != null && ofHolder == null) {
                organiser = hosts.mentions().stream().filter(m -> !m.region()).map(m -> fold(m.id()))
                        .filter(id -> organisation(id) || (subjectHost && !drills && single(hosts)
                                && lexicon.states.containsKey(id)))
                        .findFirst().orElse(null);
                // "The Security Council met", "the bloc's mediation council is due to meet": only a body meets by its
                // verb alone, so "Kenya met its targets" is no meeting.
                boolean bodies = match.pattern().target() == Target.ORGANISATIONS;
                if (organiser == null && bodies && single(hosts)) {
                    organiser = hosts.mentions().stream().filter(m -> !m.region()).map(Mention::id)
                            .filter(this::agency).findFirst().orElse(null);
                }
                if (bodies && (organiser == null || !(collective(organiser) || agency(organiser)))) {
                    return;
                }
                if (organiser == null && !drills && !subjectHost) {
                    return;
                }
            }
            if (ofHolder != null) {
                organiser = ofHolder;
            }
            for (int u = noun - 1; organiser == null && u >= Math.max(0, noun - 2); u--) {
                Mention mention = matcher.units.get(u).mention();
                if (mention != null && !mention.region() && (organisation(mention.id()) || agency(mention.id()))) {
                    organiser = mention.id();
                }
            }
            String location = null;
            int end = noun + 1;
            if (held != null) {
                location = held.mentions().stream().filter(m -> !m.region()).map(this::stateOfPlace)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                if (location == null) {
                    return;
                }
                end = Math.max(end, held.toUnit());
            }
            // "held a joint exercise, Eagle Partner, near Yerevan": the place follows the event's noun, which ends a
            // host's match.
            // A body that meets by its verb says where after the verb: "is due to meet at ministerial level in Abuja".
            int after = match.pattern().target() == Target.ORGANISATIONS ? match.toUnit() - 1 : head;
            int reach = after + (after > head ? 8 : 4) + namedAfter(head);
            for (int u = after + 1; location == null && u + 1 < Math.min(matcher.units.size(), reach); u++) {
                if (matcher.units.get(u).mention() != null
                        || !Set.of("in", "at", "near").contains(matcher.token(u).lower())) {
                    continue;
                }
                int at = townOfState(u + 1);
                Mention place = matcher.units.get(at).mention();
                String state = place == null || place.region() ? null : stateOfPlace(place);
                if (state != null) {
                    location = state;
                    end = at + 1;
                    break;
                }
            }
            // Talks a state hosts are held in it unless the sentence names another place; so is a meeting of a
            // state's body ("The war cabinet met", "a meeting of the National Security Committee").
            if (location == null && subjectHost && organiser != null && lexicon.states.containsKey(organiser)) {
                location = organiser;
            }
            if (location == null && !drills && sits(organiser) != null) {
                location = sits(organiser);
            }
            if (location == null && !drills && organiser != null && agency(organiser)) {
                location = discourse.owners(organiser, lexicon.organisations).stream()
                        .filter(lexicon.states::containsKey).findFirst().orElse(null);
            }
            // A gathering's status is its verb's ("met"), not its people's noun.
            Match status = match;
            for (int u = noun + 1; hosts != null && !subjectHost && u < match.toUnit(); u++) {
                if (matcher.units.get(u).mention() == null && matcher.token(u).pos().startsWith("VERB")) {
                    status = new Match(match.pattern(), match.fromUnit(), match.toUnit(), match.slots(),
                            matcher.units.get(u).from());
                    break;
                }
            }
            // "a second summit" is another of the same kind, not the one drafted before; its organiser, unless the
            // sentence names another, is the one that held the one before.
            boolean another = false;
            for (int u = Math.max(0, noun - 2); u < noun; u++) {
                another |= matcher.units.get(u).mention() == null
                        && lexicon.words.otherEvents().contains(matcher.token(u).lower());
            }
            Discourse.Seen earlier = null;
            for (Discourse.Seen candidate : discourse.events) {
                if (candidate.kind().equals(kind)) {
                    earlier = candidate;
                }
            }
            // "the summit", "the drills", named by nothing but their noun, are the latest of the kind the article
            // drafted, whoever the sentence is about; "a joint exercise" so named is one the article has not named.
            boolean bare = hosts == null && held == null && organiser == null && location == null;
            boolean referring = bare && !another && earlier != null && "the".equals(determiner);
            boolean introduced = !another && ("a".equals(determiner) || "an".equals(determiner));
            if (organiser == null && another && earlier != null && earlier.organiser() != null) {
                organiser = earlier.organiser();
                organiserReading = "'%s' is another of the kind, held like the one before by %s"
                        .formatted(sentence.span(matcher.units.get(Math.max(0, noun - 2)).from(),
                                matcher.units.get(noun).to()), organiser);
            }
            // "ECOWAS condemned the coup at an emergency summit in Abuja": an organisation whose sentence meets at an
            // event that names no other host is its host.
            Mention subject = mentions.stream().filter(m -> !m.region() && !m.place() && !m.fact()).findFirst()
                    .orElse(null);
            if (organiser == null && !referring && !drills && subject != null && organisation(subject.id())) {
                organiser = subject.id();
                organiserReading = "its host is %s, the organisation the sentence is about".formatted(organiser);
            }
            int nameFrom = hosts != null ? match.fromUnit() : Math.max(0, noun - (organiser == null
                    || organiserReading != null ? 0 : 1));
            String name = sentence.span(matcher.units.get(nameFrom).from(),
                    matcher.units.get(Math.min(Math.max(end, nameFrom + 1), matcher.units.size()) - 1).to());
            Discourse.Seen seen = null;
            // An event introduced by "a" is the one drafted before only when both name one place or one host.
            for (Discourse.Seen candidate : another ? List.<Discourse.Seen>of() : discourse.events) {
                boolean sameWords = placed.stream().anyMatch(p -> p.id().equals(candidate.id()));
                if (candidate.agrees(kind, location, organiser) && (!introduced || sameWords
                        || (location != null && location.equals(candidate.location()))
                        || (organiser != null && organiser.equals(candidate.organiser())))) {
                    seen = candidate;
                }
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            String id;
            if (seen != null) {
                id = seen.id();
                DraftFact before = facts.get(id);
                fields.putAll(before.fields());
                fields.putIfAbsent("location", location);
                fields.putIfAbsent("organiser", organiser);
                fields.values().removeIf(java.util.Objects::isNull);
                DraftFact again = new DraftFact(id, "Event", fields, List.of(sentence.text()), null, before.status(),
                        before.attribution(), before.hedges(), before.note(), before.confidence(), before.pattern());
                facts.replace(id, before.foundAgain(again).withFields(fields));
                discourse.events.remove(seen);
                discourse.events.add(new Discourse.Seen(id, kind, (String) fields.get("location"),
                        (String) fields.get("organiser")));
            } else {
                fields.put("name", name);
                fields.put("kind", kind);
                if (location != null) {
                    fields.put("location", location);
                }
                if (organiser != null) {
                    fields.put("organiser", organiser);
                }
                id = facts.uniqueId(slug((organiser == null ? "" : organiser + " ") + kind + " "
                        + (location == null ? "" : location), 5));
                String note = "Drafted by pattern '%s' (\"%s\"): %s%s.".formatted(match.pattern().id(),
                        match.pattern().text(), organiser == null && location == null
                                ? "the sentence names neither who holds it nor where" : "organiser and place as the "
                                + "sentence names them; later mentions of the same kind that agree are the same event",
                        organiserReading == null ? "" : "; " + organiserReading);
                id = facts.add(new DraftFact(id, "Event", fields, List.of(sentence.text()), null,
                        claim.status(status, Set.of()), claim.attribution(status.trigger()),
                        claim.hedges(status.trigger()), note,
                        organiserReading == null ? match.pattern().confidence()
                                : Math.round(match.pattern().confidence() * RESOLVED * 100) / 100.0,
                        match.pattern().id()));
                discourse.events.add(new Discourse.Seen(id, kind, location, organiser));
            }
            placed.add(new Placed(id, "Event", noun, noun + 1));
            // A state that hosts talks between others sits at them ("Malaysia hosted talks between ..."), and so does a
            // person who hosts or convenes a gathering ("Ruto convened a virtual summit of the bloc"), while an
            // organisation that holds a summit is its frame, not one of its parties. Those who hold drills are in them.
            if (hosts == null) {
                return;
            }
            // A group noun or a pronoun ("the three allies") is not expanded into the drills' parties.
            List<String> holders = hosts.mentions().stream().filter(m -> !m.region())
                    .filter(m -> !drills || (m.via() != Mention.Via.GROUP && m.via() != Mention.Via.PRONOUN))
                    .flatMap(m -> m.ids().stream()).distinct().toList();
            for (String holder : holders) {
                boolean person = discourse.represents.containsKey(holder);
                boolean hostState = subjectHost && lexicon.states.containsKey(organiser)
                        && fold(holder).equals(organiser);
                if ((drills && !holder.equals(organiser)) || (subjectHost && person) || hostState) {
                    takesPart(holder, id, facts.get(id).status(), match);
                }
                if (hostState && !drills) {
                    break;
                }
            }
        }

        /** One actor, not a list: "Djibouti, Eritrea ... and Uganda held a summit" names no one state as its host. */
        private boolean single(Binding hosts) {
            return hosts.mentions().stream().filter(m -> !m.region()).mapToLong(m -> m.ids().size()).sum() == 1;
        }

        /** "a joint exercise, Eagle Partner, near Yerevan": how many units a name set off by commas after the noun takes. */
        private int namedAfter(int noun) {
            int u = noun + 1;
            if (u >= matcher.units.size() || matcher.units.get(u).mention() != null
                    || !matcher.token(u).lower().equals(",")) {
                return 0;
            }
            int v = u + 1;
            while (v < matcher.units.size() && matcher.units.get(v).mention() == null
                    && matcher.token(v).capitalised()) {
                v++;
            }
            return v > u + 1 && v < matcher.units.size() && matcher.token(v).lower().equals(",") ? v + 1 - u : 0;
        }

        /** The article before an event's noun, past its modifiers ("a key summit", "the first such summit"), or null. */
        private String determiner(int noun) {
            for (int u = noun - 1; u >= Math.max(0, noun - 4); u--) {
                if (matcher.units.get(u).mention() != null) {
                    continue;
                }
                Token token = matcher.token(u);
                if (Set.of("a", "an", "the").contains(token.lower())) {
                    return token.lower();
                }
                if (!token.pos().startsWith("ADJ") && !token.pos().startsWith("NOUN") && !token.pos().startsWith("NUM")
                        && !token.pos().startsWith("PROPN") && !token.text().equals("-")) {
                    return null;
                }
            }
            return null;
        }

        /**
         * False when the noun is no event: "a legitimate exercise of the right to self-defence" uses a right, and
         * "China's dangerous blocking manoeuvres" are a ship's movements (`usedNouns`, `movementWords`).
         */
        private boolean usedOrMoved(int noun) {
            String word = matcher.token(noun).lower();
            if (noun + 1 < matcher.units.size() && matcher.units.get(noun + 1).mention() == null
                    && matcher.token(noun + 1).lower().equals("of")) {
                for (int u = noun + 2; u < Math.min(matcher.units.size(), noun + 4); u++) {
                    if (matcher.units.get(u).mention() == null
                            && lexicon.words.usedNouns().contains(matcher.token(u).lower())) {
                        return false;
                    }
                }
            }
            if (lexicon.words.manoeuvres().contains(word)) {
                for (int u = Math.max(0, noun - 3); u < noun; u++) {
                    if (matcher.units.get(u).mention() == null
                            && lexicon.words.movements().contains(matcher.token(u).lower())) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * "a virtual summit of the bloc", "a meeting of its Peace and Security Council": the organisation or body
         * named right after "of" (past one adjective) holds the event.
         */
        private String ofHolder(int noun) {
            int u = noun + 1;
            if (u < matcher.units.size() && matcher.units.get(u).mention() == null
                    && matcher.token(u).pos().startsWith("ADJ")) {
                u++;
            }
            if (u + 1 >= matcher.units.size() || matcher.units.get(u).mention() != null
                    || !matcher.token(u).lower().equals("of")) {
                return null;
            }
            Mention holder = matcher.units.get(u + 1).mention();
            return holder != null && !holder.region() && !holder.place()
                    && (organisation(holder.id()) || agency(holder.id())) ? holder.id() : null;
        }

        /** "a summit that he hosted", "a meeting in Brussels, hosted by Borrell": the host is the hosting verb's agent. */
        private boolean hostedBy(Match match, Binding hosts) {
            int noun = matcher.unitOfToken(match.trigger());
            if (hosts.fromUnit() < noun) {
                return false;
            }
            for (int u = noun + 1; u < match.toUnit(); u++) {
                if (matcher.units.get(u).mention() == null
                        && lexicon.words.hostVerbs().contains(matcher.token(u).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** A body of a state or of an organisation that can hold a meeting of its own: "the war cabinet". */
        private boolean agency(String id) {
            Discourse.Introduced introduced = discourse.introduced.get(id);
            Lexicon.Organisation known = lexicon.organisations.get(id);
            return (introduced != null && "AGENCY".equals(introduced.kind()))
                    || (known != null && "AGENCY".equals(known.kind()) && known.seatOf() == null);
        }

        /**
         * The state a place names: a state, a capital, or a city that also stands for a body ("in Brussels" is in
         * Belgium though "Brussels objected" is the Commission); null for anything else.
         */
        private String stateOfPlace(Mention place) {
            if (lexicon.states.containsKey(place.id())) {
                return place.id();
            }
            if (!place.place()) {
                return null;
            }
            String words = sentence.span(place.from(), place.to());
            return lexicon.states.values().stream().filter(state -> state.capitals().contains(words))
                    .map(Lexicon.State::id).findFirst().orElse(null);
        }

        /**
         * "a summit in Entebbe, Uganda": a town the gazetteer does not know, set off from its state by a comma, is in
         * that state; the unit of the state, else the unit given.
         */
        private int townOfState(int unit) {
            int u = unit;
            while (u < matcher.units.size() && matcher.units.get(u).mention() == null
                    && matcher.token(u).pos().startsWith("PROPN")) {
                u++;
            }
            boolean town = u > unit && u + 1 < matcher.units.size() && matcher.units.get(u).mention() == null
                    && matcher.token(u).lower().equals(",") && matcher.units.get(u + 1).mention() != null;
            // "in Geneva, Brazil said" and "in Geneva, Brazil and Chile ..." start another clause.
            int after = u + 2;
            boolean closed = after >= matcher.units.size() || (matcher.units.get(after).mention() == null
                    && (matcher.token(after).pos().startsWith("PUNCT") || matcher.token(after).pos().startsWith("ADP")));
            return town && closed ? u + 1 : unit;
        }

        /** An agency of a state (its parliament, its cabinet), read from the gazetteer or the article's introductions. */
        private boolean stateBody(String id) {
            return agency(id) && discourse.owners(id, lexicon.organisations).stream()
                    .anyMatch(lexicon.states::containsKey);
        }

        /** The state a body meets in when the sentence names no place (`sits`), or null. */
        private String sits(String body) {
            Lexicon.Organisation known = body == null ? null : lexicon.organisations.get(body);
            return known == null ? null : known.sits();
        }

        /** An organisation that can hold an event: one of the lexicon's, not a seat of government. */
        private boolean organisation(String id) {
            return lexicon.organisations.containsKey(id) && lexicon.organisations.get(id).seatOf() == null;
        }

        /**
         * "the Japanese Air Force participated in the largest deployment exercise", "Kishida will be joined in
         * Vilnius by leaders from South Korea, Australia and New Zealand": who takes part in which event (the one the
         * {event} slot names, else the one held where the sentence names). An event's organiser is its host, not a
         * participant.
         */
        private void participation(Match match) {
            String event = null;
            Binding slot = match.slots().get("event");
            if (slot != null && slot.fromUnit() == match.fromUnit()) {
                // "a summit in Harare on Friday, chaired by ...": an event the words open on is the one named nearest
                // before them, wherever the gap lets the match start.
                event = placed.stream().filter(p -> p.type().equals("Event") && p.fromUnit() >= slot.fromUnit()
                        && p.fromUnit() < match.toUnit()).map(Placed::id).reduce((first, last) -> last).orElse(null);
            } else if (slot != null) {
                event = placed.stream().filter(p -> p.type().equals("Event") && p.fromUnit() >= slot.fromUnit()
                        && p.fromUnit() <= slot.fromUnit() + 4).map(Placed::id).findFirst().orElse(null);
                if (event == null && definiteEventNoun(slot.fromUnit())) {
                    event = latestEvent();
                }
            } else {
                for (int u = match.fromUnit(); u < match.toUnit() && event == null; u++) {
                    Mention place = matcher.units.get(u).mention();
                    if (place != null && place.place()) {
                        event = discourse.events.stream().filter(seen -> place.id().equals(seen.location()))
                                .map(Discourse.Seen::id).reduce((first, last) -> last).orElse(null);
                    }
                }
            }
            if (event == null && slot == null && objectless(match) && namesAnEvent()) {
                event = latestEvent();
            }
            if (event == null) {
                return;
            }
            Object organiser = facts.get(event).field("organiser");
            List<String> actors = new ArrayList<>(subjects(match, "from"));
            Binding others = match.slots().get("to");
            if (others != null) {
                others.mentions().stream().filter(m -> !m.region()).forEach(m -> actors.addAll(m.ids()));
            }
            // "talks in Doha between Chad and Sudan" says no more of who took part than of the talks: with no verb
            // of its own, a participation is held as firmly as the event its sentence drafted.
            String chosen = event;
            boolean named = placed.stream().anyMatch(p -> p.id().equals(chosen));
            FactStatus held = facts.get(event).status();
            FactStatus status = !sentence.tokens().get(match.trigger()).pos().startsWith("VERB") && named
                    ? held : claim.status(match, Set.of());
            // "is to hold a summit on Friday, chaired by ...": a place at an event still ahead is still ahead.
            if (named && held.ordinal() >= FactStatus.PLANNED.ordinal()) {
                status = status.weaker(held);
            }
            for (String actor : actors) {
                if (fold(actor).equals(organiser)) {
                    continue;
                }
                takesPart(actor, event, status, match);
            }
        }

        /** "... also attended.", "attended as chair of the bloc": the verb ends its clause, taking no object. */
        private boolean objectless(Match match) {
            int next = matcher.units.get(match.toUnit() - 1).to();
            return next >= sentence.tokens().size() || sentence.tokens().get(next).pos().startsWith("PUNCT")
                    || sentence.tokens().get(next).lower().equals("as");
        }

        /** "the meeting", "the summit": the sentence refers back to an event by a definite noun. */
        private boolean namesAnEvent() {
            for (int u = 0; u < matcher.units.size(); u++) {
                if (definiteEventNoun(u)) {
                    return true;
                }
            }
            return false;
        }

        private boolean definiteEventNoun(int unit) {
            return unit + 1 < matcher.units.size() && matcher.units.get(unit).mention() == null
                    && matcher.units.get(unit + 1).mention() == null && matcher.token(unit).lower().equals("the")
                    && lexicon.words.events().contains(matcher.token(unit + 1).lower());
        }

        /** The event the article drafted last, which a definite event noun with no place of its own refers back to. */
        private String latestEvent() {
            return discourse.events.isEmpty() ? null : discourse.events.get(discourse.events.size() - 1).id();
        }

        private void takesPart(String actor, String event, FactStatus status, Match match) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("actor", actor);
            fields.put("event", event);
            facts.add(new DraftFact(facts.uniqueId(slug(actor, 2) + "-at-" + slug(event, 4)), "Participation",
                    fields, List.of(sentence.text()), null, status, claim.attribution(),
                    claim.hedges(match.trigger()), note(match), confidence(match), match.pattern().id()));
        }

        /**
         * "NATO member Turkey", "Hungary is a member of the EU": each state {from} names belongs to the organisation
         * {to} names.
         */
        private void membership(Match match) {
            List<String> organisations = subjects(match, "to").stream().map(this::fold)
                    .filter(id -> lexicon.organisations.containsKey(id) && lexicon.organisations.get(id).seatOf() == null)
                    .distinct().toList();
            List<String> members = subjects(match, "from").stream().map(this::fold)
                    .filter(lexicon.states::containsKey).distinct().toList();
            if (organisations.size() != 1) {
                return;
            }
            for (String member : members) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("member", member);
                fields.put("organisation", organisations.get(0));
                facts.add(new DraftFact(facts.uniqueId(slug(organisations.get(0), 2) + "-" + slug(member, 2)),
                        "Membership", fields, List.of(sentence.text()), null, claim.status(match, Set.of()),
                        claim.attribution(match.trigger()), claim.hedges(match.trigger()), note(match),
                        confidence(match), match.pattern().id()));
            }
        }

        /**
         * "NATO's area of responsibility is the Euro-Atlantic", "beyond its North Atlantic area": the region the
         * organisation answers for.
         */
        private void area(Match match) {
            List<String> organisations = subjects(match, "from").stream().map(this::fold)
                    .filter(id -> lexicon.organisations.containsKey(id) && lexicon.organisations.get(id).seatOf() == null)
                    .distinct().toList();
            Binding where = match.slots().get("to");
            List<String> regions = where == null ? List.of() : where.mentions().stream().filter(Mention::region)
                    .map(Mention::id).distinct().toList();
            if (organisations.size() != 1) {
                return;
            }
            for (String region : regions) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("organisation", organisations.get(0));
                fields.put("region", region);
                facts.add(new DraftFact(facts.uniqueId(slug(organisations.get(0), 2) + "-area-" + slug(region, 4)),
                        "AreaOfResponsibility", fields, List.of(sentence.text()), null, claim.status(match, Set.of()),
                        claim.attribution(match.trigger()), claim.hedges(match.trigger()), note(match),
                        confidence(match), match.pattern().id()));
            }
        }

        /**
         * "security in the Indo-Pacific and Europe is inseparable": a claim that two regions' security is linked, by
         * whoever the sentence says makes it (a person's claim is its state's, voiced by the person), else the subject.
         */
        private void linkage(Match match) {
            List<String> regions = match.slots().values().stream()
                    .sorted(Comparator.comparingInt(Binding::fromUnit)).flatMap(binding -> binding.mentions().stream())
                    .filter(Mention::region).map(Mention::id).distinct().toList();
            String speaker = claim.attribution();
            boolean named = discourse.represents.containsKey(speaker) || lexicon.states.containsKey(speaker)
                    || lexicon.organisations.containsKey(speaker);
            List<String> subjects = named ? List.of(speaker) : subjects(match, "actor");
            if (regions.size() != 2 || subjects.isEmpty()) {
                return;
            }
            String actor = fold(subjects.get(0));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("actor", actor);
            fields.put("region", regions.get(0));
            fields.put("otherRegion", regions.get(1));
            if (!actor.equals(subjects.get(0))) {
                fields.put("voicedBy", subjects.get(0));
            }
            regions.forEach(region -> draftRegion(region, null, facts, discourse));
            String id = facts.uniqueId("claim-" + slug(actor, 2) + "-" + slug(regions.get(0), 3) + "-"
                    + slug(regions.get(1), 3));
            facts.add(new DraftFact(id, "LinkageClaim", fields, List.of(sentence.text()), null,
                    claim.status(match, Set.of()), claim.attribution(match.trigger()), claim.hedges(match.trigger()),
                    note(match),
                    confidence(match), match.pattern().id()));
        }

        /**
         * "enhancing partnerships with the four Indo-Pacific nations": an organisation's partnership with each state,
         * which the words take as standing (so OCCURRED), drafted beside the relation.
         */
        private void presumed(Match match, String source, String target) {
            String organisation = fold(source);
            Lexicon.Organisation known = lexicon.organisations.get(organisation);
            if (known == null || known.seatOf() != null || !lexicon.states.containsKey(fold(target))) {
                return;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("partner", fold(target));
            fields.put("organisation", organisation);
            String note = "Presumed by pattern '%s' (\"%s\"): the words take the partnership as standing.".formatted(
                    match.pattern().id(), match.pattern().text());
            facts.add(new DraftFact(facts.uniqueId("partner-" + slug(organisation, 2) + "-" + slug(fold(target), 2)),
                    "Partnership", fields, List.of(sentence.text()), null, FactStatus.OCCURRED.weaker(claim.hedged()),
                    claim.attribution(), claim.hedges(), note, confidence(match), match.pattern().id()));
        }

        private void initiative(Match match) {
            if (match.pattern().target() == Target.FORCE) {
                forceUnder(match);
                return;
            }
            Binding what = match.pattern().target() == Target.BODY ? text(match.slots().get("what"))
                    : match.slots().get("what");
            if (what == null) {
                return;
            }
            List<String> owners = subjects(match, "from");
            // "Its first project is to help Australia build ...": a named owner is the owner, whoever the plan names.
            Mention before = possessiveBefore(match.fromUnit());
            String organisation = match.pattern().target() == Target.BODY ? body()
                    : match.slots().containsKey("from") && !owners.isEmpty() ? fold(owners.get(0))
                    : before != null && collective(fold(before.id())) ? fold(before.id())
                    : what.mentions().stream().filter(m -> !m.region() && m.possessive() && !m.fact())
                    .map(m -> fold(m.id())).findFirst()
                    .or(() -> what.mentions().stream().filter(m -> !m.region() && !m.place() && !m.fact())
                            .map(m -> fold(m.id())).findFirst())
                    .orElse(owners.isEmpty() ? null : fold(owners.get(0)));
            // "Seoul's plan to launch its own satellite" is a state's own policy, which no organisation decides and no
            // member takes a stance in; only a force a state assembles for others to join (a coalition, a mission, not
            // its own troops) is an initiative of its own.
            if (organisation == null || (!collective(organisation) && !assembled(match.fromUnit(), what.toUnit()))) {
                return;
            }
            String added = plan(match, what, organisation, match.fromUnit(), null);
            // "a US-drafted resolution": who drafted a body's text supports it.
            if (match.pattern().stance() != null && match.slots().containsKey("actor")) {
                for (String sponsor : subjects(match, "actor")) {
                    position(match, sponsor, added, match.pattern().stance());
                }
            }
        }

        /**
         * A body's text in a phrase: from its first noun of `textNouns` ("voted on a draft resolution", "the council
         * adopted a resolution, drafted by France"), with the article and modifiers before it; null when the phrase
         * names no text ("voted on Monday").
         */
        private Binding text(Binding what) {
            for (int u = what.fromUnit(); u < what.toUnit(); u++) {
                if (matcher.units.get(u).mention() == null && matcher.token(u).pos().startsWith("NOUN")
                        && lexicon.words.textNouns().contains(matcher.token(u).lemma())) {
                    int start = u;
                    while (start > what.fromUnit() && matcher.units.get(start - 1).mention() == null
                            && Set.of("DET", "ADJ", "NUM").contains(matcher.token(start - 1).pos())) {
                        start--;
                    }
                    return new Binding(matcher.mentionsIn(start, what.toUnit()), start, what.toUnit());
                }
            }
            return null;
        }

        /**
         * The initiative of {@code organisation} that {@code what} words, drafted from the match (its status, its
         * attribution); {@code reading}, when not null, says how the plan was found, for the note. Its id.
         */
        private String plan(Match match, Binding what, String organisation, int from, String reading) {
            // "a statement condemning the strike in Damascus": a plan about a place lies in that state's region; so
            // does one with a state ("talks with Ukraine", "a mission to Haiti"), the owner aside.
            String planOwner = organisation;
            String region = what.mentions().stream().filter(Mention::region).map(Mention::id).findFirst()
                    .or(() -> what.mentions().stream().filter(m -> m.place() && !m.region() && !m.fact())
                            .map(m -> lexicon.states.get(m.id())).filter(Objects::nonNull)
                            .map(Lexicon.State::region).findFirst())
                    .or(() -> what.mentions().stream().filter(m -> !m.region() && !m.fact() && !m.possessive()
                                    && PLAN_PARTIES.contains(wordBefore(m)))
                            .map(m -> fold(m.id())).filter(id -> !id.equals(planOwner))
                            .map(lexicon.states::get).filter(Objects::nonNull)
                            .map(Lexicon.State::region).findFirst())
                    // "Norway's accession to the African Union", "Norway's bid to join the bloc": the state whose plan
                    // it is, by its possessive before the plan's noun, is where it lies.
                    .or(() -> Optional.ofNullable(possessiveBefore(from)).map(m -> fold(m.id()))
                            .filter(id -> !id.equals(planOwner)).map(lexicon.states::get)
                            .map(Lexicon.State::region))
                    // "blocked Sweden's NATO membership bid": so is the state whose possessive opens the plan's words.
                    .or(() -> Optional.ofNullable(matcher.units.get(what.fromUnit()).mention())
                            .filter(m -> m.possessive() && !m.region() && !m.fact()).map(m -> fold(m.id()))
                            .filter(id -> !id.equals(planOwner)).map(lexicon.states::get)
                            .map(Lexicon.State::region))
                    .orElse(null);
            // "a bid to join NATO": a plan that is only a name is named with its verb.
            int nameFrom = headNoun(what) == null && what.fromUnit() > 0 ? what.fromUnit() - 1 : what.fromUnit();
            // "Finland's accession to NATO", "Sweden's bid to join NATO": a plan's noun before its words, after the
            // possessive of the state whose plan it is, names it with that state.
            Mention whose = from > 0 ? matcher.units.get(from - 1).mention() : null;
            if (from < what.fromUnit() && matcher.units.get(from).mention() == null
                    && matcher.token(from).pos().startsWith("NOUN") && what.fromUnit() - from <= PLAN_NAME_REACH
                    && whose != null && whose.possessive() && !whose.fact() && lexicon.states.containsKey(whose.id())) {
                nameFrom = from - 1;
            }
            // A phrase cut at its longest ends on a whole word: "a task force to protect shipping", not "... in the";
            // and before a time ("Sweden's NATO membership bid on Monday" is the bid, not the day).
            int nameTo = what.toUnit();
            for (int u = Math.max(nameFrom, what.fromUnit()) + 1; u < nameTo; u++) {
                // "an office in Tokyo drew criticism": a finite verb after the plan's last noun is the sentence's.
                Token word = matcher.token(u);
                boolean afterNoun = matcher.units.get(u - 1).mention() != null
                        || matcher.token(u - 1).pos().startsWith("NOUN");
                if (matcher.units.get(u).mention() == null && word.pos().startsWith("VERB") && afterNoun
                        && !word.lower().endsWith("ing") && !word.lower().equals(word.lemma())) {
                    nameTo = u;
                    break;
                }
                if (u + 1 >= nameTo) {
                    break;
                }
                if (matcher.units.get(u).mention() == null && matcher.token(u).pos().startsWith("ADP")
                        && matcher.units.get(u + 1).mention() == null
                        && (lexicon.words.times().contains(matcher.token(u + 1).lower())
                        || matcher.token(u + 1).pos().startsWith("NUM"))) {
                    nameTo = u;
                    break;
                }
            }
            while (nameTo - 1 > nameFrom && matcher.units.get(nameTo - 1).mention() == null
                    && Set.of("DET", "ADP", "CCONJ", "PART", "PRON").contains(matcher.token(nameTo - 1).pos())) {
                nameTo--;
            }
            String name = sentence.span(matcher.units.get(nameFrom).from(), matcher.units.get(nameTo - 1).to());
            String note = "Drafted by pattern '%s' (\"%s\"): %sthe plan is %s.".formatted(match.pattern().id(),
                    match.pattern().text(), reading == null ? "" : reading + "; ",
                    region == null ? UNPLACED_NOTE : "placed where the sentence puts it");
            boolean unplaced = region == null;
            if (region == null) {
                region = "world";
            }
            Lexicon.Organisation decider = lexicon.organisations.get(organisation);
            String decides = decider == null || decider.decides() == null ? null : decider.decides();
            if (decides == null) {
                note += " The lexicon does not say how %s decides, so MAJORITY is assumed.".formatted(organisation);
                decides = "MAJORITY";
            }
            draftRegion(region, null, facts, discourse);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("organisation", organisation);
            fields.put("region", region);
            fields.put("decidedBy", decides);
            String base = slug(name, 6);
            String owner = slug(organisation, 2);
            String id = facts.uniqueId(base.startsWith(owner) ? base : owner + "-" + base);
            double confidence = reading == null ? match.pattern().confidence()
                    : Math.round(match.pattern().confidence() * RESOLVED * 100) / 100.0;
            String added = facts.add(new DraftFact(id, "Initiative", fields, List.of(sentence.text()), null,
                    claim.status(match, Set.of()), claim.attribution(match.trigger()), claim.hedges(match.trigger()),
                    note,
                    confidence, match.pattern().id()));
            placed.add(new Placed(added, "Initiative", from, what.toUnit()));
            if (unplaced && !discourse.unplaced.contains(added)) {
                discourse.unplaced.add(added);
            }
            discourse.initiatives.put(organisation, added);
            discourse.latestInitiative = added;
            // "the activation of the bloc's standby force", "launched a naval mission to escort ships": a force.
            if (holdsForce(match.fromUnit(), what.toUnit())) {
                discourse.forces.remove(added);
                discourse.forces.add(added);
            }
            String head = headNoun(what);
            if (head != null) {
                discourse.named(head, added);
            }
            startingAt.put(what.fromUnit(), added);
            startingAt.putIfAbsent(from, added);
            return added;
        }

        /**
         * "Hungary vetoed a revision of the EU's budget", "Pashinyan refused to sign a declaration on assistance to
         * Armenia": the object of a stance that no drafted plan names is an organisation's decision when its head noun
         * is one of `decisionNouns` and an organisation owns it: one its words name (a possessive first, "the EU's"),
         * else the body the sentence names, else the one the article named last (as for a body's text). That decision
         * is drafted as an initiative, from the object's words; a state's own decision ("Japan's plan") is none.
         * Its id, or null.
         */
        private String decisionObject(Match match, int unit) {
            int start = unit;
            if (start < matcher.units.size() && matcher.units.get(start).mention() == null
                    && Set.of("DET", "PRON").contains(matcher.token(start).pos())) {
                start++;
            }
            if (start >= matcher.units.size() || matcher.units.get(start).mention() != null
                    && !matcher.units.get(start).mention().possessive()) {
                return null;
            }
            int end = matcher.phraseEnd(start);
            if (end <= start) {
                return null;
            }
            String head = headNoun(new Binding(List.of(), start, end));
            if (head == null || !lexicon.words.decisionNouns().contains(head)) {
                return null;
            }
            // "Chile backed its membership of the OAS": after the actor's own possessive it is a membership held.
            if (lexicon.words.heldNouns().contains(head) && start > unit
                    && Set.of("its", "their").contains(matcher.token(unit).lower())) {
                return null;
            }
            List<Mention> own = matcher.mentionsIn(start, end);
            // "a revision of the EU's budget that included funds for Ukraine": a relative clause says what it does.
            if (end + 1 < matcher.units.size() && matcher.units.get(end).mention() == null
                    && RELATIVE_PRONOUNS.contains(matcher.token(end).lower())) {
                end = Math.max(end, matcher.phraseEnd(end + 1));
            }
            Binding what = new Binding(matcher.mentionsIn(start, end), start, end);
            // "the plan" alone refers back to a plan drafted before, and with none to nothing; "a declaration" or "the
            // declaration on assistance to Armenia" says what it is.
            boolean indefinite = start > unit && Set.of("a", "an").contains(matcher.token(unit).lower());
            boolean bare = !lexicon.words.textNouns().contains(head) || !indefinite
                    && matcher.units.get(end - 1).mention() == null && matcher.token(end - 1).lemma().equals(head);
            String owner = own.stream().filter(m -> !m.region() && !m.fact() && m.possessive())
                    .map(m -> fold(m.id())).filter(this::collective).findFirst()
                    .or(() -> own.stream().filter(m -> !m.region() && !m.fact())
                            .map(m -> fold(m.id())).filter(this::collective).findFirst())
                    .orElseGet(() -> bare || own.stream()
                            .anyMatch(m -> !m.region() && !m.fact() && m.possessive()) ? null : body());
            if (owner == null) {
                return null;
            }
            return plan(match, what, owner, start, "the object of the stance, '%s', read as a decision of %s"
                    .formatted(sentence.span(matcher.units.get(start).from(), matcher.units.get(end - 1).to()), owner));
        }

        /**
         * "the alliance's plan to send more troops", "NATO's new plan to": the possessive before a plan's noun (past a
         * modifier or two) is its owner; null when none stands there.
         */
        private Mention possessiveBefore(int unit) {
            for (int u = unit - 1; u >= Math.max(0, unit - 3); u--) {
                Mention mention = matcher.units.get(u).mention();
                if (mention != null) {
                    return mention.possessive() && !mention.region() && !mention.fact() ? mention : null;
                }
                if (!Set.of("ADJ", "NUM").contains(matcher.token(u).pos())) {
                    return null;
                }
            }
            return null;
        }

        /** Whether the words name a force others join (a word of `forceReferences`: a coalition, a mission). */
        private boolean assembled(int from, int to) {
            for (int u = from; u < to; u++) {
                if (matcher.units.get(u).mention() == null
                        && lexicon.words.forceReferences().contains(matcher.token(u).lemma())) {
                    return true;
                }
            }
            return false;
        }

        /** The word before a mention, in lower case ("with" in "talks with Ukraine"), else "". */
        private String wordBefore(Mention mention) {
            int before = mention.from() - 1;
            if (before > 0 && sentence.tokens().get(before).lower().equals("the")) {
                before--;
            }
            return before < 0 ? "" : sentence.tokens().get(before).lower();
        }

        /** Whether the words between the units name a force to be sent (a word of `forceNouns`). */
        private boolean holdsForce(int from, int to) {
            for (int u = from; u < to; u++) {
                if (matcher.units.get(u).mention() == null && (lexicon.words.forces().contains(matcher.token(u).lower())
                        || lexicon.words.forces().contains(matcher.token(u).lemma()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "The operation is to run under the Combined Maritime Forces": the latest force the article drafted a plan
         * for is that organisation's, whoever assembles it; its evidence gains the sentence. Nothing without a force
         * drafted before, or with no one organisation named.
         */
        private void forceUnder(Match match) {
            String force = latestForce();
            List<String> owners = subjects(match, "from").stream().map(this::fold)
                    .filter(id -> lexicon.organisations.containsKey(id) && lexicon.organisations.get(id).seatOf() == null)
                    .distinct().toList();
            if (force == null || owners.size() != 1) {
                return;
            }
            DraftFact plan = facts.get(force);
            Map<String, Object> fields = new LinkedHashMap<>(plan.fields());
            fields.put("organisation", owners.get(0));
            Lexicon.Organisation decider = lexicon.organisations.get(owners.get(0));
            if (decider.decides() != null) {
                fields.put("decidedBy", decider.decides());
            }
            List<String> evidence = new ArrayList<>(plan.evidence());
            if (!evidence.contains(sentence.text())) {
                evidence.add(sentence.text());
            }
            String note = plan.note() + " Its organisation is %s, as pattern '%s' reads (\"%s\").".formatted(
                    owners.get(0), match.pattern().id(), match.pattern().text());
            facts.replace(force, new DraftFact(force, "Initiative", fields, evidence, plan.reference(), plan.status(),
                    plan.attribution(), plan.hedges(), note, plan.confidence(), plan.pattern()));
            discourse.initiatives.put(owners.get(0), force);
        }

        /** The plan's head noun, as a lemma: the last noun before a preposition ("office" in "first office in Asia"). */
        private String headNoun(Binding what) {
            String head = null;
            for (int u = what.fromUnit(); u < what.toUnit(); u++) {
                if (matcher.units.get(u).mention() != null) {
                    continue;
                }
                Token token = matcher.token(u);
                if (token.pos().startsWith("NOUN")) {
                    head = token.lemma();
                } else if (head != null && token.pos().startsWith("ADP")) {
                    break;
                }
            }
            return head;
        }

        private void relation(Match match) {
            Pattern pattern = match.pattern();
            if (pattern.target() == Target.EACH_OTHER) {
                eachOther(match);
                return;
            }
            if (pattern.kind() != null && verbalKinds().contains(pattern.kind()) && forcesAsSubject(match)) {
                return;
            }
            List<String> sources = subjects(match, "from");
            if (sources.isEmpty() || (pair(match) && leftOut(match.slots().get("from").fromUnit(),
                    List.of(sources.get(0), subjects(match, "to").get(0))))) {
                return;
            }
            if (pattern.target() == Target.ECHO) {
                echo(match, sources);
                return;
            }
            List<String> targets = pattern.target() == Target.GRIEVANCE ? List.of() : targets(match, sources);
            if (targets.isEmpty() && pattern.target() != Target.GRIEVANCE) {
                return;
            }
            String firstId = null;
            for (String source : sources) {
                for (String target : pattern.target() == Target.GRIEVANCE ? grievances(match, source) : targets) {
                    if (fold(source).equals(fold(target)) || visitedPerson(pattern, target)) {
                        continue;
                    }
                    boolean initiative = facts.typeOf(target).equals("Initiative");
                    if (initiative) {
                        actedOnPlans.add(match.trigger());
                    }
                    String id = initiative && pattern.stance() != null && decides(source, target)
                            ? position(match, source, target, pattern.stance())
                            : pattern.implies() != null && !initiative
                            ? addRelation(match, source, implied(match, source, target))
                            : facts.typeOf(target).equals("Relation") && lexicon.kindsOnActs.containsKey(pattern.kind())
                            ? addRelation(match, lexicon.kindsOnActs.get(pattern.kind()), source, target,
                                    claim.status(match, verbalKinds()), note(match))
                            : addRelation(match, source, target);
                    if (pattern.symmetric() && !initiative) {
                        addRelation(match, target, source);
                    }
                    if (pattern.presumes() == Pattern.Presumed.PARTNERSHIP && !initiative) {
                        presumed(match, source, target);
                    }
                    if (firstId == null) {
                        firstId = id;
                    }
                }
            }
            placeRelation(match, firstId);
        }

        /** "The two leaders signed a treaty": {from} and {to} are the two of one group (Matcher#pairOfGroup). */
        private boolean pair(Match match) {
            Binding from = match.slots().get("from");
            Binding to = match.slots().get("to");
            return from != null && to != null && from.fromUnit() == to.fromUnit();
        }

        /**
         * "Minister Tanaka and visiting Chilean counterpart Mario Soto agreed": the object of a kind of `placeKinds` is
         * where the subject goes, so a person is never it; "visiting" before a person names the visitor, and "the visit
         * Ruto paid" the one who paid it, not whom the sentence's subject visits.
         */
        private boolean visitedPerson(Pattern pattern, String target) {
            return lexicon.words.placeKinds().contains(pattern.kind()) && discourse.represents.containsKey(target);
        }

        /**
         * "A contingent of Russian military personnel arrived in Ouagadougou": forces that arrive, or are sent, do no
         * verbal act (they neither visit a government nor meet it), so a pattern of a verbal kind whose implicit
         * subject is forces (a word of `forceNouns` in the subject's mention or in the nouns right after it, "Russian
         * military personnel") drafts nothing; what the subject does to forces ("massed troops") is no matter.
         */
        private boolean forcesAsSubject(Match match) {
            if (match.slots().containsKey("from")) {
                return false;
            }
            Mention subject = implicitSubject(match);
            if (subject == null || subject.to() > match.trigger()) {
                return false;
            }
            List<Token> tokens = sentence.tokens();
            int end = subject.to();
            while (end < match.trigger() && tokens.get(end).pos().startsWith("NOUN")) {
                end++;
            }
            for (int k = subject.from(); k < end; k++) {
                if (lexicon.words.forces().contains(tokens.get(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** Where in the sentence the match's first relation was drafted, for the acts on it that follow. */
        private void placeRelation(Match match, String firstId) {
            if (firstId != null) {
                placed.add(new Placed(firstId, "Relation", match.fromUnit(), match.toUnit()));
                startingAt.putIfAbsent(match.fromUnit(), firstId);
            }
        }

        /**
         * "He met Vietnam's president, To Lam, and the two countries signed agreements": a state the sentence names
         * before a group of two that acts as a pair is one of the pair, so a pair read without it (the two states
         * named before) is misread, and pairs no one.
         */
        private boolean leftOut(int unit, List<String> pair) {
            Set<String> folded = pair.stream().map(this::fold).collect(java.util.stream.Collectors.toSet());
            for (int u = 0; u < unit; u++) {
                Mention mention = matcher.units.get(u).mention();
                if (mention != null && !mention.region() && !mention.fact() && !mention.place()
                        && mention.ids().stream().map(this::fold)
                        .anyMatch(id -> lexicon.states.containsKey(id) && !folded.contains(id))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Chile, Peru and Bolivia held joint drills": one relation for each pair of the subjects, from the one named
         * first, as the curated packs draw an act of two. Only a list of actors named one by one counts: a group ("the
         * three allies") or a pronoun ("they") is a reading of whom it means, and a wrong reading would make a false
         * relation for every pair; a group of two ("the two leaders", "both countries") is one pair, one relation.
         */
        private void eachOther(Match match) {
            List<String> named = new ArrayList<>();
            List<Mention> subjects = match.slots().get("from").mentions();
            // "The two leaders met": a group of exactly two, alone, is the pair, as "Putin and Kim met" names it.
            if (subjects.size() == 1 && subjects.get(0).via() == Mention.Via.GROUP && subjects.get(0).ids().size() == 2
                    && !subjects.get(0).region()) {
                if (!leftOut(match.slots().get("from").fromUnit(), subjects.get(0).ids())) {
                    placeRelation(match, addRelation(match, subjects.get(0).ids().get(0), subjects.get(0).ids().get(1)));
                }
                return;
            }
            for (Mention mention : subjects) {
                if (mention.region() || mention.ids().size() != 1 || mention.via() == Mention.Via.GROUP
                        || mention.via() == Mention.Via.SUBJECT_PRONOUN || mention.via() == Mention.Via.OBJECT_PRONOUN
                        || mention.via() == Mention.Via.PRONOUN) {
                    return;
                }
                if (named.stream().noneMatch(id -> fold(id).equals(fold(mention.id())))) {
                    named.add(mention.id());
                }
            }
            String firstId = null;
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    String id = addRelation(match, named.get(i), named.get(j));
                    firstId = firstId == null ? id : firstId;
                }
            }
            placeRelation(match, firstId);
        }

        /**
         * "The Emirates welcomed the deal, and so did Qatar": the relation the sentence drafted last before the words,
         * of the same kind and object, for each new subject; nothing when the sentence drafted none before them.
         */
        private void echo(Match match, List<String> sources) {
            Placed last = null;
            for (Placed p : placed) {
                if (p.type().equals("Relation") && p.toUnit() <= match.fromUnit()
                        && (last == null || p.fromUnit() > last.fromUnit())) {
                    last = p;
                }
            }
            if (last == null) {
                return;
            }
            DraftFact echoed = facts.get(last.id());
            String kind = String.valueOf(echoed.field("kind"));
            String target = String.valueOf(echoed.field("to"));
            for (String source : sources) {
                if (!fold(source).equals(fold(target)) && !fold(source).equals(fold(String.valueOf(echoed.field("from"))))) {
                    addRelation(match, kind, source, target, claim.status(match, verbalKinds()), note(match));
                }
            }
        }

        /**
         * Whether the actor has a say in the initiative: the organisation that decides it, or a member of it as the
         * article says. Only then is its act on the plan a stance in the decision (a Position); anyone else's
         * objection is a relation to the plan.
         */
        private boolean decides(String actor, String initiative) {
            Object organisation = facts.get(initiative).field("organisation");
            String folded = fold(actor);
            return folded.equals(organisation) || facts.all().stream().anyMatch(fact -> fact.type().equals("Membership")
                    && folded.equals(fact.field("member")) && organisation.equals(fact.field("organisation")));
        }

        /**
         * "cancelled its contract with France's Naval Group": one cancels only what was agreed, so the agreement is
         * drafted too, between the same two, as done; the cancellation points at it.
         */
        private String implied(Match match, String source, String target) {
            String kind = match.pattern().implies();
            return addRelation(match, kind, source, target, FactStatus.OCCURRED,
                    "Implied by pattern '%s' (\"%s\"): what it undoes was agreed between the two.".formatted(
                            match.pattern().id(), match.pattern().text()));
        }

        private String addRelation(Match match, String source, String target) {
            return addRelation(match, match.pattern().kind(), source, target, claim.status(match, verbalKinds()),
                    note(match));
        }

        private String addRelation(Match match, String kind, String source, String target, FactStatus status,
                                   String note) {
            Pattern pattern = match.pattern();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("kind", kind);
            fields.put("from", source);
            fields.put("to", target);
            String id = "rel-" + slug(source, 2) + "-" + slug(kind, 4) + "-"
                    + slug(target.startsWith("rel-") ? target.substring(4) : target, 8);
            String added = facts.add(new DraftFact(facts.uniqueId(id), "Relation", fields, List.of(sentence.text()),
                    null, status, claim.attribution(match.trigger()), claim.hedges(match.trigger()), note,
                    confidence(match),
                    pattern.id()));
            java.util.Set<String> sides = new java.util.HashSet<>();
            for (String side : List.of(source, target)) {
                sides.addAll(discourse.owners(side, lexicon.organisations));
            }
            discourse.parties.put(added, sides);
            lexicon.actNouns.forEach((noun, named) -> {
                if (named.contains(kind)) {
                    discourse.named(noun, added);
                }
            });
            return added;
        }

        private String position(Match match, String actor, String initiative, String stance) {
            if (stance == null) {
                return null;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            String folded = fold(actor);
            fields.put("actor", folded);
            fields.put("initiative", initiative);
            fields.put("stance", stance);
            if (!folded.equals(actor)) {
                fields.put("voicedBy", actor);
            }
            String id = facts.uniqueId("pos-" + slug(folded, 2) + "-" + slug(initiative, 6));
            return facts.add(new DraftFact(id, "Position", fields, List.of(sentence.text()), null,
                    claim.status(match, Set.of()), claim.attribution(match.trigger()), claim.hedges(match.trigger()),
                    note(match),
                    confidence(match), match.pattern().id()));
        }

        private void position(Match match) {
            if (actedOnPlans.contains(match.trigger())) {
                return;
            }
            boolean vote = match.pattern().target() == Target.VOTE;
            if (vote && !match.pattern().hasSlot("initiative") && !match.pattern().hasSlot("actor") && !castAlone(match)) {
                return;
            }
            List<String> actors = subjects(match, "actor");
            String initiative = actors.isEmpty() ? null : initiativeFor(match);
            if (initiative == null) {
                return;
            }
            // "Kenya's parliament voted in favour of Norway's accession": a state's body votes in its own chamber, not
            // at a meeting of the body whose plan it is.
            String meeting = vote && actors.stream().anyMatch(actor -> !stateBody(actor))
                    ? voteMeeting(match, initiative) : null;
            for (String actor : actors) {
                String added = position(match, actor, initiative, match.pattern().stance());
                if (meeting != null && added != null && !stateBody(actor)) {
                    takesPart(actor, meeting, facts.get(added).status(), match);
                }
            }
        }

        /**
         * "Chile voted against; Peru abstained": a vote whose words name no plan ends its clause, since "voted against
         * the first time" or "voted for Boric" casts no vote on a plan; what follows is a mark, a conjunction, an
         * adverb or a preposition of time or place ("voted against on Monday"), never "of" or a noun phrase.
         */
        private boolean castAlone(Match match) {
            int next = matcher.units.get(match.toUnit() - 1).to();
            if (next >= sentence.tokens().size()) {
                return true;
            }
            if (match.toUnit() < matcher.units.size() && matcher.units.get(match.toUnit()).mention() != null) {
                return false;
            }
            Token token = sentence.tokens().get(next);
            String pos = token.pos();
            return pos.startsWith("PUNCT") || pos.startsWith("CCONJ") || pos.startsWith("ADV")
                    || (pos.startsWith("ADP") && !Set.of("of", "for", "against").contains(token.lower()));
        }

        /**
         * The meeting at which a vote on a body's plan is cast: an event its sentence names, else the latest the
         * article drafted that the body holds, else a new meeting of the body, held where the sentence names (a state
         * or a capital after a preposition of place), else where the body sits (`sits`), else nowhere said. A plan no
         * body owns is voted on at no meeting the drafter can name, so it is null.
         */
        private String voteMeeting(Match match, String initiative) {
            Object owner = facts.get(initiative).field("organisation");
            if (owner == null || !collective(owner.toString())) {
                return null;
            }
            String body = owner.toString();
            String named = placed.stream().filter(p -> p.type().equals("Event")).map(Placed::id).findFirst()
                    .orElse(null);
            if (named != null) {
                return named;
            }
            for (int k = discourse.events.size() - 1; k >= 0; k--) {
                Discourse.Seen seen = discourse.events.get(k);
                if (seen.organiser() != null && fold(seen.organiser()).equals(fold(body))) {
                    return seen.id();
                }
            }
            String location = null;
            for (int u = 0; u + 1 < matcher.units.size() && location == null; u++) {
                Mention place = matcher.units.get(u + 1).mention();
                if (matcher.units.get(u).mention() == null && lexicon.words.places().contains(matcher.token(u).lower())
                        && place != null && !place.region()) {
                    location = stateOfPlace(place);
                }
            }
            if (location == null) {
                location = sits(body);
            }
            String kind = org.entente.domain.EventKind.MEETING.name();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", "the vote on " + facts.get(initiative).field("name"));
            fields.put("kind", kind);
            if (location != null) {
                fields.put("location", location);
            }
            fields.put("organiser", body);
            String note = ("Drafted by pattern '%s' (\"%s\"): a vote on %s's plan is cast at a meeting of %s; the "
                    + "meeting is held %s.").formatted(match.pattern().id(), match.pattern().text(), body, body,
                    location == null ? "where the sentence does not say" : "where the sentence names");
            String id = facts.add(new DraftFact(facts.uniqueId(slug(body + " " + kind + " vote", 5)), "Event", fields,
                    List.of(sentence.text()), null, claim.status(match, Set.of()), claim.attribution(match.trigger()),
                    claim.hedges(match.trigger()), note, Math.round(confidence(match) * RESOLVED * 100) / 100.0,
                    match.pattern().id()));
            discourse.events.add(new Discourse.Seen(id, kind, location, body));
            placed.add(new Placed(id, "Event", match.fromUnit(), match.toUnit()));
            return id;
        }

        /** The initiative a position is about: the one its slot names, else the nearest of the sentence, before first. */
        private String initiativeFor(Match match) {
            if (match.pattern().target() == Target.FORCE) {
                return forceFor(match);
            }
            Binding slot = match.slots().get("initiative");
            Mention named = slot == null ? null : matcher.units.get(slot.fromUnit()).mention();
            if (named != null && named.fact() && facts.typeOf(named.id()).equals("Initiative")) {
                return named.id();
            }
            if (slot != null) {
                return placed.stream().filter(p -> p.type().equals("Initiative") && p.fromUnit() >= slot.fromUnit()
                        && p.fromUnit() <= slot.fromUnit() + 3).map(Placed::id).findFirst()
                        .orElseGet(() -> named == null || named.possessive() ? decisionObject(match, slot.fromUnit())
                                : null);
            }
            Placed best = null;
            for (Placed p : placed) {
                if (p.type().equals("Initiative") && p.toUnit() <= match.fromUnit()) {
                    best = p;
                }
            }
            if (best == null) {
                best = placed.stream().filter(p -> p.type().equals("Initiative") && p.fromUnit() >= match.toUnit())
                        .findFirst().orElse(null);
            }
            // "Brazil and Colombia abstained": a vote cast is on the plan the article drafted last.
            return best != null ? best.id() : match.pattern().target() == Target.PLAN
                    || match.pattern().target() == Target.VOTE ? discourse.latestInitiative
                    : null;
        }

        private List<String> targets(Match match, List<String> sources) {
            Pattern pattern = match.pattern();
            if (pattern.target() == Target.EVENT) {
                Placed nearest = null;
                for (Placed p : placed) {
                    if (!p.type().equals("Initiative") && (nearest == null
                            || Math.abs(p.fromUnit() - match.fromUnit()) < Math.abs(nearest.fromUnit() - match.fromUnit()))) {
                        nearest = p;
                    }
                }
                return nearest == null ? List.of() : List.of(nearest.id());
            }
            if (pattern.target() == Target.FORCE) {
                String force = forceFor(match);
                return force == null ? List.of() : List.of(force);
            }
            Binding to = match.slots().get("to");
            if (to == null) {
                return pattern.target() == Target.SCENE ? scene()
                        : pattern.target() == Target.COUNTERPART ? counterpart(sources)
                        : pattern.target() == Target.SIDES ? sides(sources) : List.of();
            }
            // "The two leaders signed a treaty": the pair of a group names two actors, no act begun at the group.
            String fact = pair(match) ? null : startingAt.get(to.fromUnit());
            if (pattern.target() == Target.ORGANISATIONS) {
                // "withdrew from the bloc", not "withdrew from Syria": only a body states belong to.
                return fact != null ? List.of() : to.mentions().stream().filter(m -> !m.possessive() && !m.fact())
                        .flatMap(m -> m.ids().stream()).filter(this::collective).toList();
            }
            if (fact != null) {
                return List.of(fact);
            }
            List<String> ids = new ArrayList<>();
            for (Mention mention : to.mentions()) {
                if (mention.possessive() && !pattern.possessiveSlot("to") && (mention.owned() == null
                        || !lexicon.words.agencies().contains(mention.owned()))) {
                    // "rejected Ethiopia's deal": the deal, drafted from this sentence or before, or nothing; never
                    // Ethiopia.
                    java.util.Optional.ofNullable(actOf(mention)).ifPresent(ids::add);
                    continue;
                }
                if (pattern.target() == Target.ACT && !mention.fact()) {
                    continue;
                }
                if (mention.via() == Mention.Via.ACT_OF_SENTENCE) {
                    java.util.Optional.ofNullable(actOfSentence(mention)).ifPresent(ids::add);
                } else if (pactReference(mention)) {
                    ids.add(discourse.initiatives.get(mention.id()));
                } else if (!mention.region() || pattern.target() == Target.PLACES) {
                    String judged = actJudgedFor(pattern, mention);
                    if (judged != null) {
                        ids.add(judged);
                    } else {
                        ids.addAll(mention.ids());
                    }
                }
            }
            return ids;
        }

        /**
         * "Leaders of the Group of Seven condemned Iran for firing drones at Israel": a judgement (`judgedForKinds`) on
         * an actor followed by "for" and a verb in -ing is of what the actor did there, the relation the sentence drafted
         * from that actor in those words (drafted first, as it starts later); with none, null, and the judgement stays
         * on the actor.
         */
        private String actJudgedFor(Pattern pattern, Mention mention) {
            List<Token> tokens = sentence.tokens();
            int at = mention.to();
            if (!lexicon.words.judgedKinds().contains(pattern.kind()) || mention.ids().size() != 1
                    || at + 1 >= tokens.size() || !tokens.get(at).lower().equals("for")
                    || !tokens.get(at + 1).pos().startsWith("VERB") || !tokens.get(at + 1).lower().endsWith("ing")) {
                return null;
            }
            int object = matcher.unitOfToken(mention.from());
            int clause = matcher.unitOfToken(at + 1);
            String actor = fold(mention.ids().get(0));
            Placed act = null;
            for (Placed p : placed) {
                if (p.type().equals("Relation") && p.fromUnit() >= object && p.toUnit() > clause
                        && (act == null || p.fromUnit() < act.fromUnit())
                        && actor.equals(fold(String.valueOf(facts.get(p.id()).field("from"))))) {
                    act = p;
                }
            }
            return act == null ? null : act.id();
        }

        /**
         * "The ministry called Seoul's decision a provocation", "condemned Iran's attack": the latest act the noun names
         * that the article has drafted before from the actor the possessive names (or one it speaks for, or is part
         * of); with none, nothing, since the act is not reported.
         */
        private String actOf(Mention possessor) {
            if (possessor.owned() == null || possessor.fact()) {
                return null;
            }
            Set<String> owners = new java.util.HashSet<>();
            possessor.ids().forEach(id -> owners.addAll(discourse.owners(id, lexicon.organisations)));
            List<String> named = discourse.factsNamed(possessor.owned(), possessor.owned());
            for (int k = named.size() - 1; k >= 0; k--) {
                DraftFact act = facts.get(named.get(k));
                if (act.type().equals("Relation") && discourse.owners(String.valueOf(act.field("from")),
                        lexicon.organisations).stream().anyMatch(owners::contains)) {
                    return act.id();
                }
            }
            return null;
        }

        /**
         * "Iran summoned Pakistan's charge d'affaires to protest": a summons protests an act, not a state, so the target
         * is the latest hostile relation (`hostileKinds`) the article has drafted from the state whose envoy is
         * summoned to the one summoning; with none drafted, the state itself ("Norway summoned Russia's ambassador").
         */
        private List<String> grievances(Match match, String source) {
            Binding envoy = match.slots().get("to");
            if (envoy == null) {
                return List.of();
            }
            List<String> named = envoy.mentions().stream().flatMap(mention -> mention.ids().stream()).toList();
            Set<String> offenders = named.stream().map(this::fold).collect(java.util.stream.Collectors.toSet());
            String grievance = null;
            for (DraftFact fact : facts.all()) {
                if (fact.type().equals("Relation") && lexicon.hostileKinds.contains(String.valueOf(fact.field("kind")))
                        && offenders.contains(fold(String.valueOf(fact.field("from"))))
                        && fold(source).equals(fold(String.valueOf(fact.field("to"))))) {
                    grievance = fact.id();
                }
            }
            return grievance == null ? named : List.of(grievance);
        }

        /**
         * "Pakistan recalled its envoy from Tehran and suspended all high-level visits": visits, ties or contacts
         * suspended without a partner named are with the one state the sentence names besides the subject (a person
         * counts as the state it represents); with two or more such states the partner is unknown, so none.
         */
        private List<String> counterpart(List<String> sources) {
            Set<String> subjects = new java.util.HashSet<>();
            sources.forEach(source -> subjects.add(fold(source)));
            Set<String> others = new java.util.LinkedHashSet<>();
            for (Matcher.Unit unit : matcher.units) {
                Mention mention = unit.mention();
                if (mention != null && !mention.region() && !mention.fact()) {
                    mention.ids().stream().map(this::fold).filter(lexicon.states::containsKey)
                            .filter(id -> !subjects.contains(id)).forEach(others::add);
                }
            }
            return others.size() == 1 ? List.copyOf(others) : List.of();
        }

        /**
         * "China offered to play a constructive role": the sides of the dispute the article is about, as "both sides"
         * names them, but for the subject when it is one of them; none when the article has no two sides.
         */
        private List<String> sides(List<String> sources) {
            List<String> sides = Recognizer.principalParties(discourse);
            if (sides.size() != 2) {
                return List.of();
            }
            Set<String> subjects = new java.util.HashSet<>();
            sources.forEach(source -> subjects.add(fold(source)));
            return sides.stream().filter(side -> !subjects.contains(fold(side))).toList();
        }

        /**
         * "When riots broke out in Honiara, Australia sent police": where the sentence is, the one state it names as a
         * place (a state or capital after a preposition of place), else nowhere; two such states say nothing of where.
         */
        private List<String> scene() {
            Set<String> hosts = new java.util.HashSet<>();
            placed.stream().filter(p -> p.type().equals("Event")).map(p -> facts.get(p.id()).field("location"))
                    .filter(java.util.Objects::nonNull).forEach(location -> hosts.add(location.toString()));
            Set<String> places = new java.util.LinkedHashSet<>();
            boolean inPlace = false;
            boolean joined = false;
            for (int u = 0; u < matcher.units.size(); u++) {
                Mention mention = matcher.units.get(u).mention();
                if (mention == null) {
                    // "talks in Paris and Berlin": the places of a list after a preposition of place are all places;
                    // "in Juba, Uganda sent" is a place and then the subject.
                    String word = matcher.token(u).lower();
                    joined |= word.equals("and") || word.equals("or");
                    inPlace &= word.equals(",") || word.equals("and") || word.equals("or");
                    continue;
                }
                boolean listed = u + 1 < matcher.units.size() && matcher.units.get(u + 1).mention() == null
                        && Set.of(",", "and", "or").contains(matcher.token(u + 1).lower());
                inPlace = mention.place() || (inPlace && (joined || listed));
                joined = false;
                if (inPlace && !mention.region() && !mention.fact()) {
                    mention.ids().stream().filter(lexicon.states::containsKey).forEach(places::add);
                }
            }
            // Where an event of the sentence is held ("at a summit in Abuja") is the event's place, not the scene's.
            return places.size() == 1 && !hosts.containsAll(places) ? List.copyOf(places) : List.of();
        }

        /**
         * The body whose text a resolution or a statement is: the organisation the sentence names (an agency of one
         * counting, as the Security Council is the UN's), else the one the article named last; null when it named none.
         */
        private String body() {
            List<String> named = new ArrayList<>();
            matcher.units.stream().map(Matcher.Unit::mention).filter(m -> m != null && !m.fact() && !m.region())
                    .forEach(m -> named.addAll(m.ids()));
            for (int k = discourse.recentActors.size() - 1; k >= 0; k--) {
                named.add(discourse.recentActors.get(k));
            }
            return named.stream().filter(this::collective).findFirst().orElse(null);
        }

        /** An organisation, or an agency of one: a body many states decide in, never a state's own. */
        private boolean collective(String id) {
            Lexicon.Organisation organisation = lexicon.organisations.get(id);
            if (organisation == null || organisation.seatOf() != null) {
                return false;
            }
            return "ORGANISATION".equals(organisation.kind()) || organisation.partOf() != null
                    && lexicon.organisations.containsKey(organisation.partOf());
        }

        /**
         * "opposed any intervention", "ready to contribute troops": the latest initiative the article has drafted
         * whose words hold a word of a force (`forceNouns`), or none.
         */
        private String latestForce() {
            return discourse.forces.isEmpty() ? null : discourse.forces.get(discourse.forces.size() - 1);
        }

        /**
         * The force a match acts on: the latest drafted, unless the words right after the match say the force is led
         * by another ("would take part only in a mission led by NATO", after a US-led coalition): that force is
         * another, named by who leads it, and the match acts on no force drafted.
         */
        private String forceFor(Match match) {
            String force = latestForce();
            int u = match.toUnit();
            if (force == null || u + 2 >= matcher.units.size() || !LEADS.contains(matcher.token(u).lower())
                    || !matcher.token(u + 1).lower().equals("by")) {
                return force;
            }
            Mention leader = matcher.units.get(u + 2).mention();
            if (leader == null && u + 3 < matcher.units.size()
                    && Set.of("the", "a", "an").contains(matcher.token(u + 2).lower())) {
                leader = matcher.units.get(u + 3).mention();
            }
            return leader == null || leader.fact() || fold(leader.id()).equals(facts.get(force).field("organisation"))
                    ? force : null;
        }

        /**
         * "China condemned the pact": a reference back to an organisation by a word for a pact means what the pact
         * does, so the act is on the organisation's initiative when the article has drafted one.
         */
        private boolean pactReference(Mention mention) {
            if (mention.via() != Mention.Via.REFERENCE || mention.region()
                    || !discourse.initiatives.containsKey(mention.id())) {
                return false;
            }
            int head = mention.possessive() ? mention.to() - 2 : mention.to() - 1;
            return lexicon.words.pacts().contains(sentence.tokens().get(head).lower());
        }

        /** The slot's actors, or the sentence's subject: the nearest actor before the match, else the first after. */
        private List<String> subjects(Match match, String slot) {
            Binding bound = match.slots().get(slot);
            if (bound != null) {
                return bound.mentions().stream().filter(m -> !m.region()).flatMap(m -> m.ids().stream()).toList();
            }
            Mention subject = implicitSubject(match);
            return subject == null ? List.of() : subject.ids();
        }

        /**
         * The subject the match leaves implicit. An act named by its noun as a verb's object has that verb's subject,
         * so a verb joined by "and" to the one before lends it the subject they share: in "Kenya urged Uganda to show
         * restraint and imposed sanctions on Tanzania" the sanctions are Kenya's, not those of Uganda, named nearer.
         */
        private Mention implicitSubject(Match match) {
            int from = sentence.tokens().get(match.trigger()).pos().startsWith("NOUN")
                    ? verbOfObject(match.fromUnit(), false) : match.fromUnit();
            Mention reported = reportedRelativeSubject(from);
            if (reported != null) {
                return reported;
            }
            Mention apposed = beforeApposition(from);
            if (apposed != null) {
                return apposed == NO_ONE ? null : apposed;
            }
            if (unnamedSubject(from)) {
                return null;
            }
            int shared = coordinatedVerb(from);
            Mention sharedApposed = shared >= 0 ? beforeApposition(shared) : null;
            if (sharedApposed != null) {
                return sharedApposed == NO_ONE ? null : sharedApposed;
            }
            Subject before = shared >= 0 ? subjectBefore(shared) : null;
            if (before == null) {
                before = subjectBefore(from);
            }
            if (before != null) {
                return before.mention();
            }
            boolean pastComma = false;
            for (int u = match.toUnit(); u < matcher.units.size(); u++) {
                Mention mention = matcher.units.get(u).mention();
                if (mention == null) {
                    // "Before flying to Cairo, the president had visited Asmara, where he met Afwerki": a verb after
                    // the comma before any actor has a subject no actor names, so no later actor is the subject.
                    if (pastComma && verbal(u)) {
                        return null;
                    }
                    pastComma |= matcher.token(u).text().equals(",");
                } else if (pastComma && eligibleSubject(mention)) {
                    return mention;
                }
            }
            return null;
        }

        /**
         * "Blinken telephoned Aliyev and pressed him to stop": a verb right after "and" shares the subject of the verb
         * before the "and", so the actor between them is that verb's object, not this one's subject. The unit of
         * that earlier verb, else -1 (as when "and" joins two subjects: "Japan and China condemned").
         */
        private int coordinatedVerb(int verb) {
            int u = verb - 1;
            while (u >= 0 && matcher.units.get(u).mention() == null && auxiliary(u)) {
                u--;
            }
            if (u >= 1 && matcher.units.get(u).mention() == null && matcher.token(u).text().equals(",")) {
                int series = participle(verb) ? clauseVerb(u) : sameFormVerb(verb, u);
                return series >= 0 ? seriesHead(series) : -1;
            }
            if (u < 1 || matcher.units.get(u).mention() != null || !matcher.token(u).lower().equals("and")) {
                return -1;
            }
            int finite = sameFormVerb(verb, u);
            if (finite >= 0) {
                return seriesHead(finite);
            }
            for (int k = u - 1; k >= 0; k--) {
                if (matcher.units.get(k).mention() != null) {
                    continue;
                }
                if (clauseBreak(k)) {
                    return -1;
                }
                if (matcher.token(k).pos().equals("VERB")) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * "The bloc suspended transactions with Niger, closed borders, froze the country's assets and gave the officers
         * one week": each verb of a series shares the subject of its first, so the actor objects of the verbs between
         * (Niger) are no subject. The unit of the series' first verb: back from a verb joined by "," or "and" to
         * the verb in the same finite form before it, while there is one.
         */
        private int seriesHead(int verb) {
            int head = verb;
            for (int before = seriesVerb(head); before >= 0; before = seriesVerb(head)) {
                head = before;
            }
            return head;
        }

        /** The verb of the same finite form whose series {@code verb} goes on after "," or "and", else -1. */
        private int seriesVerb(int verb) {
            int u = verb - 1;
            while (u >= 0 && auxiliary(u)) {
                u--;
            }
            if (u < 1 || matcher.units.get(u).mention() != null
                    || !Set.of(",", "and").contains(matcher.token(u).lower())) {
                return -1;
            }
            return sameFormVerb(verb, u);
        }

        /**
         * "Kirby said the United States was watching a deployment ... and called on Serbia": of the verbs before the
         * "and", the one whose subject the verb after it shares is the nearest in the same finite form ("said" for
         * "called", "says" for "urges"), since a verb of the clause said ("was watching", "could not coexist", "who
         * threaten") takes an auxiliary, "to" or another form; -1 when there is none before a clause break.
         */
        private int sameFormVerb(int verb, int and) {
            String form = finiteForm(verb);
            if (form == null) {
                return -1;
            }
            for (int k = and - 1; k >= 0; k--) {
                if (matcher.units.get(k).mention() != null) {
                    continue;
                }
                if (clauseBreak(k)) {
                    return -1;
                }
                if (form.equals(finiteForm(k)) && !afterAuxiliary(k)) {
                    return k;
                }
            }
            return -1;
        }

        /** A semicolon, a colon or one of `clauseBreaks` ("but", "while"): no verb's subject is found past it. */
        private boolean clauseBreak(int unit) {
            String word = matcher.token(unit).text();
            return word.equals(";") || word.equals(":") || lexicon.words.clauseBreaks().contains(word.toLowerCase());
        }

        /** An -ing form read as a verb ("accusing", "warning"): after a comma, a participle clause of its own. */
        private boolean participle(int unit) {
            Token token = matcher.token(unit);
            return matcher.units.get(unit).mention() == null && token.pos().equals("VERB")
                    && token.lower().endsWith("ing");
        }

        /**
         * "Mali tore up the Algiers accord on Thursday, accusing Algeria of meddling": a participle clause after a comma
         * has the subject of the clause it hangs on, so of the verbs before the comma the nearest that is not itself
         * an -ing form or an infinitive ("to end") is the one whose subject it shares; the actors between (Algiers)
         * are objects and places. -1 when there is none before a clause break.
         */
        private int clauseVerb(int comma) {
            for (int k = comma - 1; k >= 0; k--) {
                if (matcher.units.get(k).mention() != null) {
                    continue;
                }
                if (clauseBreak(k)) {
                    return -1;
                }
                if (matcher.token(k).pos().equals("VERB") && !participle(k) && !(k > 0
                        && matcher.units.get(k - 1).mention() == null && matcher.token(k - 1).lower().equals("to"))) {
                    // "Caracas demanded that Lima and Quito withdraw their envoys, accusing them of meddling": a base
                    // form after "that" and its subject is what was asked for, so the participle hangs on the verb that
                    // asked; a finite one ("said that Lima withdrew ..., accusing") is a clause of its own.
                    int that = finiteForm(k) == null ? complementOpening(k) : -1;
                    if (that < 0) {
                        return k;
                    }
                    k = that;
                }
            }
            return -1;
        }

        /**
         * The "that" opening the clause whose verb is {@code verb} when only its subject (actors, "and", commas,
         * articles) stands between them ("that Lima and Quito withdraw"), else -1.
         */
        private int complementOpening(int verb) {
            for (int k = verb - 1; k >= 0; k--) {
                if (matcher.units.get(k).mention() != null) {
                    continue;
                }
                String word = matcher.token(k).lower();
                if (word.equals("that")) {
                    return k < verb - 1 ? k : -1;
                }
                if (!Set.of(",", "and", "the").contains(word)) {
                    return -1;
                }
            }
            return -1;
        }

        /** "past" for a verb inflected for the past, "present" for one with -s, else null (a base form, an -ing). */
        private String finiteForm(int unit) {
            Token token = matcher.token(unit);
            if (matcher.units.get(unit).mention() != null || !token.pos().equals("VERB")
                    || token.lower().endsWith("ing") || token.lower().equals(token.lemma())) {
                return null;
            }
            return token.lower().endsWith("s") ? "present" : "past";
        }

        /** "had attacked", "was backed", "to protect": a verb after an auxiliary or "to" is no finite verb of its own. */
        private boolean afterAuxiliary(int unit) {
            int k = unit - 1;
            while (k >= 0 && matcher.units.get(k).mention() == null && matcher.token(k).pos().equals("ADV")) {
                k--;
            }
            return k >= 0 && matcher.units.get(k).mention() == null && (matcher.token(k).pos().equals("AUX")
                    || matcher.token(k).lower().equals("to") || AUXILIARIES.contains(matcher.token(k).lower()));
        }

        /** A subject found before a verb; its mention is null for a pronoun that stands for no one named. */
        private record Subject(Mention mention) {
        }

        /** The nearest actor before the verb that can be its subject, a pronoun read as whom it stands for; or null. */
        private Subject subjectBefore(int verb) {
            for (int u = verb - 1; u >= 0; u--) {
                Mention mention = matcher.units.get(u).mention();
                if (mention == null && PERSONAL_PRONOUNS.contains(matcher.token(u).lower())) {
                    return new Subject(personBefore(u));
                }
                if (mention == null && matcher.token(u).lower().equals("they")) {
                    return new Subject(listBefore(u));
                }
                if (mention == null && matcher.token(u).lower().equals("it")) {
                    return new Subject(thingBefore(u));
                }
                if (eligibleSubject(mention)) {
                    return new Subject(subjectList(u, verb));
                }
            }
            return null;
        }

        /**
         * "In Nigeria, the Senate urged Tinubu", "Members of the presidential guard detained the president": the verb
         * has a subject of its own, a noun phrase no actor of the lexicon names, so no actor named elsewhere in the
         * sentence is its subject. A phrase an actor owns ("NATO leaders", "China's foreign ministry") is that
         * actor's, and one after a preposition ("Japan on Tuesday condemned") is no subject.
         */
        private boolean unnamedSubject(int verb) {
            // "held a phone call with": before a noun, a noun is a modifier, not a subject.
            if (matcher.units.get(verb).mention() == null && matcher.token(verb).pos().startsWith("NOUN")) {
                return false;
            }
            int u = verb - 1;
            while (u >= 0 && auxiliary(u)) {
                u--;
            }
            // "accused Canada of sheltering extremists who threaten India": the relative pronoun's noun is the subject.
            if (u > 0 && matcher.units.get(u).mention() == null && RELATIVE_PRONOUNS.contains(matcher.token(u).lower())
                    && matcher.units.get(u - 1).mention() == null && matcher.token(u - 1).pos().startsWith("NOUN")) {
                return true;
            }
            // "Chile, which this year gave Peru access": a time is when, not who, so the subject is before it.
            if (u >= 0 && matcher.units.get(u).mention() == null && lexicon.words.times().contains(matcher.token(u).lower())) {
                u--;
                while (u >= 0 && matcher.units.get(u).mention() == null
                        && Set.of("DET", "ADJ", "NUM").contains(matcher.token(u).pos())) {
                    u--;
                }
            }
            if (u < 0 || matcher.units.get(u).mention() != null || !(matcher.token(u).pos().startsWith("NOUN")
                    || matcher.token(u).pos().startsWith("PROPN"))) {
                return false;
            }
            while (u >= 0 && matcher.units.get(u).mention() == null
                    && (Set.of("NOUN", "PROPN", "ADJ", "NUM", "DET").contains(matcher.token(u).pos())
                    || matcher.token(u).lower().equals("of"))) {
                u--;
            }
            // "Washington and several European governments could consider sanctions": a phrase joined by "and" to an
            // actor is the rest of a subject that actor heads, so the actor is a subject of the verb too.
            if (u >= 1 && matcher.units.get(u).mention() == null && matcher.token(u).lower().equals("and")
                    && eligibleSubject(matcher.units.get(u - 1).mention()) && !objectOfPreposition(u - 1)) {
                return false;
            }
            return u < 0 || (matcher.units.get(u).mention() == null && !matcher.token(u).pos().equals("ADP"));
        }

        /**
         * "He said he would not allow China to build a base": the subject is the pronoun, so it is the person the
         * sentence named before it, else no one; never an actor the pronoun stands between ("the treaty with
         * Australia").
         */
        private Mention personBefore(int unit) {
            boolean first = true;
            for (int u = unit - 1; u >= 0; u--) {
                Mention mention = matcher.units.get(u).mention();
                first &= mention == null;
                if (eligibleSubject(mention) && discourse.represents.containsKey(mention.ids().get(0))) {
                    return pronoun(unit, mention.ids());
                }
            }
            // "Scholz received Macron in Berlin. He pressed him ...": a pronoun the sentence names no one before goes
            // on with the person the sentence before named first, most often its subject.
            List<String> before = discourse.previousPersons();
            return first && !before.isEmpty() ? pronoun(unit, List.of(before.get(0))) : null;
        }

        /**
         * "ECOWAS suspended Mali and Niger from its bodies, and it still enforces sanctions on Niger": "it" as a
         * subject is the nearest state, organisation or agency before it that is itself a subject (right before a
         * verb, or the first actor of the sentence), never a person, a possessive or the object of a preposition; and
         * no one when a singular subject no actor names stands between them ("the launch had failed, and it ...").
         */
        private Mention thingBefore(int unit) {
            for (int u = unit - 1; u >= 0; u--) {
                Mention mention = matcher.units.get(u).mention();
                if (mention == null) {
                    // "it" agrees in number: a plural noun before a verb ("ships ... are targets, and it has fired")
                    // cannot be what "it" means and does not stand in the way; a singular one ("the launch had
                    // failed, and it ...") is a subject no actor names, so "it" means no one.
                    Token noun = matcher.token(u);
                    if (u + 1 < unit && noun.pos().startsWith("NOUN") && noun.lower().equals(noun.lemma())
                            && verbal(u + 1)) {
                        return null;
                    }
                    continue;
                }
                if (!eligibleSubject(mention) || mention.possessive() || objectOfPreposition(u)
                        || mention.ids().stream().anyMatch(discourse.represents::containsKey)) {
                    continue;
                }
                boolean opens = true;
                for (int k = 0; k < u; k++) {
                    opens &= !eligibleSubject(matcher.units.get(k).mention());
                }
                int next = u + 1;
                while (next < unit && matcher.units.get(next).mention() == null
                        && matcher.token(next).pos().equals("ADV")) {
                    next++;
                }
                if (opens || (next < unit && matcher.units.get(next).mention() == null && verbal(next))) {
                    return pronoun(unit, mention.ids());
                }
            }
            return null;
        }

        /** The pronoun at {@code unit} read as {@code ids}: a reading, which its note names and its confidence pays. */
        private Mention pronoun(int unit, List<String> ids) {
            Matcher.Unit at = matcher.units.get(unit);
            return new Mention(at.from(), at.to(), List.copyOf(ids), false, Mention.Via.SUBJECT_PRONOUN, false, false,
                    null);
        }

        /**
         * "Officials from the United States, Australia and Japan said they shared concerns": "they" is the list of
         * actors the sentence named last before it, all of them; a single actor when it named one.
         */
        private Mention listBefore(int unit) {
            int last = unit - 1;
            // "Mali and Mauritania, themselves suspended from the bloc, said they": an actor after a preposition is
            // no subject, unless it ends a list ("officials from Japan and Korea said they").
            while (last >= 0 && (!eligibleSubject(matcher.units.get(last).mention()) || objectOfPreposition(last))) {
                last--;
            }
            if (last < 0) {
                return null;
            }
            List<String> ids = new ArrayList<>(matcher.units.get(last).mention().ids());
            for (int u = last - 1; u >= 0; u--) {
                Mention mention = matcher.units.get(u).mention();
                String word = mention == null ? matcher.token(u).lower() : null;
                if (mention == null && (word.equals(",") || word.equals("and"))) {
                    continue;
                }
                // "officials from the United States, Australia and Japan": the first of a list may follow "from".
                boolean origin = mention != null && mention.place() && !mention.region() && u > 0
                        && matcher.units.get(u - 1).mention() == null
                        && List.of("from", "of").contains(matcher.token(u - 1).lower());
                if (!eligibleSubject(mention) && !origin) {
                    // "troops in Poland and Germany": a list that is partly a place names no one who speaks.
                    if (mention != null && mention.place()) {
                        return null;
                    }
                    break;
                }
                ids.addAll(0, mention.ids());
            }
            return pronoun(unit, ids);
        }

        /**
         * "Papua New Guinea, Fiji and New Zealand also sent personnel": a list of actors right before the verb is its
         * subject, all of them; the actor at {@code last} alone when it is not right before the verb, or the list
         * follows a preposition ("talks with Japan and Korea").
         */
        private Mention subjectList(int last, int verb) {
            Mention mention = matcher.units.get(last).mention();
            for (int u = last + 1; u < verb; u++) {
                // "Kenya and Uganda both condemned Sudan": a quantifier after the list, before its verb, is the list's.
                boolean floating = matcher.units.get(u).mention() == null
                        && FLOATING_QUANTIFIERS.contains(matcher.token(u).lower());
                if (!auxiliary(u) && !floating) {
                    return mention;
                }
            }
            // A list ends with "and" before its last name: "Berlin, Italy sent" is no list.
            if (last < 1 || matcher.units.get(last - 1).mention() != null
                    || !matcher.token(last - 1).lower().equals("and")) {
                return mention;
            }
            List<String> ids = new ArrayList<>(mention.ids());
            int first = last;
            for (int u = last - 1; u >= 0; u--) {
                Mention before = matcher.units.get(u).mention();
                String word = before == null ? matcher.token(u).lower() : null;
                // "Oman, the United Arab Emirates and Kuwait": an article before a name of the list.
                if (before == null && (word.equals(",") || word.equals("and") || (word.equals("the")
                        && u + 1 == first))) {
                    continue;
                }
                if (!eligibleSubject(before) || first - u > 3 || first - u < 2) {
                    break;
                }
                ids.addAll(0, before.ids());
                first = u;
            }
            if (first == last || objectOfPreposition(first)) {
                return mention;
            }
            Matcher.Unit from = matcher.units.get(first);
            return new Mention(from.from(), matcher.units.get(last).to(), List.copyOf(ids), false, mention.via(), false,
                    false, null);
        }

        /** A word between a subject and its verb: "has", "would not", "also" (the tagger reads some "has" as a verb). */
        private boolean auxiliary(int unit) {
            return matcher.units.get(unit).mention() == null
                    && (Set.of("AUX", "ADV", "PART").contains(matcher.token(unit).pos())
                    || AUXILIARIES.contains(matcher.token(unit).lower()));
        }

        /** Whether the mention at {@code unit} follows a preposition (past an article) rather than a list's comma. */
        private boolean objectOfPreposition(int unit) {
            int before = unit - 1;
            if (before >= 0 && matcher.units.get(before).mention() == null && matcher.token(before).pos().equals("DET")) {
                before--;
            }
            return before >= 0 && matcher.units.get(before).mention() == null
                    && matcher.token(before).pos().equals("ADP");
        }

        /**
         * "Egypt, a close partner of Riyadh, expressed support": a verb right after an apposition (a comma, a
         * determiner, words, a comma) has the actor before the apposition as its subject, not the one inside it.
         */
        private Mention beforeApposition(int verb) {
            int close = verb - 1;
            while (close > 0 && auxiliary(close)) {
                close--;
            }
            if (close < 2 || matcher.units.get(close).mention() != null || !matcher.token(close).text().equals(",")) {
                return null;
            }
            // Names and the commas and "and" of a list inside the apposition do not count towards its reach.
            int words = 0;
            for (int open = close - 2; open >= 1 && words <= APPOSITION_REACH; open--) {
                if (matcher.units.get(open).mention() != null) {
                    continue;
                }
                if (!matcher.token(open).text().equals(",") && !matcher.token(open).lower().equals("and")) {
                    words++;
                }
                String word = matcher.token(open).text();
                if (word.equals(";") || word.equals(".")) {
                    return null;
                }
                if (word.equals(",")) {
                    // "The GCC, whose members are Qatar, Oman and Kuwait, condemned Iran": a comma before a name
                    // is the apposition's own list; the apposition opens further back.
                    if (matcher.units.get(open + 1).mention() != null || (open + 2 < close
                            && matcher.token(open + 1).lower().equals("the")
                            && matcher.units.get(open + 2).mention() != null)) {
                        continue;
                    }
                    Mention before = matcher.units.get(open - 1).mention();
                    if (agentParticiple(open + 1, close)) {
                        // "The resolution, put forward by Colombia and Bolivia, urges": the agent after "by" is no
                        // subject of the verb; the phrase before the apposition is, an actor or no one the lexicon
                        // names.
                        return eligibleSubject(before) ? before : NO_ONE;
                    }
                    boolean determiner = APPOSITION_OPENERS.contains(matcher.token(open + 1).lower())
                            || relativeAfterPreposition(open + 1);
                    return determiner && eligibleSubject(before) ? before : null;
                }
            }
            return null;
        }

        /**
         * "chaired by Pezeshkian", "put forward by Colombia": a past participle opening an apposition, with "by" and
         * its agent within the next two words, before the apposition's closing comma; not one of {@code LEADS}.
         */
        private boolean agentParticiple(int unit, int close) {
            Token participle = matcher.token(unit);
            if (matcher.units.get(unit).mention() != null || !participle.pos().equals("VERB")
                    || participle.lower().endsWith("ing") || LEADS.contains(participle.lower())) {
                // "The coalition, led by Saudi Arabia, struck": who leads a force acts through it.
                return false;
            }
            for (int u = unit + 1; u < Math.min(close, unit + 3); u++) {
                if (matcher.units.get(u).mention() == null && matcher.token(u).lower().equals("by")) {
                    return true;
                }
            }
            return false;
        }

        /** "The Arab League, to which Somalia belongs, ...": a preposition and "which" or "whom" open a relative clause. */
        private boolean relativeAfterPreposition(int unit) {
            return unit + 1 < matcher.units.size() && matcher.units.get(unit + 1).mention() == null
                    && RELATIVE_PREPOSITIONS.contains(matcher.token(unit).lower())
                    && Set.of("which", "whom").contains(matcher.token(unit + 1).lower());
        }

        private boolean implicit(Match match) {
            return !match.slots().containsKey("from") && !match.slots().containsKey("actor");
        }

        /** The mentions that filled the match: its slots' and, where it has no subject slot, the implicit subject's. */
        private List<Mention> filledBy(Match match) {
            List<Mention> mentions = new ArrayList<>();
            match.slots().values().forEach(binding -> mentions.addAll(binding.mentions()));
            Mention subject = implicit(match) ? implicitSubject(match) : null;
            if (subject != null) {
                mentions.add(0, subject);
            }
            return mentions;
        }

        private boolean verbal(int unit) {
            String pos = matcher.token(unit).pos();
            return pos.startsWith("VERB") || pos.startsWith("AUX");
        }

        private boolean eligibleSubject(Mention mention) {
            return mention != null && !mention.region() && !mention.fact()
                    && matcher.fills(mention, new Pattern.Slot("from", false), false);
        }

        private String note(Match match) {
            StringBuilder note = new StringBuilder("Drafted by pattern '%s' (\"%s\")".formatted(match.pattern().id(),
                    match.pattern().text()));
            List<String> readings = new ArrayList<>();
            if (implicit(match)) {
                readings.add("the subject is the nearest actor named before the verb");
            }
            for (Mention mention : filledBy(match)) {
                if (pactReference(mention)) {
                    readings.add("'%s' read as what %s does, its initiative %s (a word for a pact, referring back)"
                            .formatted(sentence.span(mention.from(), mention.to()), mention.id(),
                                    discourse.initiatives.get(mention.id())));
                } else if (mention.via().resolved()) {
                    readings.add("'%s' read as %s (%s)".formatted(sentence.span(mention.from(), mention.to()),
                            String.join(", ", mention.ids()), mention.via().description));
                }
            }
            if (match.pattern().target() == Target.SCENE && !match.slots().containsKey("to")) {
                readings.add("no destination is named, so it is where the sentence is, the state it names as a place");
            }
            if (match.pattern().target() == Target.COUNTERPART && !match.slots().containsKey("to")) {
                readings.add("no partner is named, so it is the one state the sentence names besides the subject");
            }
            if (match.pattern().target() == Target.FORCE) {
                readings.add("the words refer to the latest force the article has drafted a plan for, %s"
                        .formatted(latestForce()));
            }
            if (match.pattern().target() == Target.GRIEVANCE) {
                readings.add("a summons protests an act, read as the latest hostile act the article has drafted of "
                        + "the state whose envoy is summoned against the one summoning, else as that state");
            }
            if (!readings.isEmpty()) {
                note.append("; ").append(String.join("; ", readings));
            }
            return note.append('.').toString();
        }

        private double confidence(Match match) {
            double confidence = match.pattern().confidence();
            for (Mention mention : filledBy(match)) {
                if (mention.via().resolved()) {
                    confidence *= RESOLVED;
                }
            }
            if (implicit(match)) {
                confidence *= IMPLICIT_SUBJECT;
            }
            // Inferred targets: the latest force, where the sentence is, the one other state, the act a summons protests.
            if (match.pattern().target() == Target.FORCE || match.pattern().target() == Target.GRIEVANCE
                    || (Set.of(Target.SCENE, Target.COUNTERPART).contains(match.pattern().target())
                    && !match.slots().containsKey("to"))) {
                confidence *= RESOLVED;
            }
            return Math.round(confidence * 100) / 100.0;
        }

        private String fold(String actor) {
            return discourse.represents.getOrDefault(actor, actor);
        }
    }

    /** Relation kinds that are things said rather than done: a past act of one of them is STATED, not OCCURRED. */
    private Set<String> verbalKinds() {
        return lexicon.verbalKinds;
    }

    static String slug(String text, int words) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^a-z0-9]+", " ").trim();
        List<String> kept = new ArrayList<>();
        for (String word : plain.split(" ")) {
            if (!word.isEmpty() && kept.size() < words && !Set.of("the", "a", "an", "any", "of").contains(word)) {
                kept.add(word);
            }
        }
        return String.join("-", kept);
    }
}
