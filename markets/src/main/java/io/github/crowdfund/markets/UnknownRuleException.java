package io.github.crowdfund.markets;

import java.util.Objects;

/**
 * A rule or fee that nobody could find was needed: the message names the platform, the rule and the currency, and
 * says how to supply one ({@link Platform#withFact(RuleFact)}). The library never assumes zero for an unknown.
 */
public final class UnknownRuleException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String platform;
  private final Rule rule;
  private final String scope;

  /**
   * Creates the exception.
   *
   * @param platform the platform's name, not null
   * @param rule the rule whose value is unknown, not null
   * @param scope the currency code, or {@code *}, not null
   * @param note what the data says about it, not null
   */
  public UnknownRuleException(String platform, Rule rule, String scope, String note) {
    super(platform + ": " + rule.id() + (scope.equals(RuleFact.ANY_SCOPE) ? "" : " in " + scope)
        + " is unknown (" + note + "); supply your own with Platform.withFact(RuleFact.of(Rule." + rule.name()
        + ", \"" + scope + "\", value, confidence, source))");
    this.platform = Objects.requireNonNull(platform, "platform");
    this.rule = rule;
    this.scope = scope;
  }

  /** Returns the platform's name. */
  public String platform() {
    return platform;
  }

  /** Returns the rule whose value is unknown. */
  public Rule rule() {
    return rule;
  }

  /** Returns the currency code, or {@code *}. */
  public String scope() {
    return scope;
  }
}
