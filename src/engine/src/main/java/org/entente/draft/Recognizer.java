package org.entente.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.draft.Gazetteer.Entry;
import org.entente.draft.Gazetteer.Sort;
import org.entente.draft.Mention.Via;

/** Finds the actors, regions and groups a sentence names, resolving references back through the discourse. */
final class Recognizer {

    private static final int MAX_NAME_WORDS = 4;
    /** The most capitalised words a part of a state is named by ("Sistan and Baluchestan" is three). */
    private static final int MAX_REGION_WORDS = 3;
    private static final java.util.Set<String> PARTY_PREPOSITIONS = java.util.Set.of("with", "between", "against",
            "on", "by", "of", "into");
    /** "the strike on Yemen by Saudi Arabia": the words an act's noun goes on with to name its parties. */
    private static final java.util.Set<String> ACT_PARTY_WORDS = java.util.Set.of("against", "on", "by", "of", "into");
    private static final java.util.Set<String> FOCUSED = java.util.Set.of("focused", "focussed", "centred", "centered",
            "centric");
    private static final int MAX_MODIFIERS = 2;
    /** How often the article must have named an actor for it to be one of "both sides". */
    private static final int SIDE_MENTIONS = 2;
    /** "the Russian-led bloc": the state before the hyphen leads the organisation, so it is a member. */
    private static final java.util.Set<String> LED = java.util.Set.of("led", "headed");
    private static final java.util.regex.Pattern LED_WORD = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.]*)-(\\p{L}+)");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "di", "du", "del", "van", "von",
            "der", "den", "bin", "al", "el", "ibn", "le", "la", "e", "y", "dos", "das", "do", "ben", "abu", "bint");
    /** The tags the English model gives some surnames and given names besides PROPN. */
    private static final java.util.Set<String> NAME_LIKE_TAGS = java.util.Set.of("ADJ", "NOUN", "X");
    /** The tags of words that open no name even where a comma sets words off as one ("Last Tuesday, ..."). */
    private static final java.util.Set<String> NO_NAME_TAGS = java.util.Set.of("ADJ", "ADV", "DET", "ADP", "NUM",
            "PRON", "SCONJ", "CCONJ", "PUNCT", "PART");

    /** "31-nation", "27-member": a count of members before a reference back to an organisation. */
    private static final java.util.regex.Pattern MEMBER_COUNT = java.util.regex.Pattern.compile(
            "(?<![\\d-])(\\d+)-(nation|member|country|state)s?\\b");

    /** The sorts of entry a person's title can name as the actor the person speaks for. */
    private static final java.util.Set<Sort> ACTORS = java.util.EnumSet.of(Sort.STATE, Sort.DEMONYM, Sort.ORGANISATION,
            Sort.SEAT);

    /** Words that join the capitalised words of an organisation's name: "the National Council for the Safeguard". */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("for", "of", "the", "and", "on", "de",
            "du", "des", "la", "le");
    /** Words after which a group's name follows: "a group calling itself ...", "a militia known as ...". */
    private static final List<List<String>> NAMING = List.of(List.of("calling", "itself"), List.of("calls", "itself"),
            List.of("known", "as"), List.of("called"), List.of("named"));
    private static final int MAX_ORGANISATION_NAME = 12;

    /** The sorts of entry an introduced name may start with: "the Sudan Liberation Movement", "West Africa Forum". */
    private static final java.util.Set<Sort> PLACES = java.util.EnumSet.of(Sort.STATE, Sort.DEMONYM, Sort.REGION,
            Sort.CAPITAL);

    private final Lexicon lexicon;
    private final Introductions introductions;
    private final Gazetteer gazetteer;

    Recognizer(Lexicon lexicon, Introductions introductions, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.introductions = introductions;
        this.gazetteer = gazetteer;
    }

    List<Mention> mentions(Sentence sentence, Discourse discourse) {
        discourse.nextSentence();
        List<Token> tokens = sentence.tokens();
        List<Mention> mentions = new ArrayList<>();
        discourse.sentenceMentions = mentions;
        discourse.scene = sceneState(tokens);
        List<Mention> run = new ArrayList<>();
        // A dateline ("Abuja and Niamey, 19 August 2023 (Reuters) —") says where the story was filed, not who acts.
        int start = datelineEnd(tokens);
        int i = start;
        List<String> opening = discourse.openingGroup;
        discourse.openingGroup = null;
        if (i < tokens.size() && tokens.get(i).lower().equals("they") && opening != null) {
            // "The officers in Niamey have not backed down. They accused Bazoum ...": a sentence opening on "they"
            // goes on with the group the sentence before opened on.
            Mention they = new Mention(i, i + 1, opening, false, Via.SUBJECT_PRONOUN, false, false, null);
            mentions.add(they);
            remember(they, discourse);
            discourse.openingGroup = opening;
            i++;
        }
        String previousOpener = discourse.openingActor;
        discourse.openingActor = null;
        discourse.openerBefore = previousOpener;
        discourse.sentenceStart = i;
        int it = previousOpener == null ? -1 : openingIt(tokens, i);
        while (i < tokens.size()) {
            // "Mexico called the decision disproportionate. On Friday it announced ...": an opening "it" goes on with
            // the state, organisation or agency the sentence before opened on as its subject.
            Mention mention = i == it ? new Mention(i, i + 1, List.of(previousOpener), false, Via.SUBJECT_PRONOUN,
                    false, false, null) : objectPronoun(tokens, i, mentions, discourse);
            if (mention == null) {
                mention = titledPossessive(tokens, mentionAt(tokens, i, discourse), discourse);
            }
            if (mention == null) {
                i++;
                continue;
            }
            if (!run.isEmpty() && !coordinated(tokens, run.get(run.size() - 1).to(), mention.from())) {
                if (run.get(0).from() == start) {
                    discourse.openingGroup = plural(tokens, run);
                }
                coordination(run, discourse);
                run.clear();
            }
            run.add(mention);
            mentions.add(mention);
            remember(mention, discourse);
            i = mention.to();
        }
        if (!run.isEmpty() && run.get(0).from() == start) {
            discourse.openingGroup = plural(tokens, run);
        }
        coordination(run, discourse);
        placeIntroducedGroups(discourse);
        discourse.openingActor = openingActor(tokens, start, mentions, discourse);
        return mentions;
    }

    /**
     * Where "it" opens the sentence as the subject of its verb, past an opening time or place phrase ("It said",
     * "On Friday it announced"), else -1. "It" before an impersonal verb ("It seems", "It was unclear whether", "It
     * is a ...") is no one's.
     */
    private int openingIt(List<Token> tokens, int start) {
        int k = start;
        while (k < tokens.size() && !tokens.get(k).lower().equals("it")) {
            k++;
        }
        if (k >= tokens.size() || !openingPhrase(tokens, start, k)) {
            return -1;
        }
        int verb = k + 1;
        while (verb < tokens.size() && tokens.get(verb).pos().startsWith("ADV")) {
            verb++;
        }
        if (verb >= tokens.size() || !(tokens.get(verb).pos().startsWith("VERB") || tokens.get(verb).pos().startsWith("AUX"))
                || lexicon.words.impersonal().contains(tokens.get(verb).lemma())) {
            return -1;
        }
        if (tokens.get(verb).lemma().equals("be")) {
            int next = verb + 1;
            while (next < tokens.size() && (tokens.get(next).pos().startsWith("ADV") || tokens.get(next).lower().equals("not"))) {
                next++;
            }
            if (next >= tokens.size() || java.util.Set.of("ADJ", "DET", "PUNCT", "SCONJ").contains(tokens.get(next).pos())) {
                return -1;
            }
        }
        return k;
    }

    /** Whether the words from the sentence's start to {@code at} are at most an opening time or place phrase. */
    private boolean openingPhrase(List<Token> tokens, int start, int at) {
        if (at - start > 6) {
            return false;
        }
        for (int k = start; k < at; k++) {
            Token token = tokens.get(k);
            if (token.pos().startsWith("VERB") || token.pos().startsWith("AUX") || token.pos().startsWith("PRON")
                    || (token.pos().startsWith("PROPN") && !lexicon.words.times().contains(token.lower()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one state, organisation or agency the sentence opens on as its subject: its first mention that is no
     * possessive, place or person, with no verb before it and no preposition right before it, and not the first of
     * a list ("At Cambodia's request, the Security Council met" opens on the council); else null.
     */
    private String openingActor(List<Token> tokens, int start, List<Mention> mentions, Discourse discourse) {
        for (Mention mention : mentions) {
            if (mention.region() || mention.fact()) {
                continue;
            }
            for (int k = start; k < mention.from(); k++) {
                if (tokens.get(k).pos().startsWith("VERB") || tokens.get(k).pos().startsWith("AUX")) {
                    return null;
                }
            }
            if (mention.possessive()) {
                continue;
            }
            boolean listed = mention.to() < tokens.size() && java.util.Set.of("and", "or").contains(tokens.get(mention.to()).lower());
            boolean governed = mention.from() > start && tokens.get(mention.from() - 1).pos().startsWith("ADP");
            return mention.place() || listed || governed || mention.ids().size() != 1
                    || discourse.represents.containsKey(mention.id()) ? null : mention.id();
        }
        return null;
    }

    /**
     * The actors of a sentence's opening mentions when they are many: a list ("Mali and Burkina Faso"), a group of
     * states, or a plural noun ("The officers in Niamey"); else null.
     */
    private static List<String> plural(List<Token> tokens, List<Mention> run) {
        if (run.stream().anyMatch(mention -> mention.region() || mention.fact() || mention.place())) {
            return null;
        }
        List<String> ids = run.stream().flatMap(mention -> mention.ids().stream()).distinct().toList();
        Token last = tokens.get(run.get(0).to() - 1);
        boolean pluralNoun = last.lower().endsWith("s") && !last.lemma().equals(last.lower())
                && !last.pos().startsWith("PROPN");
        return ids.size() > 1 || (run.size() == 1 && pluralNoun) ? ids : null;
    }

    /** The token after a dateline's dash, "(Outlet) —", near the start of a sentence; else 0. */
    private static int datelineEnd(List<Token> tokens) {
        for (int k = 2; k < Math.min(tokens.size(), 30); k++) {
            if (java.util.Set.of("—", "–", "--").contains(tokens.get(k).text()) && tokens.get(k - 1).text().equals(")")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** Only commas and conjunctions between two mentions: "Biden, Johnson and Morrison". */
    private static boolean coordinated(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!java.util.Set.of(",", "and", "or").contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * A list of two or more states (or persons speaking for them), kept for a later "the three governments"; a list
     * that holds any other actor (a group, the authorities of a territory) is no list of states.
     */
    private void coordination(List<Mention> run, Discourse discourse) {
        List<String> states = new ArrayList<>();
        for (Mention mention : run) {
            if (mention.region() || mention.place() || mention.via() == Via.GROUP || mention.fact()) {
                return;
            }
            for (String id : mention.ids()) {
                String state = discourse.represents.getOrDefault(id, id);
                if (!lexicon.states.containsKey(state)) {
                    return;
                }
                if (!states.contains(state)) {
                    states.add(state);
                }
            }
        }
        if (states.size() >= 2) {
            discourse.coordinations.add(List.copyOf(states));
        }
    }

    private Mention mentionAt(List<Token> tokens, int i, Discourse discourse) {
        Mention vessel = vessel(tokens, i, discourse);
        if (vessel != null) {
            return vessel;
        }
        List<Entry> entries = gazetteer.at(tokens, i, null);
        if (!entries.isEmpty() && overtaken(tokens, i, i + entries.get(0).words().length)) {
            return null;
        }
        if (entries.isEmpty()) {
            Mention part = partOfState(tokens, i, discourse);
            if (part != null) {
                return part;
            }
        }
        // "the Sudan Liberation Movement, a rebel group": an introduced name may start with a state's or a region's.
        if (entries.isEmpty() || PLACES.contains(entries.get(0).sort())) {
            Mention introduced = introducedAt(tokens, i, discourse);
            if (introduced != null && (entries.isEmpty() || introduced.to() > i + entries.get(0).words().length)) {
                return introduced;
            }
        }
        Mention reference = reference(tokens, i, discourse);
        if (entries.isEmpty()) {
            if (reference != null) {
                return reference;
            }
            Mention apposed = apposition(tokens, i, discourse);
            return apposed != null ? apposed : surname(tokens, i, discourse);
        }
        Entry entry = entries.get(0);
        int end = i + entry.words().length;
        // "the Gulf Cooperation Council": a name with its "the" ("the Gulf") gives way to a longer one after it.
        if (tokens.get(i).lower().equals("the") && i + 1 < tokens.size()) {
            List<Entry> after = gazetteer.at(tokens, i + 1, null);
            if (!after.isEmpty() && i + 1 + after.get(0).words().length > end) {
                return null;
            }
        }
        switch (entry.sort()) {
            case STATE, ORGANISATION -> {
                Mention person = titled(tokens, i, end, entry.id(), discourse, Via.TITLE);
                if (person != null) {
                    return person;
                }
                boolean possessive = end < tokens.size() && tokens.get(end).possessiveMark();
                // "Japan's foreign ministry", "the African Union's Peace and Security Council", "the US Navy"
                Mention body = body(tokens, i, possessive ? end + 1 : end, entry.id(), discourse, Via.BODY);
                if (body == null && possessive) {
                    body = bodyReferredTo(tokens, i, end + 1, entry.id(), discourse);
                }
                if (body != null) {
                    return body;
                }
                if (entry.sort() == Sort.STATE && possessive) {
                    // "India's Ministry of External Affairs": an agency the state's possessive names.
                    Mention agency = namedAgency(tokens, i, end + 1, entry.id(), discourse);
                    if (agency == null) {
                        agency = actingOffice(tokens, i, end + 1, entry.id());
                    }
                    if (agency != null) {
                        return agency;
                    }
                }
                if (entry.sort() == Sort.ORGANISATION && cityName(entry)) {
                    // "met in Brussels" is a place; "Brussels objected" is the Commission, as a capital is its state.
                    return mention(tokens, i, end, List.of(entry.id()), false, Via.CAPITAL,
                            afterPlacePreposition(tokens, i));
                }
                return mention(tokens, i, end, List.of(entry.id()), false, Via.NAME,
                        entry.sort() == Sort.STATE && afterPlacePreposition(tokens, i));
            }
            case DEMONYM -> {
                Mention person = titled(tokens, i, end, entry.id(), discourse, Via.TITLE);
                if (person != null) {
                    return person;
                }
                Mention body = body(tokens, i, end, entry.id(), discourse, Via.BODY);
                if (body == null) {
                    body = bodyReferredTo(tokens, i, end, entry.id(), discourse);
                }
                if (body == null) {
                    body = unnamedOffice(tokens, i, end, entry.id());
                }
                if (body != null) {
                    return body;
                }
                int agency = demonymNounEnd(tokens, end);
                if (agency == end && end < tokens.size() && lexicon.words.envoys().contains(tokens.get(end).lower())) {
                    // "summoned the Czech ambassador": after a demonym an envoy stands for the state that sent it.
                    return mention(tokens, i, end + 1, List.of(entry.id()), false, Via.DEMONYM, false);
                }
                if (agency == end && (sharesAgency(tokens, end) || sponsored(tokens, end))) {
                    // "Armenian and American soldiers": the first demonym's forces are named by the noun after the last;
                    // "a Russian-drafted statement": the demonym names the state that drafted it.
                    return mention(tokens, i, end, List.of(entry.id()), false, Via.DEMONYM, false);
                }
                if (agency == end && person(tokens, i, end)) {
                    // "a Uruguayan, who served with the mission": the demonym is a noun of one of its people.
                    return mention(tokens, i, end, List.of(entry.id()), false, Via.PEOPLE, false);
                }
                if (agency > end) {
                    return mention(tokens, i, agency, List.of(entry.id()), false, Via.DEMONYM, false);
                }
                // "the Russian invasion of Ukraine", "Israeli strikes on Gaza": a demonym before the noun of an act says
                // whose act it is, as "Russia's" does, so it reads as that possessive.
                String act = ownedNoun(tokens, end);
                return act != null && lexicon.actNouns.containsKey(act)
                        ? new Mention(i, end, List.of(entry.id()), false, Via.DEMONYM_ACT, false, true, act) : null;
            }
            case PEOPLE -> {
                // "three Malawians were killed": counted, the people of a state are its nationals, and stand for it;
                // "the Palestinians in Gaza" are a people, which is no actor.
                boolean counted = i > 0 && tokens.get(i - 1).pos().startsWith("NUM");
                return counted ? mention(tokens, i, end, List.of(entry.id()), false, Via.PEOPLE, false) : null;
            }
            case TITLE -> {
                if (opensBody(tokens, i)) {
                    // "the chief of the General Staff, Valery Gerasimov": "General" opens a body, not a name.
                    return null;
                }
                if (entry.id() != null) {
                    return titled(tokens, i, i, entry.id(), discourse, Via.TITLE);
                }
                Mention known = knownAfterTitle(tokens, i, end, discourse);
                String topic = discourse.topicState();
                return known != null || topic == null ? known : titled(tokens, i, i, topic, discourse, Via.CONTEXT);
            }
            case PERSON -> {
                Lexicon.KnownPerson person = lexicon.people.get(entry.id());
                String office = apposedOffice(tokens, end);
                introduce(discourse, person.id(), person.name(), office != null ? office : person.represents(),
                        tokens, i, end);
                return mention(tokens, i, end, List.of(person.id()), false, Via.PERSON, false);
            }
            case SEAT -> {
                // "the White House National Security Council": a body of the state whose seat names it.
                Mention body = body(tokens, i, end, entry.id(), discourse, Via.BODY);
                return body != null ? body : mention(tokens, i, end, List.of(entry.id()), false, Via.SEAT, false);
            }
            case CAPITAL -> {
                if (end < tokens.size() && tokens.get(end).possessiveMark()) {
                    // "Seoul's spy agency": a capital's possessive owns a body of its state, as the state's does.
                    Mention body = body(tokens, i, end + 1, entry.id(), discourse, Via.CAPITAL);
                    if (body != null) {
                        return body;
                    }
                }
                return mention(tokens, i, end, List.of(entry.id()), false, Via.CAPITAL, afterPlacePreposition(tokens, i));
            }
            case REGION -> {
                if (reference != null) {
                    return reference;
                }
                Mention illustrative = illustrative(tokens, i, end, entry.id(), discourse);
                return illustrative != null ? illustrative : mention(tokens, i, end, List.of(entry.id()), true,
                        Via.NAME, false);
            }
            default -> throw new IllegalStateException("unhandled gazetteer entry " + entry.sort());
        }
    }

    /**
     * A name that a longer one starting inside it overlaps gives way to it: "the Pacific Islands Forum" is the forum,
     * not "the Pacific Islands" and a stray word.
     */
    private boolean overtaken(List<Token> tokens, int from, int end) {
        for (int j = from + 1; j < end; j++) {
            for (Entry other : gazetteer.at(tokens, j, null)) {
                if (j + other.words().length > end) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A full name, then its title set off by a comma: "Zed Seselja, Australia's minister for the Pacific", "David
     * Panuelo, the president of the Federated States of Micronesia", "Kurt Campbell, the White House coordinator".
     * The person speaks for the state, seat or organisation the title names.
     */
    private Mention apposition(List<Token> tokens, int i, Discourse discourse) {
        int nameTo = nameEnd(tokens, i);
        if (nameTo == i && tokens.get(i).capitalised() && i + 1 < tokens.size()
                && !lexicon.words.times().contains(tokens.get(i).lower())) {
            // The tagger reads some given names as other parts of speech ("Zed/ADJ Seselja"); the comma and the
            // title after them say it is a name.
            nameTo = nameEnd(tokens, i + 1);
            nameTo = nameTo == i + 1 ? i : nameTo;
        }
        if (nameTo - i < 2 && !NO_NAME_TAGS.contains(tokens.get(i).pos())) {
            // "Volker/NOUN Perthes/NOUN, his special representative": a comma and a title after it set a name off.
            int framed = nameEnd(tokens, i, true, true);
            nameTo = framed - i >= 2 && framed < tokens.size() && tokens.get(framed).text().equals(",") ? framed
                    : nameTo;
        }
        if (nameTo - i < 2 || nameTo + 2 >= tokens.size() || !tokens.get(nameTo).text().equals(",")) {
            return null;
        }
        Mention held = titleOfPossessor(tokens, i, nameTo, discourse);
        if (held != null) {
            return held;
        }
        int at = nameTo + 1;
        if (java.util.Set.of("the", "a", "an").contains(tokens.get(at).lower())) {
            at++;
        }
        String actor = null;
        int titleEnd = -1;
        Via how = Via.APPOSITION;
        // "the acting US deputy secretary of state": a word or two in lower case may stand before what the title names.
        int actorAt = at;
        while (actorAt < Math.min(tokens.size(), at + 2) && !tokens.get(actorAt).capitalised()
                && java.util.Set.of("ADJ", "VERB", "ADV").contains(tokens.get(actorAt).pos())
                && gazetteer.at(tokens, actorAt, null).isEmpty()) {
            actorAt++;
        }
        List<Entry> named = actorAt < tokens.size() ? gazetteer.at(tokens, actorAt, null) : List.of();
        if (named.isEmpty() || !ACTORS.contains(named.get(0).sort())) {
            actorAt = at;
            named = at < tokens.size() ? gazetteer.at(tokens, at, null) : List.of();
        }
        if (!named.isEmpty() && ACTORS.contains(named.get(0).sort())) {
            // "Australia's minister", "the White House Indo-Pacific coordinator": a title within two words of it (a
            // hyphenated word is one); else a title the lexicon lacks, by its head noun ("the ECOWAS commissioner").
            int after = actorAt + named.get(0).words().length;
            if (after < tokens.size() && tokens.get(after).possessiveMark()) {
                after++;
            }
            int roleEnd = -1;
            int words = 0;
            for (int k = after; k < tokens.size() && words <= MAX_MODIFIERS && titleEnd < 0; k++) {
                if (tokens.get(k).pos().equals("PUNCT") && !tokens.get(k).text().equals("-")) {
                    break;
                }
                words += tokens.get(k).text().equals("-") ? -1 : 1;
                List<Entry> title = gazetteer.at(tokens, k, Sort.TITLE);
                if (!title.isEmpty()) {
                    titleEnd = k + title.get(0).words().length;
                } else if (roleEnd < 0 && roleTitleEnd(tokens, k) > k) {
                    roleEnd = roleTitleEnd(tokens, k);
                }
            }
            if (titleEnd < 0 && roleEnd > 0) {
                titleEnd = roleEnd;
                how = Via.ROLE_TITLE;
            }
            actor = named.get(0).id();
        } else {
            // "the president of the Federated States of Micronesia", "a spokesman for the White House National
            // Security Council", "who heads the Suez Canal Authority"
            Described described = described(tokens, nameTo + 1, discourse);
            if (described == null) {
                return null;
            }
            String name = name(tokens, i, nameTo);
            String id = distinctPersonId(name, described.actor(), discourse);
            introduce(discourse, id, name, described.actor(), tokens, i, nameTo);
            if (described.roleEnd() > 0) {
                rememberTitle(tokens, nameTo + 1, described.roleEnd(), id, discourse);
            }
            return mention(tokens, i, described.end(), List.of(id), false, described.how(), false);
        }
        if (actor == null || titleEnd < 0) {
            return null;
        }
        String name = name(tokens, i, nameTo);
        String id = distinctPersonId(name, actor, discourse);
        introduce(discourse, id, name, actor, tokens, i, nameTo);
        rememberTitle(tokens, nameTo + 1, titleEnd, id, discourse);
        return mention(tokens, i, titleEnd, List.of(id), false, how, false);
    }

    /**
     * A name, then a title after a possessive set off by a comma: "Volker Perthes, his special representative" holds
     * the title for what the person named last speaks for; "Mumtaz Zahra Baloch, the foreign ministry's
     * spokeswoman", "Ana Ruiz, the bloc's envoy" for the actor of the possessive. Null when no title follows the
     * possessive, or the possessive is of no one actor.
     */
    private Mention titleOfPossessor(List<Token> tokens, int i, int nameTo, Discourse discourse) {
        int at = nameTo + 1;
        String owner;
        int titleAt;
        String pronoun = tokens.get(at).lower();
        if ((pronoun.equals("his") || pronoun.equals("her")) && !discourse.recentPersons.isEmpty()) {
            String person = last(discourse.recentPersons);
            owner = discourse.represents.getOrDefault(person, person);
            titleAt = at + 1;
        } else if (java.util.Set.of("the", "its").contains(pronoun)) {
            Mention possessor = mentionAt(tokens, at, discourse);
            if (possessor == null || !possessor.possessive() || possessor.region() || possessor.fact()
                    || possessor.ids().size() != 1) {
                return null;
            }
            owner = possessor.id();
            titleAt = possessor.to();
        } else {
            return null;
        }
        List<Entry> title = titleAt < tokens.size() ? gazetteer.at(tokens, titleAt, Sort.TITLE) : List.of();
        int titleEnd = title.isEmpty() ? roleTitleEnd(tokens, titleAt) : titleAt + title.get(0).words().length;
        if (titleEnd == titleAt) {
            return null;
        }
        String name = name(tokens, i, nameTo);
        String id = distinctPersonId(name, owner, discourse);
        introduce(discourse, id, name, owner, tokens, i, nameTo);
        rememberTitle(tokens, titleAt, titleEnd, id, discourse);
        return mention(tokens, i, titleEnd, List.of(id), false, Via.APPOSITION, false);
    }

    /**
     * What a description after a person's name says the person speaks for.
     *
     * @param actor   the state, organisation or agency (a person named in it counts as the actor it speaks for)
     * @param end     the token after the actor's words
     * @param roleEnd the token after the title's head noun, or -1 for "who heads"
     */
    private record Described(String actor, int end, int roleEnd, Via how) {
    }

    /**
     * The description set off after a name, at {@code start}: a title (the lexicon's, or one a role noun heads, after
     * up to three words in lower case) followed by "of", "for" or "to" and the actor ("a spokesman for the White House
     * National Security Council", "the chief foreign policy adviser to Brazilian President Lula", "a member of the
     * group's political bureau"), or "who" and a verb of heading and the actor ("who heads the Suez Canal
     * Authority"); else null. "Ruben Vardanyan, a businessman" names no one's title.
     */
    private Described described(List<Token> tokens, int start, Discourse discourse) {
        int k = start;
        int roleEnd = -1;
        Via how = Via.DESCRIPTION;
        if (k + 2 < tokens.size() && tokens.get(k).lower().equals("who")
                && introductions.leadVerbs().contains(tokens.get(k + 1).lemma())) {
            k += 2;
        } else {
            if (k < tokens.size() && java.util.Set.of("the", "a", "an").contains(tokens.get(k).lower())) {
                k++;
            }
            int limit = Math.min(tokens.size(), k + 6);
            while (k < limit && !java.util.Set.of("of", "for", "to").contains(tokens.get(k).lower())) {
                Token token = tokens.get(k);
                List<Entry> title = gazetteer.at(tokens, k, Sort.TITLE);
                if (!title.isEmpty()) {
                    k += title.get(0).words().length;
                    roleEnd = k;
                    how = Via.APPOSITION;
                    continue;
                }
                if (token.capitalised() || !token.text().matches("[\\p{L}-]+")) {
                    return null;
                }
                // "secretary-general": a word joined by a hyphen to a role noun goes on with it.
                boolean joined = roleEnd == k && k > start && tokens.get(k - 1).text().equals("-");
                boolean role = java.util.Arrays.stream(token.lower().split("-"))
                        .anyMatch(part -> introductions.roleNouns().contains(part));
                if (role || (token.text().equals("-") && roleEnd == k) || joined) {
                    roleEnd = k + 1;
                }
                k++;
            }
            if (roleEnd != k || k + 1 >= tokens.size()) {
                return null;
            }
            k++;
        }
        Mention whom = mentionAt(tokens, k, discourse);
        if (whom == null && tokens.get(k).lower().equals("the") && k + 1 < tokens.size()) {
            whom = mentionAt(tokens, k + 1, discourse);
        }
        if (whom == null || whom.region() || whom.fact() || whom.ids().size() != 1) {
            return null;
        }
        // "the White House National Security Council": the capitalised words after a seat are an office in it.
        int end = Math.max(whom.to(), organisationNameEnd(tokens, whom.from()));
        return new Described(discourse.represents.getOrDefault(whom.id(), whom.id()), end, roleEnd, how);
    }

    /**
     * "the bloc's commissioner", "Kenya's foreign minister" with no name after them: the person named last with a
     * title of that head who speaks for the possessive's actor, else the possessive as it is.
     */
    private static Mention titledPossessive(List<Token> tokens, Mention mention, Discourse discourse) {
        if (mention == null || !mention.possessive() || mention.region() || mention.ids().size() != 1) {
            return mention;
        }
        for (int end = mention.to() + 1; end <= Math.min(tokens.size(), mention.to() + 2); end++) {
            String person = discourse.personsByTitle.get(tokens.get(end - 1).lower());
            boolean heads = end >= tokens.size() || !(tokens.get(end).pos().startsWith("NOUN")
                    || tokens.get(end).pos().startsWith("PROPN"));
            if (person != null && heads && mention.id().equals(discourse.represents.get(person))) {
                return new Mention(mention.from(), end, List.of(person), false, Via.TITLE_REFERENCE, false,
                        false, null);
            }
        }
        return mention;
    }

    /**
     * The head noun of the title in {@code [from, to)}, the last noun before an "of" or "for" ("secretary" in "deputy
     * secretary of state", "minister" in "Foreign Minister"), as a word that refers back to the person later.
     */
    private static void rememberTitle(List<Token> tokens, int from, int to, String person, Discourse discourse) {
        String head = null;
        for (int k = from; k < Math.min(to, tokens.size()); k++) {
            String word = tokens.get(k).lower();
            if (k > from && (word.equals("of") || word.equals("for"))) {
                break;
            }
            if (tokens.get(k).pos().startsWith("NOUN") || tokens.get(k).pos().startsWith("PROPN")) {
                head = word;
            }
        }
        if (head != null) {
            discourse.personsByTitle.put(head, person);
        }
    }

    /** "French President Emmanuel Macron", "NATO Secretary General Jens Stoltenberg", "Chief Cabinet Secretary X". */
    private Mention titled(List<Token> tokens, int from, int titleAt, String actor, Discourse discourse, Via via) {
        int at = titleAt;
        if (at < tokens.size() && tokens.get(at).possessiveMark()) {
            at++;
        }
        if (at >= tokens.size()) {
            return null;
        }
        List<Entry> titles = gazetteer.at(tokens, at, Sort.TITLE);
        int nameFrom = titles.isEmpty() ? at : at + titles.get(0).words().length;
        Via how = via;
        if (titles.isEmpty() && titleAt != from) {
            // "ECOWAS commissioner Abdel-Fatau Musah": a title the lexicon lacks, known by its head noun.
            nameFrom = roleTitleEnd(tokens, at);
            if (nameFrom == at) {
                return null;
            }
            how = Via.ROLE_TITLE;
        }
        // "his Solomon Islands counterpart, Jeremiah Manele": a name set off by commas after its title.
        int framed = -1;
        if (nameFrom > at && nameFrom + 1 < tokens.size() && tokens.get(nameFrom).text().equals(",")) {
            framed = framedNameEnd(tokens, nameFrom + 1);
            framed = framed > nameFrom + 1 ? framed : -1;
            if (nameEnd(tokens, nameFrom + 1) > nameFrom + 2 || framed > 0) {
                nameFrom++;
            }
        }
        int nameTo = framed > nameFrom ? Math.max(framed, nameEnd(tokens, nameFrom, true))
                : nameEnd(tokens, nameFrom, nameFrom > at);
        if (nameTo == nameFrom && nameFrom + 1 < tokens.size() && tokens.get(nameFrom).capitalised()) {
            // The tagger reads some given names as other parts of speech ("Mohamed/VERB Hamdan Dagalo").
            nameTo = nameEnd(tokens, nameFrom + 1);
            nameTo = nameTo == nameFrom + 1 ? nameFrom : nameTo;
        }
        if (nameTo == nameFrom) {
            return null;
        }
        String name = name(tokens, nameFrom, nameTo);
        String id = distinctPersonId(name, actor, discourse);
        introduce(discourse, id, name, actor, tokens, nameFrom, nameTo);
        rememberTitle(tokens, at, nameFrom, id, discourse);
        return mention(tokens, from, nameTo, List.of(id), false, how, false);
    }

    /**
     * The end of a title the lexicon lacks, at {@code at}: up to three words in lower case ending with one or more of
     * {@code roleNouns} ("commissioner", "deputy secretary"); {@code at} when there is none.
     */
    private int roleTitleEnd(List<Token> tokens, int at) {
        int end = at;
        for (int k = at; k < Math.min(tokens.size(), at + 3); k++) {
            Token token = tokens.get(k);
            if (token.capitalised() || !token.text().matches("[\\p{L}-]+")) {
                break;
            }
            if (introductions.roleNouns().contains(token.lower())) {
                end = k + 1;
            } else if (end > at) {
                break;
            }
        }
        return end;
    }

    /**
     * A part of a state the article introduces by a name and a noun of {@code regionNouns}: "Pakistan's Balochistan
     * province", "the Panjgur district", "the Donetsk region of Ukraine". It is a region of its own, id its name's
     * words, within the region of the state a possessive before it names or "of" after it, else of the first state its
     * sentence has named; with no state in the sentence before it, it is nothing ("the authority of Fujian province"
     * after a sentence about France). Later the name alone names it again, not as the start of a longer name.
     */
    private Mention partOfState(List<Token> tokens, int i, Discourse discourse) {
        int at = tokens.get(i).lower().equals("the") ? i + 1 : i;
        for (Lexicon.Region known : discourse.introducedRegions.values()) {
            String[] words = known.names().get(0).split(" ");
            // "the Balochistan Liberation Army" is a longer name that starts with the part's.
            if (spelledAt(tokens, at, words) && (at + words.length >= tokens.size()
                    || !tokens.get(at + words.length).capitalised()
                    || introductions.regionNouns().contains(tokens.get(at + words.length).lower()))) {
                boolean noun = at + words.length < tokens.size()
                        && introductions.regionNouns().contains(tokens.get(at + words.length).lower());
                return mention(tokens, i, at + words.length + (noun ? 1 : 0), List.of(known.id()), true, Via.NAME,
                        false);
            }
        }
        int end = at;
        while (end < tokens.size() && end - at < MAX_REGION_WORDS && tokens.get(end).capitalised()
                && !introductions.regionNouns().contains(tokens.get(end).lower())
                && (end == at || gazetteer.at(tokens, end, null).isEmpty())) {
            end++;
        }
        if (end == at || end >= tokens.size() || !introductions.regionNouns().contains(tokens.get(end).lower())
                || (end + 1 < tokens.size() && tokens.get(end + 1).possessiveMark())) {
            return null;
        }
        String state = at > 1 && tokens.get(at - 1).possessiveMark() ? stateEndingAt(tokens, at - 1) : null;
        if (state == null && end + 2 < tokens.size() && tokens.get(end + 1).lower().equals("of")) {
            // "the Donetsk region of Ukraine", "the Panjgur district of Pakistan's Balochistan province"
            state = gazetteer.at(tokens, end + 2, null).stream().filter(entry -> entry.sort() == Sort.STATE)
                    .map(Entry::id).findFirst().orElse(null);
        }
        if (state == null && !discourse.sentenceStates.isEmpty()) {
            state = discourse.sentenceStates.iterator().next();
        }
        if (state == null || !lexicon.states.containsKey(state)) {
            return null;
        }
        String name = name(tokens, at, end);
        String id = Drafter.slug(name, 6);
        // An id an actor has is not a region's: "in the Kishida region" of a garbled text would take the person's id.
        if (lexicon.regions.containsKey(id) || lexicon.people.containsKey(id) || lexicon.states.containsKey(id)
                || lexicon.organisations.containsKey(id) || discourse.introduced.containsKey(id)
                || discourse.represents.containsKey(id)) {
            return null;
        }
        discourse.introducedRegions.putIfAbsent(id, new Lexicon.Region(id, name, List.of(name),
                lexicon.states.get(state).region()));
        return mention(tokens, i, end + 1, List.of(id), true, Via.NAME, false);
    }

    /** Whether the tokens from {@code at} are these words, as written. */
    private static boolean spelledAt(List<Token> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).text().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** The state whose name or capital ends just before the possessive mark at {@code mark}, else null. */
    private String stateEndingAt(List<Token> tokens, int mark) {
        for (int from = Math.max(0, mark - 3); from < mark; from++) {
            for (Entry entry : gazetteer.at(tokens, from, null)) {
                if (from + entry.words().length == mark && (entry.sort() == Sort.STATE || entry.sort() == Sort.CAPITAL)) {
                    return entry.id();
                }
            }
        }
        return null;
    }

    /**
     * "places like eastern Europe", "countries such as the Baltic states": an example of a region, not the region. It
     * becomes a region of its own, lying where the named one lies, in which no state is placed (docs/world-model.md).
     */
    private Mention illustrative(List<Token> tokens, int i, int end, String named, Discourse discourse) {
        int at = i;
        if (at > 0 && tokens.get(at - 1).lower().equals("like")) {
            at -= 1;
        } else if (at > 1 && tokens.get(at - 1).lower().equals("as") && tokens.get(at - 2).lower().equals("such")) {
            at -= 2;
        } else {
            return null;
        }
        if (at == 0 || !lexicon.words.illustrative().contains(tokens.get(at - 1).lower())) {
            return null;
        }
        int from = at - 1;
        String text = name(tokens, from, end);
        String id = Drafter.slug(text, 8);
        Lexicon.Region region = lexicon.regions.get(named);
        discourse.illustrative.putIfAbsent(id, new Lexicon.Region(id, text, List.of(),
                region.within() == null ? named : region.within()));
        return mention(tokens, from, end, List.of(id), true, Via.EXAMPLE, false);
    }

    /**
     * A title that no one state holds ("National Security Advisor") makes a person only of a known name; the mention
     * holds the title too, so "met President Tsai Ing-wen" has its object right after the verb.
     */
    private Mention knownAfterTitle(List<Token> tokens, int title, int at, Discourse discourse) {
        if (at >= tokens.size()) {
            return null;
        }
        List<Entry> people = gazetteer.at(tokens, at, Sort.PERSON);
        if (people.isEmpty()) {
            return null;
        }
        Lexicon.KnownPerson person = lexicon.people.get(people.get(0).id());
        int end = at + people.get(0).words().length;
        introduce(discourse, person.id(), person.name(), person.represents(), tokens, at, end);
        return mention(tokens, title, end, List.of(person.id()), false, Via.TITLE, false);
    }

    /** Capitalised proper nouns, joined by hyphens ("Jean-Yves") and particles ("von der Leyen", "Le Drian"). */
    private int nameEnd(List<Token> tokens, int from) {
        return nameEnd(tokens, from, false);
    }

    /**
     * The end of a name starting at {@code from}. The tagger reads some surnames as adjectives or common nouns
     * ("Marina Silva", names in -yan), so once a name has begun, or when a title just before says one begins
     * ({@code cued}), a capitalised word it tags as an adjective, a noun or a foreign word goes on with the name; a
     * verb or any other part of speech ends it. A particle joins the name when a name, or a hyphen and a name, follows
     * it (the tokenizer reads "al-Assad" as "al", "-", "Assad"), and a name never ends on a particle or a hyphen.
     */
    private int nameEnd(List<Token> tokens, int from, boolean cued) {
        return nameEnd(tokens, from, cued, false);
    }

    /**
     * The end of a name as {@link #nameEnd(List, int, boolean)} reads it; {@code framed} when commas or a title set
     * the words off as a name ("the Chinese ambassador, Huang Xilian."), so a capitalised word of any tag is one of
     * its words (the tagger reads "Huang" as a verb, "Musaed" as an auxiliary). Within one written word a given
     * name's tail in lower case ("Ho-jin", "Hong-kyun") and a short linking word ("Anwaar-ul-Haq") go on with it.
     */
    private int nameEnd(List<Token> tokens, int from, boolean cued, boolean framed) {
        int to = from;
        int words = 0;
        while (to < tokens.size() && words < MAX_NAME_WORDS) {
            Token token = tokens.get(to);
            boolean nextIsName = startsName(tokens, to + 1) || (to + 2 < tokens.size()
                    && tokens.get(to + 1).text().equals("-") && startsName(tokens, to + 2));
            boolean joins = (token.text().equals("-") || PARTICLES.contains(token.text())) && to > from && nextIsName;
            boolean tagged = token.pos().startsWith("PROPN") || (framed && !token.pos().equals("PUNCT"))
                    || ((words > 0 || cued) && NAME_LIKE_TAGS.contains(token.pos()));
            // "On 25 July Nikorndej Balankura": a date's month or day is no word of a name.
            boolean name = token.capitalised() && tagged && !lexicon.words.times().contains(token.lower())
                    && (gazetteer.at(tokens, to, null).stream().noneMatch(entry -> entry.sort() != Sort.PERSON)
                    || surnameAsOrganisation(tokens, to, words));
            // The English model splits "Jean-Yves" into "Jean" and "-Yves".
            boolean hyphen = to > from && hyphenated(token);
            boolean attached = to > from && words > 0 && token.start() == tokens.get(to - 1).end();
            boolean tail = attached && token.text().matches("-\\p{Ll}+");
            boolean link = attached && to + 1 < tokens.size() && tokens.get(to + 1).start() == token.end()
                    && (token.text().equals("-") || token.text().matches("\\p{Ll}{1,3}"));
            if (!joins && !name && !hyphen && !tail && !link) {
                break;
            }
            words += name ? 1 : 0;
            to++;
        }
        while (to > from && (PARTICLES.contains(tokens.get(to - 1).text()) || tokens.get(to - 1).text().equals("-")
                || tokens.get(to - 1).text().matches("\\p{Ll}{1,3}"))) {
            to--;
        }
        return to;
    }

    /**
     * "Foreign Minister Thérèse Kayikwamba Wagner": an organisation named by one word ("Wagner") right after a word
     * of a name, and closing it (no name word after it), is the person's surname, not the organisation.
     */
    private boolean surnameAsOrganisation(List<Token> tokens, int at, int words) {
        List<Entry> entries = gazetteer.at(tokens, at, null);
        return words >= 1 && !entries.isEmpty() && entries.stream().allMatch(entry -> entry.sort() == Sort.ORGANISATION
                && entry.words().length == 1) && (at + 1 >= tokens.size() || !tokens.get(at + 1).capitalised());
    }

    /**
     * A name set off as one, at {@code from}: two or more words ({@link #nameEnd(List, int, boolean, boolean)},
     * framed) that a comma, a full stop or the sentence's end closes, opening on no adjective ("Senior Colonel") or
     * other word that opens no name; else {@code from}.
     */
    private int framedNameEnd(List<Token> tokens, int from) {
        if (from >= tokens.size() || NO_NAME_TAGS.contains(tokens.get(from).pos())) {
            return from;
        }
        int to = nameEnd(tokens, from, true, true);
        boolean closed = to == tokens.size() || java.util.Set.of(",", ".", ";").contains(tokens.get(to).text());
        return to - from >= 2 && closed ? to : from;
    }

    private static boolean startsName(List<Token> tokens, int at) {
        return at < tokens.size() && (tokens.get(at).capitalised() || hyphenated(tokens.get(at)));
    }

    private static boolean hyphenated(Token token) {
        return token.text().length() > 1 && token.text().charAt(0) == '-' && Character.isUpperCase(token.text().charAt(1));
    }

    /** The words of a name as the article spaces them ("Jean-Yves Le Drian", not "Jean - Yves Le Drian"). */
    private static String name(List<Token> tokens, int from, int to) {
        StringBuilder name = new StringBuilder(tokens.get(from).text());
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).start() > tokens.get(k - 1).end()) {
                name.append(' ');
            }
            name.append(tokens.get(k).text());
        }
        return name.toString();
    }

    private String personId(String name, String actor) {
        for (Lexicon.KnownPerson person : lexicon.people.values()) {
            if (person.names().contains(name)
                    || (person.represents().equals(actor) && name.endsWith(" " + lastWord(person.name())))) {
                return person.id();
            }
        }
        Lexicon.State state = lexicon.states.get(actor);
        String[] words = name.split(" ");
        String surname = state != null && state.surnameFirst() ? words[0] : words[words.length - 1];
        // A surname keeps its particles: "Jean-Yves Le Drian" is ledrian, "Ursula von der Leyen" vonderleyen.
        for (int k = words.length - 2; k > 0 && !(state != null && state.surnameFirst())
                && PARTICLES.contains(words[k].toLowerCase(Locale.ROOT)); k--) {
            surname = words[k] + surname;
        }
        return slug(surname);
    }

    /**
     * The person's id, unless the article has already given it to someone else: "Ministry spokesman Wang Wenbin" after
     * "Foreign Minister Wang Yi" is wangwenbin, not a second wang. One name that holds the other's words is the same
     * person ("Kishida" and "Fumio Kishida").
     */
    private String distinctPersonId(String name, String actor, Discourse discourse) {
        String id = personId(name, actor);
        String taken = discourse.personNames.get(id);
        String distinct = taken == null || samePerson(taken, name) ? id : slug(name);
        // A surname spelled as a place ("President SOUTHEAST ASIA" in pasted capitals) must not take a region's id,
        // which the background regions the draft adds would then refer to as a region.
        return gazetteerId(distinct) ? distinct + "-person" : distinct;
    }

    private boolean gazetteerId(String id) {
        return lexicon.regions.containsKey(id) || lexicon.states.containsKey(id)
                || lexicon.organisations.containsKey(id);
    }

    private static boolean samePerson(String one, String other) {
        List<String> first = List.of(one.split(" "));
        List<String> second = List.of(other.split(" "));
        return first.containsAll(second) || second.containsAll(first);
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /**
     * "Donald Tusk, the president of the European Council,": the office an article gives a known person right after
     * the name, a title of `roleNouns` "of" an organisation, is whom the person speaks for in this article, whatever
     * office the lexicon knows the person by (Tusk was later Poland's prime minister). The organisation's id, else null.
     */
    private String apposedOffice(List<Token> tokens, int end) {
        if (end + 3 >= tokens.size() || !tokens.get(end).text().equals(",")) {
            return null;
        }
        int k = end + 1;
        if (tokens.get(k).lower().equals("the")) {
            k++;
        }
        int title = k;
        while (k < tokens.size() && k - title < 3 && !tokens.get(k).lower().equals("of")
                && !tokens.get(k).capitalised() && tokens.get(k).pos().matches("NOUN|ADJ|PROPN")) {
            k++;
        }
        if (k == title || k + 1 >= tokens.size() || !tokens.get(k).lower().equals("of")
                || !introductions.roleNouns().contains(tokens.get(k - 1).lower())) {
            return null;
        }
        for (int at = k + 1; at <= Math.min(k + 2, tokens.size() - 1); at++) {
            List<Entry> entries = gazetteer.at(tokens, at, null);
            if (!entries.isEmpty() && entries.get(0).sort() == Sort.ORGANISATION) {
                return entries.get(0).id();
            }
        }
        return null;
    }

    private void introduce(Discourse discourse, String id, String name, String represents, List<Token> tokens,
                           int from, int to) {
        discourse.represents.putIfAbsent(id, represents);
        discourse.personNames.putIfAbsent(id, name);
        discourse.personsByName.put(name, id);
        for (int i = from; i < to; i++) {
            discourse.personsByName.putIfAbsent(tokens.get(i).text(), id);
        }
    }

    /**
     * "called the drills provocative": a word a pattern says of its object, ending the phrase, is no noun of the
     * object's phrase even where the tagger reads it as one.
     */
    private boolean complement(List<Token> tokens, int k) {
        boolean ends = k + 1 >= tokens.size() || java.util.Set.of("PUNCT", "CCONJ").contains(tokens.get(k + 1).pos());
        return ends && (lexicon.complements.contains(tokens.get(k).lower())
                || lexicon.complements.contains(tokens.get(k).lemma()));
    }

    /** A surname (or given name) of someone introduced earlier in the article. */
    private Mention surname(List<Token> tokens, int i, Discourse discourse) {
        Token token = tokens.get(i);
        String id = token.capitalised() ? discourse.personsByName.get(token.text()) : null;
        if (id == null) {
            return null;
        }
        int nameTo = nameEnd(tokens, i);
        if (nameTo > i + 1) {
            // A full name: the person of that name, or someone else who shares a word of it ("Wang Wenbin" is not
            // "Wang Yi"), unless one name holds the other ("Xi" named before "Xi Jinping").
            String full = name(tokens, i, nameTo);
            String known = discourse.personsByName.get(full);
            if (known != null) {
                return mention(tokens, i, nameTo, List.of(known), false, Via.SURNAME, false);
            }
            if (!samePerson(discourse.personNames.getOrDefault(id, token.text()), full)) {
                return null;
            }
        }
        return mention(tokens, i, surnameEnd(tokens, i + 1, id, discourse), List.of(id), false, Via.SURNAME, false);
    }

    /**
     * The end of a surname of several words or a hyphen ("López Obrador", "Amir-Abdollahian", split by the tokenizer
     * as "Amir - Abdollahian"): the words after the first that name the same person, so "told López Obrador by
     * telephone" is one mention before "by", not two.
     */
    private static int surnameEnd(List<Token> tokens, int at, String id, Discourse discourse) {
        int end = at;
        while (end < tokens.size()) {
            boolean hyphen = tokens.get(end).text().equals("-") && end + 1 < tokens.size();
            Token next = tokens.get(hyphen ? end + 1 : end);
            if (!next.capitalised() || !id.equals(discourse.personsByName.get(next.text()))) {
                return end;
            }
            end += hyphen ? 2 : 1;
        }
        return end;
    }

    /**
     * "Macron called Zelensky and urged him to open talks": "him" (or "her" before no noun) as an object is the person
     * this sentence or the one before named last, unless that person is the subject of the verb just before the
     * pronoun, since a pronoun object is never its own clause's subject ("Ruto said Museveni had urged him" is Ruto,
     * not Museveni); then it is the person named before that one. With no such person it is nobody.
     */
    private Mention objectPronoun(List<Token> tokens, int i, List<Mention> mentions, Discourse discourse) {
        String word = tokens.get(i).lower();
        if (word.equals("them")) {
            return pluralObject(tokens, i, mentions);
        }
        if (word.equals("it")) {
            return judgedAct(tokens, i, discourse);
        }
        boolean object = word.equals("him") || (word.equals("her") && (i + 1 == tokens.size()
                || !java.util.Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(tokens.get(i + 1).pos())));
        if (!object) {
            return null;
        }
        List<String> persons = discourse.nearPersons();
        String subject = null;
        Mention before = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
        if (before != null && before.ids().size() == 1 && onlyVerbsBetween(tokens, before.to(), i)) {
            subject = before.id();
        }
        for (int k = persons.size() - 1; k >= 0; k--) {
            if (!persons.get(k).equals(subject)) {
                return new Mention(i, i + 1, List.of(persons.get(k)), false, Via.OBJECT_PRONOUN, false, false, null);
            }
        }
        return null;
    }

    /**
     * "The Emirates welcomed the deal. Guterres welcomed it too": "it" right after a verb of `judgingVerbs` is the
     * drafted act this sentence or the one before last named by its noun; with none, nothing (a state or a thing).
     */
    private Mention judgedAct(List<Token> tokens, int i, Discourse discourse) {
        String act = discourse.actNamed != null ? discourse.actNamed : discourse.actNamedBefore;
        if (act == null || i == 0 || !tokens.get(i - 1).pos().startsWith("VERB")
                || lexicon.words.judgingVerbs().stream().noneMatch(tokens.get(i - 1)::formOf)) {
            return null;
        }
        return new Mention(i, i + 1, List.of(act), false, Via.FACT, false, false, null);
    }

    /**
     * "China, which is close to both countries, urged them to show restraint": "them" as an object is the many this
     * sentence named last before it, a group ("both countries", "the two sides") or a list ("Armenia and
     * Azerbaijan"), unless they are the subject of the verb just before it ("Kenya and Uganda urged them" is
     * others). A sentence that names no many before it has no one for "them": things are "them" as often as actors.
     */
    private static Mention pluralObject(List<Token> tokens, int i, List<Mention> mentions) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention last = mentions.get(k);
            if (last.region() || last.fact()) {
                continue;
            }
            List<String> ids = new ArrayList<>(last.ids());
            int first = k;
            while (first > 0 && coordinated(tokens, mentions.get(first - 1).to(), mentions.get(first).from())
                    && !mentions.get(first - 1).region() && !mentions.get(first - 1).fact()) {
                first--;
                ids.addAll(0, mentions.get(first).ids());
            }
            if (ids.size() < 2 || onlyVerbsBetween(tokens, last.to(), i)) {
                return null;
            }
            return new Mention(i, i + 1, List.copyOf(ids), false, Via.OBJECT_PRONOUN, false, false, null);
        }
        return null;
    }

    /** A verb group and nothing else ("had urged", "then pressed"): what lies between a subject and its object. */
    private static boolean onlyVerbsBetween(List<Token> tokens, int from, int to) {
        boolean verb = false;
        for (int k = from; k < to; k++) {
            String pos = tokens.get(k).pos();
            if (pos.equals("VERB")) {
                verb = true;
            } else if (!pos.equals("AUX") && !pos.equals("ADV") && !pos.equals("PART")) {
                return false;
            }
        }
        return verb;
    }

    /** "the alliance", "the 31-nation bloc", "his forces", "its government", "the four Indo-Pacific countries". */
    private Mention reference(List<Token> tokens, int i, Discourse discourse) {
        Token token = tokens.get(i);
        String word = token.lower();
        if (word.equals("his") || word.equals("her")) {
            int end = agencyEnd(tokens, i + 1);
            return end > i + 1 && !discourse.recentPersons.isEmpty()
                    ? mention(tokens, i, end, List.of(last(discourse.recentPersons)), false, Via.PRONOUN, false) : null;
        }
        if (word.equals("its")) {
            if (discourse.recentActors.isEmpty()) {
                return null;
            }
            // "its foreign ministry": a body of the state or organisation named last, outside a relative clause
            // ("The African Union, which suspended Sudan, met at its Peace and Security Council" is the Union's).
            String antecedent = relativeAntecedent(tokens, i, discourse);
            if (antecedent == null && discourse.sentenceMentions.isEmpty() && discourse.openerBefore != null
                    && openingPhrase(tokens, discourse.sentenceStart, i)) {
                // "Beijing, which claims the island, had warned ... On Friday its foreign ministry announced": an
                // opening "its" is the subject of the sentence before, as an opening "it" is, not an object named last.
                antecedent = discourse.openerBefore;
            }
            Mention body = body(tokens, i, i + 1, antecedent != null ? antecedent : lastNonPerson(discourse),
                    discourse, Via.PRONOUN);
            if (body != null) {
                return body;
            }
            int end = agencyEnd(tokens, i + 1);
            if (end > i + 1) {
                return mention(tokens, i, end, List.of(lastNonPerson(discourse)), false, Via.PRONOUN, false);
            }
            // "its first project", "its North Atlantic area": the pronoun alone, as a possessive of what follows.
            return possessedAfter(tokens, i + 1) ? new Mention(i, i + 1, List.of(lastNonPerson(discourse)), false,
                    Via.PRONOUN, false, true, ownedNoun(tokens, i + 1)) : null;
        }
        // "both countries" counts as "the two countries" does, and "all sides" of a dispute as "both sides".
        boolean both = (word.equals("both") && i + 1 < tokens.size()
                && (lexicon.words.groups().contains(tokens.get(i + 1).lower())
                || lexicon.words.sides().contains(tokens.get(i + 1).lower())))
                || (word.equals("all") && i + 1 < tokens.size() && lexicon.words.sides().contains(tokens.get(i + 1).lower()));
        // "That Russian-led bloc, whose six members are ...": a demonstrative refers back as "the" does ("said that
        // the alliance": a conjunction, or a pronoun before an article, is no reference). "X, a Y-led bloc" says
        // who leads X, though an indefinite description refers back to nothing.
        boolean demonstrative = (word.equals("that") || word.equals("this"))
                && java.util.Set.of("DET", "PRON").contains(token.pos()) && i + 1 < tokens.size()
                && !java.util.Set.of("the", "a", "an").contains(tokens.get(i + 1).lower());
        boolean indefinite = (word.equals("a") || word.equals("an")) && i > 1 && tokens.get(i - 1).text().equals(",");
        if (!word.equals("the") && !both && !demonstrative && !indefinite) {
            return null;
        }
        int count = both ? 2 : -1;
        int at = i + 1;
        if (!both && at < tokens.size() && (lexicon.words.numbers().contains(tokens.get(at).lower())
                || tokens.get(at).text().matches("\\d+"))) {
            count = number(tokens.get(at).lower());
            at++;
        }
        List<String> modifiers = new ArrayList<>();
        // "the Europe-focused alliance": a region the organisation is focused on is its area of responsibility.
        String regionModifier = null;
        String focus = null;
        String stateModifier = null;
        String leader = null;
        if (count > 0 && at < tokens.size() && tokens.get(at).text().equals("-")) {
            // "the 10-member bloc", tokenized "10", "-", "member": a count of members, not a group of states.
            modifiers.add(tokens.get(at - 1).text() + "-");
            count = -1;
            at++;
        }
        while (at < tokens.size() && modifiers.size() <= MAX_MODIFIERS) {
            Token head = tokens.get(at);
            // "Brazil, Russia and India, the three members of BRICS": members of an organisation are said to be so,
            // by the membership patterns, not referred back to.
            if (count > 0 && head.lower().equals("members") && at + 1 < tokens.size()
                    && tokens.get(at + 1).lower().equals("of")) {
                return null;
            }
            if (count == 2 && lexicon.words.sides().contains(head.lower())) {
                List<String> sides = principalParties(discourse);
                return sides.size() == count ? mention(tokens, i, at + 1, sides, false, Via.GROUP, false) : null;
            }
            if (count > 0 && lexicon.words.groups().contains(head.lower())) {
                String key = count + "|" + String.join("|", modifiers);
                // What the sentence or the one before just named beats what the same words meant earlier.
                List<String> group = nearStates(discourse, count);
                // "called on both governments to show moderation": two states asked of together in a sentence that
                // names no state before them are the two sides of what the article is about, not two states the
                // sentence before happened to name.
                List<String> sides = count == 2 && discourse.sentenceStates.isEmpty() && appealedTo(tokens, i)
                        ? principalParties(discourse) : List.of();
                if (sides.size() == count && sides.stream().allMatch(lexicon.states::containsKey)) {
                    group = sides;
                }
                // "The three European powers, known as the E3, ... the three governments urged Iran": a group of
                // that count the article introduced is what the words mean, unless the sentence names the states.
                if (group == null && discourse.countedGroups.containsKey(count)) {
                    group = List.of(discourse.countedGroups.get(count));
                }
                if (group == null) {
                    group = discourse.groups.get(key);
                }
                if (group == null) {
                    group = lastStates(discourse, count);
                    if (group.size() != count) {
                        return null;
                    }
                    discourse.groups.put(key, group);
                }
                return mention(tokens, i, at + 1, group, false, Via.GROUP, false);
            }
            if (modifiers.isEmpty() && count < 0 && !indefinite && head.lower().equals("region") && !discourse.recentRegions.isEmpty()) {
                return new Mention(i, at + 1, List.of(last(discourse.recentRegions)), true, Via.REFERENCE, false,
                        false, null);
            }
            String organisation = organisationReferredTo(head.lower(), discourse);
            if (organisation == null && count < 0) {
                organisation = stateDescribed(tokens, at, discourse);
            }
            if (indefinite) {
                // "the Combined Maritime Forces, a US-led naval partnership": the organisation before the comma.
                boolean apposed = organisation != null && !discourse.recentActors.isEmpty()
                        && organisation.equals(last(discourse.recentActors));
                if (apposed && leader != null) {
                    discourse.leaders.add(new Discourse.Leader(organisation, leader, name(tokens, i, at + 1)));
                }
                if (organisation != null) {
                    return null;
                }
            } else if (demonstrative && organisation == null && modifiers.isEmpty()
                    && (lexicon.words.groups().contains(head.lower()) || head.lower().equals("region"))) {
                return null;
            }
            if (organisation != null && count < 0 && !indefinite) {
                if (leader != null) {
                    discourse.leaders.add(new Discourse.Leader(organisation, leader, name(tokens, i, at + 1)));
                }
                // The tokenizer splits "31-nation" into "31-" and "nation".
                java.util.regex.Matcher size = MEMBER_COUNT.matcher(String.join("", modifiers).replace(" ", ""));
                if (size.find()) {
                    discourse.counts.add(new Discourse.Count(organisation, Integer.parseInt(size.group(1)),
                            name(tokens, i, at + 1)));
                }
                if (focus != null) {
                    discourse.areas.add(new Discourse.Area(organisation, focus, name(tokens, i, at + 1)));
                }
                // "the bloc's Mediation and Security Council": a body the organisation referred back to owns.
                Mention body = at + 2 < tokens.size() && tokens.get(at + 1).possessiveMark()
                        ? body(tokens, i, at + 2, organisation, discourse, Via.REFERENCE) : null;
                return body != null ? body : mention(tokens, i, at + 1, List.of(organisation), false, Via.REFERENCE,
                        false);
            }
            // The noun must head its phrase: "the sanctions" is the act, "the sanctions policy" is not.
            boolean heads = at + 1 >= tokens.size() || !tokens.get(at + 1).pos().startsWith("NOUN")
                    || complement(tokens, at + 1) || agentClause(tokens, at + 1);
            boolean owned = lexicon.words.ownedActs().contains(head.lower()) || lexicon.words.ownedActs().contains(head.lemma());
            // "summoned the ambassador to condemn the drills; Qin rejected the condemnation": an act the sentence has told
            // by its verb before the noun is the one the noun names, drafted or not, never an earlier one.
            boolean told = !(at + 1 < tokens.size() && ACT_PARTY_WORDS.contains(tokens.get(at + 1).lower()))
                    && toldByVerb(tokens, i, head);
            String fact = count < 0 && !indefinite && heads && !owned && !told
                    && (head.pos().startsWith("NOUN") || head.pos().startsWith("PROPN"))
                    ? actReferredTo(discourse.factsNamed(head.lower(), head.lemma()), tokens, at + 1, discourse) : null;
            // "the plan to build a base" says which plan it is: a plan of its own, not the one drafted before.
            boolean described = at + 1 < tokens.size() && java.util.Set.of("to", "for").contains(tokens.get(at + 1).lower());
            if (fact == null && count < 0 && !indefinite && heads && !described && (lexicon.words.plans().contains(head.lower())
                    || lexicon.words.plans().contains(head.lemma()))
                    && discourse.latestInitiative != null) {
                fact = discourse.latestInitiative;
            }
            // "Niger welcomed the mission": a definite force noun as a verb's object is the latest force the article
            // drafted a plan for; as a subject ("The operation is to run under ...") the sentence says what the force
            // is, and patterns read its noun.
            boolean object = i > 0 && tokens.get(i - 1).pos().startsWith("VERB");
            if (fact == null && object && count < 0 && !indefinite && heads && !described && !discourse.forces.isEmpty()
                    && (lexicon.words.forceReferences().contains(head.lower())
                    || lexicon.words.forceReferences().contains(head.lemma()))) {
                fact = last(discourse.forces);
            }
            if (fact != null && organisation == null) {
                return new Mention(i, at + 1, List.of(fact), false, Via.FACT, false, false, null);
            }
            // "Washington accuses Tehran of arming the group; Iran rejects the accusation": the act is the sentence's
            // own, drafted only once the sentence is read, so the drafter reads the noun as it (or as nothing). A noun
            // that ends its phrase, goes on with its parties ("condemned the strike on Yemen by Saudi Arabia") or with
            // who did it ("condemned the strike Israel carried out on Syria"): the words patterns read from it still
            // see the noun, so the act the noun names is drafted from it too.
            String noun = lexicon.actNouns.containsKey(head.lower()) ? head.lower() : head.lemma();
            boolean partied = at + 1 < tokens.size() && ACT_PARTY_WORDS.contains(tokens.get(at + 1).lower());
            if (fact == null && !owned && lexicon.actNouns.containsKey(noun) && organisation == null && count < 0 && !indefinite
                    && heads && head.pos().startsWith("NOUN") && (endsPhrase(tokens, at + 1) || partied
                    || agentClause(tokens, at + 1))
                    && unnamed(tokens, i + 1, at)) {
                return new Mention(i, at + 1, List.of(noun), false, Via.ACT_OF_SENTENCE, false, false, null);
            }
            // "the three military-led states": a hyphen joins two words into one modifier (tokenized apart).
            if (!modifiers.isEmpty() && head.text().startsWith("-")) {
                boolean bare = head.text().equals("-");
                if (bare && at + 1 >= tokens.size()) {
                    return null;
                }
                int last = modifiers.size() - 1;
                String suffix = bare ? tokens.get(at + 1).lower() : head.lower().substring(1);
                if (regionModifier != null && FOCUSED.contains(suffix)) {
                    focus = regionModifier;
                }
                if (stateModifier != null && LED.contains(suffix)) {
                    leader = stateModifier;
                }
                modifiers.set(last, modifiers.get(last) + "-" + suffix);
                at += bare ? 2 : 1;
                continue;
            }
            // The tokenizer keeps "China-led" whole, where it splits "Russian-led" at the hyphen.
            java.util.regex.Matcher ledWord = LED_WORD.matcher(head.text());
            if (ledWord.matches() && LED.contains(ledWord.group(2).toLowerCase(Locale.ROOT))) {
                Token prefix = new Token(ledWord.group(1), head.start(), head.start() + ledWord.group(1).length(),
                        "PROPN", ledWord.group(1).toLowerCase(Locale.ROOT));
                List<Entry> by = gazetteer.at(List.of(prefix), 0, null);
                if (!by.isEmpty() && java.util.Set.of(Sort.STATE, Sort.DEMONYM).contains(by.get(0).sort())) {
                    leader = by.get(0).id();
                }
                modifiers.add(head.lower());
                at++;
                continue;
            }
            // A modifier may be a name of several tokens: "the four Indo-Pacific countries".
            List<Entry> named = gazetteer.at(tokens, at, null);
            int width = named.isEmpty() ? 1 : named.get(0).words().length;
            regionModifier = !named.isEmpty() && named.get(0).sort() == Sort.REGION ? named.get(0).id() : null;
            stateModifier = !named.isEmpty() && java.util.Set.of(Sort.STATE, Sort.DEMONYM).contains(named.get(0).sort())
                    ? named.get(0).id() : null;
            // The tokenizer splits "Europe-focused" as "Europe-" and "focused", "Africa-focused" at the hyphen.
            if (named.isEmpty() && head.text().length() > 1 && head.text().endsWith("-") && at + 1 < tokens.size()
                    && FOCUSED.contains(tokens.get(at + 1).lower())) {
                String prefix = head.text().substring(0, head.text().length() - 1);
                focus = lexicon.regions.values().stream().filter(region -> region.names().contains(prefix))
                        .map(Lexicon.Region::id).findFirst().orElse(focus);
                modifiers.add(head.lower() + tokens.get(at + 1).lower());
                at += 2;
                continue;
            }
            if (named.isEmpty() && (head.pos().equals("PUNCT") || head.pos().startsWith("VERB")
                    || head.pos().startsWith("AUX"))) {
                return null;
            }
            modifiers.add(String.join(" ", tokens.subList(at, at + width).stream().map(Token::lower).toList()));
            at += width;
        }
        return null;
    }

    /** Whether no word between is capitalised: "the AUKUS pact" names the organisation, "the sudden move" no one. */
    private static boolean unnamed(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(tokens.get(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb before this token in the sentence tells the act a noun of `actNouns` names, the noun being derived
     * from it: "condemn" and "the condemnation", "accused" and "the accusation", "attacked" and "the attack" (the
     * verb's lemma, less a final "e", begins the noun; five letters at least, so "the demand" is not "demonstrate").
     */
    private boolean toldByVerb(List<Token> tokens, int before, Token noun) {
        if (lexicon.actKinds(noun).isEmpty()) {
            return false;
        }
        for (int k = 0; k < before; k++) {
            Token verb = tokens.get(k);
            String lemma = verb.lemma();
            String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
            if (verb.pos().startsWith("VERB") && stem.length() >= 5 && noun.lower().startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a relative clause naming who did the act opens at this token: a name, after "that" or "which" or not,
     * and then its verb ("the strike Israel carried out", "the sanctions that Kenya imposed"). An agent opening with
     * an article ("the sanctions the EU imposed") is not read, since a new noun phrase opens so too.
     */
    private static boolean agentClause(List<Token> tokens, int next) {
        int k = next < tokens.size() && java.util.Set.of("that", "which").contains(tokens.get(next).lower()) ? next + 1 : next;
        // A name is capitalised, however the tagger reads it ("the deal Ethiopia signed": a noun, to it).
        if (k >= tokens.size() || !Character.isUpperCase(tokens.get(k).text().charAt(0))) {
            return false;
        }
        while (k < tokens.size() && Character.isUpperCase(tokens.get(k).text().charAt(0))) {
            k++;
        }
        while (k < tokens.size() && tokens.get(k).pos().startsWith("AUX")) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).pos().startsWith("VERB");
    }

    /** Whether a noun phrase ends before this token: at the sentence's end, a punctuation mark, a conjunction or a verb. */
    private static boolean endsPhrase(List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return true;
        }
        String pos = tokens.get(next).pos();
        return pos.equals("PUNCT") || pos.equals("CCONJ") || pos.startsWith("VERB") || pos.startsWith("AUX");
    }

    /**
     * The drafted fact a definite noun refers back to, of those it names (newest last). Words after the noun that name
     * a party ("the deal with Iran", "the attack on Israel") say which act it is: the latest with that party among its
     * sides, else none, since it is an act of its own. Otherwise the latest of them whose sides the sentence names
     * ("X called the attack a breach of Pakistan's sovereignty" is the attack on Pakistan, not a later one on Syria),
     * else the latest of all.
     */
    private String actReferredTo(List<String> named, List<Token> tokens, int after, Discourse discourse) {
        if (named.isEmpty()) {
            return null;
        }
        String party = partyAfter(tokens, after);
        if (party != null) {
            for (int k = named.size() - 1; k >= 0; k--) {
                java.util.Set<String> sides = discourse.parties.get(named.get(k));
                if (sides == null || sides.contains(party)) {
                    return named.get(k);
                }
            }
            return null;
        }
        java.util.Set<String> present = sentenceActors(tokens, discourse);
        for (int k = named.size() - 1; k >= 0; k--) {
            java.util.Set<String> sides = discourse.parties.get(named.get(k));
            if (sides != null && sides.stream().anyMatch(present::contains)) {
                return named.get(k);
            }
        }
        return named.get(named.size() - 1);
    }

    /** The actor the words after an act's noun name as its party ("with Iran", "between Chad and Sudan"), or null. */
    private String partyAfter(List<Token> tokens, int after) {
        if (after + 1 >= tokens.size() || !PARTY_PREPOSITIONS.contains(tokens.get(after).lower())) {
            return null;
        }
        int at = tokens.get(after + 1).lower().equals("the") ? after + 2 : after + 1;
        List<Entry> named = at < tokens.size() ? gazetteer.at(tokens, at, null) : List.of();
        return !named.isEmpty() && ACTORS.contains(named.get(0).sort()) ? named.get(0).id() : null;
    }

    /**
     * The actors the sentence names: those read so far, with whom they speak for or are part of, and the states and
     * organisations the gazetteer finds in the rest of it.
     */
    private java.util.Set<String> sentenceActors(List<Token> tokens, Discourse discourse) {
        java.util.Set<String> actors = new java.util.HashSet<>();
        for (Mention mention : discourse.sentenceMentions) {
            if (!mention.fact() && !mention.region()) {
                mention.ids().forEach(id -> actors.addAll(discourse.owners(id, lexicon.organisations)));
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            List<Entry> named = gazetteer.at(tokens, k, null);
            if (!named.isEmpty() && (ACTORS.contains(named.get(0).sort()) || named.get(0).sort() == Sort.CAPITAL)) {
                actors.addAll(discourse.owners(named.get(0).id(), lexicon.organisations));
            }
        }
        return actors;
    }

    // -----------------------------------------------------------------------------------------------------------
    // Actors the article introduces itself

    /** An actor the article introduced, named again; one it introduces here; or a reference back to one. */
    private Mention introducedAt(List<Token> tokens, int i, Discourse discourse) {
        Mention named = introducedName(tokens, i, discourse);
        if (named != null) {
            return named;
        }
        Mention introduction = introduction(tokens, i, discourse);
        return introduction != null ? introduction : definite(tokens, i, discourse);
    }

    /** A name or acronym the article gave an actor it introduced: "the National Council ...", "the NCX". */
    private Mention introducedName(List<Token> tokens, int i, Discourse discourse) {
        int at = tokens.get(i).lower().equals("the") ? i + 1 : i;
        for (var entry : discourse.introducedNames.entrySet()) {
            String[] words = entry.getKey().split(" ");
            if (spelledAt(tokens, at, words)) {
                // "RSF commander Mohamed Hamdan Dagalo" speaks for the group, as "NATO Secretary General ..." does.
                Mention person = titled(tokens, i, at + words.length, entry.getValue(), discourse, Via.TITLE);
                return person != null ? person
                        : mention(tokens, i, at + words.length, List.of(entry.getValue()), false, Via.NAME, false);
            }
        }
        return null;
    }

    /**
     * A group the article introduces by name, the way news does: with its acronym in brackets ("the National Council
     * for Democracy (NCD)"), after a description set off by a comma ("a military council, the National Council for
     * the Safeguard of the Homeland"), before one ("the Sudan Liberation Movement, a rebel group"), or after "calling
     * itself", "known as", "called" ("a militia known as the Desert Shield"). The head noun of the description, else
     * of the name, decides its kind ({@code groups} of introductions.yaml); a name no such noun heads is no group.
     */
    private Mention introduction(List<Token> tokens, int i, Discourse discourse) {
        boolean the = tokens.get(i).lower().equals("the");
        int at = the ? i + 1 : i;
        if (at >= tokens.size() || !tokens.get(at).capitalised()) {
            return null;
        }
        int nameTo = organisationNameEnd(tokens, at);
        List<Entry> known = gazetteer.at(tokens, at, null);
        // "known as the E3": after a naming phrase a name of one word is a name when it is written as an acronym is.
        boolean acronymNamed = nameTo <= at + 1 && i > 1 && tokens.get(i - 1).lower().equals("as")
                && tokens.get(i - 2).lower().equals("known") && tokens.get(at).text().matches("\\p{Lu}[\\p{Lu}\\d]+");
        if (acronymNamed) {
            nameTo = at + 1;
        }
        String acronym = acronymNamed ? tokens.get(at).text() : null;
        if ((capitalisedWords(tokens, at, nameTo) < 2 && !acronymNamed) || (!known.isEmpty()
                && (!PLACES.contains(known.get(0).sort()) || at + known.get(0).words().length >= nameTo))) {
            return null;
        }
        // The tokenizer gives "(MJE)" as "(", "MJE", ")" or as "(", "MJE)".
        int end = nameTo;
        if (nameTo + 1 < tokens.size() && tokens.get(nameTo).text().equals("(")) {
            String inside = tokens.get(nameTo + 1).text();
            boolean closed = nameTo + 2 < tokens.size() && tokens.get(nameTo + 2).text().equals(")");
            if (inside.matches("\\p{Lu}[\\p{Lu}\\d-]+\\)") || (closed && inside.matches("\\p{Lu}[\\p{Lu}\\d-]+"))) {
                acronym = inside.replace(")", "");
                end = nameTo + (closed ? 3 : 2);
            }
        }
        List<String> description = descriptionBefore(tokens, i);
        if (description == null) {
            description = descriptionAfter(tokens, nameTo);
        }
        // A name with no article before it must follow the words that name it ("a group calling itself Free
        // Sahel") or come before its description ("Serb List, the main party of Kosovo's Serbs"): a capitalised
        // word opening a sentence ("Rebels of the ...") is no name.
        boolean named = i > 0 && NAMING.stream().map(words -> words.get(words.size() - 1)).toList()
                .contains(tokens.get(i - 1).lower());
        if (!the && !named && (description == null || !bareName(tokens, at, nameTo))) {
            return null;
        }
        String how = "introduced as '%s'".formatted(name(tokens, i, nameTo));
        if (description != null) {
            how += ", described as a " + String.join(" ", description);
        }
        String head = description != null ? description.get(description.size() - 1) : nameHead(tokens, at, nameTo);
        if (description == null && acronym == null && the) {
            // "the Suez Canal Authority": a name an agency's noun heads is the agency of a state, one its name or
            // its sentence has named before it ("the Intergovernmental Authority on Development" is of no state).
            String state = !known.isEmpty() && known.get(0).sort() != Sort.REGION ? known.get(0).id()
                    : discourse.sentenceStates.stream().findFirst().orElse(null);
            Mention agency = state == null ? null : namedAgency(tokens, i, at, state, discourse);
            if (agency != null) {
                return agency;
            }
        }
        if ((description == null && acronym == null) || head == null || !introductions.groups().containsKey(head)) {
            return null;
        }
        // "the Sudanese Armed Forces (SAF)" are a state's forces, "the Syrian Democratic Forces, a Kurdish-led
        // militia" a group: after a demonym only a description says which.
        if (description == null && !known.isEmpty() && known.get(0).sort() == Sort.DEMONYM) {
            return null;
        }
        String kind = introductions.groups().get(head).name();
        String name = name(tokens, at, nameTo);
        String id = acronym != null ? acronym : capitalisedWords(tokens, at, nameTo) >= 3
                ? initials(tokens, at, nameTo) : Drafter.slug(name, 6);
        if (lexicon.states.containsKey(id) || lexicon.organisations.containsKey(id)
                || (discourse.introduced.containsKey(id) && !discourse.introduced.get(id).name().endsWith(name))) {
            id = Drafter.slug(name, 6);
        }
        how += acronym != null ? " with its acronym %s".formatted(acronym) : "";
        how += ": a %s by the head noun '%s'".formatted(kind, head);
        String region = null;
        String state = discourse.topicState();
        if (kind.equals("NON_STATE_GROUP") && state != null) {
            region = lexicon.states.get(state).region();
            how += "; placed in %s, the region of %s, the state the sentence or the one before is about (inferred)"
                    .formatted(region, state);
        }
        List<String> words = new ArrayList<>(description == null ? List.of() : description);
        words.addAll(List.of(name.toLowerCase(Locale.ROOT).split(" ")));
        String role = roleOf(words);
        List<String> refs = new ArrayList<>(List.of(head));
        if (description != null && description.size() > 1) {
            refs.add(String.join(" ", description));
        }
        String nameHead = nameHead(tokens, at, nameTo);
        if (nameHead != null && !refs.contains(nameHead)) {
            refs.add(nameHead);
        }
        if (!discourse.introduced.containsKey(id) && kind.equals("NON_STATE_GROUP") && region == null) {
            discourse.unplacedGroups.add(id);
        }
        // "The three European powers, known as the E3": a count heading an organisation's description is how many
        // members it has, as "the 31-nation bloc" says of a bloc named before.
        int members = description != null && description.size() > 1 && kind.equals("ORGANISATION")
                ? number(description.get(0)) : -1;
        if (members > 1) {
            discourse.counts.add(new Discourse.Count(id, members, String.join(" ", description)));
            discourse.countedGroups.put(members, id);
        }
        discourse.introduced.putIfAbsent(id, new Discourse.Introduced(id, (the ? "the " : "") + name, kind, region,
                null, null, List.copyOf(refs), role, how));
        discourse.introducedNames.putIfAbsent(String.join(" ", tokens.subList(at, nameTo).stream()
                .map(Token::text).toList()), id);
        if (acronym != null) {
            discourse.introducedNames.putIfAbsent(acronym, id);
        }
        return mention(tokens, i, end, List.of(id), false, Via.INTRODUCED, false);
    }

    /**
     * A state agency by its proper name at {@code at}, which an agency's noun heads ({@code agencyHeads}: "the Suez
     * Canal Authority", "India's Ministry of External Affairs"): three capitalised words or a joining word, so "the
     * Foreign Ministry" stays the state's. It is an AGENCY of {@code state}, the state its name or a possessive before
     * it names, else the first state its sentence names (inferred); its id is its initials, else its words.
     */
    private Mention namedAgency(List<Token> tokens, int from, int at, String state, Discourse discourse) {
        if (at >= tokens.size() || !tokens.get(at).capitalised() || !lexicon.states.containsKey(state)) {
            return null;
        }
        int nameTo = organisationNameEnd(tokens, at);
        // "India's Ministry of External Affairs" is the gazetteer's, read after the possessive.
        List<Entry> known = gazetteer.at(tokens, at, Sort.ORGANISATION);
        if (!known.isEmpty() && at + known.get(0).words().length >= nameTo) {
            return null;
        }
        int words = capitalisedWords(tokens, at, nameTo);
        String head = nameHead(tokens, at, nameTo);
        boolean joined = tokens.subList(at, nameTo).stream().anyMatch(token -> NAME_JOINERS.contains(token.text()));
        if (nameTo - at < 2 || !introductions.agencyHeads().contains(head) || (words < 3 && !joined)
                || (nameTo < tokens.size() && tokens.get(nameTo).pos().startsWith("NOUN"))) {
            return null;
        }
        String written = name(tokens, from, nameTo);
        String agencyName = name(tokens, at, nameTo);
        String id = words >= 3 ? initials(tokens, at, nameTo) : Drafter.slug(agencyName, 6);
        if (lexicon.states.containsKey(id) || lexicon.organisations.containsKey(id)
                || (discourse.introduced.containsKey(id) && !discourse.introduced.get(id).name().endsWith(agencyName))) {
            id = Drafter.slug(agencyName, 6);
        }
        boolean named = (from < at && !tokens.get(from).lower().equals("the"))
                || !gazetteer.at(tokens, at, null).isEmpty();
        String how = ("an agency named '%s', headed by the noun '%s': an AGENCY of %s, %s").formatted(agencyName, head,
                state, named ? "the state its name or possessive names" : "the first state its sentence names "
                        + "(inferred)");
        discourse.introduced.putIfAbsent(id, new Discourse.Introduced(id, written, "AGENCY", null, state,
                org.entente.domain.Sector.GOVERNMENT.name(), List.of(head), null, how));
        discourse.introducedNames.putIfAbsent(String.join(" ", tokens.subList(at, nameTo).stream()
                .map(Token::text).toList()), id);
        return mention(tokens, from, nameTo, List.of(id), false, Via.INTRODUCED, false);
    }

    /**
     * A navy's ship named with its state's prefix ({@code vessels}: "USS Carney", "HMS Diamond"): an AGENCY of that
     * state, sector MILITARY, whose id is its name's words ("uss-carney"). Ships are often named after places ("HMCS
     * Ottawa"): after the prefix a place's name is the ship's.
     */
    private Mention vessel(List<Token> tokens, int i, Discourse discourse) {
        String state = introductions.vessels().get(tokens.get(i).text());
        if (state == null) {
            return null;
        }
        int to = i + 1;
        while (to < tokens.size() && to - i <= 4 && tokens.get(to).capitalised()
                && tokens.get(to).text().matches("[\\p{L}.'’-]+")) {
            to++;
        }
        if (to == i + 1) {
            return null;
        }
        String shipName = name(tokens, i, to);
        String id = Drafter.slug(shipName, 6);
        discourse.introduced.putIfAbsent(id, new Discourse.Introduced(id, shipName, "AGENCY", null, state,
                org.entente.domain.Sector.MILITARY.name(), List.of(), null,
                "a ship named with the prefix '%s' of %s's navy: an AGENCY of %s".formatted(tokens.get(i).text(),
                        state, state)));
        discourse.introducedNames.putIfAbsent(String.join(" ", tokens.subList(i, to).stream().map(Token::text)
                .toList()), id);
        return mention(tokens, i, to, List.of(id), false, Via.INTRODUCED, false);
    }

    /**
     * A group introduced in a sentence that had named no state before it lies where the first state the sentence
     * names after it does: "Rebels of the Movement for Justice (MJE) attacked a garrison in Chad".
     */
    private void placeIntroducedGroups(Discourse discourse) {
        String state = discourse.sentenceStates.isEmpty() ? null : discourse.sentenceStates.iterator().next();
        for (String id : discourse.unplacedGroups) {
            Discourse.Introduced group = discourse.introduced.get(id);
            if (state != null) {
                String region = lexicon.states.get(state).region();
                String how = group.how() + "; placed in %s, the region of %s, the first state its sentence names "
                        .formatted(region, state) + "(inferred)";
                discourse.introduced.put(id, new Discourse.Introduced(id, group.name(), group.kind(), region, null,
                        null, group.refs(), group.role(), how));
            }
        }
        discourse.unplacedGroups.clear();
    }

    /** Capitalised words joined by "for", "of", "the", "and": "National Council for the Safeguard of the Homeland". */
    private static int organisationNameEnd(List<Token> tokens, int from) {
        int to = from;
        int end = from;
        while (to < tokens.size() && to - from < MAX_ORGANISATION_NAME) {
            Token token = tokens.get(to);
            if (token.capitalised() && token.text().matches("[\\p{L}'’-]+")) {
                end = ++to;
            } else if (to > from && (NAME_JOINERS.contains(token.text()) || token.possessiveMark())) {
                // "the Kurdistan Workers' Party", "the People's Defence Units"
                to++;
            } else {
                break;
            }
        }
        return end;
    }

    private static int capitalisedWords(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            words += tokens.get(k).capitalised() ? 1 : 0;
        }
        return words;
    }

    /** "NCSH" for "National Council for the Safeguard of the Homeland": the initials of its capitalised words. */
    private static String initials(List<Token> tokens, int from, int to) {
        StringBuilder initials = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).capitalised()) {
                initials.append(Character.toUpperCase(tokens.get(k).text().charAt(0)));
            }
        }
        return Normalizer.normalize(initials, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The name's head, in lower case: its last capitalised word before a joining word ("council"). */
    private static String nameHead(List<Token> tokens, int from, int to) {
        int head = from;
        for (int k = from; k < to && !NAME_JOINERS.contains(tokens.get(k).text()); k++) {
            head = k;
        }
        return tokens.get(head).lower();
    }

    /**
     * The description before a name set off by a comma ("a military council, the National ...") or a naming phrase
     * ("a group calling itself ...", "a militia known as ..."): its words after the article, or null.
     */
    private List<String> descriptionBefore(List<Token> tokens, int i) {
        int end = -1;
        if (i > 0 && tokens.get(i - 1).text().equals(",")) {
            end = i - 1;
        }
        boolean naming = false;
        for (List<String> words : NAMING) {
            int from = i - words.size();
            if (from > 0 && tokens.subList(from, i).stream().map(Token::lower).toList().equals(words)) {
                end = from;
                naming = true;
            }
        }
        // "The three European powers, known as the E3": a definite description set off before a naming phrase names
        // the group as well (before a comma alone, "the military council, the National Council" may be two actors).
        boolean definite = naming && end > 0 && tokens.get(end - 1).text().equals(",");
        if (definite) {
            end--;
        }
        if (end < 2) {
            return null;
        }
        java.util.Set<String> articles = definite ? java.util.Set.of("a", "an", "the") : java.util.Set.of("a", "an");
        for (int a = end - 2; a >= Math.max(0, end - 4); a--) {
            if (articles.contains(tokens.get(a).lower())) {
                List<String> words = tokens.subList(a + 1, end).stream().map(Token::lower).toList();
                return introductions.groups().containsKey(words.get(words.size() - 1)) ? words : null;
            }
        }
        return null;
    }

    /**
     * Whether a name with no article before it is one name: "Serb List", not "Thursday the Intergovernmental
     * Authority on Development" (a "the" inside, or a name the gazetteer knows starting within it).
     */
    private boolean bareName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).lower().equals("the") || (k > from && !gazetteer.at(tokens, k, null).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The description after a name set off by a comma: "the Sudan Liberation Movement, a rebel group", "Serb List,
     * the main party of Kosovo's Serbs". Its head noun comes within three words of the article.
     */
    private List<String> descriptionAfter(List<Token> tokens, int nameTo) {
        if (nameTo + 2 >= tokens.size() || !tokens.get(nameTo).text().equals(",")
                || !java.util.Set.of("a", "an", "the").contains(tokens.get(nameTo + 1).lower())) {
            return null;
        }
        for (int k = nameTo + 2; k < Math.min(tokens.size(), nameTo + 5); k++) {
            if (introductions.groups().containsKey(tokens.get(k).lower())
                    && (k + 1 >= tokens.size() || !tokens.get(k + 1).pos().startsWith("NOUN"))) {
                return tokens.subList(nameTo + 2, k + 1).stream().map(Token::lower).toList();
            }
        }
        return null;
    }

    /** The role a group's introducing words name, when they hold one of a role's phrases ("military council"). */
    private String roleOf(List<String> words) {
        for (int n = Introductions.MAX_PHRASE_WORDS; n >= 1; n--) {
            for (int k = 0; k + n <= words.size(); k++) {
                String role = introductions.roles().get(String.join(" ", words.subList(k, k + n)));
                if (role != null) {
                    return role;
                }
            }
        }
        return null;
    }

    /** True unless the word at {@code at} is a demonym of a state other than {@code state}. */
    private boolean demonymOf(List<Token> tokens, int at, String state) {
        return gazetteer.at(tokens, at, Sort.DEMONYM).stream()
                .allMatch(entry -> entry.words().length != 1 || entry.id().equals(state));
    }

    /**
     * A definite phrase for an actor the article introduced or a body of a state: "the council" (a group's head noun),
     * "the junta" (a role), "the Senate" (capitalised: a body of the state the sentence is about). The phrase must
     * head its noun phrase ("the council meeting" is no council) and not be followed by "of" ("the soldiers of the
     * 5th brigade").
     */
    private Mention definite(List<Token> tokens, int i, Discourse discourse) {
        // "Araghchi told his European counterparts": after a possessive pronoun only a role's phrase that ends on a
        // word of counterpartNouns says who the group is (whose counterparts they are, the pronoun says); "their
        // soldiers" are the speakers' own, not the junta's.
        boolean possessed = java.util.Set.of("his", "her", "their").contains(tokens.get(i).lower());
        if (!tokens.get(i).lower().equals("the") && !possessed) {
            return null;
        }
        for (int n = Math.min(Introductions.MAX_PHRASE_WORDS, tokens.size() - i - 1); n >= 1; n--) {
            int end = i + 1 + n;
            // "the secretary-general" (tokenized "secretary", "-general") is no secretary; "accused the Europeans of
            // preferring": an "of" before an -ing form (in lower case, however the tagger reads it: "of stalling")
            // is the verb's, not the phrase's.
            boolean verbsOf = end + 1 < tokens.size() && !tokens.get(end + 1).capitalised()
                    && tokens.get(end + 1).text().length() > 4 && tokens.get(end + 1).text().endsWith("ing");
            if (end < tokens.size() && (tokens.get(end).pos().startsWith("NOUN")
                    || tokens.get(end).pos().startsWith("PROPN") || (tokens.get(end).lower().equals("of") && !verbsOf)
                    || tokens.get(end).text().startsWith("-"))) {
                continue;
            }
            String phrase = String.join(" ", tokens.subList(i + 1, end).stream().map(Token::lower).toList());
            if (possessed && (!introductions.roles().containsKey(phrase)
                    || !lexicon.words.counterparts().contains(tokens.get(end - 1).lower()))) {
                continue;
            }
            String group = groupReferredTo(phrase, discourse);
            // "the foreign ministry in Tehran" after Russia's: a capital after "in" names whose body it is; a group
            // of no state ("the officers in N'Djamena") is where it is.
            String capital = capitalAfter(tokens, end);
            String owner = group == null || discourse.introduced.get(group) == null ? null
                    : discourse.introduced.get(group).partOf();
            if (group != null && (capital == null || owner == null || capital.equals(owner))) {
                return mention(tokens, i, end, List.of(group), false, Via.ROLE, false);
            }
            if (possessed) {
                continue;
            }
            // "The minister criticised ...": the person named last with a title of that head, by one word and at
            // most one before it ("the foreign minister").
            String person = n <= 2 ? discourse.personsByTitle.get(tokens.get(end - 1).lower()) : null;
            if (person != null && n == 2 && !demonymOf(tokens, i + 1, discourse.represents.get(person))) {
                // "the Somali president" is Somalia's, not the president of another named last.
                person = null;
            }
            if (person != null) {
                return mention(tokens, i, end, List.of(person), false, Via.TITLE_REFERENCE, false);
            }
            // Without its state a body is named as an institution, capitalised ("the Senate", not "the army"), or is
            // one a state has alone ("the foreign ministry"); it is the body of the capital after "in" ("the foreign
            // ministry in Mogadishu"), else of the state in context. A longer name of the gazetteer ("the Department
            // of Foreign Affairs and Trade") is that name.
            String state = capital != null ? capital : discourse.topicState();
            if (introductions.bodies().containsKey(phrase) && state != null
                    && (tokens.get(i + 1).capitalised() || introductions.alone().contains(phrase))
                    && gazetteer.at(tokens, i + 1, null).isEmpty()) {
                return body(tokens, i, i + 1, state, discourse, Via.BODY_IN_CONTEXT);
            }
        }
        return null;
    }

    /**
     * The group introduced last that the phrase refers back to, by one of its head nouns or by its role; none when
     * an organisation of the gazetteer named since has the phrase among its refs ("the council" after the UN
     * Security Council is named is that council).
     */
    private String groupReferredTo(String phrase, Discourse discourse) {
        String role = introductions.roles().get(phrase);
        for (int k = discourse.recentActors.size() - 1; k >= 0; k--) {
            String id = discourse.recentActors.get(k);
            Lexicon.Organisation known = lexicon.organisations.get(id);
            if (known != null && known.refs().contains(phrase)) {
                return null;
            }
            Discourse.Introduced introduced = discourse.introduced.get(id);
            if (introduced != null && (introduced.refs().contains(phrase)
                    || (role != null && role.equals(introduced.role())))) {
                return id;
            }
        }
        return null;
    }

    /**
     * A body of a state at {@code at} ("senate" after "Nigeria's", "parliament" after "Kenyan", "foreign ministry"
     * after "its"), or of an organisation ("the African Union's Peace and Security Council"): an AGENCY of the owner,
     * in the sector {@code bodies} of introductions.yaml gives it, whose id joins the owner's code and the body's name
     * ("ken-parliament", "chn-mfa"). It is named as written when its owner's name or demonym opens it ("the Sudanese
     * army", "Kenya's parliament"), else with its owner's name ("Pakistan's foreign ministry").
     */
    private Mention body(List<Token> tokens, int from, int at, String owner, Discourse discourse, Via via) {
        String ownerName = ownerName(owner);
        if (ownerName == null) {
            return null;
        }
        for (int n = Math.min(Introductions.MAX_PHRASE_WORDS, tokens.size() - at); n >= 1; n--) {
            int end = at + n;
            String phrase = String.join(" ", tokens.subList(at, end).stream().map(Token::lower).toList());
            org.entente.domain.Sector sector = introductions.bodies().get(phrase);
            boolean heads = end >= tokens.size() || !(tokens.get(end).pos().startsWith("NOUN")
                    || tokens.get(end).pos().startsWith("PROPN"));
            if (sector == null || !heads) {
                continue;
            }
            // "the Russian peacekeeping contingent" and "Russian peacekeepers" are one body, named by its first phrase.
            String body = introductions.bodyNames().getOrDefault(phrase, phrase);
            // "the US foreign ministry" is the State Department, "the Chinese coast guard" the China Coast Guard.
            String known = lexicon.organisations.values().stream()
                    .filter(agency -> owner.equals(agency.partOf()) && body.equals(agency.body()))
                    .map(Lexicon.Organisation::id).findFirst().orElse(null);
            if (known != null) {
                return mention(tokens, from, end, List.of(known), false, via, false);
            }
            String id = owner.toLowerCase(Locale.ROOT) + "-" + Drafter.slug(body, 4);
            // "Russia's foreign ministry said ... The ministry also accused Yerevan": a body is referred back to by
            // its phrases and by the head noun of each that is one of agencyHeads, as a named agency is.
            List<String> phrases = introductions.bodyNames().entrySet().stream()
                    .filter(entry -> entry.getValue().equals(body)).map(java.util.Map.Entry::getKey).sorted().toList();
            List<String> refs = java.util.stream.Stream.concat(phrases.stream(), phrases.stream()
                    .map(Recognizer::phraseHead).filter(introductions.agencyHeads()::contains)).distinct().toList();
            String written = name(tokens, from, end);
            String how = via == Via.BODY
                    ? "a body of %s named with its owner ('%s'): an AGENCY of sector %s by the noun '%s'".formatted(
                            owner, written, sector, phrase)
                    : via == Via.CAPITAL
                    ? "a body of %s named with its capital ('%s'): an AGENCY of sector %s by the noun '%s'".formatted(
                            owner, written, sector, phrase)
                    : via == Via.PRONOUN
                    ? "a body of %s, the actor named last, by its possessive ('%s'): an AGENCY of sector %s".formatted(
                            owner, written, sector)
                    : via == Via.REFERENCE
                    ? "a body of %s, which the possessive refers back to ('%s'): an AGENCY of sector %s".formatted(
                            owner, written, sector)
                    : ("a body of a state named without its state ('%s'), read as that of %s, the state of the capital "
                            + "after it or the state the sentence or the one before is about (inferred): an AGENCY of "
                            + "sector %s").formatted(written, owner, sector);
            String named = via != Via.BODY ? possessive(ownerName) + " " + name(tokens, at, end)
                    : tokens.subList(from, end).stream().anyMatch(Token::possessiveMark) ? written : "the " + written;
            discourse.introduced.putIfAbsent(id, new Discourse.Introduced(id, named, "AGENCY", null, owner,
                    sector.name(), refs, null, how));
            return mention(tokens, from, end, List.of(id), false, via, false);
        }
        return null;
    }

    /**
     * "The Taiwanese ministry condemned ...", "Kenya's ministry": a state's demonym or possessive before one of
     * agencyHeads that heads its phrase is the body of that state the article named last with that head noun; with
     * none named, it is no one.
     */
    private Mention bodyReferredTo(List<Token> tokens, int from, int at, String state, Discourse discourse) {
        if (at >= tokens.size() || !introductions.agencyHeads().contains(tokens.get(at).lower())
                || (at + 1 < tokens.size() && (tokens.get(at + 1).pos().startsWith("NOUN")
                || tokens.get(at + 1).pos().startsWith("PROPN") || tokens.get(at + 1).lower().equals("of")))) {
            return null;
        }
        String head = tokens.get(at).lower();
        for (int k = discourse.recentActors.size() - 1; k >= 0; k--) {
            Discourse.Introduced body = discourse.introduced.get(discourse.recentActors.get(k));
            if (body != null && state.equals(body.partOf()) && body.refs().contains(head)) {
                return mention(tokens, from, at + 1, List.of(body.id()), false, Via.ROLE, false);
            }
        }
        return null;
    }

    /**
     * "Peru's foreign minister condemned Chile", "the Bolivian president accused ...": a title of the lexicon after a
     * state's possessive or demonym, with no name after it, is whoever holds the office, who speaks for the state, so
     * it stands for the state (a title another state has alone is not this one's); with a name after it the title
     * makes a person, which {@link #titled} reads first.
     */
    /**
     * After a state's possessive an unnamed office holder stands for the state only as the subject of a verb ("Peru's
     * foreign minister condemned Chile"): as an object the possessive is read by the patterns ("summoned Azerbaijan's
     * envoy"), and "met Argentina's president" meets no one named.
     */
    private Mention actingOffice(List<Token> tokens, int from, int at, String state) {
        Mention office = unnamedOffice(tokens, from, at, state);
        if (office == null || office.to() >= tokens.size()) {
            return null;
        }
        int next = office.to();
        while (next < tokens.size() && tokens.get(next).pos().startsWith("ADV")) {
            next++;
        }
        return next < tokens.size() && (tokens.get(next).pos().startsWith("VERB") || tokens.get(next).pos().startsWith("AUX"))
                ? office : null;
    }

    private Mention unnamedOffice(List<Token> tokens, int from, int at, String state) {
        if (at >= tokens.size()) {
            return null;
        }
        List<Entry> titles = gazetteer.at(tokens, at, Sort.TITLE);
        if (titles.isEmpty() || (titles.get(0).id() != null && !titles.get(0).id().equals(state))) {
            return null;
        }
        int end = at + titles.get(0).words().length;
        boolean named = end < tokens.size() && (tokens.get(end).pos().startsWith("PROPN")
                || tokens.get(end).pos().startsWith("NOUN") || tokens.get(end).text().startsWith("-")
                || (tokens.get(end).text().equals(",") && end + 1 < tokens.size()
                && tokens.get(end + 1).pos().startsWith("PROPN")));
        return named ? null : mention(tokens, from, end, List.of(state), false, Via.DEMONYM, false);
    }

    /** The head noun of a body's phrase: the word before "of" ("ministry of defence"), else the last word. */
    private static String phraseHead(String phrase) {
        String[] words = phrase.split(" ");
        int of = List.of(words).indexOf("of");
        return of > 0 ? words[of - 1] : words[words.length - 1];
    }

    /** The name of a state, or of an organisation of states, that may own a body; null for any other actor. */
    private String ownerName(String owner) {
        if (lexicon.states.containsKey(owner)) {
            return lexicon.states.get(owner).name();
        }
        Lexicon.Organisation organisation = lexicon.organisations.get(owner);
        return organisation != null && "ORGANISATION".equals(organisation.kind()) ? organisation.name() : null;
    }

    /** "Pakistan's", "the United States'", with a leading "the" kept: "the African Union's". */
    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /**
     * The actor named just before a relative clause set off by commas that closes before {@code at} ("The African
     * Union, which suspended Sudan after the coup, adopted ..."): a pronoun after the clause refers past it; else null.
     */
    private static String relativeAntecedent(List<Token> tokens, int at, Discourse discourse) {
        for (int w = at - 1; w > 1; w--) {
            boolean relative = java.util.Set.of("which", "who").contains(tokens.get(w).lower())
                    && tokens.get(w - 1).text().equals(",");
            if (!relative) {
                continue;
            }
            boolean closed = tokens.subList(w + 1, at).stream().anyMatch(token -> token.text().equals(","));
            final int comma = w - 1;
            Mention before = discourse.sentenceMentions.stream().filter(mention -> mention.to() <= comma)
                    .reduce((first, second) -> second).orElse(null);
            return closed && before != null && before.to() == comma && before.ids().size() == 1
                    && !discourse.represents.containsKey(before.id()) ? before.id() : null;
        }
        return null;
    }

    /** The state of the place a sentence opens on, "In Seoul," or "In Nigeria,": where what it tells happens. */
    private String sceneState(List<Token> tokens) {
        if (tokens.size() < 3 || !tokens.get(0).lower().equals("in")) {
            return null;
        }
        List<Entry> place = gazetteer.at(tokens, 1, null);
        boolean scene = !place.isEmpty() && java.util.Set.of(Sort.CAPITAL, Sort.STATE).contains(place.get(0).sort())
                && 1 + place.get(0).words().length < tokens.size()
                && tokens.get(1 + place.get(0).words().length).text().equals(",");
        return scene ? place.get(0).id() : null;
    }

    /** The state of a capital after "in" at {@code at}: "the foreign ministry in Mogadishu"; else null. */
    private String capitalAfter(List<Token> tokens, int at) {
        if (at + 1 >= tokens.size() || !tokens.get(at).lower().equals("in")) {
            return null;
        }
        List<Entry> capital = gazetteer.at(tokens, at + 1, Sort.CAPITAL);
        return capital.isEmpty() ? null : capital.get(0).id();
    }

    /** An agency named by one word that is no acronym ("Brussels" for the Commission): the city it sits in. */
    private boolean cityName(Entry entry) {
        Lexicon.Organisation organisation = lexicon.organisations.get(entry.id());
        String word = entry.words().length == 1 ? entry.words()[0] : null;
        return organisation != null && organisation.partOf() != null && word != null
                && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** One of the possessed nouns within three words: "its first project", "its North Atlantic area". */
    private boolean possessedAfter(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
            if (lexicon.words.possessed().contains(tokens.get(k).lower())) {
                return true;
            }
            if (tokens.get(k).pos().equals("PUNCT") || tokens.get(k).pos().startsWith("VERB")
                    || tokens.get(k).pos().startsWith("AUX")) {
                return false;
            }
        }
        return false;
    }

    private static int number(String word) {
        return switch (word) {
            case "two", "both" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> word.matches("\\d+") ? Integer.parseInt(word) : -1;
        };
    }

    private String organisationReferredTo(String head, Discourse discourse) {
        for (int k = discourse.recentActors.size() - 1; k >= 0; k--) {
            Lexicon.Organisation organisation = lexicon.organisations.get(discourse.recentActors.get(k));
            if (organisation != null && organisation.refs().contains(head)) {
                return organisation.id();
            }
        }
        return null;
    }

    /**
     * "Riyadh broke off relations after protesters stormed its embassy, angered by the kingdom's execution of a
     * cleric": a noun of {@code descriptions} (introductions.yaml) refers back to the state of that kind the article
     * named last, a person counting as the state it speaks for; with none named, to no one. "The island of Crete"
     * names an island, not a state.
     */
    private String stateDescribed(List<Token> tokens, int at, Discourse discourse) {
        Set<String> described = introductions.descriptions().get(tokens.get(at).lower());
        if (described == null || (at + 1 < tokens.size() && tokens.get(at + 1).lower().equals("of"))) {
            return null;
        }
        for (int k = discourse.recentActors.size() - 1; k >= 0; k--) {
            String id = discourse.recentActors.get(k);
            String state = discourse.represents.getOrDefault(id, id);
            if (described.contains(state)) {
                return state;
            }
        }
        return null;
    }

    /**
     * The states a group names when the text just named exactly as many: "Solomon Islands has signed an agreement
     * with China, officials in both countries confirmed" (the sentence so far), "David Panuelo, the president of
     * Micronesia, wrote to Sogavare ... Both countries belong to the forum" (a sentence that names no state before the
     * group, after one that named exactly as many); else null.
     */
    /**
     * "called on both sides to show restraint", "the two neighbours": the two sides of what the article is about, the
     * two actors it has named most so far (a person counting as whom it speaks for; of two named as often, the one
     * named first), whichever states the sentence or the one before happened to name ("Miller said Washington
     * recognised Somalia's sovereignty and urged all sides" urges Somalia and Ethiopia). A side is named more than
     * once: an actor named in passing is no side of what the article is about.
     */
    static List<String> principalParties(Discourse discourse) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (String id : discourse.recentActors) {
            named.merge(discourse.represents.getOrDefault(id, id), 1, Integer::sum);
        }
        return named.entrySet().stream().filter(entry -> entry.getValue() >= SIDE_MENTIONS)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(2).map(Map.Entry::getKey)
                .toList();
    }

    /** Whether the phrase at {@code at} is what an appeal asks of: right after "urged", "pressed", "called on". */
    private boolean appealedTo(List<Token> tokens, int at) {
        int verb = at - 1;
        if (verb >= 1 && java.util.Set.of("on", "upon").contains(tokens.get(verb).lower())
                && tokens.get(verb - 1).lemma().equals("call")) {
            verb--;
        }
        return verb >= 0 && tokens.get(verb).pos().equals("VERB") && tokens.get(verb).in(lexicon.words.appeals());
    }

    private static List<String> nearStates(Discourse discourse, int count) {
        if (discourse.sentenceStates.size() == count) {
            return List.copyOf(discourse.sentenceStates);
        }
        return discourse.sentenceStates.isEmpty() && discourse.previousStates().size() == count
                ? discourse.previousStates() : null;
    }

    /**
     * The states of the latest list of exactly {@code count} the article named together ("US President Joe Biden,
     * British Prime Minister Boris Johnson and Australian Prime Minister Scott Morrison" are "the three governments"
     * later, however many states come between); else the {@code count} states named last. When the sentence itself
     * names fewer, they are left out: in "Beijing accused the three countries" the three are others; in "Leaders of
     * A, B and C met; the three countries ..." they are the sentence's own.
     */
    private static List<String> lastStates(Discourse discourse, int count) {
        for (int k = discourse.coordinations.size() - 1; k >= 0; k--) {
            List<String> listed = discourse.coordinations.get(k);
            if (listed.size() == count) {
                return listed;
            }
        }
        boolean others = discourse.sentenceStates.size() < count;
        List<String> states = new ArrayList<>();
        for (int k = discourse.recentStates.size() - 1; k >= 0 && states.size() < count; k--) {
            String state = discourse.recentStates.get(k);
            if (!states.contains(state) && !(others && discourse.sentenceStates.contains(state))) {
                states.add(0, state);
            }
        }
        return states;
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    private String lastNonPerson(Discourse discourse) {
        for (int k = discourse.recentActors.size() - 1; k >= 0; k--) {
            if (!discourse.represents.containsKey(discourse.recentActors.get(k))) {
                return discourse.recentActors.get(k);
            }
        }
        return last(discourse.recentActors);
    }

    /** Whether "and" or a comma joins the demonym ending here to others, the last of them before an agency noun. */
    private boolean sharesAgency(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size() && (tokens.get(k).text().equals(",") || tokens.get(k).lower().equals("and"))) {
            k++;
        }
        if (k == end) {
            return false;
        }
        for (Entry other : gazetteer.at(tokens, k, Sort.DEMONYM)) {
            int after = k + other.words().length;
            if (demonymNounEnd(tokens, after) > after || sharesAgency(tokens, after)
                    || (after < tokens.size() && lexicon.words.envoys().contains(tokens.get(after).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** A hyphen and one of `sponsorWords` at {@code at}: "-drafted", "-sponsored" (the tokenizer splits them off). */
    private boolean sponsored(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && tokens.get(at).text().equals("-")
                && lexicon.words.sponsors().contains(tokens.get(at + 1).lower());
    }

    /** The end of an agency noun after {@code at} ("forces", "air force"), or {@code at} when there is none. */

    /** Whether a phrase of two or more words naming a body of a state opens at {@code at} ("General Staff"). */
    private boolean opensBody(List<Token> tokens, int at) {
        for (int n = Math.min(Introductions.MAX_PHRASE_WORDS, tokens.size() - at); n >= 2; n--) {
            String phrase = String.join(" ", tokens.subList(at, at + n).stream().map(Token::lower).toList());
            if (introductions.bodies().containsKey(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the demonym from {@code from} to {@code end} is a noun of one person: after "a", "an" or "one" and
     * heading its phrase ("a Uruguayan, who", "an Israeli and two Thais"), not before a noun ("a Uruguayan company").
     */
    private static boolean person(List<Token> tokens, int from, int end) {
        if (from == 0 || !java.util.Set.of("a", "an", "one").contains(tokens.get(from - 1).lower())) {
            return false;
        }
        if (end >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(end);
        return !(next.pos().startsWith("NOUN") || next.pos().startsWith("PROPN") || next.pos().startsWith("ADJ")
                || next.text().equals("-") || next.possessiveMark());
    }

    private int agencyEnd(List<Token> tokens, int at) {
        if (at + 1 < tokens.size() && lexicon.words.agencies().contains(
                tokens.get(at).lower() + " " + tokens.get(at + 1).lower())) {
            return at + 2;
        }
        return at < tokens.size() && lexicon.words.agencies().contains(tokens.get(at).lower()) ? at + 1 : at;
    }

    /**
     * After a demonym, the end of an agency noun ("Russian forces") or of one of nationalNouns, the people, ships,
     * aircraft and posts of a state ("a Canadian businessman", "a British tanker", "Kyrgyz outposts"); else at.
     */
    private int demonymNounEnd(List<Token> tokens, int at) {
        int agency = agencyEnd(tokens, at);
        if (agency > at) {
            return agency;
        }
        if (at + 1 < tokens.size() && lexicon.words.nationals().contains(
                tokens.get(at).lower() + " " + tokens.get(at + 1).lower())) {
            return at + 2;
        }
        return at < tokens.size() && lexicon.words.nationals().contains(tokens.get(at).lower()) ? at + 1 : at;
    }

    private boolean afterPlacePreposition(List<Token> tokens, int i) {
        return i > 0 && lexicon.words.places().contains(tokens.get(i - 1).lower());
    }

    private Mention mention(List<Token> tokens, int from, int to, List<String> ids, boolean region, Via via,
                            boolean place) {
        boolean possessive = to < tokens.size() && tokens.get(to).possessiveMark();
        int end = possessive ? to + 1 : to;
        String owned = possessive && end < tokens.size() ? ownedNoun(tokens, end) : null;
        return new Mention(from, end, List.copyOf(ids), region, via, place, possessive, owned);
    }

    /** The head noun a possessive owns, past adjectives: "China's continued support" -> "support". */
    private static String ownedNoun(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            String pos = tokens.get(k).pos();
            if (pos.startsWith("NOUN") || pos.startsWith("PROPN")) {
                return tokens.get(k).lemma();
            }
            if (!pos.startsWith("ADJ") && !pos.startsWith("VERB") && !pos.startsWith("ADV") && !pos.startsWith("NUM")) {
                return null;
            }
        }
        return null;
    }

    private void remember(Mention mention, Discourse discourse) {
        if (mention.via() == Via.FACT && discourse.parties.containsKey(mention.id())) {
            discourse.actNamed = mention.id();
        }
        // A capital after "in" is a city; a state after "from" or "in" is still a state the article has named.
        if (mention.region() && mention.via() != Via.EXAMPLE) {
            discourse.recentRegions.add(mention.id());
            if (mention.via() == Via.NAME) {
                discourse.regionNames.merge(mention.id(), 1, Integer::sum);
            }
        }
        if (mention.region() || mention.fact() || (mention.place() && mention.via() == Via.CAPITAL)) {
            return;
        }
        for (String id : mention.ids()) {
            discourse.recentActors.add(id);
            String state = discourse.represents.containsKey(id) ? discourse.represents.get(id) : id;
            if (discourse.represents.containsKey(id)) {
                discourse.recentPersons.add(id);
                discourse.sentencePersons.add(id);
            }
            if (lexicon.states.containsKey(state)) {
                if (discourse.leadState == null && mention.via() != Via.GROUP) {
                    discourse.leadState = state;
                }
                discourse.recentStates.add(state);
                if (mention.via() != Via.GROUP) {
                    discourse.sentenceStates.add(state);
                }
            }
        }
    }
}
