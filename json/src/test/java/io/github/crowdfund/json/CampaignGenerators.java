package io.github.crowdfund.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crowdfund.core.AddOn;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.CoreGenerators;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.FundingModel;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.StretchGoal;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.CurrencyGenerators;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random campaign values for the round trips: core's generators (random command sequences against a live
 * campaign, settlement cases) give the commands, events, decisions and settlements; the definition's parts are
 * composed here from currency's money generators.
 */
final class CampaignGenerators {

  private static final CampaignRules RULES = CampaignRules.defaults();

  private CampaignGenerators() {}

  /** Positive amounts (the non-negative ones, zero moved up a minor unit: no assumption to give up on). */
  static Gen<Money> positiveMoney() {
    return CurrencyGenerators.nonNegativeMoney().map(money -> money.isZero() ? money.plusMinor(1) : money);
  }

  static Gen<Instant> instants() {
    return CoreGenerators.instants();
  }

  static Gen<Goal> goals() {
    Gen<Goal> money = positiveMoney().zip(Generate.enumValues(FundingModel.class), Goal.MoneyGoal::new);
    Gen<Goal> preOrders = integers().between(1, 1_000_000).zip(positiveMoney(), Goal.PreOrderGoal::new);
    return money.mix(preOrders);
  }

  static Gen<StretchGoal> stretchGoals() {
    return positiveMoney().zip(JsonGenerators.texts(), StretchGoal::of);
  }

  /** No limit, or one from 1 to 5,000. */
  static Gen<Optional<Integer>> limits() {
    return Generate.constant(Optional.<Integer>empty()).mix(integers().between(1, 5000).map(Optional::of));
  }

  static Gen<RewardTier> tiers() {
    Gen<Optional<Integer>> limits = limits();
    Gen<Optional<Instant>> from = Generate.constant(Optional.<Instant>empty()).mix(instants().map(Optional::of));
    Gen<List<Country>> countries = lists().of(Generate.pick(List.copyOf(Country.all()))).ofSizeBetween(0, 4);
    return JsonGenerators.texts().zip(JsonGenerators.texts(), CurrencyGenerators.nonNegativeMoney(), limits,
        (id, title, price, limit) -> RewardTier.builder().id(id).title(title).price(price).limit(limit))
        .zip(from, integers().between(1, 90), countries, (builder, start, days, ships) -> builder
            .availableFrom(start).availableUntil(start.map(s -> s.plus(Duration.ofDays(days))))
            .addAllShipsTo(ships).estimatedDelivery(YearMonth.of(2026, 1).plusMonths(days)).build());
  }

  static Gen<AddOn> addOns() {
    Gen<Optional<Integer>> limits = limits();
    return JsonGenerators.texts().zip(JsonGenerators.texts(), CurrencyGenerators.nonNegativeMoney(), limits,
        integers().between(1, 20), (id, title, price, limit, perBacker) -> AddOn.builder().id(id).title(title)
            .price(price).limit(limit).perBackerMaximum(perBacker).build());
  }

  static Gen<CampaignDefinition> definitions() {
    return JsonGenerators.texts().zip(JsonGenerators.texts(), goals(), integers().between(1, 90),
        (id, title, goal, days) -> CampaignDefinition.builder().id(id).creator(title).title(title).goal(goal)
            .duration(Duration.ofDays(days)))
        .zip(lists().of(stretchGoals()).ofSizeBetween(0, 3), lists().of(tiers()).ofSizeBetween(0, 3),
            lists().of(addOns()).ofSizeBetween(0, 3),
            (builder, stretch, tiers, addOns) -> builder.stretchGoals(stretch).tiers(tiers).addOns(addOns).build());
  }

  /** The events of a random command sequence against core's live campaign, its history included; never empty. */
  static Gen<List<CampaignEvent>> eventLogs() {
    return CoreGenerators.commandSequences().map(commands -> {
      Campaign campaign = CoreGenerators.liveCampaign();
      List<CampaignEvent> log = new ArrayList<>(CoreGenerators.liveCampaignHistory());
      for (CampaignCommand command : commands) {
        List<CampaignEvent> events = campaign.decide(command, RULES).events();
        log.addAll(events);
        campaign = campaign.evolve(events);
      }
      return log;
    });
  }

  static Gen<CampaignEvent> events() {
    Gen<CampaignEvent> fromLogs = eventLogs().zip(integers().allPositive(), (log, i) -> log.get(i % log.size()));
    return fromLogs.mix(instants().zip(definitions(), CampaignEvent.Created::new).map(CampaignEvent.class::cast))
        .mix(CoreGenerators.lateEvents()).mix(CoreGenerators.planEvents()).mix(CoreGenerators.refundEvents())
        .mix(CoreGenerators.authenticationAndFundraiserEvents());
  }

  static Gen<CampaignCommand> commands() {
    return CoreGenerators.commands().mix(CoreGenerators.lateCommands()).mix(CoreGenerators.planCommands())
        .mix(CoreGenerators.refundCommands()).mix(CoreGenerators.authenticationAndFundraiserCommands());
  }

  static Gen<Pledge> pledges() {
    return CoreGenerators.pledges().map(command -> ((CampaignCommand.PlacePledge) command).pledge());
  }

  /** What core's live campaign decides on the last command of a random sequence: accepted or rejected. */
  static Gen<Decision> decisions() {
    return CoreGenerators.commandSequences().assuming(commands -> !commands.isEmpty()).map(commands -> {
      Campaign campaign = CoreGenerators.liveCampaign();
      for (CampaignCommand command : commands.subList(0, commands.size() - 1)) {
        campaign = campaign.evolve(campaign.decide(command, RULES).events());
      }
      return campaign.decide(commands.get(commands.size() - 1), RULES);
    });
  }

  static Gen<RuleViolation> violations() {
    return Generate.enumValues(RuleViolation.Code.class).zip(JsonGenerators.texts(), RuleViolation::new);
  }

  /** The statements of random settlements. */
  static Gen<BackerStatement<BackerId>> statements() {
    return settlements().zip(integers().allPositive(), (settlement, i) -> {
      List<BackerStatement<BackerId>> statements = List.copyOf(settlement.statements().values());
      return statements.isEmpty() ? CampaignSamples.settlement().statementOf(BackerId.of(1)).orElseThrow()
          : statements.get(i % statements.size());
    });
  }

  static Gen<StatementLine> statementLines() {
    return statements().zip(integers().allPositive(), (statement, i) -> statement.lines()
        .get(i % statement.lines().size()));
  }

  /** Settlements of core's random settlement cases, backers numbered as campaigns number them. */
  static Gen<Settlement<BackerId>> settlements() {
    return CoreGenerators.settlementCases().map(c -> Settlement.of(c.currency(), c.outcome(),
        c.pledges().stream().map(p -> new PledgePayment<>(BackerId.of(p.backer()), p.amount(), p.state()))
            .collect(Collectors.toList()), c.fees()));
  }
}
