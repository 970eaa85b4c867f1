package io.github.crowdfund.json;

import static io.github.crowdfund.json.ObjectCodec.field;
import static io.github.crowdfund.json.TaggedCodec.variant;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.settlement.BackerStatement;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.Rejection;
import io.github.crowdfund.core.RuleViolation;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.core.settlement.StatementLine;
import io.github.crowdfund.json.ObjectCodec.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The JSON form of what deciding and settling produce: a {@code Decision} (accepted with its events, or a
 * rejection with its rule violations, each with its type name and version first) and a campaign's
 * {@code Settlement} with a statement per backer.
 */
final class OutcomeCodecs {

  private OutcomeCodecs() {}

  private static final Field<RuleViolation, RuleViolation.Code> CODE =
      field("code", Scalars.enumeration(RuleViolation.Code.class), RuleViolation::code);
  private static final Field<RuleViolation, String> MESSAGE = field("message", Scalars.STRING, RuleViolation::message);

  static final ObjectCodec<RuleViolation> VIOLATION = ObjectCodec.of("RuleViolation", CODE, MESSAGE,
      RuleViolation::new);

  static final TaggedCodec<Decision> DECISION = TaggedCodec.of("decision", Decision.class, List.of(
      variant("Accepted", Decision.Accepted.class, ObjectCodec.of("Accepted",
          field("events", Containers.listOf(EventCodecs.EVENT), Decision.Accepted::events), Decision.Accepted::new)),
      variant("Rejection", Rejection.class, ObjectCodec.of("Rejection",
          field("violations", Containers.listOf(VIOLATION), Rejection::violations), Rejection::new))));

  private static final Field<StatementLine, StatementLine.Kind> KIND =
      field("kind", Scalars.enumeration(StatementLine.Kind.class), StatementLine::kind);
  private static final Field<StatementLine, Money> LINE_AMOUNT =
      field("amount", CurrencyCodecs.MONEY, StatementLine::amount);
  private static final Field<StatementLine, String> REASON = field("reason", Scalars.STRING, StatementLine::reason);

  static final ObjectCodec<StatementLine> STATEMENT_LINE =
      ObjectCodec.of("StatementLine", KIND, LINE_AMOUNT, REASON, StatementLine::new);

  private static final Field<BackerStatement<BackerId>, BackerId> BACKER =
      field("backer", CoreCodecs.BACKER_ID, BackerStatement::backer);
  private static final Field<BackerStatement<BackerId>, List<StatementLine>> LINES =
      field("lines", Containers.listOf(STATEMENT_LINE), BackerStatement::lines);

  static final ObjectCodec<BackerStatement<BackerId>> STATEMENT =
      ObjectCodec.of("BackerStatement", BACKER, LINES, BackerStatement::new);

  private static Field<Settlement<BackerId>, Money> amount(String name,
      Function<Settlement<BackerId>, Money> amount) {
    return field(name, CurrencyCodecs.MONEY, amount);
  }

