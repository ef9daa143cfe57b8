package io.newsflow.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.ConfluentKafkaContainer;

/**
 * The client and serde against Confluent's real Schema Registry (needs Docker; skipped without it). The same
 * behaviours are checked without Docker against the in-process server in {@code RestSchemaRegistryClientTest},
 * {@code AvroSerdeTest} and {@code SchemaEvolutionTest}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ConfluentSchemaRegistryContainerIT {
    private static final String CP_VERSION = "7.9.0";
    private static final Network NETWORK = Network.newNetwork();

    @Container
    static final ConfluentKafkaContainer KAFKA = new ConfluentKafkaContainer("confluentinc/cp-kafka:" + CP_VERSION)
            .withNetwork(NETWORK)
            .withListener("kafka:19092");

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>("confluentinc/cp-schema-registry:" + CP_VERSION)
            .withNetwork(NETWORK)
            .withExposedPorts(8081)
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
            .dependsOn(KAFKA)
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(2)));

    private static RestSchemaRegistryClient client() {
        return new RestSchemaRegistryClient("http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081));
    }

    @Test
    void registerLookupLatestAndCompatibilityAgainstConfluent() {
        RestSchemaRegistryClient client = client();
        Schema v1 = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
                .requiredString("id").endRecord();
        Schema v2 = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
                .requiredString("id").optionalString("kicker").endRecord();
        Schema bad = SchemaBuilder.record("Headline").namespace("io.newsflow.test").fields()
                .requiredString("id").requiredInt("page").endRecord();

        client.setCompatibility("headline-value", "BACKWARD_TRANSITIVE");
        int id1 = client.register("headline-value", v1);
        assertEquals(id1, client.register("headline-value", v1));
        assertEquals(v1, new RestSchemaRegistryClient(client.baseUrl()).getById(id1));
        assertTrue(client.isCompatible("headline-value", v2));
        assertFalse(client.isCompatible("headline-value", bad));
        assertTrue(client.isCompatible("never-registered-value", bad));
        int id2 = client.register("headline-value", v2);
        RegisteredSchema latest = client.getLatest("headline-value");
        assertEquals(2, latest.version());
        assertEquals(id2, latest.id());
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> client.register("headline-value", bad));
        assertTrue(e.isIncompatible(), e.getMessage());
        assertEquals(SchemaRegistryException.SCHEMA_NOT_FOUND,
                assertThrows(SchemaRegistryException.class, () -> client.getById(99999)).errorCode());
    }

    @Test
    void serdeRoundTripAndPipelineRegistrationAgainstConfluent() {
        RestSchemaRegistryClient client = client();
        Map<?, Integer> ids = Schemas.registerAll(client);
        assertEquals(Topics.all().size(), ids.size());
        AvroSerde<Article> serde = AvroSerde.forTopic(Topics.ARTICLES, client);
        Article article = TestRecords.article();
        byte[] bytes = serde.serializer().serialize(Topics.ARTICLES.name(), article);
        assertEquals(ids.get(Topics.ARTICLES), AvroSerde.schemaId(bytes));
        assertEquals(article, serde.deserializer().deserialize(Topics.ARTICLES.name(), bytes));
    }
}
