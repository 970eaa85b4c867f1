package io.github.crowdfund.core.installments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Which changes each state of one payment allows, and the message of a refused one. */
class InstallmentTest {

  private static final Instant DUE = Instant.parse("2026-05-03T15:00:00Z");

  private static Installment in(InstallmentState state) {
    return new Installment(2, DUE, Money.of(CurrencyUnit.USD, 50), state, 1, DUE.plus(Duration.ofDays(7)));
  }

  @Test
  void onlyAnOpenPaymentMayAwaitAuthenticationOrBeCanceled() {
    for (InstallmentState state : InstallmentState.values()) {
      if (state.isOpen()) {
        assertThat(in(state).authenticationRequired().state()).isEqualTo(InstallmentState.AUTHENTICATION_REQUIRED);
        assertThat(in(state).cancel().state()).isEqualTo(InstallmentState.CANCELED);
      } else {
        assertThatThrownBy(() -> in(state).authenticationRequired())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("cannot ask authentication for payment 2: it is " + state);
        assertThatThrownBy(() -> in(state).cancel())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("cannot cancel payment 2: it is " + state);
      }
    }
  }

  @Test
  void onlyACollectedPaymentMayBeRefundedOrChargedBack() {
    for (InstallmentState state : InstallmentState.values()) {
      if (state == InstallmentState.COLLECTED) {
        assertThat(in(state).refund().state()).isEqualTo(InstallmentState.REFUNDED);
        assertThat(in(state).chargebackLost().state()).isEqualTo(InstallmentState.CHARGEBACK_LOST);
      } else {
        assertThatThrownBy(() -> in(state).refund())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("cannot refund payment 2: it is " + state + ", not COLLECTED");
        assertThatThrownBy(() -> in(state).chargebackLost())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("cannot charge back payment 2: it is " + state + ", not COLLECTED");
      }
    }
  }

  @Test
  void aChangeKeepsTheNumberDueDateAmountAttemptsAndWindow() {
    Installment canceled = in(InstallmentState.SCHEDULED).cancel();
    assertThat(canceled).isEqualTo(new Installment(2, DUE, Money.of(CurrencyUnit.USD, 50), InstallmentState.CANCELED,
        1, DUE.plus(Duration.ofDays(7))));
  }

  @Test
  void onlyACollectedPaymentIsPaid() {
    for (InstallmentState state : InstallmentState.values()) {
      assertThat(state.isPaid()).as(state.name()).isEqualTo(state == InstallmentState.COLLECTED);
    }
  }
}
