package org.entente.pack;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.domain.Actor;
import org.entente.domain.ActorKind;
import org.entente.domain.Fact;

/**
 * What persons and agencies do counts as done by the actor they speak for or belong to: a relation from {@code xi} is
 * China's, a position of Turkey's parliament is Turkey's. Folding rewrites every actor field of a fact (not the
 * {@code represents}, {@code partOf} and {@code voicedBy} that say who is who) to that actor, and a position or claim
 * voiced by no one keeps the person as its {@code voicedBy}. The fact keeps its id, so explanations still show the
 * declared fact, with the person and the quote.
 */
public final class Folding {

    private static final Set<String> WHO_IS_WHO = Set.of("represents", "partOf", "voicedBy");
    private static final String VOICED_BY = "voicedBy";

    private final Map<String, Actor> actors = new HashMap<>();
    private final Map<String, String> speaksFor = new HashMap<>();

    /** @param facts the facts of a world, whose actors say who speaks for whom */
    private Folding(List<Fact> facts) {
        for (Fact fact : facts) {
            if (fact instanceof Actor actor) {
                actors.put(actor.id(), actor);
            }
        }
        for (Actor actor : actors.values()) {
            String root = root(actor, actors);
            if (!root.equals(actor.id())) {
                speaksFor.put(actor.id(), root);
            }
        }
    }

    /** Who speaks for whom among these facts' actors, to fold them or other facts of the same world. */
    public static Folding of(List<Fact> facts) {
        return new Folding(facts);
    }

    public static List<Fact> fold(List<Fact> facts) {
        return of(facts).foldAll(facts);
    }

    /** The facts, each folded; the list itself when no one speaks for another. */
    public List<Fact> foldAll(List<Fact> facts) {
        if (speaksFor.isEmpty()) {
            return facts;
        }
        List<Fact> folded = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            folded.add(fold(fact));
        }
        return folded;
    }

    /** One fact of the world folded; an actor is left as it is. */
    public Fact fold(Fact fact) {
        return speaksFor.isEmpty() || fact instanceof Actor ? fact : fold(fact, speaksFor, actors);
    }

    /** The actor a person or agency speaks for, through any chain (a minister of a ministry of a state). */
    private static String root(Actor actor, Map<String, Actor> actors) {
        Set<String> seen = new HashSet<>();
        Actor at = actor;
        while (seen.add(at.id())) {
            String up = at.kind() == ActorKind.PERSON ? at.represents() : at.kind() == ActorKind.AGENCY ? at.partOf() : null;
            if (up == null || !actors.containsKey(up)) {
                break;
            }
            at = actors.get(up);
        }
        return at.id();
    }

    private static Fact fold(Fact fact, Map<String, String> speaksFor, Map<String, Actor> actors) {
        FactType type = Vocabulary.of(fact);
        RecordComponent[] components = fact.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        boolean changed = false;
        String person = null;
        int voicedBy = -1;
        Map<String, String> javaNames = type.javaNames();
        Map<String, String> fieldOf = new HashMap<>();
        javaNames.forEach((field, java) -> fieldOf.put(java, field));
        for (int index = 0; index < components.length; index++) {
            values[index] = value(fact, components[index]);
            String field = fieldOf.get(components[index].getName());
            if (field.equals(VOICED_BY)) {
                voicedBy = index;
            }
            Set<String> targets = type.references().get(field);
            boolean actorField = targets != null && (targets.isEmpty() || targets.contains("Actor"));
            if (actorField && !WHO_IS_WHO.contains(field) && values[index] instanceof String id
                    && speaksFor.containsKey(id)) {
                values[index] = speaksFor.get(id);
                changed = true;
                if (person == null && actors.get(id).kind() == ActorKind.PERSON) {
                    person = id;
                }
            }
        }
        if (!changed) {
            return fact;
        }
        if (voicedBy >= 0 && values[voicedBy] == null) {
            values[voicedBy] = person;
        }
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int index = 0; index < components.length; index++) {
                types[index] = components[index].getType();
            }
            return (Fact) fact.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot fold " + fact.getClass().getSimpleName(), e);
        }
    }

    private static Object value(Fact fact, RecordComponent component) {
        try {
            return component.getAccessor().invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
