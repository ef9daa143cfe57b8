package io.newsflow.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.DeadLetter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyTopicNameIsListedOnceAndTheSinkDeadLetterQueueHasNoSchemaOfOurs() {
        List<String> names = Topics.names();
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate topic names: " + names);
        assertTrue(names.contains(Topics.DLQ_SINK.name()));
        assertEquals(Topics.all().size() + 1, names.size());
        assertFalse(Topics.all().stream().anyMatch(t -> t.name().equals(Topics.DLQ_SINK.name())),
                "Connect writes raw records there, so no Avro value type may be claimed for it");
    }

    @Test
    void deadLetterNamesAreTheStagesDeadLetterTopicsAndTheSinks() {
        assertTrue(Topics.deadLetters().stream().allMatch(t -> t.valueType() == DeadLetter.class));
        List<String> expected = new ArrayList<>(Topics.deadLetters().stream().map(Topic::name).toList());
        expected.add(Topics.DLQ_SINK.name());
        assertEquals(expected, Topics.deadLetterNames());
    }
}
