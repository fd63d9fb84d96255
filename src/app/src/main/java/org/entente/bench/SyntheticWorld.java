package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.entente.pack.RelationKinds;
import org.entente.domain.Stance;
import org.entente.domain.StatedCount;

/**
 * Generates a world shaped like the seed's, at any size: regions three levels deep, organisations with members,
 * partners, areas, initiatives and outreach, members' positions, and the article's kinds of relation. Deterministic
 * for a given size. Every kind of fact grows linearly, so rule cost that grows faster shows up as a join blow-up.
 */
public final class SyntheticWorld {

    private SyntheticWorld() {
    }

    /** About {@code targetFacts} facts, with relations of the given vocabulary (the seed rules' kinds). */
    public static List<Fact> of(int targetFacts, RelationKinds kinds) {
        Random random = new Random(targetFacts);
        List<Fact> facts = new ArrayList<>();
        // Roughly 11 facts per state once organisations, positions and relations are counted.
        int states = Math.max(20, targetFacts / 11);
        int organisations = Math.max(2, states / 25);
        int theatres = Math.max(2, states / 40);
        facts.add(new Region("world", "world", List.of()));
        List<String> leaves = new ArrayList<>();
        for (int theatre = 0; theatre < theatres; theatre++) {
            String theatreId = "theatre-" + theatre;
            facts.add(new Region(theatreId, theatreId, List.of("world")));
            for (int sub = 0; sub < 3; sub++) {
                String subId = theatreId + "-" + sub;
                facts.add(new Region(subId, subId, List.of(theatreId)));
                leaves.add(subId);
            }
        }
        List<String> stateIds = new ArrayList<>();
        for (int state = 0; state < states; state++) {
            String id = "S" + state;
            stateIds.add(id);
            facts.add(new Actor(id, "State " + state, ActorKind.STATE, leaves.get(random.nextInt(leaves.size())), null,
                    null, null));
        }
        for (int organisation = 0; organisation < organisations; organisation++) {
            String org = "O" + organisation;
            String home = "theatre-" + (organisation % theatres);
            String away = "theatre-" + ((organisation + 1) % theatres);
            facts.add(new Actor(org, "Organisation " + organisation, ActorKind.ORGANISATION, null, null, null, null));
            facts.add(new AreaOfResponsibility(org + "-area", org, home));
            List<String> members = new ArrayList<>();
            for (int pick = 0; pick < 25; pick++) {
                String member = stateIds.get(random.nextInt(states));
                if (!members.contains(member)) {
                    members.add(member);
                    facts.add(new Membership(org + "-m-" + member, member, org));
                }
            }
            facts.add(new StatedCount(org + "-count", org, members.size() + (organisation % 7 == 0 ? 1 : 0)));
            for (int pick = 0; pick < 4; pick++) {
                String partner = stateIds.get(random.nextInt(states));
                facts.add(new Partnership(org + "-p-" + pick, partner, org));
            }
            facts.add(new Outreach(org + "-outreach", "outreach of " + org, org, away));
            String summit = org + "-summit";
            facts.add(new Event(summit, "summit of " + org, EventKind.SUMMIT, null, null, org));
            for (int initiative = 0; initiative < 3; initiative++) {
                String id = org + "-i-" + initiative;
                String region = initiative == 0 ? away + "-" + random.nextInt(3) : home + "-" + random.nextInt(3);
                facts.add(new Initiative(id, "initiative " + id, org, region, Decision.CONSENSUS));
                for (int vote = 0; vote < 4; vote++) {
                    String member = members.get(random.nextInt(members.size()));
                    facts.add(new Position(id + "-pos-" + vote, member, id,
                            random.nextBoolean() ? Stance.SUPPORTS : Stance.OPPOSES, null, null));
                }
            }
            String rival = stateIds.get(random.nextInt(states));
            facts.add(new Relation(org + "-challenge", kinds.named("NAMES_AS_CHALLENGE"), org, rival));
            facts.add(new Relation(org + "-objection", kinds.named("OBJECTS_TO"), rival, org + "-outreach"));
            facts.add(new Participation(org + "-at-summit", facts.stream().filter(Partnership.class::isInstance)
                    .map(Partnership.class::cast).filter(p -> p.organisation().equals(org)).findFirst().orElseThrow()
                    .partner(), summit));
            facts.add(new Relation(org + "-ties", kinds.named("SEEKS_CLOSER_TIES"), org, ((Participation) facts.get(
                    facts.size() - 1)).actor()));
            facts.add(new LinkageClaim(org + "-claim", org, home, away, null));
        }
        for (int state = 0; facts.size() < targetFacts; state++) {
            String from = stateIds.get(state % states);
            String to = stateIds.get(random.nextInt(states));
            switch (state % 5) {
                case 0 -> facts.add(new Relation("r-" + state, kinds.named("SUPPORTS"), from, to));
                case 1 -> facts.add(new Relation("r-" + state, kinds.named("INVADED"), from, to));
                case 2 -> {
                    String export = "r-" + state;
                    facts.add(new Relation(export, kinds.named("EXPORTS_ARMS_TO"), from,
                            leaves.get(random.nextInt(leaves.size()))));
                    facts.add(new Relation(export + "-ok", kinds.named("APPROVES"), to, export));
                }
                case 3 -> {
                    String partnership = "r-" + state;
                    facts.add(new Relation(partnership, kinds.named("PARTNERS_WITH"), from, to));
                    facts.add(new Relation(partnership + "-c", kinds.named("CONDEMNS"),
                            "O" + random.nextInt(organisations), partnership));
                }
                default -> facts.add(new Relation("r-" + state, kinds.named("NAMES_AS_CHALLENGE"), from, to));
            }
        }
        return facts;
    }
}
