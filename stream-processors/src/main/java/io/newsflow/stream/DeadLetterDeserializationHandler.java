package io.newsflow.stream;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records whose key or value cannot be deserialized (not Confluent-framed, unknown schema id, corrupt Avro) go to
 * the stage's dead-letter topic with the original bytes and the reason; the application continues with the next
 * record. If the dead letter itself cannot be built (registry unreachable) the application fails rather than
 * drop the record silently.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.fromConfig(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        try {
            var letter = deadLetters.record(record.key(), record.value(), record.topic(), record.partition(),
                    record.offset(), exception);
            LOG.warn("{}: undeserializable record {}-{}@{} sent to {}: {}", deadLetters.stage().wireName(),
                    record.topic(), record.partition(), record.offset(), letter.topic(), exception.toString());
            return Response.resume(List.of(letter));
        } catch (RuntimeException e) {
            LOG.error("{}: cannot write dead letter for {}-{}@{}; failing", deadLetters.stage().wireName(),
                    record.topic(), record.partition(), record.offset(), e);
            return Response.fail();
        }
    }
}
