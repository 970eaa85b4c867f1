package io.github.crowdfund.json;

import io.github.crowdfund.json.JsonReader.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The codec of a value written as a JSON object with fixed fields: its layout is the list of {@link Field}s, each a
 * name, the codec of its value and the accessor that gives it; reading collects every field and only then builds
 * the value, so nothing half-built escapes. Fields are written in their order; read in any order. An unknown field,
 * a field given twice, a missing required field or a value the type's factory refuses is a
 * {@link JsonFormatException} naming the JSON path.
 *
 * @param <T> the type of the values
 */
final class ObjectCodec<T> implements JsonCodec<T> {

  /**
   * One field of an object layout.
   *
   * @param <T> the type of the object
   * @param <V> the type of the field's value as the factory sees it ({@code Optional<X>} for an optional field)
   */
  static final class Field<T, V> {
    private final String name;
    private final JsonCodec<V> codec;
    private final Function<T, V> accessor;
    /** The value of an absent field, not written: null when the field is required. */
    private final V absent;

    private Field(String name, JsonCodec<V> codec, Function<T, V> accessor, V absent) {
      this.name = Objects.requireNonNull(name, "name");
      this.codec = Objects.requireNonNull(codec, "codec");
      this.accessor = Objects.requireNonNull(accessor, "accessor");
      this.absent = absent;
    }


    /** The same field in the layout of a type that holds a {@code T}: its value is read through {@code outer}. */
    <U> Field<U, V> from(Function<U, T> outer) {
      return new Field<>(name, codec, outer.andThen(accessor), absent);
    }

    /** This field's value among the values read, which this field's codec put there. */
    @SuppressWarnings("unchecked")
    private V valueIn(Object[] values, int index) {
      return (V) values[index];
    }
  }

  /**
   * The values of an object's fields, as read; given to the factory that builds the value while the reader is still
   * on the object's last token, where the object's path is asked only if a value is refused.
   */
  static final class Values {
    private final List<? extends Field<?, ?>> fields;
    private final Object[] values;
    private final JsonReader in;

    private Values(List<? extends Field<?, ?>> fields, Object[] values, JsonReader in) {
      this.fields = fields;
      this.values = values;
      this.in = in;
    }

    /** The value of a field of this layout: never null (an absent optional field gives {@code Optional.empty()}). */
    <V> V get(Field<?, V> field) {
      int index = fields.indexOf(field);
      if (index < 0) {
        throw new IllegalStateException("field \"" + field.name + "\" is not in the layout " + fields);
      }
      return field.valueIn(values, index);
    }

    /** An error about one field's value, which only the whole object shows wrong. */
    JsonFormatException invalid(Field<?, ?> field, String reason) {
      return new JsonFormatException(JsonPath.child(in.path(), field.name), reason);
    }
  }

  private final String typeName;
  private final List<Field<T, ?>> fields;
  private final Function<Values, T> factory;

