package org.entente.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.entente.domain.RelationKind;
import org.entente.io.Json;
import org.entente.pack.Declared;
import org.entente.pack.FactPack;
import org.entente.pack.Provenance;

/**
 * Scores a draft against a curated pack of the same article, per fact type. Facts match by type and key fields:
 * actors and regions by id; relations by kind, source and target (either way round for a mutual kind, such as
 * MEETS); positions by actor, stance and initiative. A
 * person is read as the actor it represents wherever it is a source, a target or a position's actor; a target that
 * is itself a fact matches through that fact's own key; an agency is read as the actor it is part of. Initiatives
 * and outreach match by type, organisation and region, since their ids and names are free text; events by kind,
 * place and organiser. A person's id is a label each side picks ("wang", "wangyi"), as is that of an actor the
 * article introduces ("NCSH", "cnsp"), so a drafted actor whose id the curated pack does not use takes the id of the
 * curated actor of the same kind and full name, wherever the draft names it; so does one whose id differs from a
 * curated one only in case or punctuation ("IRGC", "irgc"), and an agency of the same owner, sector and name once
 * the words naming the owner are set aside ("the Pakistani army", "Pakistan's army"); the pairs are listed. Facts of
 * one side with the same key count once. A relation that matches
 * only once an initiative or outreach it points at is read as its organisation matches loosely: listed, and counted
 * apart from the strict figures. Only facts that quote the article are scored: background that cites a reference
 * alone (the alliance's 31 members, a state's region), or quoting another article (a pack the curated one imports),
 * is counted apart.
 */
public final class Scorer {

    private static final Set<String> NOT_KEYS = Set.of("id", "name", "voicedBy", "status", "attribution", "hedges",
            "validFrom", "validUntil", "note", "drafted");

    /**
     * One side's fact as the scorer sees it: type, id, fields, whether it quotes the article, and how firmly it is
     * held (null for a fact with no status, such as an actor).
     */
    record Item(String type, String id, Map<String, String> fields, boolean stated, Firmness firmness) {
        Item(String type, String id, Map<String, String> fields, boolean stated) {
            this(type, id, fields, stated, null);
        }
    }

    /**
     * How firmly a fact is held, as its grade reads it (docs/world-model.md, "Grades and confidence"): the credibility
     * its status and kept hedges give, from 1 (done) to 4 (only possible), and whether its source withholds its name.
     * What the scorer compares is doubt, not the kind of claim: a condemnation the draft calls {@code OCCURRED} and the
     * curated pack {@code STATED} are both credible at face value (1 and 2), while one the draft states and the
     * curated pack reads as only reported (3), or as an anonymous source's, is held more firmly by the draft than the
     * curated reading allows.
     *
     * @param credibility the grade's digit
     * @param label       the status and hedges, for the listing
     */
    record Firmness(int credibility, boolean anonymous, String label) {

        static Firmness of(Provenance provenance) {
            boolean anonymous = Provenance.ANONYMOUS.equals(provenance.attribution());
            String label = provenance.effectiveStatus() + (provenance.hedges().isEmpty() ? ""
                    : " " + provenance.hedges()) + (anonymous ? " anonymous" : "");
            return new Firmness(provenance.grade(false).credibility(), anonymous, label);
        }

        /** 0 for a fact credible at face value (credibility 1 or 2), 1 for planned or reported, 2 for only possible. */
        int doubt() {
            return Math.max(0, credibility - 2);
        }

