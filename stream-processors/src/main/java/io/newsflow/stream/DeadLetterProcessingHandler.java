package io.newsflow.stream;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a stage's processing step throws on (e.g. a normalized page with a layout this pipeline version does
 * not know) go to the stage's dead-letter topic with the original input bytes as read from the source topic and
 * the reason; the application continues with the next record. If the dead letter itself cannot be built the
 * application fails rather than drop the record silently.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

    private DeadLetters deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.fromConfig(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        try {
            var letter = deadLetters.record(context.sourceRawKey(), context.sourceRawValue(), context.topic(),
                    context.partition(), context.offset(), exception);
            LOG.warn("{}: processing failed at node {} for {}-{}@{}, sent to {}: {}", deadLetters.stage().wireName(),
                    context.processorNodeId(), context.topic(), context.partition(), context.offset(), letter.topic(),
                    exception.toString());
            return Response.resume(List.of(letter));
        } catch (RuntimeException e) {
            LOG.error("{}: cannot write dead letter for {}-{}@{}; failing", deadLetters.stage().wireName(),
                    context.topic(), context.partition(), context.offset(), e);
            return Response.fail();
        }
    }
}
