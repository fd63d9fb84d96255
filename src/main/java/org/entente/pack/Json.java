package org.entente.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.entente.domain.RelationKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one configured mapper: strict on input (unknown fields are errors), stable on output (ISO dates, sorted maps). */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addDeserializer(RelationKind.class, new KindByName()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * Reads a relation kind by name from the vocabulary a reader carries as an attribute
     * ({@code readerFor(...).withAttribute(RelationKinds.class, kinds)}): kinds are data, not Java constants.
     */
    private static final class KindByName extends StdDeserializer<RelationKind> {

        KindByName() {
            super(RelationKind.class);
        }

        @Override
        public RelationKind deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String name = parser.getValueAsString();
            Object kinds = context.getAttribute(RelationKinds.class);
            if (!(kinds instanceof RelationKinds vocabulary)) {
                throw new IllegalStateException("relation kinds are read with a vocabulary; none was given");
            }
            return vocabulary.find(name).orElseThrow(() -> InvalidFormatException.from(parser,
                    "unknown relation kind", name, RelationKind.class));
        }
    }

    private Json() {
    }
}
