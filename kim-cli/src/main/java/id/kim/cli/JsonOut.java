package id.kim.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Streams one JSON document: plain fields and arrays written by hand, SDK values through the
 * contract's serializers, one at a time — so a command's output never has to be held in memory.
 */
final class JsonOut implements Closeable {
  private final ObjectWriter values;
  private final JsonGenerator out;

  JsonOut(ObjectWriter values, Writer writer) {
    this.values = values;
    try {
      this.out = values.createGenerator(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonOut startObject() throws IOException {
    out.writeStartObject();
    return this;
  }

  JsonOut startObject(String name) throws IOException {
    out.writeObjectFieldStart(name);
    return this;
  }

  JsonOut endObject() throws IOException {
    out.writeEndObject();
    return this;
  }

  JsonOut startArray(String name) throws IOException {
    out.writeArrayFieldStart(name);
    return this;
  }

  JsonOut startArray() throws IOException {
    out.writeStartArray();
    return this;
  }

  JsonOut string(String value) throws IOException {
    out.writeString(value);
    return this;
  }

  JsonOut endArray() throws IOException {
    out.writeEndArray();
    return this;
  }

  JsonOut field(String name, String value) throws IOException {
    out.writeStringField(name, value);
    return this;
  }

  JsonOut field(String name, long value) throws IOException {
    out.writeNumberField(name, value);
    return this;
  }

  JsonOut field(String name, boolean value) throws IOException {
    out.writeBooleanField(name, value);
    return this;
  }

  /** Writes a field whose value is an SDK value (or a list or map of them). */
  JsonOut value(String name, Object value) throws IOException {
    out.writeFieldName(name);
    values.writeValue(out, value);
    return this;
  }

  /** Writes an array element that is an SDK value. */
  JsonOut element(Object value) throws IOException {
    values.writeValue(out, value);
    return this;
  }

  @Override
  public void close() throws IOException {
    out.writeRaw('\n');
    out.close();
  }
}
