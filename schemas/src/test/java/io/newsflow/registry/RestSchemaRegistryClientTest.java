package io.newsflow.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.registry.server.SchemaRegistryServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST client against the in-process registry server over real HTTP. */
class RestSchemaRegistryClientTest {
    private static final Schema V1 = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
            .requiredString("id").requiredString("title").endRecord();
    private static final Schema V2_OPTIONAL = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
            .requiredString("id").requiredString("title").optionalString("kicker").endRecord();
    private static final Schema V2_REQUIRED = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
            .requiredString("id").requiredString("title").requiredInt("page").endRecord();

    private SchemaRegistryServer server;
    private RestSchemaRegistryClient client;

    @BeforeEach
    void start() {
        server = SchemaRegistryServer.startInMemory(0);
        client = new RestSchemaRegistryClient(server.url(), 2, Duration.ofMillis(10), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void registerReturnsGlobalIdsAndSameSchemaGetsSameIdAcrossSubjects() {
        int id = client.register("a-value", V1);
        assertEquals(id, client.register("a-value", V1));
        assertEquals(id, new RestSchemaRegistryClient(server.url()).register("b-value", V1), "same schema, other subject");
        int other = client.register("a-value", V2_OPTIONAL);
        assertNotEquals(id, other);
    }

    @Test
    void getByIdReturnsTheRegisteredSchema() {
        int id = client.register("a-value", V1);
        assertEquals(V1, new RestSchemaRegistryClient(server.url()).getById(id));
    }

    @Test
    void getLatestTracksVersionsPerSubject() {
        int id1 = client.register("a-value", V1);
        RegisteredSchema first = client.getLatest("a-value");
        assertEquals(new RegisteredSchema("a-value", id1, 1, V1), first);
        int id2 = client.register("a-value", V2_OPTIONAL);
        RegisteredSchema second = client.getLatest("a-value");
        assertEquals(2, second.version());
        assertEquals(id2, second.id());
        assertEquals(V2_OPTIONAL, second.schema());
        client.register("other-value", V2_OPTIONAL);
        assertEquals(1, client.getLatest("other-value").version(), "versions count per subject");
    }

    @Test
    void getLatestOfUnknownSubjectIs40401() {
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.getLatest("nope"));
        assertEquals(404, e.httpStatus());
        assertEquals(SchemaRegistryException.SUBJECT_NOT_FOUND, e.errorCode());
    }

    @Test
    void unknownIdIs40403() {
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.getById(12345));
        assertEquals(SchemaRegistryException.SCHEMA_NOT_FOUND, e.errorCode());
    }

    @Test
    void compatibilityCheckFollowsTheDefaultBackwardTransitiveRule() {
        assertTrue(client.isCompatible("a-value", V2_REQUIRED), "no versions yet: anything goes");
        client.register("a-value", V1);
        assertTrue(client.isCompatible("a-value", V2_OPTIONAL), "added optional field with default");
        assertFalse(client.isCompatible("a-value", V2_REQUIRED), "added required field without default");
    }

    @Test
    void incompatibleRegistrationIsRejectedWith409AndAReason() {
        client.register("a-value", V1);
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> client.register("a-value", V2_REQUIRED));
        assertTrue(e.isIncompatible());
        assertEquals(409, e.httpStatus());
        assertEquals(409, e.errorCode());
        assertTrue(e.getMessage().contains("page") && e.getMessage().contains(server.url()), e.getMessage());
        assertEquals(1, client.getLatest("a-value").version(), "nothing was registered");
    }

    @Test
    void transitiveCheckComparesAgainstEveryEarlierVersion() {
        client.setCompatibility("t-value", "NONE");
        client.register("t-value", V1);
        Schema noTitle = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
                .requiredString("id").endRecord();
        Schema titleWithDefault = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
                .requiredString("id").name("title").type().stringType().stringDefault("").endRecord();
        client.register("t-value", noTitle);
        client.register("t-value", titleWithDefault);
        // v3 -> v4 with title required again: fine against v3 (BACKWARD) but not against v2, which had no title.
        Schema v4 = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
                .requiredString("id").requiredString("title").requiredString("x").endRecord();
        client.setCompatibility("t-value", "BACKWARD");
        assertFalse(client.isCompatible("t-value", v4));
        Schema v4b = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
                .requiredString("id").requiredString("title").endRecord();
        assertTrue(client.isCompatible("t-value", v4b), "BACKWARD: only the latest (title has a default) counts");
        client.setCompatibility("t-value", "BACKWARD_TRANSITIVE");
        assertFalse(client.isCompatible("t-value", v4b), "v2 data has no title and v4b gives it no default");
    }

    @Test
    void settingCompatibilityNoneAllowsAnyEvolution() {
        client.register("a-value", V1);
        client.setCompatibility("a-value", "NONE");
        assertTrue(client.isCompatible("a-value", V2_REQUIRED));
        client.register("a-value", V2_REQUIRED);
        assertEquals(2, client.getLatest("a-value").version());
    }

    @Test
    void invalidCompatibilityLevelIsRejectedByClientAndServer() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> client.setCompatibility("a-value", "SIDEWAYS"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/config/a-value"))
                .header("Content-Type", RestSchemaRegistryClient.CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"SIDEWAYS\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("\"error_code\":42203"), response.body());
    }

    @Test
    void invalidSchemaTextIsRejectedWith42201() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "/subjects/a-value/versions"))
                .header("Content-Type", RestSchemaRegistryClient.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"{\\\"type\\\":\\\"nonsense\\\"}\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("\"error_code\":42201"), response.body());
    }

    @Test
    void subjectsWithSpecialCharactersAreEncoded() {
        int id = client.register("news flow/ä+x-value", V1);
        assertEquals(id, client.getLatest("news flow/ä+x-value").id());
        assertEquals(java.util.List.of("news flow/ä+x-value"), server.registry().subjects());
    }

    @Test
    void idsAndSchemasAreCachedSoTheyWorkWithoutTheRegistry() {
        int id = client.register("a-value", V1);
        client.getById(id);
        server.close();
        assertEquals(id, client.register("a-value", V1), "cached registration");
        assertEquals(V1, client.getById(id), "cached schema");
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.getLatest("a-value"));
        assertTrue(e.isUnreachable() && e.getMessage().contains(server.url()), e.getMessage());
    }
}
