package org.entente.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.docs.JsonSubset;
import org.entente.engine.RuleCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document's operations are named and its examples are true: each example request, sent to the
 * running service, is answered with 200 and a body of which the example answer is a part (docs/README.md says how
 * a part is matched).
 */
class OpenApiTest {

    private static AnalysisServer server;
    private static Http http;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        server = AnalysisServer.start(new AnalysisServer.Config("127.0.0.1", 0, Path.of("rules"),
                List.of(Path.of("seeds", "vilnius-2023.yaml")), RuleCache.defaultFolder(), false), line -> { });
        http = Http.to(server);
        document = http.get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        Set<String> ids = new HashSet<>();
        operations().forEach((where, operation) -> {
            assertThat(operation.path("operationId").asText()).as(where).matches("[a-z][A-Za-z]+");
            assertThat(ids.add(operation.get("operationId").asText())).as("%s repeats an operationId", where).isTrue();
        });
    }

    @Test
    void everyExampleAnswerIsPartOfWhatTheServiceAnswersToTheExampleRequest() {
        List<String> checked = new ArrayList<>();
        operations().forEach((where, operation) -> {
            JsonNode example = operation.path("responses").path("200").path("content").path("application/json")
                    .path("example");
            if (example.isMissingNode()) {
                return;
            }
            String[] methodAndPath = where.split(" ", 2);
            String path = methodAndPath[1];
            for (JsonNode parameter : document.path("paths").path(path).path("parameters")) {
                path = path.replace("{" + parameter.get("name").asText() + "}", parameter.get("example").asText());
            }
            Http.Response response = methodAndPath[0].equals("get") ? http.get(path)
                    : http.post(path, "application/json", requestExample(operation).toString());

            assertThat(response.status()).as("%s answered %s", where, response.json()).isEqualTo(200);
            assertThat(JsonSubset.mismatch(example.toString(), response.json().toString())).as(where).isEmpty();
            checked.add(where);
        });
        assertThat(checked).contains("post /what-if", "post /what-if/batch", "get /explain/{id}");
    }

    @Test
    void theScenarioExampleSaysTheSameInYamlAsInJson() {
        JsonNode content = document.at("/components/requestBodies/Scenario/content");
        Http.Response fromJson = http.post("/what-if", "application/json",
                content.at("/application~1json/example").toString());
        Http.Response fromYaml = http.post("/what-if", "application/yaml",
                content.at("/application~1yaml/example").asText());

        assertThat(fromYaml.status()).isEqualTo(200);
        assertThat(fromYaml.json().get("diff")).isEqualTo(fromJson.json().get("diff"));
    }

    /** The operations by method and path, such as {@code post /what-if}. */
    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!method.getKey().equals("parameters")) {
                operations.put(method.getKey() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    private static JsonNode requestExample(JsonNode operation) {
        JsonNode body = operation.path("requestBody");
        if (body.has("$ref")) {
            body = document.at(body.get("$ref").asText().substring(1));
        }
        return body.at("/content/application~1json/example");
    }
}
