package io.github.crowdfund.examples;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand.Create;
import io.github.crowdfund.core.CampaignCommand.PlacePledge;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.FundingModel;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.currency.FxRate;
import io.github.crowdfund.currency.FxRateTable;
import io.github.crowdfund.markets.Confidence;
import io.github.crowdfund.markets.Platform;
import io.github.crowdfund.markets.PlatformRules;
import io.github.crowdfund.markets.Rule;
import io.github.crowdfund.markets.RuleFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One campaign, many platforms: the same campaign (a EUR 20,000 goal, backers pledging EUR 50, 100 and 150) run under
 * Kickstarter, Indiegogo fixed and flexible, Ulule, CAMPFIRE (All-or-Nothing and All-In) and Makuake All-In, once
 * reaching its goal and once falling short. The Japanese platforms run in yen, converted at an illustrative rate.
 * Where the bundled data does not know a rule the decider or the settlement needs, this example supplies a value and
 * lists it; everything else comes from the platforms' dated data.
 */
final class OneCampaignManyPlatforms implements Scenario {

  static final LocalDate LAUNCH_DAY = LocalDate.of(2024, 3, 5);
  private static final CurrencyUnit EUR = CurrencyUnit.EUR;
  private static final CurrencyUnit JPY = CurrencyUnit.JPY;
  private static final Money GOAL = Money.ofMajor(EUR, 20_000);
  private static final List<Money> PLEDGES = List.of(Money.ofMajor(EUR, 50), Money.ofMajor(EUR, 100), Money.ofMajor(EUR, 150));
  static final int BACKERS_WHEN_FUNDED = 250;
  static final int BACKERS_WHEN_SHORT = 140;
  /** An illustrative exchange rate as of the launch day, not market data. */
  static final FxRateTable RATES = FxRateTable.of(LAUNCH_DAY.atStartOfDay().toInstant(ZoneOffset.UTC),
      FxRate.of(EUR, JPY, new BigDecimal("160.00")));
  private static final String ASSUMED = "assumed by the OneCampaignManyPlatforms example";

  /** One platform and funding model, in its country and currency. */
  private record Venue(Platform platform, String label, FundingModel model, Country country, CurrencyUnit currency) {}

  /**
   * One platform's outcome.
   *
   * @param platform the platform's name
   * @param model the funding model
   * @param campaign the campaign after its end
   * @param settlement where the money went
   */
  record Row(String platform, FundingModel model, Campaign campaign, Settlement<BackerId> settlement) {}

  /**
   * What happened.
   *
   * @param funded every platform when the campaign reaches its goal
   * @param fallsShort every platform when it falls short
   * @param assumptions the rules the bundled data does not know, supplied by this example
   */
  record Result(List<Row> funded, List<Row> fallsShort, List<String> assumptions) implements Report {

    @Override
    public String text() {
      StringBuilder out = new StringBuilder();
      out.append("The same campaign on six platforms, launched ").append(LAUNCH_DAY).append(" for 30 days: goal ")
          .append(Text.money(GOAL)).append(", backers pledge EUR 50, 100 and 150 in turn.\n")
          .append("CAMPFIRE and Makuake run in yen at an illustrative EUR 1 = JPY 160.00 (not market data).\n");
      table(out, "It reaches its goal (" + BACKERS_WHEN_FUNDED + " backers):", funded);
      table(out, "It falls short (" + BACKERS_WHEN_SHORT + " backers): all-or-nothing pays nothing, keep-it-all "
          + "still pays out:", fallsShort);
      out.append("Fees include tax on fees; backer fees are paid by backers on top of their pledges.\n");
      out.append("Rules the bundled data does not know, supplied by this example:\n");
      assumptions.forEach(a -> out.append("  ").append(a).append('\n'));
      return out.toString();
    }

    private static void table(StringBuilder out, String heading, List<Row> rows) {
      out.append(heading).append('\n');
      Text.Table table = Text.Table.of("platform", "funding", "pledged", "outcome", "fees", "payout",
          "payout in EUR", "backer fees");
      for (Row row : rows) {
        Settlement<BackerId> s = row.settlement();
        table.row(row.platform(), row.model() == FundingModel.ALL_OR_NOTHING ? "all-or-nothing" : "keep-it-all",
            Text.money(row.campaign().totalPledged()), s.outcome(), Text.money(s.totalFees()),
            Text.money(s.payout()), Text.money(RATES.convert(s.payout(), EUR, RoundingMode.HALF_UP)),
            Text.money(s.backerFeesKept()));
      }
      out.append(table.render());
    }
  }

  @Override
  public String title() {
    return "One campaign, many platforms: outcome and payout side by side";
  }