  private static final Field<Settlement<BackerId>, CurrencyUnit> CURRENCY =
      field("currency", CurrencyCodecs.CURRENCY, Settlement::currency);
  private static final Field<Settlement<BackerId>, FundingOutcome> OUTCOME =
      field("outcome", Scalars.enumeration(FundingOutcome.class), Settlement::outcome);
  private static final Field<Settlement<BackerId>, Money> PLEDGED =
      amount("pledgedAtDeadline", Settlement::pledgedAtDeadline);
  private static final Field<Settlement<BackerId>, Money> COLLECTED = amount("collected", Settlement::collected);
  private static final Field<Settlement<BackerId>, Money> DROPPED = amount("dropped", Settlement::dropped);
  private static final Field<Settlement<BackerId>, Money> RELEASED = amount("released", Settlement::released);
  private static final Field<Settlement<BackerId>, Money> REFUNDED = amount("refunded", Settlement::refunded);
  private static final Field<Settlement<BackerId>, Money> PLATFORM_FEE =
      amount("platformFee", Settlement::platformFee);
  private static final Field<Settlement<BackerId>, Money> PROCESSING_FEES =
      amount("processingFees", Settlement::processingFees);
  private static final Field<Settlement<BackerId>, Money> TAX_ON_FEES = amount("taxOnFees", Settlement::taxOnFees);
  private static final Field<Settlement<BackerId>, Money> PAYOUT = amount("payout", Settlement::payout);
  private static final Field<Settlement<BackerId>, Money> BACKER_FEES_CHARGED =
      amount("backerFeesCharged", Settlement::backerFeesCharged);
  private static final Field<Settlement<BackerId>, Money> BACKER_FEES_REFUNDED =
      amount("backerFeesRefunded", Settlement::backerFeesRefunded);
  /** Left out when zero, as for every settlement before fundraisers' tips, so older files read unchanged. */
  private static final Field<Settlement<BackerId>, Optional<Money>> TIPS = ObjectCodec.optional("tips",
      CurrencyCodecs.MONEY,
      settlement -> settlement.tips().isZero() ? Optional.empty() : Optional.of(settlement.tips()));
  private static final Field<Settlement<BackerId>, List<BackerStatement<BackerId>>> STATEMENTS =
      field("statements", Containers.listOf(STATEMENT), OutcomeCodecs::statementsByBacker);

  /**
   * A campaign's settlement: its currency, outcome and amounts (the tips only when above zero), then a statement per
   * backer sorted by backer id.
   * Reading checks what a settlement checks: money conserved, one currency.
   */
  static final ObjectCodec<Settlement<BackerId>> SETTLEMENT = ObjectCodec.of("Settlement",
      List.of(CURRENCY, OUTCOME, PLEDGED, COLLECTED, DROPPED, RELEASED, REFUNDED, PLATFORM_FEE, PROCESSING_FEES,
          TAX_ON_FEES, PAYOUT, BACKER_FEES_CHARGED, BACKER_FEES_REFUNDED, TIPS, STATEMENTS),
      values -> {
        Map<BackerId, BackerStatement<BackerId>> statements = new LinkedHashMap<>();
        for (BackerStatement<BackerId> statement : values.get(STATEMENTS)) {
          if (statements.put(statement.backer(), statement) != null) {
            throw values.invalid(STATEMENTS, "two statements for " + statement.backer());
          }
        }
        return Settlement.<BackerId>builder().currency(values.get(CURRENCY)).outcome(values.get(OUTCOME))
            .pledgedAtDeadline(values.get(PLEDGED)).collected(values.get(COLLECTED)).dropped(values.get(DROPPED))
            .released(values.get(RELEASED)).refunded(values.get(REFUNDED)).platformFee(values.get(PLATFORM_FEE))
            .processingFees(values.get(PROCESSING_FEES)).taxOnFees(values.get(TAX_ON_FEES))
            .payout(values.get(PAYOUT)).backerFeesCharged(values.get(BACKER_FEES_CHARGED))
            .backerFeesRefunded(values.get(BACKER_FEES_REFUNDED))
            .tips(values.get(TIPS).orElseGet(() -> Money.zero(values.get(CURRENCY))))
            .putAllStatements(statements).build();
      });

  /**
   * The statements of a settlement sorted by backer id.
   *
   * @throws IllegalArgumentException if the settlement's backers are not {@link BackerId}s: only a campaign's
   *     settlement has a JSON form
   */
  private static List<BackerStatement<BackerId>> statementsByBacker(Settlement<BackerId> settlement) {
    List<BackerStatement<BackerId>> statements = new ArrayList<>();
    for (Object backer : settlement.statements().keySet()) {
      if (!(backer instanceof BackerId)) {
        throw new IllegalArgumentException("Only a campaign's settlement, whose backers are BackerIds, has a JSON "
            + "form; this one's backers are " + backer.getClass().getName());
      }
    }
    settlement.statements().values().forEach(statements::add);
    statements.sort(java.util.Comparator.comparingLong(statement -> statement.backer().value()));
    return statements;
  }
}
