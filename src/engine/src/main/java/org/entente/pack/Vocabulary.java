package org.entente.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.domain.Actor;
import org.entente.domain.AreaOfResponsibility;
import org.entente.domain.Event;
import org.entente.domain.Fact;
import org.entente.domain.Initiative;
import org.entente.domain.LinkageClaim;
import org.entente.domain.Membership;
import org.entente.domain.Outreach;
import org.entente.domain.Participation;
import org.entente.domain.Partnership;
import org.entente.domain.Position;
import org.entente.domain.Region;
import org.entente.domain.Relation;
import org.entente.domain.StatedCount;

/** The fact types that packs and scenarios may use. docs/fact-packs.md documents each of them. */
public final class Vocabulary {

    private static final Set<String> ANY = Set.of();
    private static final Set<String> ACTOR = Set.of("Actor");
    private static final Set<String> REGION = Set.of("Region");
    private static final Set<String> PLAN = new java.util.LinkedHashSet<>(List.of("Initiative", "Outreach"));

    private static final List<FactType> TYPES = List.of(
            new FactType("Actor", Actor.class, Set.of("region", "represents", "partOf", "sector"),
                    Map.of("region", REGION, "represents", ACTOR, "partOf", ACTOR)),
            new FactType("Region", Region.class, Set.of("within"), Map.of("within", REGION)),
            new FactType("Membership", Membership.class, Set.of(),
                    Map.of("member", ACTOR, "organisation", ACTOR)),
            new FactType("Partnership", Partnership.class, Set.of(),
                    Map.of("partner", ACTOR, "organisation", ACTOR)),
            new FactType("AreaOfResponsibility", AreaOfResponsibility.class, Set.of(),
                    Map.of("organisation", ACTOR, "region", REGION)),
            new FactType("Initiative", Initiative.class, Set.of(),
                    Map.of("organisation", ACTOR, "region", REGION)),
            new FactType("Outreach", Outreach.class, Set.of(),
                    Map.of("organisation", ACTOR, "region", REGION)),
            new FactType("Position", Position.class, Set.of("condition", "voicedBy"),
                    Map.of("actor", ACTOR, "initiative", PLAN, "condition", ANY,
                            "voicedBy", ACTOR)),
            new FactType("Relation", Relation.class, Set.of(), Map.of("from", ANY, "to", ANY)),
            new FactType("Event", Event.class, Set.of("location", "date", "organiser"),
                    Map.of("location", Set.of("Actor", "Region"), "organiser", ACTOR)),
            new FactType("Participation", Participation.class, Set.of(),
                    Map.of("actor", ACTOR, "event", Set.of("Event"))),
            new FactType("LinkageClaim", LinkageClaim.class, Set.of("voicedBy"),
                    Map.of("actor", ACTOR, "region", REGION, "otherRegion", REGION, "voicedBy", ACTOR)),
            new FactType("StatedCount", StatedCount.class, Set.of(), Map.of("organisation", ACTOR)));

    private static final Map<String, FactType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, FactType> BY_CLASS = new LinkedHashMap<>();

    static {
        for (FactType type : TYPES) {
            BY_NAME.put(type.name(), type);
            BY_CLASS.put(type.recordClass(), type);
        }
    }

    private Vocabulary() {
    }

    public static List<FactType> types() {
        return TYPES;
    }

    public static Optional<FactType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static FactType of(Fact fact) {
        FactType type = BY_CLASS.get(fact.getClass());
        if (type == null) {
            throw new IllegalArgumentException("not a vocabulary fact: " + fact.getClass().getName());
        }
        return type;
    }

    public static Set<String> typeNames() {
        return BY_NAME.keySet();
    }
}
