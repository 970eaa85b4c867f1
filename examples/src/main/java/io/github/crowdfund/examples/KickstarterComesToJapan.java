package io.github.crowdfund.examples;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.fees.UnknownFeeException;
import io.github.crowdfund.currency.FxRate;
import io.github.crowdfund.currency.FxRateTable;
import io.github.crowdfund.markets.Confidence;
import io.github.crowdfund.markets.CreatorProfile;
import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.Eligibility;
import io.github.crowdfund.markets.EligibilityDecision;
import io.github.crowdfund.markets.Platform;
import io.github.crowdfund.markets.PlatformRules;
import io.github.crowdfund.markets.Rule;
import io.github.crowdfund.markets.RuleFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Kickstarter comes to Japan: a Tokyo creator is refused in March 2017 (Japan opens to creators on 2017-09-13),
 * could launch through a US partner instead, and on 2017-09-13 launches directly in yen. Backers in France and the
 * United States see approximate amounts in EUR and USD; the campaign succeeds and settles in yen, which has no minor
 * unit. The campaign itself (title, tiers, backers) is made up for the example.
 */
final class KickstarterComesToJapan implements Scenario {

  static final LocalDate MARCH = LocalDate.of(2017, 3, 1);
  static final LocalDate OPENING_DAY = LocalDate.of(2017, 9, 13);
  /** The processing fee this example assumes for JPY pledges, which the bundled data does not know. */
  static final String ASSUMED_JPY_PROCESSING_PERCENT = "3.6";
  private static final CurrencyUnit JPY = CurrencyUnit.JPY;
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;
  private static final CurrencyUnit USD = CurrencyUnit.USD;

  /**
   * Illustrative exchange rates as of the opening day, for showing backers approximate amounts: not market data.
   */
  static final FxRateTable RATES = FxRateTable.of(OPENING_DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
      FxRate.of(USD, JPY, new BigDecimal("110.00")),
      FxRate.of(EUR, JPY, new BigDecimal("131.00")));

  private static final List<RewardTier> TIERS = List.of(
      tier("thanks", "Thank-you card and digital art book", 3_000),
      tier("figure", "Hand-painted figure", 8_000),
      tier("collector", "Collector's box", 20_000));

  /** Who backs the campaign: how many backers choose a tier, and where the rewards ship. */
  private record Backers(String tierId, Country country, int count) {}

  private static final List<Backers> BACKERS = List.of(
      new Backers("thanks", Country.of("JP"), 150),
      new Backers("figure", Country.of("JP"), 80),
      new Backers("figure", Country.of("US"), 25),
      new Backers("figure", Country.of("FR"), 15),
      new Backers("collector", Country.of("JP"), 12),
      new Backers("collector", Country.of("US"), 5),
      new Backers("collector", Country.of("FR"), 3));

  /**
   * What happened.
   *
   * @param march the Tokyo creator checked for Japan on 2017-03-01
   * @param throughPartner the same creator through a US partner, checked for the United States on 2017-03-01
   * @param viaPartner the USD campaign launched through the partner in March, after its end
   * @param openingDay the Tokyo creator checked for Japan on 2017-09-13
   * @param campaign the yen campaign after its end
   * @param unknownFee why settling with the bundled data alone fails: its JPY processing fee is unknown
   * @param settlement the settlement once the example supplies a JPY processing fee
   */
  record Result(EligibilityDecision march, EligibilityDecision throughPartner, Campaign viaPartner,
      EligibilityDecision openingDay, Campaign campaign, String unknownFee, Settlement<BackerId> settlement) implements Report {

    /** What a backer sees: the price in yen, about so much in their currency (rounded half-up). */
    static Money approximately(Money yen, CurrencyUnit currency) {
      return RATES.convert(yen, currency, RoundingMode.HALF_UP);
    }

    @Override
    public String text() {
      StringBuilder out = new StringBuilder();
      out.append("A Tokyo creator asks Kickstarter to launch in Japan on ").append(MARCH).append(": ")
          .append(march.eligible() ? "eligible" : "refused").append('\n');
      march.reasons().forEach(r -> out.append("  ").append(r).append('\n'));
      out.append("Through a US partner company, in the United States on ").append(MARCH).append(": ")
          .append(throughPartner.eligible() ? "eligible" : "refused").append(", in ")
          .append(throughPartner.currency()).append("; a first campaign launched that way (goal ")
          .append(Text.money(((Goal.MoneyGoal) viaPartner.goal()).target())).append(") ends ")
          .append(viaPartner.status()).append(" with ").append(Text.money(viaPartner.totalPledged()))
          .append(" from ").append(viaPartner.backerCount()).append(" backers\n");
      out.append("On ").append(OPENING_DAY).append(", directly in Japan: ")
          .append(openingDay.eligible() ? "eligible" : "refused").append(", in ").append(openingDay.currency())
          .append(", pledges ")
          .append(openingDay.pledgeLimits().map(l -> Text.money(l.minimum()) + " to " + Text.money(l.maximum()))
              .orElse("(limits unknown)"))
          .append('\n');
      out.append("The creator launches a yen campaign of 30 days (the campaign is made up; the dates are "
          + "Kickstarter's).\n");
      out.append("Backers abroad see approximate amounts (illustrative rates as of ")
          .append(RATES.asOf().atOffset(ZoneOffset.UTC).toLocalDate()).append(": USD 1 = JPY 110.00, EUR 1 = JPY "
              + "131.00;\nnot market data). Pledges are always collected in yen.\n");
      Text.Table prices = Text.Table.of("reward", "price", "about (France)", "about (US)", "backers");
      for (RewardTier tier : campaign.tiers()) {
        prices.row(tier.title(), Text.money(tier.price()), Text.money(approximately(tier.price(), EUR)),
            Text.money(approximately(tier.price(), USD)), campaign.backersOf(tier.id()));
      }
      out.append(prices.render());
      out.append("Ended ").append(campaign.status()).append(": ").append(Text.money(campaign.totalPledged()))
          .append(" from ").append(campaign.backerCount()).append(" backers (goal ")
          .append(Text.money(((Goal.MoneyGoal) campaign.goal()).target())).append(", ")
          .append(campaign.percentFunded(0, RoundingMode.DOWN)).append("%)\n");
      out.append("Settling with the bundled fee data alone fails, as it should:\n  ").append(unknownFee).append('\n');
      out.append("With a JPY processing fee of ").append(ASSUMED_JPY_PROCESSING_PERCENT)
          .append("% supplied by this example (an assumption, not a published figure):\n");
      out.append(Stories.settlementTable(settlement));
      return out.toString();
    }
  }