        /** Whether this reading claims more than {@code other}: less doubt, or a named source for an anonymous one. */
        boolean firmerThan(Firmness other) {
            return doubt() < other.doubt() || (other.anonymous && !anonymous);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One type's counts: distinct facts drafted and curated, those that match on their key, and those that match
     * only loosely (the same act, pointed at the organisation on one side and at its initiative or outreach on the
     * other). Precision and recall count strict matches only; the loose figures count both.
     */
    public record TypeScore(String type, int drafted, int curated, int matched, int loosely) {
        public double precision() {
            return drafted == 0 ? Double.NaN : (double) matched / drafted;
        }

        public double recall() {
            return curated == 0 ? Double.NaN : (double) matched / curated;
        }

        public double loosePrecision() {
            return drafted == 0 ? Double.NaN : (double) (matched + loosely) / drafted;
        }

        public double looseRecall() {
            return curated == 0 ? Double.NaN : (double) (matched + loosely) / curated;
        }
    }

    /** Per type, the scores, and the unmatched facts on each side (as one-line descriptions). */
    public record Score(List<TypeScore> types, List<String> onlyDrafted, List<String> onlyCurated,
                        List<String> loose, List<String> byName, int draftedBackground, int curatedBackground,
                        Held held) {

        public TypeScore of(String type) {
            return types.stream().filter(score -> score.type().equals(type)).findFirst()
                    .orElse(new TypeScore(type, 0, 0, 0, 0));
        }

        public String table() {
            return table("draft", "drafted");
        }

        /**
         * The table with the scored side named: "draft" and "drafted" for a draft, another word for a curated pack
         * scored against a second reading of the same article.
         */
        public String table(String side, String column) {
            StringBuilder out = new StringBuilder();
            out.append("| type | %s | curated | matched | loosely | precision | recall |\n".formatted(column));
            out.append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (TypeScore score : types) {
                out.append("| %s | %d | %d | %d | %d | %s | %s |%n".formatted(score.type(), score.drafted(),
                        score.curated(), score.matched(), score.loosely(),
                        figure(score.precision(), score.loosePrecision(), score.loosely()),
                        figure(score.recall(), score.looseRecall(), score.loosely())));
            }
            out.append(("%nNot scored (background: citing a reference, quoting another article, or held by the curated "
                    + "pack only as background): %d %s, %d curated.%n").formatted(draftedBackground, column,
                    curatedBackground));
            if (!byName.isEmpty()) {
                out.append("\nActors matched by name (%s = curated):\n".formatted(side));
                byName.forEach(line -> out.append("  ").append(line).append('\n'));
            }
            if (!loose.isEmpty()) {
                out.append("\nMatched loosely (" + side + " ~ curated: one names the organisation, the other its "
                        + "initiative or outreach):\n");
                loose.forEach(line -> out.append("  ").append(line).append('\n'));
            }
            if (held.compared() > 0) {
                out.append(("%nHow firmly: of the %d matched facts that carry a status, %d are held with the curated "
                        + "pack's doubt, %d more firmly by the %s (less doubt, or a named source for an anonymous one) "
                        + "and %d less firmly.%n").formatted(held.compared(),
                        held.compared() - held.firmer().size() - held.softer().size(), held.firmer().size(), side,
                        held.softer().size()));
                if (!held.firmer().isEmpty()) {
                    out.append("\nHeld more firmly by the %s than by the curated pack (%s | curated):\n"
                            .formatted(side, side));
                    held.firmer().forEach(line -> out.append("  ").append(line).append('\n'));
                }
                if (!held.softer().isEmpty()) {
                    out.append("\nHeld less firmly by the %s than by the curated pack (%s | curated):\n"
                            .formatted(side, side));
                    held.softer().forEach(line -> out.append("  ").append(line).append('\n'));
                }
            }
            out.append("\nOnly in the %s:\n".formatted(side));
            onlyDrafted.forEach(line -> out.append("  ").append(line).append('\n'));
            out.append("\nOnly in the curated pack:\n");
            onlyCurated.forEach(line -> out.append("  ").append(line).append('\n'));
            long missed = onlyCurated.stream().filter(line -> line.startsWith("Relation ")).count();
            long actorsKnown = onlyCurated.stream()
                    .filter(line -> line.startsWith("Relation ") && !line.contains(" (not drafted: ")).count();
            if (missed > 0) {
                // Only a draft has patterns to blame; a second analyst's reading simply differs.
                String cause = side.equals("draft") ? " (the patterns missed them)" : "";
                out.append(("%nOf the %d curated relations the %s missed, %d name only actors the %s has%s and %d an "
                        + "actor it lacks.%n").formatted(missed, side, actorsKnown, side, cause,
                        missed - actorsKnown));
            }
            return out.toString();
        }

        /** The strict figure, and with loose matches counted in brackets when there are any. */
        private static String figure(double strict, double withLoose, int loosely) {
            return loosely == 0 ? percent(strict) : "%s (%s)".formatted(percent(strict), percent(withLoose));
        }

        private static String percent(double value) {
            return Double.isNaN(value) ? "-" : "%.0f%%".formatted(value * 100);
        }
    }

    /**
     * How firmly the matched facts are held on each side: how many were compared (both carry a status), and, as
     * one-line descriptions, those the scored side holds more firmly than the curated pack (it claims more than the
     * curated reading allows: the figure that matters for a finding's honesty) and those it holds less firmly.
     */
    public record Held(int compared, List<String> firmer, List<String> softer) {
        public Held {
            firmer = List.copyOf(firmer);
            softer = List.copyOf(softer);
        }
    }

    private Scorer() {
    }

    /**
     * @param article the drafted article: only curated facts quoting it are scored, so facts a curated pack imports
     *                from packs of other articles count as background
     */
    public static Score score(Draft draft, FactPack curated, Path article) {
        List<Item> drafted = new ArrayList<>();
        for (DraftFact fact : draft.facts()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fact.fields().forEach((name, value) -> fields.put(name, String.valueOf(value)));
            Firmness firmness = fact.status() == null ? null : Firmness.of(new Provenance(fact.evidence(), null,
                    null, null, null, null, org.entente.pack.FactStatus.valueOf(fact.status().name()),
                    fact.attribution(), fact.hedges(), null, null, null));
            drafted.add(new Item(fact.type(), fact.id(), fields, !fact.evidence().isEmpty(), firmness));
        }
        return compare(drafted, items(curated, article), mutual(curated));
    }

    /**
     * Scores one curated pack against another of the same article, as a draft would be: how far two analysts'
     * readings agree. {@code compared} takes the draft's side, so its "precision" is the share of its facts the other
     * pack holds too; the figures swap when the packs do.
     *
     * @param comparedArticle the article {@code compared} quotes, and {@code curatedArticle} the same text where
     *                        {@code curated} quotes it (each analyst may keep a copy); facts of either pack quoting
     *                        anything else count as background
     */
    public static Score score(FactPack compared, Path comparedArticle, FactPack curated, Path curatedArticle) {
        Set<String> mutual = new HashSet<>(mutual(compared));
        mutual.addAll(mutual(curated));
        return compare(items(compared, comparedArticle), items(curated, curatedArticle), mutual);
    }

    private static Set<String> mutual(FactPack pack) {
        Set<String> mutual = new HashSet<>();
        pack.kinds().all().stream().filter(RelationKind::mutual).forEach(kind -> mutual.add(kind.name()));
        return mutual;
    }

    /**
     * The article a pack's facts quote most often, or empty when none quotes one: the article of a pack that
     * imports background from others.
     */
    public static Optional<Path> articleOf(FactPack pack) {
        Map<Path, Integer> quoting = new HashMap<>();
        for (Declared declared : pack.declared()) {
            String source = declared.provenance().source();
            if (!declared.provenance().quotes().isEmpty() && source != null) {
                quoting.merge(Path.of(source).toAbsolutePath().normalize(), 1, Integer::sum);
            }
        }
        return quoting.entrySet().stream().max(Map.Entry.<Path, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }

    /** A pack's facts as the scorer sees them, each stated when it quotes {@code article}. */
    private static List<Item> items(FactPack pack, Path article) {
        Path quoted = article.toAbsolutePath().normalize();
        List<Item> items = new ArrayList<>();
        for (Declared declared : pack.declared()) {
            if (declared.provenance().isHypothetical()) {
                continue;
            }
            String type = org.entente.pack.Vocabulary.of(declared.fact()).name();
            Map<String, String> fields = new LinkedHashMap<>();
            JsonNode node = Json.MAPPER.valueToTree(declared.fact());
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().isNull()) {
                    fields.put(field.getKey(), field.getValue().isTextual() ? field.getValue().asText()
                            : field.getValue().toString());
                }
            }
            String source = declared.provenance().source();
            boolean quotesIt = !declared.provenance().quotes().isEmpty() && source != null
                    && Path.of(source).toAbsolutePath().normalize().equals(quoted);
            Provenance provenance = declared.provenance();
            Firmness firmness = type.equals("Actor") || type.equals("Region") ? null : Firmness.of(provenance);
            items.add(new Item(type, declared.fact().id(), fields, quotesIt, firmness));
        }
        return items;
    }

