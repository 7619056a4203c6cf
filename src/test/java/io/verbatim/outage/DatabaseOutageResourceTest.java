package io.verbatim.outage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.verbatim.ApiKeys;
import io.verbatim.EmbeddedPostgresTestResource;
import io.verbatim.TestData;
import io.verbatim.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Stops the embedded PostgreSQL under the running service and starts it again on the same data directory and port,
 * while a writer keeps creating statements.
 */
@QuarkusTest
@TestProfile(ShortAcquisitionTimeout.class)
class DatabaseOutageResourceTest {

    private static final String STATEMENTS = "/api/v1/statements";
    private static final long OUTAGE_ANSWER_BOUND_MS = (ShortAcquisitionTimeout.ACQUISITION_TIMEOUT_SECONDS + 2) * 1000L;

    @Test
    void shouldAnswer503DuringAnOutageThenRecoverWithoutRestartOrLosingAcknowledgedWrites() throws Exception {
        String key = ApiKeys.editor();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> writerStatuses = new ConcurrentHashMap<>();
        for (int i = 0; i < 3; i++) {
            acknowledged.add(create(key).then().statusCode(201).extract().path("id"));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                Response response = create(key);
                writerStatuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 201) {
                    acknowledged.add(response.path("id"));
                }
                pause(50);
            }
        }, "outage-writer");
        writer.start();
        pause(500);

        stopDatabase();
        try {
            long started = System.nanoTime();
            Response read = given().when().get(STATEMENTS).then().extract().response();
            long readMillis = (System.nanoTime() - started) / 1_000_000;
            assertProblem(read.then(), 503).body("type", is("/problems/service-unavailable"));
            assertThat(Integer.parseInt(read.header("Retry-After"))).isPositive();
            assertThat(readMillis).isLessThan(OUTAGE_ANSWER_BOUND_MS);

            // A write needs its key looked up first: that lookup failing is an outage too, not a 500 or a 401
            started = System.nanoTime();
            Response write = create(key);
            long writeMillis = (System.nanoTime() - started) / 1_000_000;
            assertProblem(write.then(), 503);
            assertThat(write.header("Retry-After")).isNotNull();
            assertThat(writeMillis).isLessThan(OUTAGE_ANSWER_BOUND_MS);

            given().when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
            given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
            System.out.printf("Outage: read answered 503 in %d ms, keyed write 503 in %d ms%n", readMillis,
                    writeMillis);
        } finally {
            restartDatabase();
        }

        long restarted = System.nanoTime();
        long recoveryMillis = -1;
        while ((System.nanoTime() - restarted) / 1_000_000 < 30_000) {
            if (given().when().get(STATEMENTS).statusCode() == 200) {
                recoveryMillis = (System.nanoTime() - restarted) / 1_000_000;
                break;
            }
            pause(100);
        }
        assertThat(recoveryMillis).as("recovered within 30 s of the restart").isNotNegative();
        System.out.printf("Recovery: first 200 %d ms after PostgreSQL was back%n", recoveryMillis);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));

        pause(1000);
        writing.set(false);
        writer.join(10_000);
        for (int i = 0; i < 3; i++) {
            acknowledged.add(create(key).then().statusCode(201).extract().path("id"));
        }

        System.out.printf("Writer statuses during the run: %s; acknowledged writes: %d%n", writerStatuses,
                acknowledged.size());
        assertThat(writerStatuses.keySet()).as("every write was acknowledged or refused with 503")
                .containsAnyOf(201).isSubsetOf(201, 503);
        assertThat(writerStatuses).containsKey(503);
        for (String id : acknowledged) {
            given().when().get(STATEMENTS + "/" + id).then().statusCode(200).body("id", is(id));
        }
    }

    private static Response create(String key) {
        String speaker = "Outage " + TestData.unique();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "We remain committed to the process.");
        body.put("kind", "DIRECT");
        body.put("speaker", Map.of("name", speaker, "kind", "PERSON"));
        body.put("saidOn", "2022-06-01");
        body.put("sources", List.of(Map.of("url", "https://news.example.org/" + TestData.unique(),
                "outlet", "Example News", "attribution", "said in a statement")));
        return ApiKeys.as(key).contentType("application/json").body(body).when().post(STATEMENTS)
                .then().extract().response();
    }

    private static Path directory;
    private static int port;

    private static void stopDatabase() throws IOException {
        EmbeddedPostgresServer server = EmbeddedPostgresTestResource.running;
        assertThat(server).as("the embedded test database is published").isNotNull();
        directory = server.dataDirectory();
        port = server.port();
        server.close();
    }

    private static void restartDatabase() throws IOException {
        EmbeddedPostgresTestResource.running = EmbeddedPostgresServer.start(directory, port);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
