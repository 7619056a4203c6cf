package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.verbatim.ApiKeys;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract fuzzing: requests generated (by the fuzzer's own {@link Gen} generators) from the committed openapi/openapi.yaml, for every operation
 * (valid and broken parameters, bodies, headers and credentials), sent to the running service. Every answer must
 * hold the properties of {@link ContractProperties}: no 5xx, errors as problem+json with the right status, no internals
 * in any body, 2xx bodies valid against the spec.
 *
 * <p>One seeded {@link Random} drives every generator, so a run replays exactly: {@code -Dfuzz.tries=50000} for more cases,
 * {@code -Dfuzz.seed=N} to replay a run (the seed is printed), {@code "-Dfuzz.trace=GET /api/v1/statements"} to print
 * every request to one operation and its answer.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final int TRIES = Integer.getInteger("fuzz.tries", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    private static final String TRACED = System.getProperty("fuzz.trace", "");
    private static final int MAX_REPORTED = 30;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void shouldKeepTheContractForGeneratedRequests() throws Exception {
        OpenApiDocument document = OpenApiDocument.read(COMMITTED);
        List<OpenApiDocument.Operation> operations = document.operations();
        assertThat(operations).isNotEmpty();
        IdPools pools = new IdPools();
        RequestGenerators generatorsOf = new RequestGenerators(document, pools,
                new RequestGenerators.Credentials(ApiKeys.ADMIN, ApiKeys.create("editor")));
        ContractProperties properties = new ContractProperties(document);
        List<Gen<FuzzRequest>> generators = new ArrayList<>();
        for (OpenApiDocument.Operation operation : operations) {
            generators.add(generatorsOf.requests(operation, operations));
        }
        Random random = new Random(SEED);
        Map<String, String> failures = new LinkedHashMap<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        Map<String, Long> timings = new TreeMap<>();
        int failed = 0;
        int transportRefusals = 0;
        long started = System.nanoTime();

        seedOwnedResources(operations, generators, pools, random);
        for (int i = 0; i < TRIES; i++) {
            int index = random.nextInt(operations.size());
            FuzzRequest request = generators.get(index).next(random);
            long sent = System.nanoTime();
            Answer answer = send(request);
            timings.merge(request.operation().name(), System.nanoTime() - sent, Long::sum);
            statuses.computeIfAbsent(request.operation().name(), k -> new TreeMap<>()).merge(answer.status(), 1,
                    Integer::sum);
            remember(request, answer, pools);
            if (request.operation().name().equals(TRACED)) {
                System.out.println("fuzz " + request.describe() + "\n   -> " + answer.status() + " "
                        + FuzzRequest.abbreviate(answer.body(), 300));
            }
            if (refusedByTransport(request, answer)) {
                transportRefusals++;
                continue;
            }
            List<String> broken = properties.broken(request.operation(), answer.status(), answer.contentType(),
                    answer.body());
            if (!broken.isEmpty()) {
                failed++;
                for (String property : broken) {
                    String key = request.operation().name() + ": " + property.replaceAll("'[^']*'", "'…'");
                    failures.putIfAbsent(key, "case " + i + ": " + property + "\n    request: " + request.describe()
                            + "\n    answer: " + answer.status() + " " + answer.contentType() + " "
                            + FuzzRequest.abbreviate(answer.body(), 600));
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Contract fuzzing: %d cases over %d operations in %d ms (seed %d), %d broke a property, "
                + "%d refused by the HTTP layer for their size%n", TRIES, operations.size(), millis, SEED, failed,
                transportRefusals);
        statuses.forEach((operation, counts) -> System.out.printf("  %-45s %5d ms %s%n", operation,
                timings.get(operation) / 1_000_000, counts));
        assertThat(statuses.keySet()).as("every operation was fuzzed").hasSize(operations.size());
        assertThat(failures.values())
                .withFailMessage("%d of %d generated requests broke the contract (seed %d; replay with "
                                + "-Dfuzz.seed=%d -Dfuzz.tries=%d); distinct failures:%n%s",
                        failed, TRIES, SEED, SEED, TRIES, String.join("\n\n", failures.values().stream()
                                .limit(MAX_REPORTED).toList()))
                .isEmpty();
    }

    /** Creates a few resources through each creating operation, so that writes have something of their own to change. */
    private void seedOwnedResources(List<OpenApiDocument.Operation> operations,
                                    List<Gen<FuzzRequest>> generators, IdPools pools, Random random)
            throws IOException, InterruptedException {
        for (int index = 0; index < operations.size(); index++) {
            OpenApiDocument.Operation operation = operations.get(index);
            if (!operation.method().equals("POST") || operation.path().contains("{")) {
                continue;
            }
            for (int attempt = 0, created = 0; attempt < 40 && created < 5; attempt++) {
                FuzzRequest request = generators.get(index).next(random);
                Answer answer = send(request);
                remember(request, answer, pools);
                created += answer.status() / 100 == 2 ? 1 : 0;
            }
        }
    }

    private void remember(FuzzRequest request, Answer answer, IdPools pools) {
        if (answer.status() / 100 != 2 || !answer.contentType().contains("json")) {
            return;
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(answer.body());
        } catch (IOException e) {
            return;
        }
        String collection = RequestGenerators.collection(request.operation().path());
        pools.harvest(collection, body, request.operation().mutates());
        if (answer.etag() != null) {
            String resource = request.resourcePath();
            if (body.path("id").isTextual() && !request.operation().path().contains("{")) {
                resource = resource + "/" + body.get("id").asText();
            }
            pools.etag(resource, answer.etag());
        }
    }

    /**
     * Vert.x answers a request line or headers past its limits (4 KB URI, 8 KB headers) with a bare 414 or 431
     * before any application code runs: the one error that cannot be a problem document.
     */
    private static boolean refusedByTransport(FuzzRequest request, Answer answer) {
        int headerBytes = request.headers().stream().mapToInt(h -> h.getKey().length() + h.getValue().length() + 4).sum();
        return (answer.status() == 414 && request.pathAndQuery().length() > 4000)
                || (answer.status() == 431 && headerBytes > 8000);
    }

    private record Answer(int status, String contentType, String etag, String body) {
    }

    private Answer send(FuzzRequest request) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), body);
        request.headers().forEach(header -> builder.header(header.getKey(), header.getValue()));
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException staleConnection) {
            // The server may close a kept-alive connection after an answer given before the whole body was read
            // (401, 413); the client can pick that connection for the next request. Once more, on a new one:
            try {
                response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException noAnswer) {
                // status 0: the connection closed without an answer, which ContractProperties reports
                return new Answer(0, "", null, String.valueOf(noAnswer.getMessage()));
            }
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("ETag").orElse(null), response.body());
    }
}