    static Score compare(List<Item> draftedAsIs, List<Item> curated) {
        return compare(draftedAsIs, curated, Set.of());
    }

    /** @param mutual the relation kinds whose direction carries no meaning: they match either way round */
    static Score compare(List<Item> draftedAsIs, List<Item> curated, Set<String> mutual) {
        List<String> byName = new ArrayList<>();
        List<Item> drafted = actorsByName(draftedAsIs, curated, byName);
        Keys draftKeys = new Keys(drafted, mutual);
        Keys curatedKeys = new Keys(curated, mutual);
        // One fact per key on each side: a person's act and its state's are one fact once folded, so drafting both
        // ("Kishida will seek ties", "Japan seeks ties") is neither a second hit nor a false one.
        Map<String, Item> waiting = new LinkedHashMap<>();
        Set<String> background = new HashSet<>();
        int curatedBackground = 0;
        for (Item item : curated) {
            if (item.stated()) {
                waiting.putIfAbsent(curatedKeys.key(item), item);
            } else {
                background.add(curatedKeys.key(item));
                curatedBackground++;
            }
        }
        Map<String, Item> proposed = new LinkedHashMap<>();
        int draftedBackground = 0;
        for (Item item : drafted) {
            String key = draftKeys.key(item);
            // A drafted fact the curated pack holds only as background (an imported state) is not a false one.
            if (!item.stated() || (background.contains(key) && !waiting.containsKey(key))) {
                draftedBackground++;
            } else {
                proposed.putIfAbsent(key, item);
            }
        }
        // The draft's types first, in the order it found them, then those only the curated pack has.
        Map<String, int[]> counts = new LinkedHashMap<>();
        proposed.values().forEach(item -> counts.computeIfAbsent(item.type(), k -> new int[4]));
        waiting.values().forEach(item -> counts.computeIfAbsent(item.type(), k -> new int[4])[1]++);
        List<Item> unmatched = new ArrayList<>();
        List<String> firmer = new ArrayList<>();
        List<String> softer = new ArrayList<>();
        int[] held = new int[1];
        proposed.forEach((key, item) -> {
            int[] count = counts.computeIfAbsent(item.type(), k -> new int[4]);
            count[0]++;
            Item partner = waiting.remove(key);
            if (partner != null) {
                count[2]++;
                if (item.firmness() != null && partner.firmness() != null) {
                    held[0]++;
                    String line = "%s %s: %s | %s".formatted(item.type(), partner.id(), item.firmness(),
                            partner.firmness());
                    if (item.firmness().firmerThan(partner.firmness())) {
                        firmer.add(line);
                    } else if (partner.firmness().firmerThan(item.firmness())) {
                        softer.add(line);
                    }
                }
            } else {
                unmatched.add(item);
            }
        });
        Map<String, Item> looseWaiting = new LinkedHashMap<>();
        waiting.values().forEach(item -> looseWaiting.putIfAbsent(curatedKeys.looseKey(item), item));
        List<String> onlyDrafted = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (Item item : unmatched) {
            Item partner = looseWaiting.remove(draftKeys.looseKey(item));
            if (partner != null) {
                waiting.values().remove(partner);
                counts.get(item.type())[3]++;
                loose.add("%s ~ %s".formatted(describe(item), describe(partner)));
            } else {
                onlyDrafted.add(describe(item));
            }
        }
        Set<String> draftedActors = new HashSet<>();
        drafted.stream().filter(item -> item.type().equals("Actor"))
                .forEach(item -> draftedActors.add(draftKeys.fold(item.id())));
        List<String> onlyCurated = waiting.values().stream()
                .map(item -> describe(item) + missingActors(item, curated, curatedKeys, draftedActors)).toList();
        List<TypeScore> types = new ArrayList<>();
        counts.forEach((type, count) -> types.add(new TypeScore(type, count[0], count[1], count[2], count[3])));
        return new Score(types, onlyDrafted, onlyCurated, loose, byName, draftedBackground, curatedBackground,
                new Held(held[0], firmer, softer));
    }

