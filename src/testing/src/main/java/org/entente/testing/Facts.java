package org.entente.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.domain.Actor;
import org.entente.domain.ActorKind;
import org.entente.domain.AreaOfResponsibility;
import org.entente.domain.Decision;
import org.entente.domain.Event;
import org.entente.domain.EventKind;
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
import org.entente.domain.RelationKind;
import org.entente.domain.Sector;
import org.entente.domain.Stance;
import org.entente.domain.StatedCount;
import org.entente.pack.RelationKinds;

/** Short factories for facts in rule tests; relation-like facts get generated ids. */
public final class Facts {

    private static final AtomicLong NEXT_ID = new AtomicLong();

    private Facts() {
    }

    private static String id(String prefix) {
        return prefix + "-" + NEXT_ID.incrementAndGet();
    }

    public static Actor state(String id) {
        return new Actor(id, id, ActorKind.STATE, null, null, null, null);
    }

    public static Actor state(String id, String region) {
        return new Actor(id, id, ActorKind.STATE, region, null, null, null);
    }

    public static Actor organisation(String id) {
        return new Actor(id, id, ActorKind.ORGANISATION, null, null, null, null);
    }

    public static Actor person(String id, String represents) {
        return new Actor(id, id, ActorKind.PERSON, null, represents, null, null);
    }

    public static Actor agency(String id, String partOf, Sector sector) {
        return new Actor(id, id, ActorKind.AGENCY, null, null, partOf, sector);
    }

    public static Region region(String id) {
        return new Region(id, id, List.of());
    }

    /** A region lying within each of {@code within}. */
    public static Region region(String id, String... within) {
        return new Region(id, id, List.of(within));
    }

    public static Membership member(String member, String organisation) {
        return new Membership(id("member"), member, organisation);
    }

    public static Partnership partner(String partner, String organisation) {
        return new Partnership(id("partner"), partner, organisation);
    }

    public static AreaOfResponsibility area(String organisation, String region) {
        return new AreaOfResponsibility(id("area"), organisation, region);
    }

    public static Initiative initiative(String id, String organisation, String region, Decision decidedBy) {
        return new Initiative(id, id, organisation, region, decidedBy);
    }

    public static Outreach outreach(String id, String organisation, String region) {
        return new Outreach(id, id, organisation, region);
    }

    public static Position position(String actor, String initiative, Stance stance) {
        return new Position(id("position"), actor, initiative, stance, null, null);
    }

    /**
     * A relation kind of the project's vocabulary, {@code rules/vocabulary.yaml} as the working directory sees it:
     * rule tests match kinds as the analyser reads them. Tests of other rules folders build their own
     * {@link RelationKinds}.
     */
    public static RelationKind kind(String name) {
        return kinds().named(name);
    }

    /** The project's vocabulary of relation kinds, for tests that load packs. */
    public static RelationKinds kinds() {
        return StandardKinds.KINDS;
    }

    /** Read on first use, once. */
    private static final class StandardKinds {
        static final RelationKinds KINDS = RelationKinds.read(Path.of("rules"));
    }

    public static Position position(String actor, String initiative, Stance stance, String condition) {
        return new Position(id("position"), actor, initiative, stance, condition, null);
    }

    public static Relation relation(String kind, String from, String to) {
        return relation(kind(kind), from, to);
    }

    public static Relation relation(String id, String kind, String from, String to) {
        return relation(id, kind(kind), from, to);
    }

    public static Relation relation(RelationKind kind, String from, String to) {
        return new Relation(id("relation"), kind, from, to);
    }

    public static Relation relation(String id, RelationKind kind, String from, String to) {
        return new Relation(id, kind, from, to);
    }

    public static Event summit(String id, String organiser) {
        return new Event(id, id, EventKind.SUMMIT, null, null, organiser);
    }

    public static Event event(String id, EventKind kind, String organiser) {
        return new Event(id, id, kind, null, null, organiser);
    }

    public static Participation participation(String actor, String event) {
        return new Participation(id("participation"), actor, event);
    }

    public static LinkageClaim linkage(String actor, String region, String otherRegion) {
        return new LinkageClaim(id("claim"), actor, region, otherRegion, null);
    }

    /** A world and some more facts: the near miss or the extra fact a test adds to a shared fixture. */
    public static List<Fact> with(List<? extends Fact> world, Fact... more) {
        List<Fact> all = new ArrayList<>(world);
        all.addAll(List.of(more));
        return all;
    }

    public static StatedCount statedCount(String organisation, int members) {
        return new StatedCount(id("count"), organisation, members);
    }
}
