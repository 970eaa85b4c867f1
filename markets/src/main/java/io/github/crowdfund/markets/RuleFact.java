package io.github.crowdfund.markets;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated fact about a platform's rules or fees: which rule, for which currency ({@code *} for all), its value or
 * an explicit "unknown", the days it applies (both ends included, open when absent), how sure the data is, and the
 * source.
 *
 * <p>An unknown value has no confidence: nobody could find it, and an application must supply its own with
 * {@link Platform#withFact(RuleFact)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule, not null
 * @param scope an ISO 4217 currency code, or {@code *} for every currency; not null
 * @param value the value in the rule's form, or empty when unknown; not null
 * @param from the first day the fact applies, if bounded; not null
 * @param until the last day the fact applies, if bounded; not null
 * @param confidence how sure the data is; present exactly when the value is; not null
 * @param source where the fact comes from, not blank
 */
public record RuleFact(Rule rule, String scope, Optional<String> value, Optional<LocalDate> from,
    Optional<LocalDate> until, Optional<Confidence> confidence, String source) {

  /** The scope of a fact that applies to every currency. */
  public static final String ANY_SCOPE = "*";

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException quoting the value when it does not have the rule's form, the scope is neither
   *     {@code *} nor a currency code, the period ends before it starts, the confidence is missing for a value (or
   *     given for an unknown), or the source is blank
   */
  public RuleFact {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(source, "source");
    value.ifPresent(v -> rule.check(v, scope));
    if (!scope.equals(ANY_SCOPE)) {
      org.joda.money.CurrencyUnit.of(scope);
    }
    if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
      throw new IllegalArgumentException(rule + ": the period ends on '" + until.get() + "', before it starts on '"
          + from.get() + "'");
    }
    if (value.isPresent() != confidence.isPresent()) {
      throw new IllegalArgumentException(rule + ": a known value needs a confidence and an unknown one has none, got "
          + value.orElse("unknown") + " with " + confidence.map(Confidence::toString).orElse("no confidence"));
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException(rule + ": a fact needs a source, got '" + source + "'");
    }
  }

  /**
   * Returns an undated fact with a known value, e.g. a value an application supplies itself.
   *
   * @param rule the rule, not null
   * @param scope an ISO 4217 currency code, or {@code *}; not null
   * @param value the value in the rule's form, not null
   * @param confidence how sure the value is, not null
   * @param source where it comes from, not blank
   * @return the fact
   * @throws IllegalArgumentException as the constructor
   */
  public static RuleFact of(Rule rule, String scope, String value, Confidence confidence, String source) {
    return new RuleFact(rule, scope, Optional.of(value), Optional.empty(), Optional.empty(), Optional.of(confidence),
        source);
  }

  /**
   * Whether the fact applies on a date.
   *
   * @param date the date, not null
   * @return true when the date lies within the fact's period
   */
  public boolean appliesOn(LocalDate date) {
    return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(u -> !date.isAfter(u)).orElse(true);
  }

  /** Whether two facts apply on at least one common day. */
  boolean overlaps(RuleFact other) {
    boolean startsBeforeOtherEnds = from.isEmpty() || other.until.isEmpty() || !from.get().isAfter(other.until.get());
    boolean otherStartsBeforeThisEnds =
        other.from.isEmpty() || until.isEmpty() || !other.from.get().isAfter(until.get());
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * Returns the value, or fails naming what is missing.
   *
   * @param platform the platform's name, for the message
   * @param asked the currency code (or {@code *}) the value was asked for, for the message
   * @return the value
   * @throws UnknownRuleException when the value is unknown
   */
  String known(String platform, String asked) {
    return value.orElseThrow(() -> new UnknownRuleException(platform, rule, asked, source));
  }
}