    /**
     * The draft with each actor whose id the curated pack does not use renamed, wherever the draft names it, to the
     * curated actor whose id it spells otherwise (case and punctuation aside); else, for a person or an actor the
     * article introduces, to the curated actor of the same kind and full name (case, accents and hyphens aside); else,
     * for an agency, to the curated agency of the same owner, sector and name (its owner's words aside). A name only
     * one side gives in full ("Wang" against "Wang Yi") is no match: the scorer does not guess who is meant.
     */
    private static List<Item> actorsByName(List<Item> drafted, List<Item> curated, List<String> byName) {
        Set<String> curatedIds = new HashSet<>();
        Map<String, String> curatedByName = new HashMap<>();
        Map<String, String> curatedBySpelling = new HashMap<>();
        Map<String, String> curatedAgencies = new HashMap<>();
        Map<String, String> ownerNames = new HashMap<>();
        for (Item item : curated) {
            curatedIds.add(item.id());
            String name = actorName(item);
            if (name != null) {
                curatedByName.merge(name, item.id(), (one, other) -> "");
            }
            if (item.type().equals("Actor")) {
                curatedBySpelling.merge(spelling(item.id()), item.id(), (one, other) -> "");
                ownerNames.merge(item.id(), item.fields().getOrDefault("name", ""), (one, other) -> one + " " + other);
            }
        }
        drafted.stream().filter(item -> item.type().equals("Actor")).forEach(item -> ownerNames.merge(item.id(),
                item.fields().getOrDefault("name", ""), (one, other) -> one + " " + other));
        for (Item item : curated) {
            String agency = agencyKey(item, ownerNames);
            if (agency != null) {
                curatedAgencies.merge(agency, item.id(), (one, other) -> "");
            }
        }
        Set<String> draftedIds = new HashSet<>();
        drafted.forEach(item -> draftedIds.add(item.id()));
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Item item : drafted) {
            String name = actorName(item);
            String agency = agencyKey(item, ownerNames);
            // "IRGC" and "irgc", "STATE-DEPARTMENT" and "state-department": one actor spelled two ways.
            String match = item.type().equals("Actor") ? curatedBySpelling.get(spelling(item.id())) : null;
            if ((match == null || match.isEmpty()) && name != null) {
                match = curatedByName.get(name);
            }
            if ((match == null || match.isEmpty()) && agency != null) {
                match = curatedAgencies.get(agency);
            }
            if (match != null && !match.isEmpty() && !curatedIds.contains(item.id()) && !draftedIds.contains(match)
                    && !renamed.containsValue(match)) {
                renamed.put(item.id(), match);
                byName.add("%s = %s (%s)".formatted(item.id(), match, item.fields().get("name")));
            }
        }
        if (renamed.isEmpty()) {
            return drafted;
        }
        List<Item> result = new ArrayList<>();
        for (Item item : drafted) {
            Map<String, String> fields = new LinkedHashMap<>();
            item.fields().forEach((field, value) -> fields.put(field, renamed.getOrDefault(value, value)));
            result.add(new Item(item.type(), renamed.getOrDefault(item.id(), item.id()), fields, item.stated(),
                    item.firmness()));
        }
        return result;
    }

