package io.verbatim.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Text PostgreSQL cannot store or compare: the NUL character (U+0000). Body strings holding it are refused while the
 * JSON is read, so the problem names the field (an import line's error too) rather than failing in SQL.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    public static final String REFUSAL = "must not contain the NUL character (U+0000)";

    public static boolean isStorable(String value) {
        return value == null || value.indexOf('\u0000') < 0;
    }

    public static boolean isRefused(InvalidFormatException exception) {
        return exception.getValue() instanceof String value && !isStorable(value);
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer()));
    }

    private static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (!isStorable(value)) {
                throw InvalidFormatException.from(parser, REFUSAL, value, String.class);
            }
            return value;
        }
    }
}
