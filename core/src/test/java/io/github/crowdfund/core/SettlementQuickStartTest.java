package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.currency.Percentage;
import java.math.RoundingMode;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The settlement quick start of the README, compiled and run. */
class SettlementQuickStartTest {

  @Test
  void readmeQuickStartSettlesAKickstarterUsCampaign() {
    // Kickstarter in the US: 5% of collected funds on success; 3% + $0.20 per pledge, under $10: 5% + $0.05.
    FeeSchedule kickstarterUs = FeeSchedule.of(
        PlatformFee.percent(Percentage.parse("5%"), RoundingMode.HALF_UP).onlyOnSuccess(),
        PledgeFee.below(Money.parse("USD 10.00"),
            PledgeFee.percentPlusFixed(Percentage.parse("5%"), Money.parse("USD 0.05"), RoundingMode.HALF_UP),
            PledgeFee.percentPlusFixed(Percentage.parse("3%"), Money.parse("USD 0.20"), RoundingMode.HALF_UP)),
        FeeTax.none(),
        BackerFee.none());

    Settlement<String> settlement = Settlement.of(CurrencyUnit.USD, FundingOutcome.SUCCESSFUL, List.of(
            new PledgePayment<>("ann", Money.parse("USD 250.00"), PaymentState.COLLECTED),
            new PledgePayment<>("bob", Money.parse("USD 5.00"), PaymentState.COLLECTED),
            new PledgePayment<>("cy", Money.parse("USD 40.00"), PaymentState.DROPPED)),
        kickstarterUs);

    // pledged 295.00 = collected 255.00 + dropped 40.00
    // fees: 5% of 255.00 = 12.75; processing 7.50 + 0.20 = 7.70 and 0.25 + 0.05 = 0.30
    // payout 255.00 - 12.75 - 8.00 = 234.25
    assertThat(settlement.pledgedAtDeadline()).isEqualTo(Money.parse("USD 295.00"));
    assertThat(settlement.collected()).isEqualTo(Money.parse("USD 255.00"));
    assertThat(settlement.platformFee()).isEqualTo(Money.parse("USD 12.75"));
    assertThat(settlement.processingFees()).isEqualTo(Money.parse("USD 8.00"));
    assertThat(settlement.payout()).isEqualTo(Money.parse("USD 234.25"));
    assertThat(settlement.statementOf("cy").orElseThrow().lines().get(0).kind())
        .isEqualTo(StatementLine.Kind.PLEDGE_DROPPED);
  }
}
