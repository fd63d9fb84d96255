package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.pack.Article;
import org.entente.pack.FactPack;
import org.entente.pack.PackLoader;
import org.entente.pack.RelationKinds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article drafted: every quote is in the article, and the draft meets the recall floors of issue 12. */
class DraftSeedTest {

    private static final Path SEED = Path.of("seeds", "000_53dffffe28bbb940.txt");
    private static Draft draft;
    private static Scorer.Score score;

    @BeforeAll
    static void draftTheSeed() {
        draft = Drafts.drafter().draft(Drafter.read(SEED), SEED.toString());
        FactPack curated = PackLoader.load(RelationKinds.read(Drafts.RULES),
                List.of(Path.of("seeds", "vilnius-2023.yaml")));
        score = Scorer.score(draft, curated, SEED);
    }

    @Test
    void everyDraftedQuoteIsASentenceOfTheArticle() {
        Article article = Article.read(SEED, SEED.toString());
        List<String> quotes = draft.facts().stream().flatMap(fact -> fact.evidence().stream()).toList();
        assertThat(quotes).isNotEmpty().allSatisfy(quote -> assertThat(article.quotes(quote)).as(quote).isTrue());
    }

    @Test
    void actorsAreRecalledAtNinetyFivePercent() {
        assertThat(score.of("Actor").recall()).as(score.table()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void relationsAreRecalledAtSixtyPercentWithSeventyPercentPrecision() {
        assertThat(score.of("Relation").recall()).as(score.table()).isGreaterThanOrEqualTo(0.60);
        assertThat(score.of("Relation").precision()).as(score.table()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void positionsAreRecalledAtSixtyPercentWithSeventyPercentPrecision() {
        assertThat(score.of("Position").recall()).as(score.table()).isGreaterThanOrEqualTo(0.60);
        assertThat(score.of("Position").precision()).as(score.table()).isGreaterThanOrEqualTo(0.70);
    }
}