    /**
     * An actor's kind and name as the two sides may spell it (as the drafter slugs a name: case, accents, punctuation
     * and articles aside), for
     * the actors whose ids each side picks: a person, or an actor the article introduces itself, which the gazetteer
     * gives no id ("the National Council for the Safeguard of the Homeland" is the draft's {@code NCSH} and the
     * curated pack's {@code cnsp}). A state's or gazetteer organisation's id is the same on both sides, so its name
     * decides nothing.
     */
    private static String actorName(Item item) {
        String name = item.fields().get("name");
        String kind = item.fields().get("kind");
        if (!item.type().equals("Actor") || kind == null || kind.equals("STATE") || name == null) {
            return null;
        }
        return kind + "|" + Drafter.slug(name, Integer.MAX_VALUE);
    }

    /** An id as its letters and digits in lower case: "STATE-DEPARTMENT", "state_department", "StateDepartment". */
    private static String spelling(String id) {
        return Drafter.slug(id, Integer.MAX_VALUE).replace("-", "");
    }

    /**
     * An agency as its owner, its sector and the words of its name that do not name its owner: "the Pakistani
     * army" and "Pakistan's army" are both PAK|MILITARY|army, "the Chinese foreign ministry" and "China's foreign
     * ministry" CHN|DIPLOMATIC|foreign-ministry; the Eastern and Southern Theater Commands stay two. A word names the
     * owner when it begins as a word of the owner's id or name does (its first four letters, or all of a shorter
     * word): "Chinese" for China, "US" for USA. Null for any other actor, or an agency of no words but its owner's.
     */
    private static String agencyKey(Item item, Map<String, String> ownerNames) {
        String owner = item.fields().get("partOf");
        String sector = item.fields().get("sector");
        String name = item.fields().get("name");
        if (!item.type().equals("Actor") || !"AGENCY".equals(item.fields().get("kind")) || owner == null
                || sector == null || name == null) {
            return null;
        }
        List<String> ownerWords = new ArrayList<>(List.of(Drafter.slug(owner, Integer.MAX_VALUE).split("-")));
        ownerWords.addAll(List.of(Drafter.slug(ownerNames.getOrDefault(owner, ""), Integer.MAX_VALUE).split("-")));
        List<String> own = new ArrayList<>();
        for (String word : Drafter.slug(name, Integer.MAX_VALUE).split("-")) {
            if (!word.isEmpty() && ownerWords.stream().noneMatch(ownerWord -> sameStem(word, ownerWord))) {
                own.add(word);
            }
        }
        return own.isEmpty() ? null : spelling(owner) + "|" + sector + "|" + String.join("-", own);
    }

