package io.github.crowdfund.markets;

import java.util.Objects;

/**
 * Why a creator may not launch in a market on a date, or may not use a funding model there: a stable machine-readable code and a sentence a person can
 * read, naming the dates and countries involved.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the rule broken, not null
 * @param message the sentence, not blank
 */
public record Reason(Code code, String message) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the message is blank
   */
  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a reason needs a sentence, got '" + message + "' for " + code);
    }
  }

  /** Returns {@code CODE: sentence}. */
  @Override
  public String toString() {
    return code + ": " + message;
  }

  /** The rules of creator eligibility and of funding models; the names are stable and may be stored. */
  public enum Code {
    /** The market is not open to creators on the launch date. */
    MARKET_NOT_OPEN,
    /** The creator is under 18 on the launch date and no adult guardian takes part. */
    UNDER_AGE,
    /** The guardian who takes part is under 18 on the launch date. */
    GUARDIAN_UNDER_AGE,
    /** The creator does not live in the market's country. */
    NOT_RESIDENT,
    /** No government ID is from the market's country or, for a market in the EU, from an EU member state. */
    ID_NOT_ACCEPTED,
    /** There is no payout bank account. */
    NO_BANK_ACCOUNT,
    /** The bank account is held outside the market's country. */
    BANK_ACCOUNT_ABROAD,
    /** The bank account's currency is not one the market allows on the launch date. */
    CURRENCY_NOT_ALLOWED,
    /** The person verified holds no major credit or debit card. */
    NO_CARD,
    /** The entity is registered in another country than the market's. */
    REGISTERED_ELSEWHERE,
    /** The person setting up the entity's project is not an owner or executive authorised to represent it. */
    REPRESENTATIVE_NOT_AUTHORISED,
    /** The platform does not offer the funding model on the launch date. */
    FUNDING_MODEL_NOT_OFFERED,
    /** The platform offers the funding model only to organisations of other kinds. */
    FUNDING_MODEL_NOT_FOR_ORGANISATION
  }
}
