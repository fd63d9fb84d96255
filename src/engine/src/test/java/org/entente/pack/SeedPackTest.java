package org.entente.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.domain.Actor;
import org.entente.domain.ActorKind;
import org.entente.domain.Membership;
import org.entente.domain.StatedCount;
import org.junit.jupiter.api.Test;

/** The seed pack itself: traceable to the article, and complete where the rules need it to be. */
class SeedPackTest {

    private static final RelationKinds KINDS = RelationKinds.read(Path.of("rules"));

    private static final Path SEED = Path.of("seeds", "vilnius-2023.yaml");
    private static final FactPack PACK = PackLoader.load(KINDS, List.of(SEED));

    @Test
    void everyFactCitesTheArticleOrANamedReference() {
        assertThat(PACK.declared()).allSatisfy(declared -> assertThat(
                !declared.provenance().quotes().isEmpty() || declared.provenance().reference() != null).isTrue());
    }

    @Test
    void everyQuoteIsFoundVerbatimInTheArticle() throws Exception {
        String article = Article.fold(Files.readString(Path.of("seeds", "000_53dffffe28bbb940.txt")));
        List<String> quotes = PACK.declared().stream().flatMap(declared -> declared.provenance().quotes().stream())
                .toList();

        assertThat(quotes).isNotEmpty().allSatisfy(quote -> assertThat(article).contains(Article.fold(quote)));
    }

    @Test
    void theSeedArticleIsTheSharedSeedVerbatim() throws Exception {
        Path shared = Path.of("..", "shared", "seeds", "000_53dffffe28bbb940.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shared), "the shared seeds folder is beside the clone");

        assertThat(Files.readAllBytes(Path.of("seeds", "000_53dffffe28bbb940.txt"))).isEqualTo(Files.readAllBytes(shared));
    }

    @Test
    void natoHasTheThirtyOneMembersOfJuly2023AndTheArticleSaysSo() {
        List<String> members = PACK.facts().stream().filter(Membership.class::isInstance).map(Membership.class::cast)
                .filter(membership -> membership.organisation().equals("NATO")).map(Membership::member).toList();
        StatedCount stated = PACK.facts().stream().filter(StatedCount.class::isInstance).map(StatedCount.class::cast)
                .findFirst().orElseThrow();

        assertThat(members).hasSize(31).doesNotHaveDuplicates().contains("FIN", "TUR", "USA", "FRA").doesNotContain("SWE");
        assertThat(stated.members()).isEqualTo(31);
    }

    @Test
    void statesUseIsoAlpha3IdsAndTheAllianceIsNato() {
        Map<String, Actor> actors = PACK.facts().stream().filter(Actor.class::isInstance).map(Actor.class::cast)
                .collect(Collectors.toMap(Actor::id, Function.identity()));

        assertThat(actors.values().stream().filter(actor -> actor.kind() == ActorKind.STATE))
                .allSatisfy(state -> assertThat(state.id()).matches("[A-Z]{3}"));
        assertThat(actors.get("NATO").kind()).isEqualTo(ActorKind.ORGANISATION);
        assertThat(actors).containsKeys("JPN", "FRA", "CHN", "RUS", "USA", "KOR", "AUS", "NZL", "LTU", "UKR", "TUR");
    }
}
