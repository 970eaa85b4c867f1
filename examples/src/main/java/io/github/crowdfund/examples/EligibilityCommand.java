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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crowdfund eligibility}: checks a creator profile against a Kickstarter market on a date. */
@Command(
    name = "eligibility",
    mixinStandardHelpOptions = true,
    header = "Checks a creator against a Kickstarter market on a date.",
    description = {
        "Checks whether a creator may launch a Kickstarter project in a market on a",
        "date. Prints every reason that applies (not just the first), the project",
        "currency and the pledge limits.",
        "Describe an individual (--born, --residence, --id, --bank, --no-card,",
        "--guardian-born) or an entity (--entity, --registered-in, --bank,",
        "--not-authorised); add --partner to launch through a partner entity."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:eligible", "1:not eligible", "2:invalid options"},
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

  @Option(names = "--market", required = true, paramLabel = "CC",
      description = "The market's ISO 3166-1 alpha-2 country code, e.g. JP.")
  private String market;

  @Option(names = "--on", required = true, paramLabel = "DATE", description = "The launch date, as yyyy-mm-dd.")
  private LocalDate date;

  @Option(names = "--born", paramLabel = "DATE", description = "An individual creator's birth date.")
  private LocalDate born;

  @Option(names = "--residence", paramLabel = "CC", description = "Where the individual lives.")
  private String residence;

  @Option(names = "--id", paramLabel = "CC", split = ",",
      description = "Countries that issued the government IDs of the person verified (comma-separated).")
  private Set<String> ids = new LinkedHashSet<>();

  @Option(names = "--bank", paramLabel = "CC:CUR",
      description = "The payout bank account: country and currency, e.g. JP:JPY.")
  private String bank;

  @Option(names = "--no-card", description = "The person verified holds no major credit or debit card.")
  private boolean noCard;

  @Option(names = "--guardian-born", paramLabel = "DATE",
      description = "A minor's parent or guardian takes part, born on DATE; --id, --bank and the card are theirs.")
  private LocalDate guardianBorn;

  @Option(names = "--entity", paramLabel = "NAME", description = "The creator is a business or nonprofit.")
  private String entity;

  @Option(names = "--registered-in", paramLabel = "CC", description = "Where the entity is registered.")
  private String registeredIn;

  @Option(names = "--not-authorised",
      description = "The person setting up the entity's project is not an owner or authorised executive.")
  private boolean notAuthorised;

  @Option(names = "--partner", paramLabel = "NAME", description = "Launch through this partner entity.")
  private String partner;

  @Option(names = "--partner-country", paramLabel = "CC", description = "Where the partner is registered.")
  private String partnerCountry;

  @Option(names = "--partner-bank", paramLabel = "CC:CUR", description = "The partner's payout bank account.")
  private String partnerBank;

  EligibilityCommand() {}

  @Override
  public Integer call() {
    EligibilityDecision decision;
    try {
      decision = Eligibility.kickstarter().check(profile(), country(market), date);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
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
    CreatorProfile creator;
    if (entity != null) {
      creator = entity(entity, require(registeredIn, "--registered-in"), !notAuthorised, bank(bank));
    } else {
      creator = individual();
    }
    if (partner == null) {
      return creator;
    }
    return new CreatorProfile.ThroughPartner(creator,
        entity(partner, require(partnerCountry, "--partner-country"), true, bank(partnerBank)));
  }

  private Individual individual() {
    LocalDate birth = require(born, "--born (or --entity)");
    Country home = country(require(residence, "--residence"));
    Individual.Builder verified = Individual.builder()
        .birthDate(guardianBorn == null ? birth : guardianBorn)
        .residence(home)
        .hasCard(!noCard)
        .bankAccount(bank(bank));
    ids.forEach(id -> verified.addIdCountries(country(id)));
    if (guardianBorn == null) {
      return verified.build();
    }
    return Individual.builder().birthDate(birth).residence(home).hasCard(false).guardian(verified.build()).build();
  }

  private static Entity entity(String name, String countryCode, boolean authorised, Optional<BankAccount> account) {
    return Entity.builder().name(name).registeredIn(country(countryCode))
        .representativeAuthorised(authorised).bankAccount(account).build();
  }

  private Optional<BankAccount> bank(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] parts = text.split(":");
    if (parts.length != 2) {
      throw new ParameterException(spec.commandLine(), "a bank account is COUNTRY:CURRENCY, e.g. JP:JPY; got '"
          + text + "'");
    }
    return Optional.of(BankAccount.of(country(parts[0]), parts[1].toUpperCase(java.util.Locale.ROOT)));
  }

  /** The country of a code given in either case on the command line, such as {@code jp}. */
  private static Country country(String code) {
    return Country.of(code.toUpperCase(java.util.Locale.ROOT));
  }

  private <T> T require(T value, String option) {
    if (value == null) {
      throw new ParameterException(spec.commandLine(), "missing option " + option);
    }
    return value;
  }
}