    private static boolean sameStem(String word, String ownerWord) {
        int length = Math.min(4, Math.min(word.length(), ownerWord.length()));
        return length > 0 && word.regionMatches(0, ownerWord, 0, length);
    }

    /**
     * What a curated fact the draft missed lacks in the draft: the actors it names that the draft has not drafted
     * (a person counting as drafted when the actor it speaks for is), so a reader tells a gap of the gazetteer from
     * one of the patterns.
     */
    private static String missingActors(Item item, List<Item> curated, Keys curatedKeys, Set<String> draftedActors) {
        if (item.type().equals("Actor")) {
            return "";
        }
        Set<String> actors = new HashSet<>();
        curated.stream().filter(other -> other.type().equals("Actor")).forEach(other -> actors.add(other.id()));
        List<String> missing = item.fields().entrySet().stream()
                .filter(field -> !NOT_KEYS.contains(field.getKey()) && actors.contains(field.getValue()))
                .map(Map.Entry::getValue)
                .filter(actor -> !draftedActors.contains(curatedKeys.fold(actor)))
                .distinct().toList();
        return missing.isEmpty() ? "" : " (not drafted: %s)".formatted(String.join(", ", missing));
    }

    private static String describe(Item item) {
        Map<String, String> shown = new LinkedHashMap<>(item.fields());
        shown.remove("name");
        return "%s %s %s".formatted(item.type(), item.id(), shown);
    }

    /** The keys of one side's facts, computed through the facts they point at. */
    private static final class Keys {
        private final Map<String, Item> byId = new HashMap<>();
        private final Map<String, String> represents = new HashMap<>();
        private final Map<String, String> keys = new HashMap<>();
        private final Set<String> mutual;

