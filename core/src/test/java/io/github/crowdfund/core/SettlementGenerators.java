package io.github.crowdfund.core;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;

/** Generators of the settlement tests: currencies, pledges, failure patterns and every shape of fee. */
final class SettlementGenerators {
  /** Currencies with 0, 2 and 3 decimal places. */
  static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.EUR,
      CurrencyUnit.of("BHD"));

  private SettlementGenerators() {}

  /** A settlement input: campaign currency, outcome, pledges by backer number, fee schedule. */
  record SettlementCase(CurrencyUnit currency, FundingOutcome outcome, List<PledgePayment<Integer>> pledges,
      FeeSchedule fees) {
    Settlement<Integer> settle() {
      return Settlement.of(currency, outcome, pledges, fees);
    }
  }

  static Gen<CurrencyUnit> currencies() {
    return arbitrary().pick(CURRENCIES);
  }

  static Gen<RoundingMode> roundings() {
    return arbitrary().pick(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
  }

  /** Percentages from 0% to 20% with up to two decimals. */
  static Gen<Percentage> percents() {
    return integers().between(0, 2_000).map(hundredths -> Percentage.of(BigDecimal.valueOf(hundredths, 2)));
  }

  /** Amounts from one minor unit to about 20,000 major units. */
  static Gen<Money> amounts(CurrencyUnit currency) {
    long majorUnit = BigDecimal.ONE.movePointRight(currency.getDecimalPlaces()).longValueExact();
    return integers().between(1, 20_000).zip(integers().between(0, (int) majorUnit - 1), booleans().all(),
        (major, minor, small) -> Money.ofMinor(currency, small ? 1 + minor : major * majorUnit + minor));
  }

  /** Fixed fees from zero to a few major units. */
  static Gen<Money> fixedFees(CurrencyUnit currency) {
    long majorUnit = BigDecimal.ONE.movePointRight(currency.getDecimalPlaces()).longValueExact();
    return integers().between(0, 3 * (int) majorUnit).map(minor -> Money.ofMinor(currency, minor));
  }

  /** Every shape of per-pledge fee: none, fixed, percentage, percentage plus fixed, and a threshold of two. */
  static Gen<PledgeFee> pledgeFees(CurrencyUnit currency) {
    Gen<PledgeFee> simple = integers().between(0, 3).zip(percents(), fixedFees(currency), roundings(),
        (shape, percent, fixed, rounding) -> simplePledgeFee(shape, percent, fixed, rounding));
    return simple.zip(simple, amounts(currency), booleans().all(),
        (below, from, threshold, split) -> split ? PledgeFee.below(threshold, below, from) : from);
  }

  private static PledgeFee simplePledgeFee(int shape, Percentage percent, Money fixed, RoundingMode rounding) {
    switch (shape) {
      case 0:
        return PledgeFee.none();
      case 1:
        return PledgeFee.fixed(fixed);
      case 2:
        return PledgeFee.percent(percent, rounding);
      default:
        return PledgeFee.percentPlusFixed(percent, fixed, rounding);
    }
  }

  /** Every shape of platform fee: none, percentage (always, or only on success), by outcome, tiers in both modes. */
  static Gen<PlatformFee> platformFees(CurrencyUnit currency) {
    Gen<List<CommissionTier>> tiers = lists().of(percents()).ofSizeBetween(1, 4).zip(amounts(currency),
        (rates, step) -> tiers(rates, step));
    return integers().between(0, 5).zip(percents(), percents(), tiers, roundings(),
        (shape, percent, other, tierList, rounding) -> {
          switch (shape) {
            case 0:
              return PlatformFee.none();
            case 1:
              return PlatformFee.percent(percent, rounding);
            case 2:
              return PlatformFee.percent(percent, rounding).onlyOnSuccess();
            case 3:
              return PlatformFee.byOutcome(PlatformFee.percent(percent, rounding),
                  PlatformFee.percent(other, rounding));
            case 4:
              return PlatformFee.tiered(tierList, TierMode.WHOLE_TOTAL, rounding);
            default:
              return PlatformFee.tiered(tierList, TierMode.MARGINAL, rounding);
          }
        });
  }

  /** Tiers starting at 0, step, 2 step, ... */
  private static List<CommissionTier> tiers(List<Percentage> rates, Money step) {
    return IntStream.range(0, rates.size())
        .mapToObj(i -> new CommissionTier(step.multipliedBy(i), rates.get(i)))
        .collect(Collectors.toList());
  }

  /** Every shape of tax on fees: none, on the platform fee, on all fees. */
  static Gen<FeeTax> feeTaxes() {
    return integers().between(0, 2).zip(percents(), roundings(), (shape, percent, rounding) -> {
      switch (shape) {
        case 0:
          return FeeTax.none();
        case 1:
          return FeeTax.onPlatformFee(percent, rounding);
        default:
          return FeeTax.onAllFees(percent, rounding);
      }
    });
  }

  static Gen<BackerFee> backerFees(CurrencyUnit currency) {
    return pledgeFees(currency).zip(booleans().all(), booleans().all(), BackerFee::new);
  }

  static Gen<FeeSchedule> feeSchedules(CurrencyUnit currency) {
    return platformFees(currency).zip(pledgeFees(currency), feeTaxes(), backerFees(currency), FeeSchedule::of);
  }

  /** Final states after the deadline: mostly collected, with failed payments and refunds. */
  static Gen<PaymentState> finalStates() {
    return arbitrary().pick(PaymentState.COLLECTED, PaymentState.COLLECTED, PaymentState.COLLECTED,
        PaymentState.DROPPED, PaymentState.REFUNDED);
  }

  /** Pledges from up to 25 backers (some with several pledges); all {@code PLEDGED} if the campaign failed. */
  static Gen<List<PledgePayment<Integer>>> pledges(CurrencyUnit currency, FundingOutcome outcome) {
    Gen<PledgePayment<Integer>> pledge = integers().between(1, 25).zip(amounts(currency), finalStates(),
        (backer, amount, state) -> new PledgePayment<>(backer,
            amount, outcome == FundingOutcome.FAILED ? PaymentState.PLEDGED : state));
    return lists().of(pledge).ofSizeBetween(0, 60);
  }

  /** Settlement inputs of any outcome. */
  static Gen<SettlementCase> settlementCases() {
    return settlementCases(arbitrary().enumValues(FundingOutcome.class));
  }

  /** Settlement inputs of the given outcomes. */
  static Gen<SettlementCase> settlementCases(Gen<FundingOutcome> outcomes) {
    return currencies().zip(outcomes, CaseHeader::new).flatMap(header ->
        pledges(header.currency(), header.outcome()).zip(feeSchedules(header.currency()),
            (pledges, fees) -> new SettlementCase(header.currency(), header.outcome(), pledges, fees)));
  }

  /** The currency and outcome of a generated case. */
  private record CaseHeader(CurrencyUnit currency, FundingOutcome outcome) {}
}
