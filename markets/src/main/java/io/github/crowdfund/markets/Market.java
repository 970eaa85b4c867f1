package io.github.crowdfund.markets;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.style.ValueStyle;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * A country where creators can (or will be able to) launch projects on a platform, as dated data: its project
 * currency and any optional currency with the day it became allowed, the days it was announced, opened for drafting
 * and opened to creators (each absent when not known, never invented), and the pledge limits per currency.
 *
 * <p>Its {@linkplain #statusOn(LocalDate) status on a date} is {@link MarketStatus#OPEN} from the day creators could
 * first launch, else {@link MarketStatus#DRAFTING} from the drafting day, else {@link MarketStatus#ANNOUNCED} from the
 * announcement day, else none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class Market {

  Market() {}

  /** Returns the market's country, e.g. {@code JP}. */
  public abstract Country country();

  /** Returns the country's English name, e.g. {@code Japan}. */
  public abstract String countryName();

  /** Returns the currency projects use unless an optional currency is chosen. */
  public abstract CurrencyUnit projectCurrency();

  /** Returns the currency creators may choose instead of the project currency, with its first day, if any. */
  public abstract Optional<CurrencyOption> optionalCurrency();

  /** Returns the day the market was publicly announced, if known. */
  public abstract Optional<LocalDate> announcedOn();

  /** Returns the first day creators could draft (but not launch) projects, if known. */
  public abstract Optional<LocalDate> draftingFrom();

  /** Returns the first day creators could launch projects, with its precision, if known. */
  public abstract Optional<OpeningDate> creatorsFrom();

  /** Returns the pledge limits by currency; a currency without an entry has unknown limits. */
  public abstract Map<CurrencyUnit, PledgeLimits> pledgeLimits();

  /** Returns how sure the data is of this market's dates and limits. */
  public abstract Confidence confidence();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Market}; every attribute without a default must be set once. */
  public static final class Builder extends ImmutableMarket.Builder {
    Builder() {}
  }

  /**
   * Checks the market when it is built.
   *
   * @throws IllegalArgumentException quoting the value when the name is blank, the optional currency is the project currency, the stage dates are out of order, or limits are filed
   *     under another currency
   */
  @Value.Check
  protected void check() {
    if (countryName().isBlank()) {
      throw new IllegalArgumentException("market " + country() + " needs a country name, got '"
          + countryName() + "'");
    }
    optionalCurrency().ifPresent(option -> {
      if (option.currency().equals(projectCurrency())) {
        throw new IllegalArgumentException("market " + country() + ": the optional currency '"
            + option.currency() + "' is already its project currency");
      }
    });
    requireOrder(announcedOn(), "announced", draftingFrom(), "drafting");
    requireOrder(draftingFrom(), "drafting", creatorsFrom().map(OpeningDate::date), "open to creators");
    requireOrder(announcedOn(), "announced", creatorsFrom().map(OpeningDate::date), "open to creators");
    pledgeLimits().forEach((currency, limits) -> {
      if (!limits.currency().equals(currency)) {
        throw new IllegalArgumentException("market " + country() + ": limits " + limits
            + " are filed under " + currency);
      }
    });
  }

  private void requireOrder(Optional<LocalDate> first, String firstStage, Optional<LocalDate> then, String thenStage) {
    if (first.isPresent() && then.isPresent() && then.get().isBefore(first.get())) {
      throw new IllegalArgumentException("market " + country() + ": " + thenStage + " on '" + then.get()
          + "' is before " + firstStage + " on '" + first.get() + "'");
    }
  }

  /**
   * Returns the stage the market has reached on a date.
   *
   * @param date the date, not null
   * @return the status, or empty when the market has reached no stage yet (or the dates are unknown)
   */
  public Optional<MarketStatus> statusOn(LocalDate date) {
    if (isOpenOn(date)) {
      return Optional.of(MarketStatus.OPEN);
    }
    if (reached(draftingFrom(), date)) {
      return Optional.of(MarketStatus.DRAFTING);
    }
    if (reached(announcedOn(), date)) {
      return Optional.of(MarketStatus.ANNOUNCED);
    }
    return Optional.empty();
  }

  /**
   * Whether creators can launch projects here on a date. A date known only to the month counts from the month's last
   * day.
   *
   * @param date the date, not null
   * @return true from the opening day on
   */
  public boolean isOpenOn(LocalDate date) {
    return reached(creatorsFrom().map(OpeningDate::date), date);
  }

  private static boolean reached(Optional<LocalDate> day, LocalDate date) {
    return day.filter(d -> !date.isBefore(d)).isPresent();
  }

  /**
   * Returns the currencies a project here may use on a date: the project currency, and the optional one from its first
   * day.
   *
   * @param date the date, not null
   * @return the currencies, project currency first, never empty
   */
  public Set<CurrencyUnit> currenciesOn(LocalDate date) {
    Set<CurrencyUnit> currencies = new LinkedHashSet<>();
    currencies.add(projectCurrency());
    optionalCurrency().filter(option -> option.allowedOn(date)).ifPresent(option -> currencies.add(option.currency()));
    return Collections.unmodifiableSet(currencies);
  }

  /**
   * Returns the pledge limits in a currency.
   *
   * @param currency the currency, not null
   * @return the limits, or empty when the data gives none for this currency
   */
  public Optional<PledgeLimits> pledgeLimits(CurrencyUnit currency) {
    return Optional.ofNullable(pledgeLimits().get(currency));
  }

  /** Returns the country's name and code, e.g. "Japan (JP)". */
  public String describe() {
    return countryName() + " (" + country() + ")";
  }
}
