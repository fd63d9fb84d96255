package org.entente.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.entente.io.Json;
import org.entente.result.Finding;

/**
 * The baseline's findings as JSON, written once per load: a scenario's world shares most of its findings with the
 * baseline (the very same objects, since a what-if reads again only those its change touches), and writing them
 * with their quotes was a fifth of a full what-if's answer. Looked up by identity, so a finding of a scenario's
 * world, or of another load, is never taken for one of these; it is written as usual.
 */
final class RenderedFindings {

    /** The attribute a writer carries the findings of the load that answers the request in. */
    private static final String ATTRIBUTE = RenderedFindings.class.getName();

    /** For answers of no load: every finding written as usual. */
    static final RenderedFindings NONE = new RenderedFindings(Map.of());

    private final Map<Finding, SerializedString> json;

    private RenderedFindings(Map<Finding, SerializedString> json) {
        this.json = json;
    }

    static RenderedFindings of(List<Finding> findings) {
        Map<Finding, SerializedString> json = new IdentityHashMap<>();
        for (Finding finding : findings) {
            try {
                // Encoded to UTF-8 once here, not by every answer that carries it: a SerializedString keeps its bytes.
                SerializedString written = new SerializedString(Json.MAPPER.writeValueAsString(finding));
                written.asUnquotedUTF8();
                json.put(finding, written);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write finding " + finding.id(), e);
            }
        }
        return new RenderedFindings(Collections.unmodifiableMap(json));
    }

    /** The attribute to give a writer of {@link #mapper()}'s so it writes these findings as they were written. */
    Map<String, Object> attribute() {
        return Map.of(ATTRIBUTE, this);
    }

    /** {@link Json#MAPPER}, writing a finding it was given as {@link #attribute()} as it was written. */
    static ObjectMapper mapper() {
        SimpleModule module = new SimpleModule("rendered-findings");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                return description.getBeanClass() == Finding.class
                        ? new Rendered((JsonSerializer<Object>) serializer) : serializer;
            }
        });
        return Json.MAPPER.copy().registerModule(module);
    }

    /** Wraps the bean serializer, passing on its resolution so it is set up as if unwrapped. */
    private static final class Rendered extends StdSerializer<Finding>
            implements ResolvableSerializer, ContextualSerializer {

        private final JsonSerializer<Object> plain;

        Rendered(JsonSerializer<Object> plain) {
            super(Finding.class);
            this.plain = plain;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (plain instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            return plain instanceof ContextualSerializer contextual
                    ? new Rendered((JsonSerializer<Object>) contextual.createContextual(provider, property)) : this;
        }

        @Override
        public void serialize(Finding finding, JsonGenerator out, SerializerProvider provider) throws IOException {
            SerializedString written = provider.getAttribute(ATTRIBUTE) instanceof RenderedFindings rendered
                    ? rendered.json.get(finding) : null;
            if (written != null) {
                out.writeRawValue(written);
            } else {
                plain.serialize(finding, out, provider);
            }
        }
    }
}
