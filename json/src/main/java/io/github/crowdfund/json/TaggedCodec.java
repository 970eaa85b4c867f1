package io.github.crowdfund.json;

import io.github.crowdfund.json.JsonReader.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The codec of a sealed hierarchy, such as the campaign events: each value is one JSON object whose first two
 * fields are its stable type name and the schema version of its layout, then its own fields:
 * {@code {"type":"PledgePlaced","version":1,"pledge":{...}}}.
 *
 * <p>Type names never change; a deliberate change of a layout raises its version, and the layouts of older versions
 * stay readable ({@link Variant#readsOlder(int, ObjectCodec)}), each turning the old JSON into today's value. Reading
 * needs {@code type} first and {@code version} second, as this codec writes them, so that the layout is known before
 * the fields come; an unknown type name or version is a {@link JsonFormatException} listing the known ones.
 *
 * @param <T> the sealed type
 */
final class TaggedCodec<T> implements JsonCodec<T> {

  static final String TYPE = "type";
  static final String VERSION = "version";

  /**
   * One permitted subtype: its type name, its current schema version and layout, and the layouts of its older
   * versions.
   *
   * @param <S> the subtype
   */
  static final class Variant<S> {
    private final String name;
    private final Class<S> type;
    private final int version;
    private final ObjectCodec<S> codec;
    private final Map<Integer, ObjectCodec<? extends S>> older;

    private Variant(String name, Class<S> type, int version, ObjectCodec<S> codec,
        Map<Integer, ObjectCodec<? extends S>> older) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
      this.codec = Objects.requireNonNull(codec, "codec");
      this.version = version;
      this.older = Map.copyOf(older);
      if (version < 1) {
        throw new IllegalArgumentException("schema versions start at 1, was " + version + " for " + name);
      }
    }

    /** This variant, reading also an older version of its layout with the codec that upgrades it. */
    Variant<S> readsOlder(int olderVersion, ObjectCodec<? extends S> olderCodec) {
      if (olderVersion < 1 || olderVersion >= version || older.containsKey(olderVersion)) {
        throw new IllegalArgumentException("version " + olderVersion + " of " + name + " is not an older version");
      }
      Map<Integer, ObjectCodec<? extends S>> withOlder = new HashMap<>(older);
      withOlder.put(olderVersion, olderCodec);
      return new Variant<>(name, type, version, codec, withOlder);
    }

    String name() {
      return name;
    }

    int version() {
      return version;
    }

    private void write(Object value, JsonWriter out) {
      out.beginObject();
      out.name(TYPE);
      out.string(name);
      out.name(VERSION);
      out.number(version);
      codec.writeFields(type.cast(value), out);
      out.endObject();
    }

    /** Reads the fields after the version: today's layout, or an older one that upgrades to today's value. */
    private S readFields(int readVersion, JsonReader in) {
      if (readVersion == version) {
        return codec.readFields(in);
      }
      ObjectCodec<? extends S> olderCodec = older.get(readVersion);
      if (olderCodec == null) {
        Set<Integer> known = new TreeMap<>(older).navigableKeySet();
        List<Integer> versions = new ArrayList<>(known);
        versions.add(version);
        throw Tokens.error(in, name + " has no schema version " + readVersion + "; this library reads versions "
            + versions);
      }
      return olderCodec.readFields(in);
    }
  }

  private final String what;
  private final Class<T> sealedType;
  private final Map<Class<?>, Variant<? extends T>> byClass = new HashMap<>();
  private final Map<String, Variant<? extends T>> byName = new LinkedHashMap<>();

  private TaggedCodec(String what, Class<T> sealedType, List<Variant<? extends T>> variants) {
    this.what = Objects.requireNonNull(what, "what");
    this.sealedType = Objects.requireNonNull(sealedType, "sealedType");
    for (Variant<? extends T> variant : variants) {
      if (byName.put(variant.name, variant) != null || byClass.put(variant.type, variant) != null) {
        throw new IllegalArgumentException("two variants for " + variant.name + " or " + variant.type.getName());
      }
    }
    for (Class<?> permitted : sealedType.getPermittedSubclasses()) {
      if (!byClass.containsKey(permitted)) {
        throw new IllegalStateException(sealedType.getSimpleName() + "." + permitted.getSimpleName()
            + " has no JSON form: give it a type name and a layout");
      }
    }
  }

  /** A variant of a sealed type at its first schema version. */
  static <S> Variant<S> variant(String name, Class<S> type, ObjectCodec<S> codec) {
    return new Variant<>(name, type, 1, codec, Map.of());
  }

  /** A variant at its first schema version whose layout is one field. */
  static <S, A> Variant<S> variant(String name, Class<S> type, ObjectCodec.Field<S, A> a, Function<A, S> factory) {
    return variant(name, type, ObjectCodec.of(name, a, factory));
  }

  /** A variant at its first schema version whose layout is two fields. */
  static <S, A, B> Variant<S> variant(String name, Class<S> type, ObjectCodec.Field<S, A> a,
      ObjectCodec.Field<S, B> b, BiFunction<A, B, S> factory) {
    return variant(name, type, ObjectCodec.of(name, a, b, factory));
  }

  /** A variant at its first schema version whose layout is three fields. */
  static <S, A, B, C> Variant<S> variant(String name, Class<S> type, ObjectCodec.Field<S, A> a,
      ObjectCodec.Field<S, B> b, ObjectCodec.Field<S, C> c, ObjectCodec.Factory3<A, B, C, S> factory) {
    return variant(name, type, ObjectCodec.of(name, a, b, c, factory));
  }

  /** A variant of a sealed type whose layout has changed: {@code version} is that of today's layout. */
  static <S> Variant<S> variant(String name, Class<S> type, int version, ObjectCodec<S> codec) {
    return new Variant<>(name, type, version, codec, Map.of());
  }

  /**
   * The codec of a sealed type.
   *
   * @param what what the values are, in error messages, such as {@code event}
   * @param sealedType the sealed type; every permitted subclass needs a variant
   * @param variants one per permitted subclass
   * @throws IllegalStateException if a permitted subclass has no variant
   */
  static <T> TaggedCodec<T> of(String what, Class<T> sealedType, List<Variant<? extends T>> variants) {
    return new TaggedCodec<>(what, sealedType, variants);
  }

  /** The variant of a value. */
  Variant<? extends T> variantOf(T value) {
    Variant<? extends T> variant = byClass.get(value.getClass());
    if (variant == null) {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
    return variant;
  }

  /** The subtypes, in the order of the variants. */
  List<Class<? extends T>> subtypes() {
    List<Class<? extends T>> subtypes = new ArrayList<>();
    for (Variant<? extends T> variant : byName.values()) {
      subtypes.add(variant.type);
    }
    return subtypes;
  }

  /** The type names, in the order of the variants. */
  Set<String> names() {
    return byName.keySet();
  }

  @Override
  public void write(T value, JsonWriter out) {
    variantOf(value).write(value, out);
  }

  @Override
  public T read(JsonReader in) {
    Tokens.expect(in, Token.BEGIN_OBJECT, "an object (" + what + ")");
    expectName(in, TYPE);
    in.next();
    Tokens.expect(in, Token.STRING, "the type name of the " + what);
    Variant<? extends T> variant = byName.get(in.text());
    if (variant == null) {
      throw Tokens.error(in, "unknown " + what + " type " + Tokens.quote(in.text()) + "; the types are " + names());
    }
    expectName(in, VERSION);
    in.next();
    int version = Scalars.INT.read(in);
    return sealedType.cast(variant.readFields(version, in));
  }

  private void expectName(JsonReader in, String name) {
    if (in.next() != Token.NAME || !Tokens.textIs(in, name)) {
      throw Tokens.error(in, "expected the field " + Tokens.quote(name) + " here (a " + what + " starts with \""
          + TYPE + "\" and \"" + VERSION + "\"), was " + Tokens.describe(in));
    }
  }

  /**
   * The codec of one subtype: writes as this codec does, reads a value of this codec and refuses one of another
   * subtype.
   */
  <S extends T> JsonCodec<S> narrowedTo(Class<S> subtype) {
    Variant<? extends T> variant = byClass.get(subtype);
    if (variant == null) {
      throw new IllegalArgumentException(subtype.getName() + " is not a variant");
    }
    return new JsonCodec<>() {
      @Override
      public void write(S value, JsonWriter out) {
        TaggedCodec.this.write(value, out);
      }

      @Override
      public S read(JsonReader in) {
        T value = TaggedCodec.this.read(in);
        if (!subtype.isInstance(value)) {
          throw Tokens.error(in, "expected a " + variant.name + " " + what + ", was a "
              + variantOf(value).name);
        }
        return subtype.cast(value);
      }
    };
  }
}
