package io.github.crowdfund.json;

import static io.github.crowdfund.json.ObjectCodec.field;

import io.github.crowdfund.core.installments.InstallmentCharge;
import io.github.crowdfund.core.installments.PaymentPlanShape;
import io.github.crowdfund.json.ObjectCodec.Field;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The JSON form of pledges over time: a {@link PaymentPlanShape} is an object of its record components, its period
 * an ISO-8601 period ({@code "P1M"}), its durations ISO-8601 durations and its minimums an array of amounts sorted by
 * currency; an {@link InstallmentCharge} is its name.
 */
final class PlanCodecs {

  private PlanCodecs() {}

  static final JsonCodec<Period> PERIOD = Scalars.text("a period such as \"P1M\"", Period::toString, Period::parse);

  private static final JsonCodec<Map<CurrencyUnit, Money>> MINIMUMS = Scalars.mapped(
      Containers.setOf(CurrencyCodecs.MONEY, (Money money) -> money.getCurrencyUnit().getCode()),
      "amounts in different currencies",
      (Set<Money> amounts) -> amounts.stream().collect(Collectors.toMap(Money::getCurrencyUnit, Function.identity(),
          (a, b) -> {
            throw new IllegalArgumentException("two minimums in " + a.getCurrencyUnit() + ": " + a + ", " + b);
          })),
      (Map<CurrencyUnit, Money> minimums) -> Set.copyOf(minimums.values()));

  private static final Field<PaymentPlanShape, String> ID = field("id", Scalars.STRING, PaymentPlanShape::id);
  private static final Field<PaymentPlanShape, Integer> MIN_PAYMENTS =
      field("minPayments", Scalars.INT, PaymentPlanShape::minPayments);
  private static final Field<PaymentPlanShape, Integer> MAX_PAYMENTS =
      field("maxPayments", Scalars.INT, PaymentPlanShape::maxPayments);
  private static final Field<PaymentPlanShape, Period> INTERVAL =
      field("interval", PERIOD, PaymentPlanShape::interval);
  private static final Field<PaymentPlanShape, Duration> FIRST_PAYMENT_AFTER =
      field("firstPaymentAfter", Scalars.DURATION, PaymentPlanShape::firstPaymentAfter);
  private static final Field<PaymentPlanShape, Map<CurrencyUnit, Money>> MINIMUM =
      field("minimums", MINIMUMS, PaymentPlanShape::minimums);
  private static final Field<PaymentPlanShape, Integer> ATTEMPTS =
      field("attempts", Scalars.INT, PaymentPlanShape::attempts);
  private static final Field<PaymentPlanShape, Duration> ATTEMPT_SPACING =
      field("attemptSpacing", Scalars.DURATION, PaymentPlanShape::attemptSpacing);
  private static final Field<PaymentPlanShape, Duration> FIRST_WINDOW =
      field("firstWindow", Scalars.DURATION, PaymentPlanShape::firstWindow);
  private static final Field<PaymentPlanShape, Duration> LATER_WINDOW =
      field("laterWindow", Scalars.DURATION, PaymentPlanShape::laterWindow);
  private static final Field<PaymentPlanShape, Boolean> EDITABLE =
      field("editable", Scalars.BOOLEAN, PaymentPlanShape::editable);
  private static final Field<PaymentPlanShape, Boolean> KEEPS_PAID_ON_STOP =
      field("keepsPaidOnStop", Scalars.BOOLEAN, PaymentPlanShape::keepsPaidOnStop);

  static final ObjectCodec<PaymentPlanShape> SHAPE = ObjectCodec.of("PaymentPlanShape",
      List.of(ID, MIN_PAYMENTS, MAX_PAYMENTS, INTERVAL, FIRST_PAYMENT_AFTER, MINIMUM, ATTEMPTS, ATTEMPT_SPACING,
          FIRST_WINDOW, LATER_WINDOW, EDITABLE, KEEPS_PAID_ON_STOP),
      values -> new PaymentPlanShape(values.get(ID), values.get(MIN_PAYMENTS), values.get(MAX_PAYMENTS),
          values.get(INTERVAL), values.get(FIRST_PAYMENT_AFTER), values.get(MINIMUM), values.get(ATTEMPTS),
          values.get(ATTEMPT_SPACING), values.get(FIRST_WINDOW), values.get(LATER_WINDOW), values.get(EDITABLE),
          values.get(KEEPS_PAID_ON_STOP)));

  static final JsonCodec<InstallmentCharge> INSTALLMENT_CHARGE = Scalars.enumeration(InstallmentCharge.class);
}
