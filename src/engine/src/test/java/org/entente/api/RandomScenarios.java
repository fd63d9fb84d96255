package org.entente.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.result.FactInfo;

/** Change sets drawn at random from a world's own facts, for the tests that hold a fast path to the plain one. */
final class RandomScenarios {

    private RandomScenarios() {
    }

    /**
     * One to four changes, each a retraction of a random fact, a modification of one field of a random fact to the
     * value another fact of its type has there, or a new fact copied from one of the seed's with one field swapped
     * the same way. Drawing values from the world keeps most draws valid whatever the pack holds.
     */
    static Scenario draw(String name, List<FactInfo> facts, Random random) {
        ScenarioBuilder builder = Scenarios.named(name);
        int changes = 1 + random.nextInt(4);
        for (int change = 0; change < changes; change++) {
            FactInfo fact = facts.get(random.nextInt(facts.size()));
            switch (random.nextInt(3)) {
                case 0 -> builder.retract(fact.id());
                case 1 -> builder.modify(fact.id(), swappedField(fact, facts, random));
                default -> {
                    Map<String, Object> fields = new LinkedHashMap<>(fact.fields());
                    fields.putAll(swappedField(fact, facts, random));
                    builder.add(fact.type(), fields);
                }
            }
        }
        return builder.build();
    }

    private static Map<String, Object> swappedField(FactInfo fact, List<FactInfo> facts, Random random) {
        List<FactInfo> sameType = facts.stream().filter(other -> other.type().equals(fact.type())).toList();
        FactInfo other = sameType.get(random.nextInt(sameType.size()));
        List<String> fields = new ArrayList<>(other.fields().keySet());
        if (fields.isEmpty()) {
            return Map.of();
        }
        String field = fields.get(random.nextInt(fields.size()));
        return Map.of(field, other.fields().get(field));
    }
}
