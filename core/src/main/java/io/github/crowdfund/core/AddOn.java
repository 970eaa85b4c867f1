package io.github.crowdfund.core;

import io.github.crowdfund.style.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An extra item a backer can add to a pledge, in a quantity up to a per-backer maximum (10 unless set).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AddOn {

  /** The per-backer maximum when none is set, as on Kickstarter. */
  public static final int DEFAULT_PER_BACKER_MAXIMUM = 10;

  AddOn() {}

  /**
   * Returns the identifier of the add-on, unique within its campaign.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the title shown to backers.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the price of one unit, in the campaign currency.
   *
   * @return the price, zero or positive
   */
  public abstract Money price();

  /**
   * Returns how many units all backers together may take, if limited.
   *
   * @return the limit (at least 1), or empty when unlimited
   */
  public abstract Optional<Integer> limit();

  /**
   * Returns how many units one backer may take.
   *
   * @return the per-backer maximum, at least 1; {@value #DEFAULT_PER_BACKER_MAXIMUM} unless set
   */
  @Value.Default
  public int perBackerMaximum() {
    return DEFAULT_PER_BACKER_MAXIMUM;
  }

  /**
   * Validates the add-on; called by the builder.
   *
   * @throws IllegalArgumentException if a value is out of range, quoting it
   */
  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("add-on id must not be blank: '" + id() + "'");
    }
    if (title().isBlank()) {
      throw new IllegalArgumentException("add-on title must not be blank: '" + title() + "'");
    }
    if (price().isNegative()) {
      throw new IllegalArgumentException("add-on price must not be negative: " + price());
    }
    if (limit().isPresent() && limit().get() < 1) {
      throw new IllegalArgumentException("add-on limit must be at least 1: " + limit().get());
    }
    if (perBackerMaximum() < 1) {
      throw new IllegalArgumentException("add-on per-backer maximum must be at least 1: " + perBackerMaximum());
    }
  }

  /**
   * Returns a builder; {@code id}, {@code title} and {@code price} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AddOn}. */
  public static final class Builder extends ImmutableAddOn.Builder {
    Builder() {}
  }
}
