package backplan.base;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

/**
 * The one Jackson factory for every JSON backplan reads or writes (a factory is costly to make and safe to
 * share). Closing a generator or a parser never closes the stream under it: that stream is standard output, or
 * a history file the caller still holds locked.
 */
public final class Jackson {

    public static final JsonFactory FACTORY = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

    private Jackson() {}
}
