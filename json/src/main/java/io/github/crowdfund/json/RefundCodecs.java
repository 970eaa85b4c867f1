package io.github.crowdfund.json;

import static io.github.crowdfund.json.ObjectCodec.field;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.settlement.DisputeOutcome;
import io.github.crowdfund.core.settlement.RefundKind;
import io.github.crowdfund.core.settlement.RefundReason;
import io.github.crowdfund.json.ObjectCodec.Field;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * The JSON form of refunds and disputes: a refund (event or command) is {@code at}, {@code backer}, {@code amount}
 * (money), {@code reason} and {@code kind} (their names); a dispute is {@code at}, {@code backer}, {@code amount};
 * a dispute's end is {@code at}, {@code backer}, {@code outcome}. {@link RefundReason}, {@link RefundKind} and
 * {@link DisputeOutcome} are their names.
 */
final class RefundCodecs {

  private RefundCodecs() {}

  static final JsonCodec<RefundReason> REASON = Scalars.enumeration(RefundReason.class);
  static final JsonCodec<RefundKind> KIND = Scalars.enumeration(RefundKind.class);
  static final JsonCodec<DisputeOutcome> OUTCOME = Scalars.enumeration(DisputeOutcome.class);

  /** Builds an event or command of a refund. */
  interface RefundFactory<T> {
    T create(Instant at, BackerId backer, Money amount, RefundReason reason, RefundKind kind);
  }

  /** The layout of a refund, event or command: at, backer, amount, reason, kind. */
  static <T> ObjectCodec<T> refund(String name, Function<T, Instant> at, Function<T, BackerId> backer,
      Function<T, Money> amount, Function<T, RefundReason> reason, Function<T, RefundKind> kind,
      RefundFactory<T> factory) {
    Field<T, Instant> atField = field("at", Scalars.INSTANT, at);
    Field<T, BackerId> backerField = field("backer", CoreCodecs.BACKER_ID, backer);
    Field<T, Money> amountField = field("amount", CurrencyCodecs.MONEY, amount);
    Field<T, RefundReason> reasonField = field("reason", REASON, reason);
    Field<T, RefundKind> kindField = field("kind", KIND, kind);
    return ObjectCodec.of(name, List.of(atField, backerField, amountField, reasonField, kindField),
        values -> factory.create(values.get(atField), values.get(backerField), values.get(amountField),
            values.get(reasonField), values.get(kindField)));
  }

  static <T> Field<T, Money> amount(Function<T, Money> amount) {
    return field("amount", CurrencyCodecs.MONEY, amount);
  }

  static <T> Field<T, DisputeOutcome> outcome(Function<T, DisputeOutcome> outcome) {
    return field("outcome", OUTCOME, outcome);
  }
}
