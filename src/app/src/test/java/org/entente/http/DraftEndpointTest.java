package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.engine.RuleCache;
import org.entente.io.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /draft on the real service: an article in, its draft pack out; bad articles refused with 400, 413 or 415. */
class DraftEndpointTest {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static AnalysisServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, Path.of("rules"),
                List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder(), false), line -> { });
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSeedArticleIsDraftedAsAPackWhoseFactsQuoteIt() throws Exception {
        String article = Files.readString(Path.of("seeds", "000_53dffffe28bbb940.txt"));
        Http.Response response = http.post("/draft", TEXT, article);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("article").asText()).isEqualTo(Drafts.ARTICLE);
        List<String> condemned = new ArrayList<>();
        for (JsonNode fact : response.json().get("facts")) {
            JsonNode evidence = fact.get("evidence");
            if (evidence != null && evidence.isTextual()) {
                assertThat(article).contains(evidence.asText());
            }
            if ("CONDEMNS".equals(fact.path("kind").asText())) {
                condemned.add(fact.get("from").asText());
            }
        }
        assertThat(condemned).containsExactly("NATO");
    }

    @Test
    void onTheServedPacksTheDraftRefersToWhatTheyHoldAndRunsAsAScenariosArticle() throws Exception {
        String article = Files.readString(Path.of("seeds", "000_53dffffe28bbb940.txt"));
        JsonNode alone = http.post("/draft", TEXT, article).json();
        Http.Response response = http.post("/draft?imports=served", TEXT, article);

        assertThat(response.status()).isEqualTo(200);
        JsonNode draft = response.json();
        assertThat(texts(draft.get("imports"))).containsExactly("seeds/world.yaml", "seeds/vilnius-2023.yaml");
        Set<String> served = new HashSet<>();
        http.get("/facts").json().get("facts").forEach(fact -> served.add(fact.get("id").asText()));
        assertThat(draft.get("facts").size()).isPositive().isLessThan(alone.get("facts").size() / 4);
        for (JsonNode fact : draft.get("facts")) {
            assertThat(served).as("a drafted fact takes an id the served packs use").doesNotContain(fact.get("id")
                    .asText());
        }
        // What the draft holds runs as the article of a what-if: every quote is checked, every id resolves.
        ObjectNode scenario = Json.MAPPER.createObjectNode().put("name", "the seed, drafted");
        scenario.putObject("article").put("text", article).set("facts", draft.get("facts"));
        if (draft.has("references")) {
            ((ObjectNode) scenario.get("article")).set("references", draft.get("references"));
        }
        scenario.putArray("changes");
        Http.Response whatIf = http.post("/what-if", "application/json", Json.MAPPER.writeValueAsString(scenario));
        assertThat(whatIf.status()).as(whatIf.raw().body()).isEqualTo(200);
    }

    @Test
    void aDraftBuildsOnlyOnTheServedPacks() {
        Http.Response response = http.post("/draft?imports=seeds/world.yaml", TEXT, "NATO met in Vilnius.");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("where").asText()).isEqualTo("query parameter 'imports'");
        assertThat(response.json().get("error").asText()).contains("use served");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(each -> texts.add(each.asText()));
        return texts;
    }

    @Test
    void anArticleThatIsNotPlainTextIsRefusedWith415() {
        Http.Response response = http.post("/draft", "application/json", "{\"article\": \"NATO met.\"}");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("error").asText()).contains("text/plain");
    }

    @Test
    void anEmptyArticleIsRefusedWith400() {
        Http.Response response = http.post("/draft", TEXT, "   \n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("the article is empty");
    }

    @Test
    void anArticleInFrenchIsRefusedWith400() {
        Http.Response response = http.post("/draft", TEXT, "Le président français Emmanuel Macron s'est opposé à "
                + "l'ouverture d'un bureau de l'OTAN au Japon, estimant que l'Alliance atlantique devait rester "
                + "concentrée sur l'Europe et l'Atlantique Nord, selon plusieurs diplomates interrogés à Paris.");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("not English");
    }

    @Test
    void anArticleOverOneMebibyteIsRefusedWith413() {
        byte[] body = "NATO met. ".repeat(110_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Response response = http.post("/draft", TEXT, BodyPublishers.ofByteArray(body));

        assertThat(response.status()).isEqualTo(413);
    }
}
