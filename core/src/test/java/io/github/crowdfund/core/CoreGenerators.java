package io.github.crowdfund.core;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.fees.CommissionTier;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.fees.TierMode;
import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.currency.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The one place for QuickTheories generators of this module: random command sequences, valid and invalid, against
 * the {@link #liveCampaign()} used by the property tests; and for settlement, currencies, pledges with their payment
 * states, failure patterns and every shape of fee. Public for the property tests of the modules that use this one
 * (through this module's test-jar).
 */
// "exports": these tests are compiled into the core module, which does not read QuickTheories' module; the
// generators are used from the class path only.
@SuppressWarnings("exports")
public final class CoreGenerators {

  static final Instant LAUNCH = Instant.parse("2026-05-01T12:00:00Z");
  static final Duration DURATION = Duration.ofDays(20);
  static final Instant DEADLINE = LAUNCH.plus(DURATION);
  static final Money GOAL = usd(500);
  static final RewardTier EARLY = early(usd(20));
  static final RewardTier EUROPE = RewardTier.builder().id("europe").title("Shipped in Europe").price(usd(50))
      .addShipsTo(Country.of("DE"), Country.of("FR")).estimatedDelivery(YearMonth.of(2026, 11)).build();
  static final AddOn STRAP = AddOn.builder().id("strap").title("Strap").price(usd(5)).perBackerMaximum(4).build();
  static final AddOn MUG = AddOn.builder().id("mug").title("Mug").price(usd(10)).limit(5).build();

  private static final List<Optional<String>> TIERS =
      List.of(Optional.empty(), Optional.of("early"), Optional.of("early"), Optional.of("europe"), Optional.of("nope"));
  private static final List<Optional<Country>> COUNTRIES =
      List.of(Optional.empty(), Optional.of(Country.of("DE")), Optional.of(Country.of("FR")),
          Optional.of(Country.of("JP")));
  private static final List<Map<String, Integer>> ADD_ONS = List.of(Map.of(), Map.of("strap", 2),
      Map.of("strap", 5), Map.of("mug", 2), Map.of("mug", 4, "strap", 1), Map.of("lamp", 1));

  private CoreGenerators() {}

  static Money usd(long major) {
    return Money.ofMajor(CurrencyUnit.USD, major);
  }

  /** The early-bird tier (three places, first five days) at a given price. */
  static RewardTier early(Money price) {
    return RewardTier.builder().id("early").title("Early bird").price(price).limit(3)
        .availableUntil(LAUNCH.plus(Duration.ofDays(5))).estimatedDelivery(YearMonth.of(2026, 10)).build();
  }

  /** The definition of {@link #liveCampaign()}. */
  static final CampaignDefinition DEFINITION = CampaignDefinition.builder().id("p").creator("c")
      .title("Property campaign").goal(Goal.allOrNothing(GOAL)).duration(DURATION).tier(EARLY).tier(EUROPE)
      .addOn(STRAP).addOn(MUG).build();

  /** The events that make {@link #liveCampaign()}: created, submitted, launched. */
  public static List<CampaignEvent> liveCampaignHistory() {
    return List.of(new CampaignEvent.Created(LAUNCH.minus(Duration.ofDays(3)), DEFINITION),
        new CampaignEvent.Submitted(LAUNCH.minusSeconds(60)), new CampaignEvent.Launched(LAUNCH, DEADLINE));
  }

  /** A LIVE all-or-nothing campaign for $500, 20 days, with tiers {@link #EARLY} and {@link #EUROPE}. */
  public static Campaign liveCampaign() {
    return Campaign.replay(liveCampaignHistory());
  }

  /** Instants around the campaign, weighted towards the early-bird days, the final day and the deadline. */
  public static Gen<Instant> instants() {
    Gen<Instant> anyTime = integers().between(-86_400, (int) DURATION.getSeconds() + 86_400)
        .map(s -> LAUNCH.plusSeconds(s));
    Gen<Instant> finalDay = integers().between(-90_000, 3_600).map(s -> DEADLINE.plusSeconds(s));
    Gen<Instant> earlyBird = integers().between(0, 6 * 86_400).map(s -> LAUNCH.plusSeconds(s));
    return Generate.frequency(List.of(Pair.of(2, anyTime), Pair.of(2, earlyBird), Pair.of(3, finalDay)));
  }

  /** Pledges from a handful of backers, mostly valid, some breaking one rule or several. */
  public static Gen<CampaignCommand> pledges() {
    Gen<Integer> backers = integers().between(0, 7);
    Gen<Integer> dollars = integers().between(0, 400).map(d -> d == 0 ? 20_000 : d);
    Gen<Pledge> withoutExtras = backers.zip(dollars, Generate.pick(TIERS), instants(),
        (backer, amount, tier, at) -> new Pledge(BackerId.of(backer), usd(amount), tier, Map.of(), Optional.empty(),
            at));
    return withoutExtras.zip(Generate.pick(ADD_ONS), Generate.pick(COUNTRIES),
        (pledge, addOns, country) -> new CampaignCommand.PlacePledge(
            new Pledge(pledge.backer(), pledge.amount(), pledge.tierId(), addOns, country, pledge.placedAt())));
  }

  /** Any command a live campaign may receive, pledges being the most frequent. */
  public static Gen<CampaignCommand> commands() {
    Gen<CampaignCommand> cancels = integers().between(0, 7).zip(instants(),
        (backer, at) -> new CampaignCommand.CancelPledge(at, BackerId.of(backer)));
    Gen<CampaignCommand> ends = instants().map(CampaignCommand.End::new);
    Gen<CampaignCommand> reprices = integers().between(15, 25).zip(instants(),
        (price, at) -> new CampaignCommand.PutRewardTier(at, early(usd(price))));
    Gen<CampaignCommand> creatorCancels = instants().map(CampaignCommand.Cancel::new);
    return Generate.frequency(List.of(Pair.of(12, pledges()), Pair.of(4, cancels), Pair.of(1, ends),
        Pair.of(1, reprices), Pair.of(1, creatorCancels)));
  }

  /** Late rewards: the campaign's early-bird tier or a new one, at a late price, with or without a planned end. */
  public static Gen<LateReward> lateRewards() {
    Gen<RewardTier> tiers = Generate.pick(List.of(EARLY, RewardTier.builder().id("late").title("Late edition")
        .price(usd(30)).limit(50).estimatedDelivery(YearMonth.of(2027, 2)).build()));
    Gen<Optional<Instant>> ends = Generate.pick(List.of(Optional.<Instant>empty(),
        Optional.of(DEADLINE.plus(Duration.ofDays(30)))));
    return tiers.zip(integers().between(0, 60), ends, (tier, price, end) -> new LateReward(tier, usd(price), end));
  }

  /** Both outcomes of a late charge. */
  public static Gen<LateCharge> lateCharges() {
    return Generate.enumValues(LateCharge.class);
  }

  /** The late-pledge commands: enabling, rewards put, late pledges collected or failed, ends. */
  public static Gen<CampaignCommand> lateCommands() {
    Gen<CampaignCommand> enables = instants().zip(lists().of(lateRewards()).ofSizeBetween(0, 2),
        booleans().all(), (at, rewards, planned) -> new CampaignCommand.EnableLatePledges(at, rewards,
            planned ? Optional.of(DEADLINE.plus(Duration.ofDays(60))) : Optional.empty()));
    Gen<CampaignCommand> puts = instants().zip(lateRewards(), CampaignCommand.PutLateReward::new);
    Gen<CampaignCommand> places = pledges().zip(lateCharges(), integers().between(1, 30 * 86_400),
        (command, charge, after) -> {
          Pledge p = ((CampaignCommand.PlacePledge) command).pledge();
          return new CampaignCommand.PlaceLatePledge(new Pledge(p.backer(), p.amount(), p.tierId(), Map.of(),
              p.shippingCountry(), DEADLINE.plusSeconds(after)), charge);
        });
    Gen<CampaignCommand> ends = instants().zip(Generate.pick(List.of(Optional.<String>empty(), Optional.of("early"))),
        CampaignCommand.EndLatePledges::new);
    return Generate.frequency(List.of(Pair.of(1, enables), Pair.of(1, puts), Pair.of(3, places), Pair.of(1, ends)));
  }

  /** The late-pledge events, as the late-pledge commands would give them (not necessarily accepted ones). */
  public static Gen<CampaignEvent> lateEvents() {
    return lateCommands().map(command -> {
      if (command instanceof CampaignCommand.EnableLatePledges enable) {
        return new CampaignEvent.LatePledgesEnabled(enable.at(), enable.rewards(), enable.plannedEnd());
      }
      if (command instanceof CampaignCommand.PutLateReward put) {
        return new CampaignEvent.LateRewardPut(put.at(), put.reward());
      }
      if (command instanceof CampaignCommand.PlaceLatePledge place) {
        return new CampaignEvent.LatePledgeCharged(place.pledge(), place.charge());
      }
      CampaignCommand.EndLatePledges end = (CampaignCommand.EndLatePledges) command;
      return new CampaignEvent.LatePledgesEnded(end.at(), end.rewardId());
    });
  }

  /**
   * The commands of the one-off charge's authentication and of fundraisers: charges with backers awaiting
   * authentication, authentications, fundraiser launches and donations with tips, collected or failed.
   */
  public static Gen<CampaignCommand> authenticationAndFundraiserCommands() {
    Gen<BackerId> backers = integers().between(0, 7).map(BackerId::of);
    Gen<CampaignCommand> charges = instants().zip(lists().of(backers).ofSizeBetween(0, 3),
        lists().of(backers).ofSizeBetween(0, 3), (at, declined, awaiting) -> new CampaignCommand.ChargePledges(at,
            Set.copyOf(declined), Set.copyOf(awaiting)));
    Gen<CampaignCommand> authentications = instants().zip(backers, CampaignCommand.AuthenticatePayment::new);
    Gen<CampaignCommand> launches = instants().map(CampaignCommand.LaunchFundraiser::new);
    Gen<CampaignCommand> donations = pledges().zip(integers().between(0, 5_000), lateCharges(),
        (command, tip, charge) -> {
          Pledge p = ((CampaignCommand.PlacePledge) command).pledge();
          return new CampaignCommand.Donate(Pledge.of(p.backer(), p.amount(), p.placedAt()),
              Money.ofMinor(p.amount().getCurrencyUnit(), tip), charge);
        });
    return Generate.frequency(List.of(Pair.of(1, charges), Pair.of(1, authentications), Pair.of(1, launches),
        Pair.of(3, donations)));
  }

  /** The events the commands of {@link #authenticationAndFundraiserCommands()} would give (accepted or not). */
  public static Gen<CampaignEvent> authenticationAndFundraiserEvents() {
    return authenticationAndFundraiserCommands().map(command -> {
      if (command instanceof CampaignCommand.ChargePledges charge) {
        return new CampaignEvent.PledgesCharged(charge.at(), charge.declined(), charge.awaitingAuthentication(),
            Optional.of(DEADLINE.plus(Duration.ofDays(7))));
      }
      if (command instanceof CampaignCommand.AuthenticatePayment authenticate) {
        return new CampaignEvent.PaymentAuthenticated(authenticate.at(), authenticate.backer());
      }
      if (command instanceof CampaignCommand.LaunchFundraiser launch) {
        return new CampaignEvent.FundraiserLaunched(launch.at());
      }
      CampaignCommand.Donate donate = (CampaignCommand.Donate) command;
      return new CampaignEvent.DonationCharged(donate.donation(), donate.tip(), donate.charge());
    });
  }

  /** Payment plan shapes: fixed or ranged payment counts, days or months apart, minimums in 0 to 3 currencies. */
  public static Gen<PaymentPlanShape> paymentPlanShapes() {
    Gen<Map<CurrencyUnit, Money>> minimums = Generate.pick(List.of(Map.<CurrencyUnit, Money>of(),
        Map.of(CurrencyUnit.USD, usd(125)), Map.of(CurrencyUnit.USD, usd(150), CurrencyUnit.JPY,
            Money.ofMajor(CurrencyUnit.JPY, 10_000), CurrencyUnit.of("BHD"), Money.of(CurrencyUnit.of("BHD"), 10))));
    Gen<Period> intervals = Generate.pick(List.of(Period.ofDays(14), Period.ofMonths(1)));
    return integers().between(2, 10).zip(integers().between(0, 8), intervals, minimums,
        (min, extra, interval, minimum) -> new PaymentPlanShape("plan-" + min + "-" + (min + extra), min, min + extra,
            interval, Duration.ofHours(24L * (extra % 2)), minimum, 1 + extra % 3, Duration.ofHours(48),
            Duration.ofDays(7), Duration.ofDays(14), extra % 2 == 0, extra % 3 != 0));
  }

  /** Every outcome of charging one payment of a plan. */
  public static Gen<InstallmentCharge> installmentCharges() {
    return Generate.enumValues(InstallmentCharge.class);
  }

  /** The payment-plan commands: offers, choices, payments charged, plans stopped (valid or not). */
  public static Gen<CampaignCommand> planCommands() {
    Gen<CampaignCommand> enables = instants().zip(paymentPlanShapes(), CampaignCommand.EnablePaymentPlans::new);
    Gen<CampaignCommand> chooses = instants().zip(integers().between(0, 7), integers().between(1, 11),
        (at, backer, payments) -> new CampaignCommand.ChoosePaymentPlan(at, BackerId.of(backer), payments));
    Gen<CampaignCommand> charges = integers().between(0, 90 * 86_400).zip(integers().between(0, 7),
        integers().between(1, 4), installmentCharges(), (after, backer, number, charge) ->
            new CampaignCommand.ChargeInstallment(DEADLINE.plusSeconds(after), BackerId.of(backer), number, charge));
    Gen<CampaignCommand> stops = integers().between(0, 90 * 86_400).zip(integers().between(0, 7),
        (after, backer) -> new CampaignCommand.StopPaymentPlan(DEADLINE.plusSeconds(after), BackerId.of(backer)));
    return Generate.frequency(List.of(Pair.of(1, enables), Pair.of(2, chooses), Pair.of(3, charges),
        Pair.of(1, stops)));
  }

  /** Every reason for a refund. */
  public static Gen<RefundReason> refundReasons() {
    return Generate.enumValues(RefundReason.class);
  }

  /** Every part of a pledge a refund may pay back. */
  public static Gen<RefundKind> refundKinds() {
    return Generate.enumValues(RefundKind.class);
  }

  /** Every end of a dispute. */
  public static Gen<DisputeOutcome> disputeOutcomes() {
    return Generate.enumValues(DisputeOutcome.class);
  }

  /** The refund and dispute commands, after the deadline, of USD 0.01 to 500.00 (valid or not). */
  public static Gen<CampaignCommand> refundCommands() {
    Gen<Instant> ats = integers().between(0, 90 * 86_400).map(DEADLINE::plusSeconds);
    Gen<BackerId> backers = integers().between(0, 7).map(BackerId::of);
    Gen<Money> amounts = integers().between(1, 50_000).map(cents -> Money.ofMinor(CurrencyUnit.USD, cents));
    Gen<CampaignCommand> refunds = ats.zip(backers, amounts, refundReasons(), refundKinds(),
        CampaignCommand.RefundBacker::new);
    Gen<CampaignCommand> disputes = ats.zip(backers, amounts, CampaignCommand.DisputeCharge::new);
    Gen<CampaignCommand> ends = ats.zip(backers, disputeOutcomes(), CampaignCommand.ResolveDispute::new);
    return Generate.frequency(List.of(Pair.of(3, refunds), Pair.of(1, disputes), Pair.of(1, ends)));
  }

  /** The refund and dispute events, as the refund commands would give them (not necessarily accepted ones). */
  public static Gen<CampaignEvent> refundEvents() {
    return refundCommands().map(command -> {
      if (command instanceof CampaignCommand.RefundBacker refund) {
        return new CampaignEvent.BackerRefunded(refund.at(), refund.backer(), refund.amount(), refund.reason(),
            refund.kind());
      }
      if (command instanceof CampaignCommand.DisputeCharge dispute) {
        return new CampaignEvent.ChargeDisputed(dispute.at(), dispute.backer(), dispute.amount());
      }
      CampaignCommand.ResolveDispute end = (CampaignCommand.ResolveDispute) command;
      return new CampaignEvent.DisputeResolved(end.at(), end.backer(), end.outcome());
    });
  }

  /** The payment-plan events, as the payment-plan commands would give them (not necessarily accepted ones). */
  public static Gen<CampaignEvent> planEvents() {
    return planCommands().map(command -> {
      if (command instanceof CampaignCommand.EnablePaymentPlans enable) {
        return new CampaignEvent.PaymentPlansEnabled(enable.at(), enable.shape());
      }
      if (command instanceof CampaignCommand.ChoosePaymentPlan choose) {
        return new CampaignEvent.PaymentPlanChosen(choose.at(), choose.backer(), choose.payments());
      }
      if (command instanceof CampaignCommand.ChargeInstallment charge) {
        return new CampaignEvent.InstallmentCharged(charge.at(), charge.backer(), charge.number(), charge.charge());
      }
      CampaignCommand.StopPaymentPlan stop = (CampaignCommand.StopPaymentPlan) command;
      return new CampaignEvent.PaymentPlanStopped(stop.at(), stop.backer());
    });
  }

  /**
   * Edits of a pledge trie: each a key (clustered, so that leaves split and collapse) and whether to remove it
   * (negative) or put it.
   */
  static Gen<List<Long>> trieEdits() {
    Gen<Long> near = integers().between(-2_000, 2_000).map(Integer::longValue);
    Gen<Long> far = integers().between(-1_000, 1_000).map(k -> (long) k << 33);
    return lists().of(Generate.frequency(List.of(Pair.of(4, near), Pair.of(1, far)))).ofSizeBetween(0, 400);
  }

  /** Sequences of up to 40 commands. */
  public static Gen<List<CampaignCommand>> commandSequences() {
    return lists().of(commands()).ofSizeBetween(1, 40);
  }

  // ---------------------------------------------------------------------------------------------- settlement

  /** Currencies with 0, 2 and 3 decimal places. */
  static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.EUR,
      CurrencyUnit.of("BHD"));

  /** A settlement input: campaign currency, outcome, pledges by backer number, fee schedule. */
  public record SettlementCase(CurrencyUnit currency, FundingOutcome outcome, List<PledgePayment<Integer>> pledges,
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
  static Gen<List<PledgePayment<Integer>>> pledgePayments(CurrencyUnit currency, FundingOutcome outcome) {
    Gen<PledgePayment<Integer>> pledge = integers().between(1, 25).zip(amounts(currency), finalStates(),
        (backer, amount, state) -> new PledgePayment<>(backer,
            amount, outcome == FundingOutcome.FAILED ? PaymentState.PLEDGED : state));
    return lists().of(pledge).ofSizeBetween(0, 60);
  }

  /** Settlement inputs of any outcome. */
  public static Gen<SettlementCase> settlementCases() {
    return settlementCases(arbitrary().enumValues(FundingOutcome.class));
  }

  /** Settlement inputs of the given outcomes. */
  static Gen<SettlementCase> settlementCases(Gen<FundingOutcome> outcomes) {
    return currencies().zip(outcomes, CaseHeader::new).flatMap(header ->
        pledgePayments(header.currency(), header.outcome()).zip(feeSchedules(header.currency()),
            (pledges, fees) -> new SettlementCase(header.currency(), header.outcome(), pledges, fees)));
  }

  /** The currency and outcome of a generated case. */
  private record CaseHeader(CurrencyUnit currency, FundingOutcome outcome) {}

  /** What happens to one pledge of a successful campaign after the deadline. */
  enum Fate {
    /** Charged at the first attempt. */
    COLLECTED,
    /** Declined, then fixed by the backer within the retry window. */
    FIXED,
    /** Declined, then collected by the final automatic retry. */
    RECOVERED,
    /** Declined and never fixed: dropped when the window closes. */
    DROPPED,
    /** Charged, then paid back. */
    REFUNDED
  }

  /**
   * A campaign run through the decider: a USD goal, pledges (backer i pledges {@code pledges.get(i)}) and what
   * happens to each pledge after the deadline if the campaign succeeds.
   */
  record PaymentScenario(Money goal, boolean keepItAll, List<Money> pledges, List<Fate> fates, FeeSchedule fees) {}

  static Gen<PaymentScenario> paymentScenarios() {
    Gen<Money> usd = integers().between(100, 500_000).map(cents -> Money.ofMinor(CurrencyUnit.USD, cents));
    Gen<Fate> fates = arbitrary().pick(Fate.COLLECTED, Fate.COLLECTED, Fate.COLLECTED, Fate.FIXED, Fate.RECOVERED,
        Fate.DROPPED, Fate.REFUNDED);
    Gen<List<Money>> pledges = lists().of(usd).ofSizeBetween(0, 40);
    Gen<List<Fate>> fateLists = lists().of(fates).ofSize(40);
    return integers().between(1, 200_000).zip(booleans().all(), pledges, fateLists, feeSchedules(CurrencyUnit.USD),
        (goal, keepItAll, amounts, fateList, fees) -> new PaymentScenario(Money.ofMajor(CurrencyUnit.USD, goal),
            keepItAll, amounts, fateList.subList(0, amounts.size()), fees));
  }
}