  @Override
  public String title() {
    return "Kickstarter comes to Japan, 2017";
  }

  @Override
  public Result run() {
    Individual tokyoCreator = Stories.residentOf(Country.of("JP"), "JPY", LocalDate.of(1986, 7, 4));
    Entity usPartner = Stories.usCompany("US partner company");
    Eligibility kickstarter = Eligibility.kickstarter();
    EligibilityDecision march = kickstarter.check(tokyoCreator, Country.of("JP"), MARCH);
    EligibilityDecision throughPartner =
        kickstarter.check(new CreatorProfile.ThroughPartner(tokyoCreator, usPartner), Country.of("US"), MARCH);
    EligibilityDecision openingDay = kickstarter.check(tokyoCreator, Country.of("JP"), OPENING_DAY);
    Campaign viaPartner = launchThroughPartner(throughPartner);

    PlatformRules rules = Platform.kickstarter().rules(Country.of("JP"), openingDay.currency(), OPENING_DAY);
    Instant launch = OPENING_DAY.atTime(1, 0).toInstant(ZoneOffset.UTC);
    Create create = new Create(launch.minus(Duration.ofDays(7)), CampaignDefinition.builder().id("tokyo-figures")
        .creator("tokyo-creator").title("Hand-painted figures from Tokyo")
        .goal(Goal.allOrNothing(Money.ofMajor(JPY, 1_500_000))).duration(Duration.ofDays(30)).tiers(TIERS).build());
    StoryCampaign run = StoryCampaign.launch(create, launch, rules);
    long backer = 0;
    for (Backers group : BACKERS) {
      Money price = TIERS.stream().filter(t -> t.id().equals(group.tierId())).findFirst().orElseThrow().price();
      for (int i = 0; i < group.count(); i++) {
        backer++;
        run.require(new PlacePledge(Pledge.forReward(BackerId.of(backer), price, group.tierId(),
            launch.plus(Duration.ofHours(2 * backer))).shippingTo(group.country())));
      }
    }
    run.end();
    Campaign ended = run.collect(Set.of(), Set.of());

    String unknownFee;
    try {
      Settlement.of(ended, rules);
      throw new IllegalStateException("the bundled data now knows Kickstarter's JPY processing fee");
    } catch (UnknownFeeException e) {
      unknownFee = e.getMessage();
    }
    String source = "assumed by the KickstarterComesToJapan example";
    PlatformRules withJpyFee = Platform.kickstarter()
        .withFact(RuleFact.of(Rule.PROCESSING_PERCENT, "JPY", ASSUMED_JPY_PROCESSING_PERCENT, Confidence.UNCONFIRMED,
            source))
        .withFact(RuleFact.of(Rule.PROCESSING_FIXED, "JPY", "0", Confidence.UNCONFIRMED, source))
        .rules(Country.of("JP"), JPY, OPENING_DAY);
    Settlement<BackerId> settlement = Settlement.of(ended, withJpyFee);
    return new Result(march, throughPartner, viaPartner, openingDay, ended, unknownFee, settlement);
  }

  /** The campaign the US partner launches in March: 30 days in USD, 100 backers of USD 100 on a USD 8,000 goal. */
  private static Campaign launchThroughPartner(EligibilityDecision throughPartner) {
    PlatformRules rules = Platform.kickstarter().rules(Country.of("US"), throughPartner.currency(), MARCH);
    Instant launch = MARCH.atTime(15, 0).toInstant(ZoneOffset.UTC);
    StoryCampaign run = StoryCampaign.launch(new Create(launch.minus(Duration.ofDays(3)), CampaignDefinition.builder()
        .id("tokyo-art-book").creator("us-partner").title("An art book from Tokyo")
        .goal(Goal.allOrNothing(Money.ofMajor(USD, 8_000))).duration(Duration.ofDays(30)).build()), launch, rules);
    for (int backer = 1; backer <= 100; backer++) {
      run.require(new PlacePledge(Pledge.of(BackerId.of(backer), Money.ofMajor(USD, 100),
          launch.plus(Duration.ofHours(6L * backer)))));
    }
    return run.end();
  }

  private static RewardTier tier(String id, String title, int yen) {
    return Stories.tier(JPY, id, title, yen, 0, YearMonth.of(2018, 3));
  }
}
