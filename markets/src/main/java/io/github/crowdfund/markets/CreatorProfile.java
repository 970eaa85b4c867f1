package io.github.crowdfund.markets;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.style.ValueStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who wants to launch a project: an {@link Individual} (perhaps a minor alongside an adult guardian), an
 * {@link Entity} (a business or nonprofit), or a creator launching {@linkplain ThroughPartner through a partner or
 * entity} registered in an open market. {@link Eligibility} checks a profile against a market on a date.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface CreatorProfile permits CreatorProfile.Individual, CreatorProfile.Entity,
    CreatorProfile.ThroughPartner {

  /**
   * A person: birth date, country of residence, the countries that issued their government IDs, a payout bank
   * account, whether they hold a major credit or debit card, and for a minor the adult guardian who takes part.
   *
   * <p>When a guardian is given, the guardian verifies identity, adds the bank details and holds the card, so those
   * checks apply to the guardian; residence is the creator's own.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  abstract non-sealed class Individual implements CreatorProfile {

    Individual() {}

    /** Returns the day the person was born. */
    public abstract LocalDate birthDate();

    /** Returns the country where the person lives. */
    public abstract Country residence();

    /** Returns the countries that issued the person's government IDs. */
    public abstract Set<Country> idCountries();

    /** Returns the person's payout bank account, if any. */
    public abstract Optional<BankAccount> bankAccount();

    /** Returns whether the person holds a major credit or debit card. */
    public abstract boolean hasCard();

    /** Returns the adult (parent or guardian) who takes part alongside a minor, if any. */
    public abstract Optional<Individual> guardian();

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Individual}; collections may be added to, every other attribute is set once. */
    public static final class Builder extends ImmutableIndividual.Builder {
      Builder() {}
    }

    /**
     * Checks the profile when it is built.
     *
     * @throws IllegalArgumentException when the guardian has a guardian
     */
    @Value.Check
    protected void check() {
      guardian().flatMap(Individual::guardian).ifPresent(g -> {
        throw new IllegalArgumentException("a guardian takes part as an adult and has no guardian: " + g);
      });
    }

    /**
     * Returns the person's age in whole years on a date.
     *
     * @param date the date, not null
     * @return the age; negative before the birth date
     */
    public int ageOn(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return java.time.Period.between(birthDate(), date).getYears();
    }
  }

  /**
   * A business or nonprofit: its name, the country where it is registered, whether the person setting it up is an
   * owner or executive authorised to represent it, and its payout bank account.
   *
   * <p>This class is immutable and thread-safe.
   */
  @Value.Immutable
  @ValueStyle
  abstract non-sealed class Entity implements CreatorProfile {

    Entity() {}

    /** Returns the entity's name. */
    public abstract String name();

    /** Returns the country where the entity is registered. */
    public abstract Country registeredIn();

    /** Returns whether the person setting up the project is an owner or executive authorised to represent it. */
    public abstract boolean representativeAuthorised();

    /** Returns the entity's payout bank account, if any. */
    public abstract Optional<BankAccount> bankAccount();

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Entity}; every attribute is set once. */
    public static final class Builder extends ImmutableEntity.Builder {
      Builder() {}
    }

    /**
     * Checks the profile when it is built.
     *
     * @throws IllegalArgumentException quoting the value when the name is blank
     */
    @Value.Check
    protected void check() {
      if (name().isBlank()) {
        throw new IllegalArgumentException("an entity needs a name, got '" + name() + "'");
      }
    }
  }

  /**
   * A creator who launches through a partner or entity registered in an open market (as Japanese creators did through
   * US companies before Japan opened). Eligibility is the partner's; the creator is kept for the record.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param creator the creator behind the project, an individual or an entity, not null
   * @param partner the entity that launches the project, not null
   */
  record ThroughPartner(CreatorProfile creator, Entity partner) implements CreatorProfile {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if {@code creator} is itself launching through a partner
     */
    public ThroughPartner {
      Objects.requireNonNull(creator, "creator");
      Objects.requireNonNull(partner, "partner");
      if (creator instanceof ThroughPartner) {
        throw new IllegalArgumentException("a partner launches for the creator directly, not through another "
            + "partner: " + creator);
      }
    }
  }
}
