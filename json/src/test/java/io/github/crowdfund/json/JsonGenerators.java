package io.github.crowdfund.json;

import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crowdfund.core.AddOn;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CoreGenerators;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.LateCharge;
import io.github.crowdfund.core.LateReward;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.StretchGoal;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.currency.CurrencyGenerators;
import io.github.crowdfund.currency.CurrencyPair;
import io.github.crowdfund.currency.FxRate;
import io.github.crowdfund.currency.MoneyBag;
import io.github.crowdfund.currency.Percentage;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random values of every type with a JSON form, keyed by type: the generators of the modules that define the types
 * (through their test-jars), and here only what they lack.
 */
public final class JsonGenerators {

  private JsonGenerators() {}

  /** Ids and other text, never blank: any characters but surrogates, control characters and quotes included. */
  static Gen<String> texts() {
    return strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(1, 24)
        .map(text -> text.isBlank() ? "x" + text : text);
  }

  /**
   * A generator for each type of {@link JsonCodecs#all()} but the subtypes of sealed types, whose values the
   * sealed type's generator gives.
   */
  public static Map<Class<?>, Gen<?>> byType() {
    return Map.ofEntries(
        Map.entry(CurrencyUnit.class, CurrencyGenerators.currencies()),
        Map.entry(Money.class, CurrencyGenerators.money()),
        Map.entry(MoneyBag.class, CurrencyGenerators.bags()),
        Map.entry(CurrencyPair.class, CurrencyGenerators.pairs()),
        Map.entry(FxRate.class, CurrencyGenerators.rates()),
        Map.entry(Percentage.class, CurrencyGenerators.percentages()),
        Map.entry(CampaignId.class, texts().map(CampaignId::of)),
        Map.entry(CreatorId.class, texts().map(CreatorId::of)),
        Map.entry(BackerId.class, longs().between(0, Long.MAX_VALUE).map(BackerId::of)),
        Map.entry(Country.class, Generate.pick(List.copyOf(Country.all()))),
        Map.entry(Goal.class, CampaignGenerators.goals()),
        Map.entry(StretchGoal.class, CampaignGenerators.stretchGoals()),
        Map.entry(RewardTier.class, CampaignGenerators.tiers()),
        Map.entry(AddOn.class, CampaignGenerators.addOns()),
        Map.entry(LateReward.class, CoreGenerators.lateRewards()),
        Map.entry(LateCharge.class, CoreGenerators.lateCharges()),
        Map.entry(PaymentPlanShape.class, CoreGenerators.paymentPlanShapes()),
        Map.entry(InstallmentCharge.class, CoreGenerators.installmentCharges()),
        Map.entry(RefundReason.class, CoreGenerators.refundReasons()),
        Map.entry(RefundKind.class, CoreGenerators.refundKinds()),
        Map.entry(DisputeOutcome.class, CoreGenerators.disputeOutcomes()),
        Map.entry(Pledge.class, CampaignGenerators.pledges()),
        Map.entry(CampaignDefinition.class, CampaignGenerators.definitions()),
        Map.entry(CampaignCommand.class, CampaignGenerators.commands()),
        Map.entry(CampaignEvent.class, CampaignGenerators.events()),
        Map.entry(RuleViolation.class, CampaignGenerators.violations()),
        Map.entry(Decision.class, CampaignGenerators.decisions()),
        Map.entry(StatementLine.class, CampaignGenerators.statementLines()),
        Map.entry(BackerStatement.class, CampaignGenerators.statements()),
        Map.entry(Settlement.class, CampaignGenerators.settlements()));
  }
}
