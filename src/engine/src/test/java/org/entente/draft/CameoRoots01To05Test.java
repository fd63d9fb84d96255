package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.draft.Drafts.of;
import static org.entente.draft.Drafts.only;
import static org.entente.draft.Drafts.pairs;
import static org.entente.draft.Drafts.relations;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CAMEO sweep of roots 01 to 05 (statements, appeals, intent to cooperate, consultation, diplomatic cooperation):
 * the patterns of rules/lexicon/patterns/cameo-01-*.yaml to cameo-05-*.yaml, each on sentences of invented contexts
 * (sentence, kind, the relations it drafts as "from>to"), and near misses that draft nothing of the kind (a negation,
 * the other sense of the word, an act asked for rather than done, a noun with no agent).
 */
class CameoRoots01To05Test {

    /** The sentence drafts exactly these relations of the kind, in any order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # 01: a statement said to be about someone.
            Norway issued a statement on Chile on Tuesday. | MAKES_STATEMENT | NOR>CHL
            Uruguay's statement on Bolivia was brief. | MAKES_STATEMENT | URY>BOL
            Senegal commented on Gambia at length. | MAKES_STATEMENT | SEN>GMB
            # 02: the appeal is the act, not what is asked.
            Finland called for Estonia to open talks on the detained sailors. | APPEALS_TO | FIN>EST
            Egypt pleaded with Ethiopia to delay the filling of the dam. | APPEALS_TO | EGY>ETH
            Cuba begged Mexico to send fuel. | APPEALS_TO | CUB>MEX
            Jordan encouraged Iraq to hold the vote. | APPEALS_TO | JOR>IRQ
            Greece lobbied Cyprus to accept the plan. | APPEALS_TO | GRC>CYP
            Austria issued an appeal to Slovakia for calm. | APPEALS_TO | AUT>SVK
            Nepal's plea to Bhutan went unanswered. | APPEALS_TO | NPL>BTN
            Ireland's call on Iceland to act was welcomed. | APPEALS_TO | IRL>ISL
            Peru sought Ecuador's help with the search. | APPEALS_TO | PER>ECU
            Laos requested Cambodia's assistance after the floods. | APPEALS_TO | LAO>KHM
            # 03: cooperation, help and closer ties promised rather than done.
            Sweden expressed willingness to cooperate with Latvia. | INTENDS_TO_COOPERATE | SWE>LVA
            Belgium expressed readiness to work with Luxembourg. | INTENDS_TO_COOPERATE | BEL>LUX
            Japan offered to help Vietnam after the storm. | INTENDS_TO_COOPERATE | JPN>VNM
            Australia promised Fiji more aid. | INTENDS_TO_COOPERATE | AUS>FJI
            Singapore wishes to foster its friendship with Indonesia. | SEEKS_CLOSER_TIES | SGP>IDN
            Malaysia agreed to step up cooperation with Brunei. | SEEKS_CLOSER_TIES | MYS>BRN
            Thailand and Myanmar agreed to intensify cooperation. | SEEKS_CLOSER_TIES | THA>MMR MMR>THA
            # 04: calls, visits made and hosted, meetings.
            Croatia had a telephone conversation with Slovenia. | DISCUSSES_BY_TELEPHONE | HRV>SVN
            Romania received a phone call from Moldova. | DISCUSSES_BY_TELEPHONE | MDA>ROU
            Mongolia held talks with Kazakhstan in Astana. | MEETS | MNG>KAZ
            Kenyan President William Ruto touched down in Uganda on Tuesday. | VISITS | ruto>UGA
            Nigeria headed to Niger for talks. | VISITS | NGA>NER
            A visit by Botswana to Namibia was planned. | VISITS | BWA>NAM
            Rwanda hosted Burundi at the palace. | VISITS | BDI>RWA
            Xi Jinping welcomed Vladimir Putin in Beijing. | VISITS | putin>CHN
            Benin and Togo met in Lome. | MEETS | BEN>TGO
            The leaders of Chile and Peru held bilateral talks in Lima. | MEETS | CHL>PER
            Ghana and Togo held a meeting on Friday. | MEETS | GHA>TGO
            A meeting between Liberia and Guinea took place in Conakry. | MEETS | LBR>GIN
            Sudan sat down with Chad. | MEETS | SDN>TCD
            Pakistan held consultations with Afghanistan. | MEETS | PAK>AFG
            Turkey's talks with Azerbaijan went well. | MEETS | TUR>AZE
            # 05: praise and support, partnerships said of two, agreements by their other nouns.
            India commended Nepal. | SUPPORTS | IND>NPL
            Brazil spoke highly of Portugal. | SUPPORTS | BRA>PRT
            Saudi Arabia threw its weight behind Bahrain. | SUPPORTS | SAU>BHR
            Egypt came out in support of Sudan. | SUPPORTS | EGY>SDN
            China lent support to Pakistan. | SUPPORTS | CHN>PAK
            Kenya stands in solidarity with Uganda. | SUPPORTS | KEN>UGA
            Mexico and Guatemala are close allies. | PARTNERS_WITH | MEX>GTM GTM>MEX
            Peru inked a memorandum of understanding with Colombia. | SIGNS_AGREEMENT | PER>COL
            Armenia signed four MoUs with Georgia. | SIGNS_AGREEMENT | ARM>GEO
            Four agreements were signed between Dhaka and Beijing. | SIGNS_AGREEMENT | BGD>CHN
            Moldova entered into an agreement with Romania. | SIGNS_AGREEMENT | MDA>ROU
            """)
    void drafts(String sentence, String kind, String expected) {
        assertThat(pairs(of(sentence), kind)).containsExactlyInAnyOrderElementsOf(List.of(expected.split(" ")));
    }

    /** The near misses: a negation, the other sense of the word, an act asked for, a noun with no agent. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # 01: declining to comment, or a statement on what is no actor.
            Ghana declined to comment on Togo. | MAKES_STATEMENT
            Kenya did not comment on Somalia. | MAKES_STATEMENT
            Norway issued a statement on the floods. | MAKES_STATEMENT
            # 02
            Finland called for calm in Estonia. | APPEALS_TO
            Egypt pleaded guilty. | APPEALS_TO
            Jordan encouraged talks on the issue. | APPEALS_TO
            The appeal to Slovakia went unanswered. | APPEALS_TO
            Peru sought help from the public. | APPEALS_TO
            # 03
            Denmark did not pledge to cooperate with Lithuania. | INTENDS_TO_COOPERATE
            Sweden refused to cooperate with the inquiry. | INTENDS_TO_COOPERATE
            Japan offered to help the victims. | INTENDS_TO_COOPERATE
            Canada did not offer Haiti assistance. | INTENDS_TO_COOPERATE
            Singapore wants to foster innovation in Indonesia. | SEEKS_CLOSER_TIES
            # 04: talks in a place are no call; grain, drones and planes visit no one; an accession greeted is no visit.
            Mongolia held talks with Kazakhstan in Astana. | DISCUSSES_BY_TELEPHONE
            Romania received a letter from Moldova. | DISCUSSES_BY_TELEPHONE
            The plane landed in a field. | VISITS
            A Russian drone landed in Poland. | VISITS
            Most of the grain went to Egypt. | VISITS
            Nigeria headed the delegation. | VISITS
            Rwanda hosted NATO troops. | VISITS
            Finland welcomed Sweden to NATO. | VISITS
            Kuwait offered to host talks between Iran and Iraq. | MEETS
            Benin met the deadline. | MEETS
            NATO met in Brussels. | MEETS
            Chile held talks in Lima. | MEETS
            Sudan sat down on the floor. | MEETS
            Turkey's membership talks with the European Union stalled. | MEETS
            # 05: trading partners and neighbours are no allies; a letter and talks are no agreement.
            India did not commend Nepal. | SUPPORTS
            Saudi Arabia threw its weight around. | SUPPORTS
            Mexico and Guatemala are neighbours. | PARTNERS_WITH
            Mexico and Guatemala are major trading partners. | PARTNERS_WITH
            Armenia signed a letter with Georgia. | SIGNS_AGREEMENT
            Moldova entered into talks with Romania. | SIGNS_AGREEMENT
            """)
    void nearMisses(String sentence, String kind) {
        assertThat(relations(of(sentence), kind)).isEmpty();
    }

    @Test
    void cooperationPromisedIsNoCooperationDone() {
        Draft pledged = of("Denmark pledged to cooperate with Lithuania on energy.");
        assertThat(pairs(pledged, "INTENDS_TO_COOPERATE")).containsExactly("DNK>LTU");
        assertThat(relations(pledged, "COOPERATES_WITH")).isEmpty();
    }

    @Test
    void phoneTalksAreACallAndNoMeeting() {
        Draft phone = of("Mongolia held phone talks with Kazakhstan.");
        assertThat(only(relations(phone, "DISCUSSES_BY_TELEPHONE")).pattern()).isEqualTo("phone-talks");
        assertThat(relations(phone, "MEETS")).isEmpty();
    }
}
