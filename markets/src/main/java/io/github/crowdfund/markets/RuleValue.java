package io.github.crowdfund.markets;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A platform fact resolved once, when a {@link PlatformRules} is built: a typed {@link Known} value, or an
 * {@link Unknown} one that carries its source and says how to supply it. Reading a value is a plain look-up.
 *
 * <p>This class is immutable and thread-safe when its value is.
 *
 * @param <T> the value's type
 */
public sealed interface RuleValue<T> {

  /**
   * Returns the value, if known.
   *
   * @return the value, or empty when unknown
   */
  Optional<T> toOptional();

  /**
   * Returns the value, or throws when it is unknown.
   *
   * @return the value
   * @throws UnknownRuleException if the value is unknown, naming its source and how to supply it
   */
  T orElseThrow();

  /**
   * Returns where the fact comes from (for an unknown one, why it is unknown).
   *
   * @return the source; never blank
   */
  String source();

  /**
   * Whether the value is known.
   *
   * @return true for {@link Known}
   */
  default boolean isKnown() {
    return toOptional().isPresent();
  }

  /**
   * Converts a known value; an unknown one stays unknown.
   *
   * @param <U> the new type
   * @param convert the conversion
   * @return the converted value
   */
  <U> RuleValue<U> map(Function<? super T, ? extends U> convert);

  /**
   * A known value.
   *
   * @param <T> the value's type
   * @param value the value
   * @param source where it comes from
   */
  record Known<T>(T value, String source) implements RuleValue<T> {
    /** Validates the arguments, which must not be null. */
    public Known {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.of(value);
    }

    @Override
    public T orElseThrow() {
      return value;
    }

    @Override
    public <U> RuleValue<U> map(Function<? super T, ? extends U> convert) {
      return new Known<>(convert.apply(value), source);
    }
  }

  /**
   * A value nobody could find, or the data does not state.
   *
   * @param <T> the value's type
   * @param platform the platform's name
   * @param rule the rule
   * @param scope the currency code asked for, or {@code *}
   * @param source the data's note on it, or that the data says nothing about it
   */
  record Unknown<T>(String platform, Rule rule, String scope, String source) implements RuleValue<T> {
    /** Validates the arguments, which must not be null. */
    public Unknown {
      Objects.requireNonNull(platform, "platform");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public Optional<T> toOptional() {
      return Optional.empty();
    }

    /**
     * Throws the exception that says what is unknown and how to supply it.
     *
     * @return never
     * @throws UnknownRuleException always
     */
    @Override
    public T orElseThrow() {
      throw exception();
    }

    @Override
    public <U> RuleValue<U> map(Function<? super T, ? extends U> convert) {
      return new Unknown<>(platform, rule, scope, source);
    }

    /**
     * Returns the exception {@link #orElseThrow()} throws; its message names the source and how to supply the value.
     *
     * @return the exception
     */
    public UnknownRuleException exception() {
      return new UnknownRuleException(platform, rule, scope, source);
    }
  }
}
