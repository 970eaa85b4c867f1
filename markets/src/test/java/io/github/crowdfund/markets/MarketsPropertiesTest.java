package io.github.crowdfund.markets;

import static io.github.crowdfund.markets.MarketsGenerators.ABROAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.crowdfund.markets.CreatorProfile.Entity;
import io.github.crowdfund.markets.CreatorProfile.Individual;
import io.github.crowdfund.markets.CreatorProfile.ThroughPartner;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.settlement.PledgePayment;
import io.github.crowdfund.core.settlement.Settlement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MarketsPropertiesTest {

  private static final Eligibility KICKSTARTER = Eligibility.kickstarter();

  @Test
  void aMarketOpenOnADateStaysOpenOnEveryLaterDate() {
    qt().withExamples(500)
        .forAll(MarketsGenerators.kickstarterMarkets(), MarketsGenerators.dates(), integers().between(0, 10_000))
        .checkAssert((market, date, days) -> {
          if (market.isOpenOn(date)) {
            assertThat(market.statusOn(date.plusDays(days))).contains(MarketStatus.OPEN);
            assertThat(MarketCatalog.kickstarter().openOn(date.plusDays(days))).contains(market);
          }
        });
  }

  @Test
  void everyMarketsPledgeLimitsAreValidAmountsInTheirCurrency() {
    qt().withExamples(100).forAll(MarketsGenerators.kickstarterMarkets()).checkAssert(market -> {
      assertThat(market.pledgeLimits()).containsKey(market.projectCurrency());
      for (Map.Entry<CurrencyUnit, PledgeLimits> entry : market.pledgeLimits().entrySet()) {
        CurrencyUnit currency = entry.getKey();
        PledgeLimits limits = entry.getValue();
        for (Money amount : new Money[] {limits.minimum(), limits.maximum(), limits.earlierMaximum().orElse(
            limits.maximum())}) {
          assertThat(amount.getCurrencyUnit()).isEqualTo(currency);
          assertThat(amount.getAmount().scale()).isEqualTo(currency.getDecimalPlaces());
          assertThat(amount.isPositive()).isTrue();
          assertThat(amount.isLessThan(limits.minimum())).isFalse();
        }
        assertThat(limits.allows(limits.minimum())).isTrue();
        assertThat(limits.allows(limits.maximum())).isTrue();
      }
    });
  }

  /** A condition that, added to a profile, makes one rule fail; empty when it does not apply to the profile. */
  enum Failure {
    NO_CARD(Reason.Code.NO_CARD, (profile, market) -> verified(profile).map(p -> replaceVerified(profile,
        copy(p).withHasCard(false)))),
    NO_ID(Reason.Code.ID_NOT_ACCEPTED, (profile, market) -> verified(profile).map(p -> replaceVerified(profile,
        copy(p).withIdCountries()))),
    LIVES_ABROAD(Reason.Code.NOT_RESIDENT, (profile, market) -> individual(profile).map(i ->
        copy(i).withResidence(ABROAD))),
    BANK_ABROAD(Reason.Code.BANK_ACCOUNT_ABROAD, (profile, market) -> {
      if (profile instanceof Entity entity) {
        return entity.bankAccount().map(bank -> copy(entity)
            .withBankAccount(new BankAccount(ABROAD, bank.currency())));
      }
      if (profile instanceof ThroughPartner partnered) {
        return entityOf(partnered).bankAccount().map(bank -> new ThroughPartner(partnered.creator(),
            copy(entityOf(partnered)).withBankAccount(new BankAccount(ABROAD, bank.currency()))));
      }
      return verified(profile).flatMap(p -> p.bankAccount().map(bank -> replaceVerified(profile,
          copy(p).withBankAccount(new BankAccount(ABROAD, bank.currency())))));
    }),
    REGISTERED_ABROAD(Reason.Code.REGISTERED_ELSEWHERE, (profile, market) -> withEntity(profile,
        e -> copy(e).withRegisteredIn(ABROAD))),
    UNAUTHORISED(Reason.Code.REPRESENTATIVE_NOT_AUTHORISED, (profile, market) -> withEntity(profile,
        e -> copy(e).withRepresentativeAuthorised(false)));

    final Reason.Code code;
    final BiFunction<CreatorProfile, Market, Optional<CreatorProfile>> add;

    Failure(Reason.Code code, BiFunction<CreatorProfile, Market, Optional<CreatorProfile>> add) {
      this.code = code;
      this.add = add;
    }

    private static ImmutableIndividual copy(Individual individual) {
      return (ImmutableIndividual) ImmutableIndividual.copyOf(individual);
    }

    private static ImmutableEntity copy(Entity entity) {
      return (ImmutableEntity) ImmutableEntity.copyOf(entity);
    }

    private static Optional<Individual> individual(CreatorProfile profile) {
      return profile instanceof Individual i ? Optional.of(i) : Optional.empty();
    }

    private static Optional<Individual> verified(CreatorProfile profile) {
      return individual(profile).map(i -> i.guardian().orElse(i));
    }

    private static CreatorProfile replaceVerified(CreatorProfile profile, Individual verified) {
      Individual creator = (Individual) profile;
      return creator.guardian().isPresent() ? copy(creator).withGuardian(verified) : verified;
    }

    private static Entity entityOf(ThroughPartner partnered) {
      return partnered.partner();
    }

    private static Optional<CreatorProfile> withEntity(
        CreatorProfile profile, java.util.function.UnaryOperator<Entity> change) {
      if (profile instanceof Entity entity) {
        return Optional.of(change.apply(entity));
      }
      if (profile instanceof ThroughPartner partnered) {
        return Optional.of(new ThroughPartner(partnered.creator(), change.apply(partnered.partner())));
      }
      return Optional.empty();
    }
  }

  @Test
  void addingAFailingConditionNeverRemovesAReasonAndAddsItsOwn() {
    qt().withExamples(1000)
        .forAll(MarketsGenerators.profiles(), MarketsGenerators.kickstarterMarkets(), MarketsGenerators.dates(),
            arbitrary().enumValues(Failure.class))
        .checkAssert((profile, market, date, failure) -> failure.add.apply(profile, market).ifPresent(worse -> {
          EligibilityDecision before = KICKSTARTER.check(profile, market, date);
          EligibilityDecision after = KICKSTARTER.check(worse, market, date);
          assertThat(after.codes()).containsAll(before.codes()).contains(failure.code);
          assertThat(after.eligible()).isFalse();
        }));
  }

  @Test
  void everyPlatformsFeeScheduleConservesMoneyToTheMinorUnit() {
    qt().withExamples(300).forAll(MarketsGenerators.feeCases()).checkAssert(feeCase -> {
      CurrencyUnit currency = feeCase.rules().currency();
      Settlement<Integer> settlement = Settlement.of(currency, feeCase.outcome(), feeCase.pledges(), feeCase.rules());
      assertThat(settlement.platformFee().plus(settlement.processingFees()).plus(settlement.taxOnFees())
          .plus(settlement.payout())).isEqualTo(settlement.collected());
      assertThat(settlement.collected().plus(settlement.dropped()).plus(settlement.released()))
          .isEqualTo(settlement.pledgedAtDeadline());
      Money pledged = feeCase.pledges().stream().map(PledgePayment::amount).reduce(Money.zero(currency), Money::plus);
      assertThat(settlement.pledgedAtDeadline()).isEqualTo(pledged);
      for (Money fee : List.of(settlement.platformFee(), settlement.processingFees(), settlement.taxOnFees(),
          settlement.backerFeesCharged())) {
        assertThat(fee.isNegative()).as("fee %s", fee).isFalse();
      }
      if (feeCase.outcome() == FundingOutcome.FAILED) {
        assertThat(settlement.collected().isZero()).isTrue();
        assertThat(settlement.totalFees().isZero()).isTrue();
      }
    });
  }

  @Test
  void anUnderAgeCreatorWithoutGuardianAlwaysGetsTheUnderAgeReasonOnTopOfTheOthers() {
    qt().withExamples(300)
        .forAll(MarketsGenerators.individuals(), MarketsGenerators.kickstarterMarkets(), MarketsGenerators.dates())
        .checkAssert((individual, market, date) -> {
          ImmutableIndividual adult = Failure.copy(individual).withGuardian(Optional.empty())
              .withBirthDate(date.minusYears(30));
          Individual child = adult.withBirthDate(date.minusYears(10));
          assertThat(KICKSTARTER.check(child, market, date).codes())
              .containsAll(KICKSTARTER.check(adult, market, date).codes())
              .contains(Reason.Code.UNDER_AGE);
        });
  }
}