  private ObjectCodec(String typeName, List<Field<T, ?>> fields, Function<Values, T> factory) {
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.fields = List.copyOf(fields);
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /**
   * A required field.
   *
   * @param name the JSON name
   * @param codec the codec of its value
   * @param accessor gives the value of the field, never null
   */
  static <T, V> Field<T, V> field(String name, JsonCodec<V> codec, Function<T, V> accessor) {
    return new Field<>(name, codec, accessor, null);
  }

  /** An optional field: left out when empty, and empty when left out. */
  static <T, V> Field<T, Optional<V>> optional(String name, JsonCodec<V> codec, Function<T, Optional<V>> accessor) {
    return new Field<>(name, Scalars.mapped(codec, "a value", Optional::of, Optional::orElseThrow), accessor,
        Optional.empty());
  }

  /**
   * The codec of an object layout.
   *
   * @param typeName the name of the type in error messages, such as {@code Money}
   * @param fields the layout, in the order the fields are written
   * @param factory builds a value from the fields read; its {@link IllegalArgumentException} becomes a
   *     {@link JsonFormatException} at the object's path
   */
  static <T> ObjectCodec<T> of(String typeName, List<Field<T, ?>> fields, Function<Values, T> factory) {
    return new ObjectCodec<>(typeName, fields, factory);
  }

  /** The codec of a type of one field, such as an event that holds only its instant. */
  static <T, A> ObjectCodec<T> of(String typeName, Field<T, A> a, Function<A, T> factory) {
    return of(typeName, List.of(a), values -> factory.apply(values.get(a)));
  }

  /** The codec of a type of two fields. */
  static <T, A, B> ObjectCodec<T> of(String typeName, Field<T, A> a, Field<T, B> b,
      BiFunction<A, B, T> factory) {
    return of(typeName, List.of(a, b), values -> factory.apply(values.get(a), values.get(b)));
  }

  /** Builds a value of three fields. */
  interface Factory3<A, B, C, T> {
    T apply(A a, B b, C c);
  }

  /** The codec of a type of three fields. */
  static <T, A, B, C> ObjectCodec<T> of(String typeName, Field<T, A> a, Field<T, B> b, Field<T, C> c,
      Factory3<A, B, C, T> factory) {
    return of(typeName, List.of(a, b, c), values -> factory.apply(values.get(a), values.get(b), values.get(c)));
  }

  @Override
  public void write(T value, JsonWriter out) {
    out.beginObject();
    writeFields(value, out);
    out.endObject();
  }

  /** Writes the fields of a value into an object already begun. */
  void writeFields(T value, JsonWriter out) {
    for (Field<T, ?> field : fields) {
      writeField(field, value, out);
    }
  }

  private static <T, V> void writeField(Field<T, V> field, T value, JsonWriter out) {
    V fieldValue = Objects.requireNonNull(field.accessor.apply(value), field.name);
    if (!fieldValue.equals(field.absent)) {
      out.name(field.name);
      field.codec.write(fieldValue, out);
    }
  }

  @Override
  public T read(JsonReader in) {
    Tokens.expect(in, Token.BEGIN_OBJECT, "an object (" + typeName + ")");
    return readFields(in);
  }

  /**
   * Reads the remaining fields of an object whose earlier tokens the caller has read, up to its end; builds the
   * value.
   */
  T readFields(JsonReader in) {
    Object[] values = new Object[fields.size()];
    for (Token token = in.next(); token != Token.END_OBJECT; token = in.next()) {
      if (token != Token.NAME) {
        throw Tokens.wrongType(in, "a field name or the end of the object");
      }
      int index = indexOf(in);
      if (index < 0) {
        throw Tokens.error(in, "unknown field " + Tokens.quote(in.text()) + "; " + typeName + " has the fields "
            + names());
      }
      if (values[index] != null) {
        throw Tokens.error(in, "field " + Tokens.quote(in.text()) + " appears twice");
      }
      in.next();
      values[index] = fields.get(index).codec.read(in);
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        values[i] = fields.get(i).absent;
        if (values[i] == null) {
          missing.add(fields.get(i).name);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw Tokens.error(in, typeName + " lacks the field" + (missing.size() == 1 ? " " : "s ")
          + String.join(", ", missing.stream().map(Tokens::quote).toArray(String[]::new)));
    }
    try {
      return Objects.requireNonNull(factory.apply(new Values(fields, values, in)), typeName);
    } catch (JsonFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw Tokens.error(in, "not a valid " + typeName + ": " + e.getMessage());
    }
  }

  /** The index of the field whose name is the current token, or -1. */
  private int indexOf(JsonReader in) {
    for (int i = 0; i < fields.size(); i++) {
      if (Tokens.textIs(in, fields.get(i).name)) {
        return i;
      }
    }
    return -1;
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (Field<T, ?> field : fields) {
      names.add(field.name);
    }
    return names;
  }
}
