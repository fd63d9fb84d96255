package org.entente.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.io.Json;
import org.entente.pack.Declared;
import org.entente.pack.FactPack;

/**
 * Scores a draft against a curated pack of the same article, per fact type. Facts match by type and key fields:
 * actors and regions by id; relations by kind, source and target; positions by actor, stance and initiative. A
 * person is read as the actor it represents wherever it is a source, a target or a position's actor; a target that
 * is itself a fact matches through that fact's own key. Initiatives and outreach match by type and organisation,
 * since their ids and names are free text. Only facts that quote the article are scored: background that cites a
 * reference alone (the alliance's 31 members, a state's region), or quoting another article (a pack the curated one
 * imports), is counted apart.
 */
public final class Scorer {

    private static final Set<String> NOT_KEYS = Set.of("id", "name", "voicedBy", "status", "attribution", "hedges",
            "validFrom", "validUntil", "note", "drafted");

    /** One side's fact as the scorer sees it: type, id, fields, and whether it quotes the article. */
    record Item(String type, String id, Map<String, String> fields, boolean stated) {
    }

    public record TypeScore(String type, int drafted, int curated, int matched) {
        public double precision() {
            return drafted == 0 ? Double.NaN : (double) matched / drafted;
        }

        public double recall() {
            return curated == 0 ? Double.NaN : (double) matched / curated;
        }
    }

    /** Per type, the scores, and the unmatched facts on each side (as one-line descriptions). */
    public record Score(List<TypeScore> types, List<String> onlyDrafted, List<String> onlyCurated,
                        int draftedBackground, int curatedBackground) {

        public TypeScore of(String type) {
            return types.stream().filter(score -> score.type().equals(type)).findFirst()
                    .orElse(new TypeScore(type, 0, 0, 0));
        }

        public String table() {
            StringBuilder out = new StringBuilder();
            out.append("| type | drafted | curated | matched | precision | recall |\n");
            out.append("|---|---:|---:|---:|---:|---:|\n");
            for (TypeScore score : types) {
                out.append("| %s | %d | %d | %d | %s | %s |%n".formatted(score.type(), score.drafted(),
                        score.curated(), score.matched(), percent(score.precision()), percent(score.recall())));
            }
            out.append("%nNot scored (background: citing a reference, quoting another article, or held by the curated "
                    + "pack only as background): %d drafted, %d curated.%n"
                    .formatted(draftedBackground, curatedBackground));
            out.append("\nOnly in the draft:\n");
            onlyDrafted.forEach(line -> out.append("  ").append(line).append('\n'));
            out.append("\nOnly in the curated pack:\n");
            onlyCurated.forEach(line -> out.append("  ").append(line).append('\n'));
            return out.toString();
        }

        private static String percent(double value) {
            return Double.isNaN(value) ? "-" : "%.0f%%".formatted(value * 100);
        }
    }

    private Scorer() {
    }

    /**
     * @param article the drafted article: only curated facts quoting it are scored, so facts a curated pack imports
     *                from packs of other articles count as background
     */
    public static Score score(Draft draft, FactPack curated, Path article) {
        Path quoted = article.toAbsolutePath().normalize();
        List<Item> drafted = new ArrayList<>();
        for (DraftFact fact : draft.facts()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fact.fields().forEach((name, value) -> fields.put(name, String.valueOf(value)));
            drafted.add(new Item(fact.type(), fact.id(), fields, !fact.evidence().isEmpty()));
        }
        List<Item> reference = new ArrayList<>();
        for (Declared declared : curated.declared()) {
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
            reference.add(new Item(type, declared.fact().id(), fields, quotesIt));
        }
        return compare(drafted, reference);
    }

    static Score compare(List<Item> drafted, List<Item> curated) {
        Keys draftKeys = new Keys(drafted);
        Keys curatedKeys = new Keys(curated);
        Map<String, List<Item>> waiting = new LinkedHashMap<>();
        for (Item item : curated) {
            if (item.stated()) {
                waiting.computeIfAbsent(curatedKeys.key(item), k -> new ArrayList<>()).add(item);
            }
        }
        java.util.Set<String> background = new java.util.HashSet<>();
        for (Item item : curated) {
            if (!item.stated()) {
                background.add(curatedKeys.key(item));
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> onlyDrafted = new ArrayList<>();
        int draftedBackground = 0;
        for (Item item : drafted) {
            // A drafted fact the curated pack holds only as background (an imported state) is not a false one.
            if (!item.stated() || (background.contains(draftKeys.key(item)) && !waiting.containsKey(draftKeys.key(item)))) {
                draftedBackground++;
                continue;
            }
            int[] count = counts.computeIfAbsent(item.type(), k -> new int[3]);
            count[0]++;
            List<Item> candidates = waiting.get(draftKeys.key(item));
            if (candidates != null && !candidates.isEmpty()) {
                candidates.remove(0);
                count[2]++;
            } else {
                onlyDrafted.add(describe(item));
            }
        }
        List<String> onlyCurated = new ArrayList<>();
        int curatedBackground = 0;
        for (Item item : curated) {
            if (!item.stated()) {
                curatedBackground++;
                continue;
            }
            counts.computeIfAbsent(item.type(), k -> new int[3])[1]++;
        }
        waiting.values().forEach(items -> items.forEach(item -> onlyCurated.add(describe(item))));
        List<TypeScore> types = new ArrayList<>();
        counts.forEach((type, count) -> types.add(new TypeScore(type, count[0], count[1], count[2])));
        return new Score(types, onlyDrafted, onlyCurated, draftedBackground, curatedBackground);
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

        Keys(List<Item> items) {
            for (Item item : items) {
                byId.put(item.id(), item);
                String speaksFor = item.fields().get("represents");
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
                case "Initiative", "Outreach" -> item.type() + ":" + fold(item.fields().get("organisation"));
                default -> {
                    StringBuilder fields = new StringBuilder(item.type());
                    item.fields().entrySet().stream().filter(field -> !NOT_KEYS.contains(field.getKey()))
                            .sorted(Map.Entry.comparingByKey())
                            .forEach(field -> fields.append('|').append(field.getKey()).append('=')
                                    .append(reference(field.getValue())));
                    yield fields.toString();
                }
            };
            keys.put(item.id(), key);
            return key;
        }

        /** An actor folded to whom it speaks for; another fact by its own key; anything else as it is. */
        private String reference(String value) {
            Item target = byId.get(value);
            if (target == null) {
                return value;
            }
            return target.type().equals("Actor") ? fold(value) : "(" + key(target) + ")";
        }

        private String fold(String actor) {
            return actor == null ? null : represents.getOrDefault(actor, actor);
        }
    }
}
