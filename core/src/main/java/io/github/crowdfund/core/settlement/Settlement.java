package io.github.crowdfund.core.settlement;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignStatus;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.Fundraiser;
import io.github.crowdfund.core.PaymentState;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.MoneyChecks;
import io.github.crowdfund.core.fees.UnknownFeeException;
import io.github.crowdfund.style.ValueStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Where the money of a campaign went after its deadline, in the campaign currency, to the minor unit.
 *
 * <p>The identities below hold exactly, for every settlement:
 * <ul>
 *   <li>{@code collected = platformFee + processingFees + taxOnFees + payout};</li>
 *   <li>{@code pledgedAtDeadline = collected + dropped + released}, where {@code released} (pledges of a failed
 *       all-or-nothing campaign, never charged) is zero for every campaign that collects, so for those
 *       {@code pledgedAtDeadline = collected + dropped};</li>
 *   <li>the backer statements add up: their collected lines to {@code collected}, refunded and chargeback-lost
 *       lines to {@code refunded}, backer fee lines to {@code backerFeesCharged} and {@code backerFeesRefunded}.</li>
 * </ul>
 *
 * <p>Rules it applies: the outcome is locked at the deadline, so dropped pledges never turn a successful campaign
 * into a failed one; a failed all-or-nothing campaign collects nothing and pays no fee. Fees are charged on the funds
 * actually collected: the platform fee once on the collected total, the processing fee per collected pledge, the tax
 * once on the fees. A pledge refunded after collection (keep-it-all refunds, disputes) still counts as collected and
 * its fees stay charged, as platforms keep them; the refund is paid back out of the creator's {@link #payout()}, see
 * {@link #payoutAfterRefunds()}. Backer-side fees are kept apart: they are not part of any campaign figure.
 *
 * <p>Compute one from a campaign whose payments are final with {@link #of(Campaign, FeeSchedule)}, or from the
 * pledges' final payment states with {@link #of(CurrencyUnit, FundingOutcome, List, FeeSchedule)}.
 *
 * <p>This class is immutable and thread-safe if {@code B} is.
 *
 * @param <B> how backers are identified
 */
@Value.Immutable
@ValueStyle
public abstract class Settlement<B> {
  Settlement() {}

  /**
   * Returns the campaign currency, the currency of every amount here.
   *
   * @return the currency; never null
   */
  public abstract CurrencyUnit currency();

  /**
   * Returns how the campaign ended at its deadline.
   *
   * @return the outcome; never null
   */
  public abstract FundingOutcome outcome();

  /**
   * Returns the total pledged at the deadline: the campaign's locked total.
   *
   * @return the sum of all pledges settled; never null, never negative
   */
  public abstract Money pledgedAtDeadline();

  /**
   * Returns the funds collected from backers, including pledges refunded later.
   *
   * @return the collected funds; never null, never negative; zero for a failed all-or-nothing campaign
   */
  public abstract Money collected();

  /**
   * Returns the pledges dropped because their payment failed and was not fixed within the retry window.
   *
   * @return the dropped pledges; never null, never negative
   */
  public abstract Money dropped();

  /**
   * Returns the pledges of a failed all-or-nothing campaign, which are never charged (or returned in full).
   *
   * @return the released pledges; never null, never negative; zero unless the outcome is
   *     {@link FundingOutcome#FAILED}
   */
  public abstract Money released();

  /**
   * Returns the part of {@link #collected()} paid back to backers after collection (refunds, disputes).
   *
   * @return the refunded pledges; never null, never negative
   */
  public abstract Money refunded();

  /**
   * Returns the platform's commission on the collected funds.
   *
   * @return the platform fee; never null, never negative
   */
  public abstract Money platformFee();

  /**
   * Returns the sum of the processing fees of the collected pledges.
   *
   * @return the processing fees; never null, never negative
   */
  public abstract Money processingFees();

  /**
   * Returns the tax charged on the fees.
   *
   * @return the tax on fees; never null, never negative
   */
  public abstract Money taxOnFees();

  /**
   * Returns what the platform pays the creator: the collected funds minus every fee and the tax on them, before
   * the creator pays back any refunds. It is negative only if fees exceed the funds collected.
   *
   * @return the payout; never null
   */
  public abstract Money payout();

  /**
   * Returns the backer-side fees charged on top of pledges, not part of any campaign figure.
   *
   * @return the backer fees charged; never null, never negative
   */
  public abstract Money backerFeesCharged();

  /**
   * Returns the backer-side fees paid back (on failure, or with a refunded pledge, as the platform says).
   *
   * @return the backer fees refunded; never null, never negative
   */
  public abstract Money backerFeesRefunded();

  /**
   * Returns the tips donors gave the platform with their donations to a fundraiser (GoFundMe): like backer fees, they
   * are kept apart from every campaign figure and never reach the organiser.
   *
   * @return the tips; never null, never negative; zero for a campaign without tips
   */
  @Value.Default
  public Money tips() {
    return Money.zero(currency());
  }

  /**
   * Returns one statement per backer, in the order backers first appear in the pledges.
   *
   * @return the statements keyed by backer; never null
   */
  public abstract Map<B, BackerStatement<B>> statements();

  /**
   * Returns the statement of one backer.
   *
   * @param backer the backer; not null
   * @return the statement, or empty if the backer had no pledge at the deadline; never null
   */
  public Optional<BackerStatement<B>> statementOf(B backer) {
    return Optional.ofNullable(statements().get(Objects.requireNonNull(backer, "backer")));
  }

  /**
   * Returns the sum of the fees and the tax on them: {@code platformFee + processingFees + taxOnFees}.
   *
   * @return the total the creator pays the platform and processors; never null, never negative
   */
  public Money totalFees() {
    return platformFee().plus(processingFees()).plus(taxOnFees());
  }

  /**
   * Returns what the creator keeps once refunds are paid back: {@code payout - refunded}. It can be negative when
   * most of the funds are refunded, since the fees on refunded pledges stay charged.
   *
   * @return the payout after refunds; never null
   */
  public Money payoutAfterRefunds() {
    return payout().minus(refunded());
  }

  /**
   * Returns the backer-side fees the platform keeps: {@code backerFeesCharged - backerFeesRefunded}.
   *
   * @return the backer fees kept; never null, never negative
   */
  public Money backerFeesKept() {
    return backerFeesCharged().minus(backerFeesRefunded());
  }

  /**
   * Returns a builder of a settlement from its parts, for reading one back from storage: the currency, the outcome,
   * every amount and the statements must be set; {@code build()} checks that every amount is in the currency and that
   * money is conserved ({@code collected = fees + payout}, {@code pledgedAtDeadline = collected + dropped +
   * released}). To compute a settlement, use {@link #of(Campaign, FeeSchedule)}.
   *
   * @param <B> how backers are identified
   * @return a new builder, not null
   */
  public static <B> Builder<B> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link Settlement} from its parts; see {@link #builder()}.
   *
   * @param <B> how backers are identified
   */
  public static final class Builder<B> extends ImmutableSettlement.Builder<B> {
    Builder() {}
  }

  /**
   * Settles a campaign: applies the fee schedule to the pledges at the deadline and their final payment states.
   *
   * <p>For a {@link FundingOutcome#SUCCESSFUL} or {@link FundingOutcome#KEPT_BELOW_GOAL} campaign every pledge must
   * be {@link PaymentState#COLLECTED}, {@link PaymentState#DROPPED} or {@link PaymentState#REFUNDED} (settle after
   * the retry window); for a {@link FundingOutcome#FAILED} campaign every pledge must still be
   * {@link PaymentState#PLEDGED}, since nothing is charged. Canceled pledges are not part of the total at the
   * deadline and must be left out.
   *
   * @param <B> how backers are identified
   * @param currency the campaign currency; not null
   * @param outcome how the campaign ended at its deadline (locked there); not null
   * @param pledges the pledges at the deadline, a backer may have several; not null, no null element
   * @param fees the fee schedule of the platform; not null
   * @return the settlement; never null
   * @throws IllegalArgumentException if a pledge is in another currency or in a state that cannot be settled for
   *     this outcome (the message names the pledge and the states allowed), or a fee part returns a negative fee
   * @throws org.joda.money.CurrencyMismatchException if a fee part is in another currency
   * @throws UnknownFeeException if the settlement needs a fee the schedule marks as unknown
   */
  public static <B> Settlement<B> of(
      CurrencyUnit currency, FundingOutcome outcome, List<PledgePayment<B>> pledges, FeeSchedule fees) {
    return new Settler<B>(currency, outcome, fees).settle(pledges, List.of(), List.of(), Map.of());
  }

  /**
   * Settles a campaign's pledges and the refunds and disputes that followed their collection.
   *
   * <p>Each reversal adds a line to its backer's statement, dated: a refund
   * ({@link StatementLine.Kind#PLEDGE_REFUNDED}, with its reason and part) and a lost chargeback ({@link StatementLine.Kind#CHARGEBACK_LOST}) add to
   * {@link #refunded()}; an opened or won dispute moves no money. The fees of the collected charges stay charged,
   * except the processing fee of refunded charges when the schedule's {@link FeeSchedule#processingFeeOnRefund()}
   * returns it: {@link #processingFees()} is then net of what was returned (in proportion to what each backer got
   * back, see {@link io.github.crowdfund.core.fees.ProcessingFeeOnRefund}), and the tax is on the fees kept.
   *
   * @param <B> how backers are identified
   * @param currency the campaign currency; not null
   * @param outcome how the campaign ended at its deadline; not null
   * @param pledges the pledges at the deadline; not null, no null element
   * @param reversals the refunds and dispute steps, each of a backer with a pledge here; not null
   * @param fees the fee schedule of the platform; not null
   * @return the settlement; never null
   * @throws IllegalArgumentException as {@link #of(CurrencyUnit, FundingOutcome, List, FeeSchedule)}, or if a
   *     reversal names a backer without a pledge here, is in another currency, or takes back more than was collected
   *     from its backer, quoting it
   */
  public static Settlement<BackerId> of(CurrencyUnit currency, FundingOutcome outcome,
      List<PledgePayment<BackerId>> pledges, List<ChargeReversal> reversals, FeeSchedule fees) {
    return of(currency, outcome, pledges, reversals, List.of(), fees);
  }

  /**
   * Settles a campaign after its deadline: a FAILED campaign (nothing is charged), or a SUCCESSFUL one whose payment
   * retry window has closed ({@link Campaign#paymentsFinal()}). The total and outcome are those locked at the
   * deadline; a keep-it-all campaign that ended below its goal settles as {@link FundingOutcome#KEPT_BELOW_GOAL}.
   *
   * <p>A fundraiser without a deadline ({@link Campaign#fundraiser()}) settles at any time: its donations so far, all
   * collected, with the outcome {@link Fundraiser#outcomeSoFar()}; each donor's tip is a {@link StatementLine.Kind#TIP}
   * line on their statement and counts in {@link #tips()}, never in the payout or the fees' base.
   *
   * @param campaign the campaign; not null
   * @param fees the fee schedule of the platform; not null
   * @return the settlement, with one statement per backer; never null
   * @throws IllegalStateException if the campaign's payments are not final yet, naming its status
   * @throws UnknownFeeException if the settlement needs a fee the schedule marks as unknown
   */
  public static Settlement<BackerId> of(Campaign campaign, FeeSchedule fees) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(fees, "fees");
    requireFinal(campaign);
    List<ChargeReversal> reversals = new ArrayList<>(campaign.refunds().reversals());
    reversals.removeIf(reversal -> campaign.pledgeOf(reversal.backer()).isEmpty());
    List<AuthenticationRequest> requests = new ArrayList<>(campaign.pledgeChargeAuthenticationRequests());
    requests.addAll(campaign.paymentPlans().authenticationRequests());
    requests.removeIf(request -> campaign.pledgeOf(request.backer()).isEmpty());
    Optional<Fundraiser> fundraiser = campaign.fundraiser();
    FundingOutcome outcome = fundraiser.map(Fundraiser::outcomeSoFar)
        .orElseGet(() -> campaign.fundingOutcome().orElseThrow());
    return new Settler<BackerId>(campaign.currency(), outcome, fees).settle(campaign.pledgePayments(), reversals,
        requests, fundraiser.map(Fundraiser::tipsByDonor).orElse(Map.of()));
  }
  /** Throws unless every payment of the campaign has its final state ({@link Campaign#paymentsFinal()}). */
  static void requireFinal(Campaign campaign) {
    if (!campaign.paymentsFinal()) {
      throw new IllegalStateException("campaign " + campaign.id() + " is " + campaign.status() + (campaign.status()
          == CampaignStatus.SUCCESSFUL ? " and its payment retry window has not closed" : "")
          + "; only a FAILED campaign, or a SUCCESSFUL one whose retry window closed, settles");
    }
  }


  /**
   * Settles a campaign's pledges, the refunds and disputes that followed their collection, and the charges that
   * needed the backer's authentication (3-D Secure) first.
   *
   * <p>As {@link #of(CurrencyUnit, FundingOutcome, List, List, FeeSchedule)}; each authentication request adds a
   * dated {@link StatementLine.Kind#AUTHENTICATION_REQUIRED} line with the amount that awaited it to its backer's
   * statement, after the pledge lines and before the refunds and disputes. It moves no money and changes no figure.
   *
   * @param currency the campaign currency; not null
   * @param outcome how the campaign ended at its deadline; not null
   * @param pledges the pledges at the deadline; not null, no null element
   * @param reversals the refunds and dispute steps, each of a backer with a pledge here; not null
   * @param authentications the authentication requests, each of a backer with a pledge here; not null
   * @param fees the fee schedule of the platform; not null
   * @return the settlement; never null
   * @throws IllegalArgumentException as {@link #of(CurrencyUnit, FundingOutcome, List, List, FeeSchedule)}, or if an
   *     authentication request names a backer without a pledge here or is in another currency, quoting it
   */
  public static Settlement<BackerId> of(CurrencyUnit currency, FundingOutcome outcome,
      List<PledgePayment<BackerId>> pledges, List<ChargeReversal> reversals,
      List<AuthenticationRequest> authentications, FeeSchedule fees) {
    return new Settler<BackerId>(currency, outcome, fees).settle(pledges, reversals, authentications, Map.of());
  }

  /**
   * Checks the currency of every amount and the identities of the class description.
   *
   * @throws IllegalArgumentException if an identity does not hold
   */
  @Value.Check
  protected void check() {
    for (Money amount : List.of(pledgedAtDeadline(), collected(), dropped(), released(), refunded(), platformFee(),
        processingFees(), taxOnFees(), payout(), backerFeesCharged(), backerFeesRefunded(), tips())) {
      MoneyChecks.checkSameCurrency(Money.zero(currency()), amount);
    }
    MoneyChecks.checkNotNegative(tips(), "tips");
    if (!collected().equals(totalFees().plus(payout()))) {
      throw new IllegalArgumentException("collected " + collected() + " is not fees " + totalFees() + " + payout "
          + payout());
    }
    if (!pledgedAtDeadline().equals(collected().plus(dropped()).plus(released()))) {
      throw new IllegalArgumentException("pledged at deadline " + pledgedAtDeadline() + " is not collected "
          + collected() + " + dropped " + dropped() + " + released " + released());
    }
  }

  /** Settles one campaign: folds the pledges into running totals and statements. */
  private static final class Settler<B> {
    private final CurrencyUnit currency;
    private final FundingOutcome outcome;
    private final FeeSchedule fees;
    private final Money zero;
    private Money pledged;
    private Money collected;
    private Money dropped;
    private Money released;
    private Money refunded;
    private Money processing;
    private Money backerFeesCharged;
    private Money backerFeesRefunded;
    private Money tips;
    private final Map<B, List<StatementLine>> lines = new LinkedHashMap<>();
    /** Per backer: collected, its processing fees, refunded (not charged back), and everything returned. */
    private final Map<B, Money[]> accounts = new LinkedHashMap<>();

    Settler(CurrencyUnit currency, FundingOutcome outcome, FeeSchedule fees) {
      this.currency = Objects.requireNonNull(currency, "currency");
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      this.fees = Objects.requireNonNull(fees, "fees");
      zero = Money.zero(currency);
      pledged = zero;
      collected = zero;
      dropped = zero;
      released = zero;
      refunded = zero;
      processing = zero;
      backerFeesCharged = zero;
      backerFeesRefunded = zero;
      tips = zero;
    }

    Settlement<B> settle(List<PledgePayment<B>> pledges, List<ChargeReversal> reversals,
        List<AuthenticationRequest> authentications, Map<BackerId, Money> tipsByDonor) {
      Objects.requireNonNull(pledges, "pledges");
      Objects.requireNonNull(reversals, "reversals");
      Objects.requireNonNull(authentications, "authentications");
      int index = 0;
      for (PledgePayment<B> pledge : pledges) {
        Objects.requireNonNull(pledge, "pledges[" + index + "]");
        add(pledge, index++);
      }
      tipsByDonor.forEach((donor, tip) -> {
        statementOf(donor, tip, "the tip of " + donor).add(new StatementLine(StatementLine.Kind.TIP, tip,
            "tip to the platform, chosen by the donor: not part of the donation"));
        tips = tips.plus(tip);
      });
      for (AuthenticationRequest request : authentications) {
        statementOf(request.backer(), request.amount(), request).add(new StatementLine(
            StatementLine.Kind.AUTHENTICATION_REQUIRED, request.amount(), request.describe()));
      }
      for (ChargeReversal reversal : reversals) {
        reverse(reversal);
      }
      accounts.values().forEach(account -> processing = processing.minus(fees.processingFeeOnRefund()
          .returnedBy(account[1], account[0], zero, account[2])));
      Money platformFee = outcome == FundingOutcome.FAILED
          ? zero : checkedFee(fees.platformFee().on(collected, outcome), "platform fee");
      // A tax on no fees is nothing whatever its rate, so an unknown rate is not needed then (a failed campaign).
      Money tax = platformFee.isZero() && processing.isZero()
          ? zero : checkedFee(fees.taxOnFees().taxOn(platformFee, processing), "tax on fees");
      Map<B, BackerStatement<B>> statements = new LinkedHashMap<>();
      lines.forEach((backer, backerLines) -> statements.put(backer, new BackerStatement<>(backer, backerLines)));
      return ImmutableSettlement.<B>builder()
          .currency(currency)
          .outcome(outcome)
          .pledgedAtDeadline(pledged)
          .collected(collected)
          .dropped(dropped)
          .released(released)
          .refunded(refunded)
          .platformFee(platformFee)
          .processingFees(processing)
          .taxOnFees(tax)
          .payout(collected.minus(platformFee).minus(processing).minus(tax))
          .backerFeesCharged(backerFeesCharged)
          .backerFeesRefunded(backerFeesRefunded)
          .tips(tips)
          .putAllStatements(statements)
          .build();
    }

    private void add(PledgePayment<B> pledge, int index) {
      Money amount = pledge.amount();
      if (!amount.getCurrencyUnit().equals(currency)) {
        throw new IllegalArgumentException("pledges[" + index + "] " + pledge + " is not in the campaign currency "
            + currency);
      }
      List<StatementLine> statement = lines.computeIfAbsent(pledge.backer(), backer -> new ArrayList<>());
      pledged = pledged.plus(amount);
      if (outcome == FundingOutcome.FAILED) {
        requireState(pledge, index, PaymentState.PLEDGED);
        released = released.plus(amount);
        statement.add(new StatementLine(StatementLine.Kind.PLEDGE_RELEASED, amount,
            "not charged: the all-or-nothing campaign missed its goal"));
        chargeBackerFee(amount, statement, fees.backerFee().refundedOnFailure(), "the campaign failed");
        return;
      }
      requireState(pledge, index, PaymentState.COLLECTED, PaymentState.DROPPED, PaymentState.REFUNDED);
      if (pledge.state() == PaymentState.DROPPED) {
        dropped = dropped.plus(amount);
        statement.add(new StatementLine(StatementLine.Kind.PLEDGE_DROPPED, amount,
            "not charged: the payment failed and was not fixed within the retry window"));
        return;
      }
      collected = collected.plus(amount);
      Money fee = checkedFee(fees.processingFee().on(amount), "processing fee");
      processing = processing.plus(fee);
      statement.add(new StatementLine(StatementLine.Kind.PLEDGE_COLLECTED, amount, "pledge charged"));
      Money[] account = accounts.computeIfAbsent(pledge.backer(), backer -> new Money[] {zero, zero, zero, zero});
      account[0] = account[0].plus(amount);
      account[1] = account[1].plus(fee);
      boolean refund = pledge.state() == PaymentState.REFUNDED;
      if (refund) {
        refunded = refunded.plus(amount);
        account[2] = account[2].plus(amount);
        account[3] = account[3].plus(amount);
        statement.add(new StatementLine(StatementLine.Kind.PLEDGE_REFUNDED, amount, "pledge paid back"));
      }
      chargeBackerFee(amount, statement, refund && fees.backerFee().refundedWithPledge(), "the pledge was refunded");
    }

    /** The statement lines of a backer of these pledges, for a step {@code what} of {@code amount}. */
    private List<StatementLine> statementOf(Object backer, Money amount, Object what) {
      List<StatementLine> statement = lines.get(backer);
      if (statement == null || !amount.getCurrencyUnit().equals(currency)) {
        throw new IllegalArgumentException(what + " is not of a backer with a pledge in " + currency);
      }
      return statement;
    }

    /** One refund or dispute step of a backer of these pledges, on their statement. */
    @SuppressWarnings("unchecked")
    private void reverse(ChargeReversal reversal) {
      B backer = (B) reversal.backer();
      List<StatementLine> statement = statementOf(backer, reversal.amount(), reversal);
      Money amount = reversal.amount();
      Money[] account = accounts.computeIfAbsent(backer, b -> new Money[] {zero, zero, zero, zero});
      StatementLine.Kind line = switch (reversal.kind()) {
        case REFUND -> StatementLine.Kind.PLEDGE_REFUNDED;
        case DISPUTE_OPENED -> StatementLine.Kind.CHARGE_DISPUTED;
        case DISPUTE_WON -> StatementLine.Kind.DISPUTE_WON;
        case CHARGEBACK_LOST -> StatementLine.Kind.CHARGEBACK_LOST;
      };
      statement.add(new StatementLine(line, amount, reversal.describe()));
      if (!reversal.kind().movesMoney()) {
        return;
      }
      if (account[3].plus(amount).isGreaterThan(account[0])) {
        throw new IllegalArgumentException(reversal + " takes back more than the " + account[0] + " collected from "
            + backer + ", of which " + account[3] + " already went back");
      }
      refunded = refunded.plus(amount);
      account[3] = account[3].plus(amount);
      if (reversal.kind() == ChargeReversal.Kind.REFUND) {
        account[2] = account[2].plus(amount);
      }
    }

    private void chargeBackerFee(Money amount, List<StatementLine> statement, boolean refund, String why) {
      Money fee = checkedFee(fees.backerFee().fee().on(amount), "backer fee");
      if (fee.isZero()) {
        return;
      }
      backerFeesCharged = backerFeesCharged.plus(fee);
      String formula = fees.backerFee().fee().toString();
      statement.add(new StatementLine(StatementLine.Kind.BACKER_FEE, fee, "backer fee: " + formula));
      if (refund) {
        backerFeesRefunded = backerFeesRefunded.plus(fee);
        statement.add(new StatementLine(StatementLine.Kind.BACKER_FEE_REFUNDED, fee, "backer fee paid back: " + why));
      }
    }

    private Money checkedFee(Money fee, String part) {
      Objects.requireNonNull(fee, part);
      MoneyChecks.checkSameCurrency(zero, fee);
      return MoneyChecks.checkNotNegative(fee, part);
    }

    private void requireState(PledgePayment<?> pledge, int index, PaymentState... allowed) {
      for (PaymentState state : allowed) {
        if (pledge.state() == state) {
          return;
        }
      }
      throw new IllegalArgumentException("pledges[" + index + "] " + pledge + " cannot be settled: a " + outcome
          + " campaign allows only " + List.of(allowed) + " (settle after the retry window; leave canceled pledges"
          + " out)");
    }
  }
}
