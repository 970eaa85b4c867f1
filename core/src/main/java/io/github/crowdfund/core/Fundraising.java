package io.github.crowdfund.core;

import io.github.crowdfund.core.CampaignEvent.DonationCharged;
import java.util.Objects;

/**
 * Where a fundraiser without a deadline stands (GoFundMe): whether the campaign launched as one, the tip each donor
 * gave the platform (kept apart from the donations, which live in the campaign's pledge book), their total and the
 * count of failed donation charges. {@link #NONE} for a campaign with a deadline.
 *
 * <p>Scale: tips live in a persistent map holding donors whose tip is above zero only; O(log n) per donation.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Fundraising {

  /** Not a fundraiser. */
  static final Fundraising NONE = new Fundraising(false, LongMap.empty(), 0, 0);

  private final boolean launched;
  private final LongMap<Long> tips;
  private final long tipsMinor;
  private final long failedDonations;

  private Fundraising(boolean launched, LongMap<Long> tips, long tipsMinor, long failedDonations) {
    this.launched = launched;
    this.tips = tips;
    this.tipsMinor = tipsMinor;
    this.failedDonations = failedDonations;
  }

  /** A fundraiser just launched: no donation, no tip. */
  static Fundraising launchedNow() {
    return new Fundraising(true, LongMap.empty(), 0, 0);
  }

  /**
   * A fundraiser's state rebuilt from its parts (a snapshot being read), the tips' total recomputed.
   *
   * @throws ArithmeticException if the tips' total does not fit in a long
   */
  static Fundraising restored(boolean launched, LongMap<Long> tips, long failedDonations) {
    long[] total = {0};
    tips.forEach((donor, tip) -> total[0] = Math.addExact(total[0], tip));
    return new Fundraising(launched, tips, total[0], failedDonations);
  }

  /** The book after a donation's charge: a collected donation joins the pledges, its tip is kept apart. */
  static PledgeBook charged(PledgeBook book, DonationCharged e, CampaignDefinition definition) {
    PaymentRun run = book.payments();
    Fundraising state = run.fundraising();
    if (e.charge() == LateCharge.FAILED) {
      return book.withPayments(run.withFundraising(new Fundraising(true, state.tips, state.tipsMinor,
          state.failedDonations + 1)));
    }
    long tip = e.tip().getAmountMinorLong();
    long donor = e.donation().backer().value();
    Fundraising after = new Fundraising(true, tip == 0 ? state.tips : state.tips.put(donor, tip),
        state.tipsMinor + tip, state.failedDonations);
    return book.with(e.donation(), definition).withPayments(run.withFundraising(after));
  }

  /** Whether the campaign launched as a fundraiser without a deadline. */
  boolean launched() {
    return launched;
  }

  /** The tip of a donor, in minor units; zero when none. */
  long tipMinor(long donor) {
    Long tip = tips.get(donor);
    return tip == null ? 0 : tip;
  }

  /** The tips of donors who gave one, keyed by donor number. */
  LongMap<Long> tips() {
    return tips;
  }

  /** The total of the tips, in minor units. */
  long tipsMinor() {
    return tipsMinor;
  }

  /** How many donation charges failed. */
  long failedDonations() {
    return failedDonations;
  }

  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Fundraising that && launched == that.launched
        && tipsMinor == that.tipsMinor && failedDonations == that.failedDonations && tips.equals(that.tips);
  }

  @Override
  public int hashCode() {
    return Objects.hash(launched, tipsMinor, failedDonations);
  }
}