        Keys(List<Item> items, Set<String> mutual) {
            this.mutual = mutual;
            for (Item item : items) {
                byId.put(item.id(), item);
                // As the rules fold them: a person is the actor it represents, an agency the one it is part of.
                String speaksFor = item.fields().getOrDefault("represents", item.fields().get("partOf"));
                if (speaksFor != null) {
                    represents.put(item.id(), speaksFor);
                }
            }
        }

        String key(Item item) {
            String known = keys.get(item.id());
            if (known != null) {
                return known;
            }
            keys.put(item.id(), item.type() + ":" + item.id());
            String key = switch (item.type()) {
                case "Actor", "Region" -> item.type() + ":" + item.id();
                case "Initiative", "Outreach" -> item.type() + ":" + fold(item.fields().get("organisation")) + "@"
                        + item.fields().get("region");
                // An article says "next week" more often than the date: an event is what, where and whose.
                case "Event" -> "Event:" + item.fields().get("kind") + "@" + item.fields().get("location") + "/"
                        + fold(item.fields().get("organiser"));
                default -> fieldsKey(item, this::reference);
            };
            keys.put(item.id(), key);
            return key;
        }

        /**
         * The key with every initiative or outreach it points at read as the organisation that owns it, and every fact
         * it points at read by its own loose key: "China condemned the pact" and China condemning the pact's first
         * project are the same act at a different grain.
         */
        String looseKey(Item item) {
            if (!item.type().equals("Relation") && !item.type().equals("Position")) {
                return "strict:" + key(item);
            }
            return fieldsKey(item, this::looseReference);
        }

        /**
         * The type and the key fields in name order, each value as {@code render} reads it; the two sides of a mutual
         * act in a fixed order, since "A meets B" and "B meets A" are one fact.
         */
        private String fieldsKey(Item item, UnaryOperator<String> render) {
            Map<String, String> rendered = new TreeMap<>();
            symmetric(item).forEach((field, value) -> {
                if (!NOT_KEYS.contains(field)) {
                    rendered.put(field, render.apply(value));
                }
            });
            String from = rendered.get("from");
            String to = rendered.get("to");
            if (item.type().equals("Relation") && mutual.contains(item.fields().get("kind")) && from != null
                    && to != null && from.compareTo(to) > 0) {
                rendered.put("from", to);
                rendered.put("to", from);
            }
            StringBuilder key = new StringBuilder(item.type());
            rendered.forEach((field, value) -> key.append('|').append(field).append('=').append(value));
            return key.toString();
        }

        private String looseReference(String value) {
            Item target = byId.get(value);
            if (target == null) {
                return value;
            }
            return switch (target.type()) {
                case "Actor" -> fold(value);
                case "Initiative", "Outreach" -> fold(target.fields().get("organisation"));
                case "Relation" -> "(" + looseKey(target) + ")";
                default -> "(" + key(target) + ")";
            };
        }

        /** A linkage claim links its two regions both ways: "Europe and Asia" is "Asia and Europe". */
        private static Map<String, String> symmetric(Item item) {
            String region = item.fields().get("region");
            String other = item.fields().get("otherRegion");
            if (!item.type().equals("LinkageClaim") || region == null || other == null || region.compareTo(other) <= 0) {
                return item.fields();
            }
            Map<String, String> fields = new LinkedHashMap<>(item.fields());
            fields.put("region", other);
            fields.put("otherRegion", region);
            return fields;
        }

        /** An actor folded to whom it speaks for; another fact by its own key; anything else as it is. */
        private String reference(String value) {
            Item target = byId.get(value);
            if (target == null) {
                return value;
            }
            return target.type().equals("Actor") ? fold(value) : "(" + key(target) + ")";
        }

        /** Through any chain (a minister of a ministry of a state); the pack loader refuses cycles. */
        private String fold(String actor) {
            String folded = actor;
            for (int step = 0; folded != null && represents.containsKey(folded) && step < represents.size(); step++) {
                folded = represents.get(folded);
            }
            return folded;
        }
    }
}
