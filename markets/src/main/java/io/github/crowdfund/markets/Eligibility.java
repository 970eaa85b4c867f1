package io.github.crowdfund.markets;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.CreatorProfile.ThroughPartner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;

/**
 * Checks whether a creator may launch in a market on a date, and lists every reason that applies.
 *
 * <p>The rules (Kickstarter's, confirmed in its help centre):
 * <ul>
 *   <li>the market is open to creators on the launch date;</li>
 *   <li>an individual is 18 or older on the launch date, unless an adult parent or guardian takes part; the guardian
 *       then verifies identity, adds the bank details and holds the card;</li>
 *   <li>an individual resides in the market's country;</li>
 *   <li>the person verified holds a government ID from the market's country or, when that country is an EU member
 *       on the launch date, from any country that is an EU member on that date ({@link EuMembership});</li>
 *   <li>the payout bank account is held in the market's country, in a currency the market allows on the launch
 *       date;</li>
 *   <li>the person verified holds a major credit or debit card;</li>
 *   <li>an entity launches only where it is registered, set up by an owner or executive authorised to represent it;
 *       a creator launching through a partner is checked as that partner.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Eligibility {

  private static final int ADULT_AGE = 18;

  private final MarketCatalog catalog;
  private final EuMembership eu;

  private Eligibility(MarketCatalog catalog, EuMembership eu) {
    this.catalog = catalog;
    this.eu = eu;
  }

  /**
   * Returns the check for Kickstarter's bundled markets and the bundled EU membership table.
   *
   * @return the check
   */
  public static Eligibility kickstarter() {
    return of(MarketCatalog.kickstarter(), EuMembership.bundled());
  }

  /**
   * Returns the check for a catalogue of markets and an EU membership table.
   *
   * @param catalog the markets, not null
   * @param eu the EU membership table, not null
   * @return the check
   */
  public static Eligibility of(MarketCatalog catalog, EuMembership eu) {
    return new Eligibility(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(eu, "eu"));
  }

  /** Returns the catalogue of markets checked against. */
  public MarketCatalog catalog() {
    return catalog;
  }

  /**
   * Checks a creator against a country's market on a launch date.
   *
   * @param profile the creator, not null
   * @param marketCountry the market's country, not null
   * @param launchDate the launch date, not null; a date before the market opened is a reason, not an error
   * @return the decision with every reason that applies
   * @throws IllegalArgumentException naming the country and listing the known ones when the catalogue has no such
   *     market
   */
  public EligibilityDecision check(CreatorProfile profile, Country marketCountry, LocalDate launchDate) {
    return check(profile, catalog.market(marketCountry), launchDate);
  }

  /**
   * Checks a creator against a market on a launch date.
   *
   * @param profile the creator, not null
   * @param market the market, not null
   * @param launchDate the launch date, not null
   * @return the decision with every reason that applies
   */
  public EligibilityDecision check(CreatorProfile profile, Market market, LocalDate launchDate) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(launchDate, "launchDate");
    Check check = new Check(market, launchDate);
    check.marketOpen();
    Optional<BankAccount> account;
    if (profile instanceof Individual individual) {
      account = check.individual(individual);
    } else if (profile instanceof Entity entity) {
      account = check.entity(entity, "The entity " + entity.name());
    } else {
      Entity partner = ((ThroughPartner) profile).partner();
      account = check.entity(partner, "The partner entity " + partner.name());
    }
    Set<CurrencyUnit> allowed = market.currenciesOn(launchDate);
    CurrencyUnit currency =
        account.map(BankAccount::currency).filter(allowed::contains).orElse(market.projectCurrency());
    return new EligibilityDecision(market, launchDate, currency, check.reasons);
  }

  /** One check in progress: the market, the date and the reasons found so far. */
  private final class Check {
    private final Market market;
    private final LocalDate date;
    private final List<Reason> reasons = new ArrayList<>();

    Check(Market market, LocalDate date) {
      this.market = market;
      this.date = date;
    }

    private void add(Reason.Code code, String message) {
      reasons.add(new Reason(code, message));
    }

    void marketOpen() {
      Optional<MarketStatus> status = market.statusOn(date);
      if (status.equals(Optional.of(MarketStatus.OPEN))) {
        return;
      }
      String stage = status.map(s -> switch (s) {
        case ANNOUNCED -> " was announced on " + market.announcedOn().orElseThrow() + " but";
        case DRAFTING -> " lets creators draft projects since " + market.draftingFrom().orElseThrow() + " but";
        case OPEN -> throw new IllegalStateException("an open market has no reason");
      }).orElse("");
      String opening = market.creatorsFrom()
          .map(o -> "it opens to creators " + o.describe() + ".")
          .orElse("no opening date is known.");
      add(Reason.Code.MARKET_NOT_OPEN,
          market.describe() + stage + " is not open to creators on " + date + "; " + opening);
    }

    Optional<BankAccount> individual(Individual creator) {
      Individual verified = creator.guardian().orElse(creator);
      String subject = creator.guardian().isPresent() ? "The guardian" : "The creator";
      if (creator.guardian().isEmpty() && creator.ageOn(date) < ADULT_AGE) {
        add(Reason.Code.UNDER_AGE, "The creator, born " + creator.birthDate() + ", is " + creator.ageOn(date)
            + " on " + date + "; creators must be 18 or older unless a parent or guardian takes part.");
      }
      creator.guardian().filter(g -> g.ageOn(date) < ADULT_AGE).ifPresent(g -> add(Reason.Code.GUARDIAN_UNDER_AGE,
          "The guardian, born " + g.birthDate() + ", is " + g.ageOn(date) + " on " + date
              + "; a guardian must be 18 or older."));
      if (!creator.residence().equals(market.country())) {
        add(Reason.Code.NOT_RESIDENT, "The creator lives in " + creator.residence().describe() + ", not in "
            + market.describe() + "; individuals launch only where they live.");
      }
      governmentId(verified, subject);
      bankAccount(verified.bankAccount(), subject);
      if (!verified.hasCard()) {
        add(Reason.Code.NO_CARD, subject + " holds no major credit or debit card; one is required to launch in "
            + market.describe() + ".");
      }
      return verified.bankAccount();
    }

    private void governmentId(Individual person, String subject) {
      Country country = market.country();
      boolean marketInEu = eu.isMember(country, date);
      boolean accepted = person.idCountries().contains(country)
          || marketInEu && person.idCountries().stream().anyMatch(id -> eu.isMember(id, date));
      if (accepted) {
        return;
      }
      String needed = "a project in " + market.describe() + " on " + date + " needs an ID from "
          + market.describe() + (marketInEu ? " or from any EU member state on that date" : "");
      if (person.idCountries().isEmpty()) {
        add(Reason.Code.ID_NOT_ACCEPTED, subject + " has no government ID; " + needed + ".");
        return;
      }
      String ids = person.idCountries().stream().sorted().map(Country::describe)
          .collect(Collectors.joining(", "));
      add(Reason.Code.ID_NOT_ACCEPTED, subject + "'s government ID from " + ids + " is not accepted: " + needed
          + (marketInEu ? " (" + ids + (person.idCountries().size() == 1 ? " is" : " are") + " not)" : "") + ".");
    }

    private void bankAccount(Optional<BankAccount> account, String subject) {
      if (account.isEmpty()) {
        add(Reason.Code.NO_BANK_ACCOUNT, subject + " has no payout bank account; a project in " + market.describe()
            + " needs one held there.");
        return;
      }
      BankAccount bank = account.get();
      if (!bank.country().equals(market.country())) {
        add(Reason.Code.BANK_ACCOUNT_ABROAD, subject + "'s bank account is held in "
            + bank.country().describe() + ", not in " + market.describe() + ".");
      }
      Set<CurrencyUnit> allowed = market.currenciesOn(date);
      if (!allowed.contains(bank.currency())) {
        String later = market.optionalCurrency()
            .filter(o -> o.currency().equals(bank.currency()))
            .map(o -> " (" + o.currency() + " only from " + o.allowedFrom() + ")")
            .orElse("");
        add(Reason.Code.CURRENCY_NOT_ALLOWED, subject + "'s bank account is in " + bank.currency() + "; a project in "
            + market.describe() + " on " + date + " may use " + allowed.stream().map(CurrencyUnit::getCode)
            .collect(Collectors.joining(" or ")) + later + ".");
      }
    }

    Optional<BankAccount> entity(Entity entity, String subject) {
      if (!entity.registeredIn().equals(market.country())) {
        add(Reason.Code.REGISTERED_ELSEWHERE, subject + " is registered in "
            + entity.registeredIn().describe() + ", not in " + market.describe()
            + "; entities launch where they are registered.");
      }
      if (!entity.representativeAuthorised()) {
        add(Reason.Code.REPRESENTATIVE_NOT_AUTHORISED, "The person setting up the project is not an owner or "
            + "executive authorised to represent " + entity.name() + ".");
      }
      bankAccount(entity.bankAccount(), subject);
      return entity.bankAccount();
    }
  }
}
