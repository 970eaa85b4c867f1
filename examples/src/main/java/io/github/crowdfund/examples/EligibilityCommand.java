package io.github.crowdfund.examples;

import io.github.crowdfund.core.Country;
import io.github.crowdfund.markets.BankAccount;
import io.github.crowdfund.markets.CreatorProfile;
import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.Eligibility;
import io.github.crowdfund.markets.EligibilityDecision;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code crowdfund eligibility}: checks a creator profile against a Kickstarter market on a date. */
@Command(
    name = "eligibility",
    mixinStandardHelpOptions = true,
    header = "Checks a creator against a Kickstarter market on a date.",
    description = "Checks whether a creator may launch a Kickstarter project in a market on a "
        + "date. Prints every reason that applies (not just the first), the project "
        + "currency and the pledge limits. "
        + "Describe either an individual (--born, --residence, --id, --no-card, "
        + "--guardian-born) or an entity (--entity, --registered-in, --not-authorised), "
        + "with its payout account (--bank); add --partner, --partner-country and "
        + "--partner-bank to launch through a partner entity.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:The creator is eligible.", "1:The creator is not eligible.", "2:Bad options."},
    footer = {"", "Examples:",
        "  crowdfund eligibility --market JP --on 2017-03-01 \\",
        "      --born 1986-07-04 --residence JP --id JP --bank JP:JPY",
        "  crowdfund eligibility --market US --on 2014-05-20 \\",
        "      --born 1978-02-01 --residence FR --id FR --bank FR:EUR \\",
        "      --partner \"Giroptic US\" --partner-country US --partner-bank US:USD",
        "  crowdfund eligibility --market FR --on 2021-03-01 \\",
        "      --born 1990-01-01 --residence FR --id GB --bank FR:EUR"})
final class EligibilityCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--market", required = true, paramLabel = "CC", converter = CountryCodeConverter.class,
      description = "The market's ISO 3166-1 alpha-2 country code, e.g. JP.")
  private Country market;

  @Option(names = "--on", required = true, paramLabel = "DATE", description = "The launch date, as YYYY-MM-DD.")
  private LocalDate date;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Creator creator;

  @Option(names = "--bank", paramLabel = "CC:CUR", converter = BankAccounts.class,
      description = "The payout bank account: country and currency, e.g. JP:JPY.")
  private BankAccount bank;

  @ArgGroup(exclusive = false)
  private Partner partner;

  /** Who creates: an individual or an entity, never both. */
  static final class Creator {
    @ArgGroup(exclusive = false, heading = "An individual creator:%n")
    IndividualOptions individual;

    @ArgGroup(exclusive = false, heading = "An entity (a business or nonprofit):%n")
    EntityOptions entity;
  }

  /** An individual creator's options. */
  static final class IndividualOptions {
    @Option(names = "--born", required = true, paramLabel = "DATE", description = "The creator's birth date.")
    LocalDate born;

    @Option(names = "--residence", required = true, paramLabel = "CC", converter = CountryCodeConverter.class,
        description = "Where the creator lives.")
    Country residence;

    @Option(names = "--id", paramLabel = "CC", split = ",", converter = CountryCodeConverter.class,
        description = "The countries that issued the government IDs of the person verified (comma-separated).")
    Set<Country> ids = new LinkedHashSet<>();

    @Option(names = "--no-card", description = "The person verified holds no major credit or debit card.")
    boolean noCard;

    @Option(names = "--guardian-born", paramLabel = "DATE",
        description = "A minor's parent or guardian takes part, born on DATE; --id, --bank and the card are theirs.")
    LocalDate guardianBorn;
  }

  /** An entity creator's options. */
  static final class EntityOptions {
    @Option(names = "--entity", required = true, paramLabel = "NAME", description = "The business or nonprofit.")
    String name;

    @Option(names = "--registered-in", required = true, paramLabel = "CC", converter = CountryCodeConverter.class,
        description = "Where the entity is registered.")
    Country registeredIn;

    @Option(names = "--not-authorised",
        description = "The person setting up the entity's project is not an owner or authorised executive.")
    boolean notAuthorised;
  }

  /** A partner entity to launch through. */
  static final class Partner {
    @Option(names = "--partner", required = true, paramLabel = "NAME", description = "The partner entity's name.")
    String name;

    @Option(names = "--partner-country", required = true, paramLabel = "CC", converter = CountryCodeConverter.class,
        description = "Where the partner is registered.")
    Country country;

    @Option(names = "--partner-bank", paramLabel = "CC:CUR", converter = BankAccounts.class,
        description = "The partner's payout bank account, e.g. US:USD.")
    BankAccount bank;
  }

  /** Reads a bank account as {@code COUNTRY:CURRENCY}. */
  static final class BankAccounts implements ITypeConverter<BankAccount> {
    @Override
    public BankAccount convert(String value) {
      String[] parts = value.split(":", -1);
      if (parts.length != 2) {
        throw new TypeConversionException("'" + value + "' is not COUNTRY:CURRENCY; write it as JP:JPY");
      }
      try {
        return BankAccount.of(new CountryCodeConverter().convert(parts[0]), parts[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "': " + e.getMessage());
      }
    }
  }

  EligibilityCommand() {}

  @Override
  public Integer call() {
    EligibilityDecision decision = Eligibility.kickstarter().check(profile(), market, date);
    PrintWriter out = spec.commandLine().getOut();
    int reasons = decision.reasons().size();
    out.printf("Kickstarter, %s, launching on %s: %s%n", decision.market().describe(), date,
        decision.eligible() ? "eligible" : "not eligible (" + reasons + (reasons == 1 ? " reason)" : " reasons)"));
    decision.reasons().forEach(reason -> out.println("  " + reason));
    out.printf("Project currency: %s; pledges %s%n", decision.currency(), decision.pledgeLimits()
        .map(l -> Text.money(l.minimum()) + " to " + Text.money(l.maximum())).orElse("limits not known"));
    out.flush();
    return decision.eligible() ? 0 : 1;
  }

  private CreatorProfile profile() {
    CreatorProfile profile = creator.entity != null
        ? entity(creator.entity.name, creator.entity.registeredIn, !creator.entity.notAuthorised, bank)
        : individual(creator.individual);
    if (partner == null) {
      return profile;
    }
    return new CreatorProfile.ThroughPartner(profile, entity(partner.name, partner.country, true, partner.bank));
  }

  private Individual individual(IndividualOptions person) {
    Individual.Builder verified = Individual.builder()
        .birthDate(person.guardianBorn == null ? person.born : person.guardianBorn)
        .residence(person.residence)
        .hasCard(!person.noCard)
        .bankAccount(Optional.ofNullable(bank));
    person.ids.forEach(verified::addIdCountries);
    if (person.guardianBorn == null) {
      return verified.build();
    }
    return Individual.builder().birthDate(person.born).residence(person.residence).hasCard(false)
        .guardian(verified.build()).build();
  }

  private static Entity entity(String name, Country country, boolean authorised, BankAccount account) {
    return Entity.builder().name(name).registeredIn(country).representativeAuthorised(authorised)
        .bankAccount(Optional.ofNullable(account)).build();
  }
}