  @Override
  public Result run() {
    List<String> assumptions = new ArrayList<>();
    Platform indiegogo = supplyMissing(Platform.indiegogo(), EUR, assumptions);
    Platform ulule = supplyMissing(Platform.ulule(), EUR, assumptions);
    Platform campfire = supplyMissing(Platform.campfire(), JPY, assumptions);
    List<Venue> venues = List.of(
        new Venue(Platform.kickstarter(), "Kickstarter", FundingModel.ALL_OR_NOTHING, Country.of("FR"), EUR),
        new Venue(indiegogo, "Indiegogo", FundingModel.ALL_OR_NOTHING, Country.of("FR"), EUR),
        new Venue(indiegogo, "Indiegogo", FundingModel.KEEP_IT_ALL, Country.of("FR"), EUR),
        new Venue(ulule, "Ulule", FundingModel.ALL_OR_NOTHING, Country.of("FR"), EUR),
        new Venue(campfire, "CAMPFIRE", FundingModel.ALL_OR_NOTHING, Country.of("JP"), JPY),
        new Venue(campfire, "CAMPFIRE", FundingModel.KEEP_IT_ALL, Country.of("JP"), JPY),
        new Venue(supplyMissing(Platform.makuake(), JPY, assumptions), "Makuake", FundingModel.KEEP_IT_ALL,
            Country.of("JP"), JPY));
    List<Row> funded = new ArrayList<>();
    List<Row> fallsShort = new ArrayList<>();
    for (Venue venue : venues) {
      funded.add(run(venue, BACKERS_WHEN_FUNDED));
      fallsShort.add(run(venue, BACKERS_WHEN_SHORT));
    }
    return new Result(List.copyOf(funded), List.copyOf(fallsShort), List.copyOf(assumptions));
  }

  private static Row run(Venue venue, int backers) {
    PlatformRules rules = venue.platform().rules(venue.country(), venue.currency(), LAUNCH_DAY);
    Money target = inCurrency(GOAL, venue.currency());
    Goal goal = venue.model() == FundingModel.ALL_OR_NOTHING ? Goal.allOrNothing(target) : Goal.keepItAll(target);
    Instant launch = LAUNCH_DAY.atTime(3, 0).toInstant(ZoneOffset.UTC);
    Create create = new Create(launch.minus(Duration.ofDays(3)), CampaignDefinition.builder().id("one-campaign")
        .creator("maker").title("A campaign on every platform").goal(goal).duration(Duration.ofDays(30)).build());
    StoryCampaign run = StoryCampaign.launch(create, launch, rules);
    for (int i = 1; i <= backers; i++) {
      Money pledge = inCurrency(PLEDGES.get((i - 1) % PLEDGES.size()), venue.currency());
      run.require(new PlacePledge(Pledge.of(BackerId.of(i), pledge, launch.plus(Duration.ofHours(2L * i)))));
    }
    Settlement<BackerId> settlement = run.endAndSettle(rules);
    return new Row(venue.label(), venue.model(), run.campaign(), settlement);
  }

  private static Money inCurrency(Money euros, CurrencyUnit currency) {
    return RATES.convert(euros, currency, RoundingMode.HALF_UP);
  }

  /**
   * Supplies the rules a platform's data does not know in a currency on the launch day, and records each one.
   */
  private static Platform supplyMissing(Platform platform, CurrencyUnit currency, List<String> assumptions) {
    String code = currency.getCode();
    Map<Rule, String> needed = new LinkedHashMap<>();
    needed.put(Rule.MIN_DURATION_DAYS, "1");
    needed.put(Rule.MAX_DURATION_DAYS, "60");
    needed.put(Rule.PLEDGE_MINIMUM, currency.equals(JPY) ? "100" : "1");
    needed.put(Rule.PLEDGE_MAXIMUM, currency.equals(JPY) ? "1000000" : "10000");
    needed.put(Rule.FINAL_WINDOW_HOURS, "0");
    needed.put(Rule.PROCESSING_FIXED, "0");
    needed.put(Rule.PLATFORM_FEE_TIER_MODE, "whole_total");
    needed.put(Rule.TAX_PERCENT, "0");
    Platform supplied = platform;
    for (Map.Entry<Rule, String> rule : needed.entrySet()) {
      boolean known = platform.fact(rule.getKey(), code, LAUNCH_DAY).flatMap(RuleFact::value).isPresent();
      boolean needsIt = rule.getKey() != Rule.PLATFORM_FEE_TIER_MODE
          || platform.fact(Rule.PLATFORM_FEE_TIERS, code, LAUNCH_DAY).isPresent();
      if (!known && needsIt) {
        String scope = rule.getKey() == Rule.PLEDGE_MINIMUM || rule.getKey() == Rule.PLEDGE_MAXIMUM
            || rule.getKey() == Rule.PROCESSING_FIXED ? code : RuleFact.ANY_SCOPE;
        supplied = supplied.withFact(RuleFact.of(rule.getKey(), scope, rule.getValue(), Confidence.UNCONFIRMED,
            ASSUMED));
        assumptions.add(platform.name() + ": " + rule.getKey().id() + " = " + rule.getValue()
            + (scope.equals(RuleFact.ANY_SCOPE) ? "" : " " + scope));
      }
    }
    return supplied;
  }
}
