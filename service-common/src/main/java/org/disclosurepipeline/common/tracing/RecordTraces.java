package org.disclosurepipeline.common.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.smallrye.reactive.messaging.TracingMetadata;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The trace context of records, in W3C Trace Context form ({@code traceparent}, {@code tracestate}) whatever
 * propagators are configured: that is the pipeline's wire format (docs/tracing.md).
 */
public final class RecordTraces {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header h = headers == null ? null : headers.lastHeader(key);
            return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    };

    private static final TextMapSetter<Headers> SET_HEADER = (headers, key, value) -> {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    };

    private RecordTraces() {
    }

    /**
     * What a consumed record's processing continues: the receive span SmallRye's Kafka connector started for it
     * (a child of the record's {@code traceparent}), else the header itself; the root context when it has none.
     */
    public static Context parentOf(Message<?> record, Headers headers) {
        return TracingMetadata.fromMessage(record).map(TracingMetadata::getCurrentContext)
                .filter(c -> Span.fromContext(c).getSpanContext().isValid())
                .orElseGet(() -> W3C.extract(Context.root(), headers, HEADERS));
    }

    /** The W3C headers of a context ({@code traceparent}, and {@code tracestate} when there is one), to keep. */
    public static Map<String, String> headersOf(Context context) {
        Map<String, String> headers = new LinkedHashMap<>();
        W3C.inject(context, headers, Map::put);
        return headers;
    }

    /** The context that stored W3C headers name; the root context when there are none. */
    public static Context fromHeaders(Map<String, String> headers) {
        return W3C.extract(Context.root(), headers, new TextMapGetter<>() {
            @Override
            public Iterable<String> keys(Map<String, String> carrier) {
                return carrier.keySet();
            }

            @Override
            public String get(Map<String, String> carrier, String key) {
                return carrier == null ? null : carrier.get(key);
            }
        });
    }

    /** Writes a context as the record's {@code traceparent} (and {@code tracestate}), replacing earlier ones. */
    public static void inject(Context context, Headers headers) {
        W3C.inject(context, headers, SET_HEADER);
    }
}
