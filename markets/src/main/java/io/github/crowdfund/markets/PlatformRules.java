package io.github.crowdfund.markets;

import io.github.crowdfund.core.fees.BackerFee;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.fees.FeeSchedule;
import io.github.crowdfund.core.fees.FeeTax;
import io.github.crowdfund.core.fees.PlatformFee;
import io.github.crowdfund.core.fees.PledgeFee;
import io.github.crowdfund.core.FinalWindowRule;
import io.github.crowdfund.core.FundingModel;
import io.github.crowdfund.core.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The rules and fees of one platform in force for one campaign, as core's {@link CampaignRules} and
 * {@link FeeSchedule}: its country's market (where the platform has a catalogue), its currency and its launch date.
 * Every number comes from the platform's dated data, resolved once when the rules are built into typed
 * {@link RuleValue}s; {@link #fact(Rule)} gives it with its confidence and source. A number the data gives as unknown
 * is a {@link RuleValue.Unknown} ({@link #unknowns()} lists them): the method that needs it throws
 * {@link UnknownRuleException}, never a guess, a command that needs it is rejected naming it, and a fee part that needs it is core's explicit unknown part (a
 * settlement that needs it throws {@link io.github.crowdfund.core.fees.UnknownFeeException} naming it); supply it with
 * {@link Platform#withFact(RuleFact)}. Platforms do not publish how they round fees: every fee part rounds half up to
 * the currency's minor unit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlatformRules implements CampaignRules, FeeSchedule {

  private final Platform platform;
  private final Optional<Market> market;
  private final CurrencyUnit currency;
  private final LocalDate launchDate;
  private final LocalDate applicationDate;
  private final RuleValue<Duration> minimumDuration;
  private final RuleValue<Duration> maximumDuration;
  private final boolean hasDeadline;
  private final RuleValue<Money> minimumPledge;
  private final RuleValue<Money> maximumPledge;
  private final RuleValue<Duration> finalWindow;
  private final RuleValue<FinalWindowRule> finalWindowRule;
  private final RuleValue<Integer> addOnQuantityCap;
  private final Optional<Duration> paymentRetryWindow;
  private final FeeSchedule fees;

  /** Resolves every fact once: typed values, or unknowns carrying their source. */
  PlatformRules(Platform platform, Optional<Market> market, CurrencyUnit currency, ProjectDates dates) {
    this.platform = Objects.requireNonNull(platform, "platform");
    this.market = Objects.requireNonNull(market, "market");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.launchDate = dates.launched();
    this.applicationDate = dates.applied();
    minimumDuration = resolve(Rule.MIN_DURATION_DAYS, PlatformRules::days);
    hasDeadline = resolve(Rule.DEADLINE_REQUIRED, Boolean::parseBoolean).toOptional().orElse(true);
    maximumDuration = resolve(Rule.MAX_DURATION_DAYS, PlatformRules::days);
    minimumPledge = pledgeLimit(Rule.PLEDGE_MINIMUM, PledgeLimits::minimum, Money.ofMinor(currency, 1));
    maximumPledge = pledgeLimit(Rule.PLEDGE_MAXIMUM, PledgeLimits::maximum, Campaign.largestAmount(currency));
    finalWindow = resolve(Rule.FINAL_WINDOW_HOURS, hours -> Duration.ofHours(Integer.parseInt(hours)));
    finalWindowRule = finalWindowRule(finalWindow);
    addOnQuantityCap = resolve(Rule.ADD_ON_MAX_PER_BACKER, Integer::parseInt);
    paymentRetryWindow = resolve(Rule.RETRY_DAYS, PlatformRules::days).toOptional();
    PlatformFees parts = new PlatformFees(platform, currency, dates);
    fees = FeeSchedule.of(parts.platformFee(), parts.processingFee(), parts.taxOnFees(), parts.backerFee());
  }

  private static Duration days(String value) {
    return Duration.ofDays(Integer.parseInt(value));
  }

  /** The fact for this currency (else for every currency) on the launch date, converted once. */
  private <T> RuleValue<T> resolve(Rule rule, Function<String, T> convert) {
    String scope = currency.getCode();
    Optional<RuleFact> fact = fact(rule);
    if (fact.isEmpty()) {
      return new RuleValue.Unknown<>(platform.name(), rule, scope, "the data says nothing about it on " + launchDate);
    }
    return fact.get().value().<RuleValue<T>>map(v -> new RuleValue.Known<>(convert.apply(v), fact.get().source()))
        .orElseGet(() -> new RuleValue.Unknown<>(platform.name(), rule, scope, fact.get().source()));
  }

  /**
   * A pledge limit from the market catalogue for the campaign currency, else from the platform's facts, where
   * {@link Rule#NO_LIMIT} (the platform publishes none) is {@code noLimit}.
   */
  private RuleValue<Money> pledgeLimit(Rule rule, Function<PledgeLimits, Money> limit, Money noLimit) {
    Optional<Money> fromCatalogue = market.flatMap(m -> m.pledgeLimits(currency)).map(limit);
    if (fromCatalogue.isPresent()) {
      return new RuleValue.Known<>(fromCatalogue.get(), platform.name() + " market catalogue, "
          + market.get().describe());
    }
    RuleValue<Money> fromFacts = resolve(rule, value -> value.equals(Rule.NO_LIMIT) ? noLimit
        : Rule.amount(currency, value));
    if (fromFacts.isKnown() || market.isEmpty()) {
      return fromFacts;
    }
    return new RuleValue.Unknown<>(platform.name(), rule, currency.getCode(), "the market catalogue gives "
        + market.get().describe() + " no " + currency + " pledge limits, and the platform's facts none either ("
        + fromFacts.source() + ")");
  }

  /** Kickstarter's and KissKissBankBank's shapes: no drop below the goal, or no cancelling or reducing at all. */
  private RuleValue<FinalWindowRule> finalWindowRule(RuleValue<Duration> window) {
    if (window.toOptional().map(Duration::isZero).orElse(false)) {
      return new RuleValue.Known<>(FinalWindowRule.NONE, window.source());
    }
    RuleValue<Boolean> noCancel = resolve(Rule.FINAL_WINDOW_NO_CANCEL, Boolean::parseBoolean);
    if (noCancel.toOptional().orElse(false)) {
      return noCancel.map(yes -> FinalWindowRule.NO_CANCEL_OR_REDUCE);
    }
    return resolve(Rule.FINAL_WINDOW_NO_DROP_BELOW_GOAL, Boolean::parseBoolean)
        .map(yes -> yes ? FinalWindowRule.NO_DROP_BELOW_GOAL : FinalWindowRule.NONE);
  }

  /**
   * Returns the platform whose rules these are.
   *
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * Returns the market (project country) the rules are for, when the platform has a market catalogue.
   *
   * @return the market, or empty
   */
  public Optional<Market> market() {
    return market;
  }

  /**
   * Returns the campaign currency the rules are for.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * Returns the launch date the rules are for.
   *
   * @return the date
   */
  public LocalDate launchDate() {
    return launchDate;
  }

  /**
   * Returns the date the project first applied, which decides the platform fee where the data's
   * {@code fee.platform.date_basis} is {@code application}; the launch date when only that was given.
   *
   * @return the date
   */
  public LocalDate applicationDate() {
    return applicationDate;
  }

  /**
   * Returns the fact of a rule in force for this currency on the launch date.
   *
   * @param rule the rule
   * @return the fact (its value may be unknown), or empty when the data says nothing about it
   */
  public Optional<RuleFact> fact(Rule rule) {
    return platform.fact(rule, currency.getCode(), launchDate);
  }

  /**
   * Returns the facts these rules could not resolve and a campaign needs: each with its source and how to supply it.
   *
   * @return the unknown values, in a fixed order; empty when every one is known
   */
  public List<RuleValue.Unknown<?>> unknowns() {
    List<RuleValue.Unknown<?>> unknown = new ArrayList<>();
    for (RuleValue<?> value : List.of(minimumDuration, minimumPledge, maximumPledge, finalWindow, finalWindowRule,
        addOnQuantityCap)) {
      if (value instanceof RuleValue.Unknown<?> u) {
        unknown.add(u);
      }
    }
    if (hasDeadline && maximumDuration instanceof RuleValue.Unknown<?> u) {
      unknown.add(u);
    }
    return unknown;
  }

  @Override
  public Duration minimumDuration() {
    return minimumDuration.orElseThrow();
  }

  @Override
  public Duration maximumDuration() {
    if (!hasDeadline) {
      throw new IllegalStateException(platform.name() + " campaigns have no deadline, hence no maximum duration");
    }
    return maximumDuration.orElseThrow();
  }

  /**
   * Whether campaigns on this platform end at a deadline; when false (GoFundMe), a campaign launches as a fundraiser
   * without one ({@link io.github.crowdfund.core.CampaignCommand.LaunchFundraiser}).
   *
   * @return false for platforms whose campaigns run open-ended
   */
  @Override
  public boolean hasDeadline() {
    return hasDeadline;
  }

  /**
   * Accepts only the currency the rules were built for, and only when its pledge limits are known. A look-up.
   */
  @Override
  public boolean acceptsCurrency(CurrencyUnit candidate) {
    return currency.equals(Objects.requireNonNull(candidate, "candidate")) && minimumPledge.isKnown()
        && maximumPledge.isKnown();
  }

  /**
   * Says why campaigns in {@code candidate} are not decided: another currency than these rules', or pledge limits
   * the data does not know (a {@link RuleViolation.Code#RULE_UNKNOWN} naming the source and how to supply them).
   */
  @Override
  public Optional<RuleViolation> currencyViolation(CurrencyUnit candidate) {
    Objects.requireNonNull(candidate, "candidate");
    if (!currency.equals(candidate)) {
      return Optional.of(new RuleViolation(RuleViolation.Code.CURRENCY_NOT_SUPPORTED, "these " + platform.name()
          + " rules are for campaigns in " + currency + ", not " + candidate));
    }
    for (RuleValue<Money> limit : List.of(minimumPledge, maximumPledge)) {
      if (limit instanceof RuleValue.Unknown<Money> unknown) {
        return Optional.of(new RuleViolation(RuleViolation.Code.RULE_UNKNOWN, unknown.exception().getMessage()));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the smallest pledge (donation) in the rules' currency: the market catalogue's, else the data's; one minor
   * unit where the data states the platform publishes no minimum ({@link Rule#NO_LIMIT}).
   *
   * @param candidate the currency, the rules' own; not null
   * @return the minimum
   * @throws UnknownRuleException when the data does not know it
   * @throws IllegalArgumentException for another currency than the rules'
   */
  @Override
  public Money minimumPledge(CurrencyUnit candidate) {
    return requireCurrency(candidate, minimumPledge);
  }

  /**
   * Returns the largest pledge (donation) in the rules' currency: the market catalogue's, else the data's;
   * {@link Campaign#largestAmount} where the data states the platform publishes no maximum ({@link Rule#NO_LIMIT}).
   *
   * @param candidate the currency, the rules' own; not null
   * @return the maximum
   * @throws UnknownRuleException when the data does not know it
   * @throws IllegalArgumentException for another currency than the rules'
   */
  @Override
  public Money maximumPledge(CurrencyUnit candidate) {
    return requireCurrency(candidate, maximumPledge);
  }

  private Money requireCurrency(CurrencyUnit candidate, RuleValue<Money> limit) {
    if (!currency.equals(candidate)) {
      throw new IllegalArgumentException("these " + platform.name() + " rules are for " + currency + ", not '"
          + candidate + "'");
    }
    return limit.orElseThrow();
  }

  @Override
  public Duration finalWindow() {
    return finalWindow.orElseThrow();
  }

  @Override
  public FinalWindowRule finalWindowRule() {
    return finalWindowRule.orElseThrow();
  }

  @Override
  public int addOnQuantityCap() {
    return addOnQuantityCap.orElseThrow();
  }

  @Override
  public Optional<Duration> paymentRetryWindow() {
    return paymentRetryWindow;
  }

  /**
   * Returns the instant a campaign whose last day is {@code lastDay} ends, where the platform defines the hour and the
   * time zone (Makuake: 22:00 Tokyo time).
   *
   * @param lastDay the campaign's last day, not null
   * @return the end, or empty when the data does not define the hour and zone
   */
  public Optional<Instant> endOf(LocalDate lastDay) {
    Objects.requireNonNull(lastDay, "lastDay");
    Optional<LocalTime> time = fact(Rule.DEADLINE_TIME).flatMap(RuleFact::value).map(LocalTime::parse);
    Optional<ZoneId> zone = fact(Rule.DEADLINE_ZONE).flatMap(RuleFact::value).map(ZoneId::of);
    return time.flatMap(t -> zone.map(z -> lastDay.atTime(t).atZone(z).toInstant()));
  }

  /**
   * Returns the platform's commission on collected funds: tiered by amount raised where the data gives tiers, a
   * different rate for keep-it-all campaigns below their goal where it gives one, charged only on success where it
   * says so.
   *
   * @return the fee part; an explicit unknown when a fact it needs is unknown
   */
  @Override
  public PlatformFee platformFee() {
    return fees().platformFee();
  }

  /**
   * Returns the processing fee per collected pledge: a percentage plus a fixed amount, with another formula below a
   * threshold where the data gives one (Kickstarter US: 3% + $0.20, under $10: 5% + $0.05). On a fundraiser's
   * donation it is computed on the donation alone, never on the donor's tip (GoFundMe US: 2.9% + $0.30 of the
   * donation); the data does not say whether GoFundMe charges it on the tip too, so that is this library's choice.
   *
   * @return the fee part; an explicit unknown when a fact it needs is unknown (Kickstarter outside USD, EUR, GBP)
   */
  @Override
  public PledgeFee processingFee() {
    return fees().processingFee();
  }

  /**
   * Returns the tax on fees (Ulule: 20% VAT on the commission; CAMPFIRE and READYFOR: consumption tax on all fees).
   *
   * @return the fee part; none when the data gives 0%; an explicit unknown when a fact it needs is unknown
   */
  @Override
  public FeeTax taxOnFees() {
    return fees().taxOnFees();
  }

  /**
   * Returns the fee backers pay on top of their pledges (Ulule since 2025-04-14, CAMPFIRE, READYFOR).
   *
   * @return the fee part; none when the data gives 0; an explicit unknown when a fact it needs is unknown
   */
  @Override
  public BackerFee backerFee() {
    return fees().backerFee();
  }

  private FeeSchedule fees() {
    return fees;
  }

  /**
   * Returns the funding models the platform offers on the launch date.
   *
   * @return the models, never null
   */
  public Set<FundingModel> fundingModels() {
    Set<FundingModel> models = EnumSet.noneOf(FundingModel.class);
    platform.facts(Rule.FUNDING_MODEL, launchDate).forEach(fact ->
        models.add(FundingModel.valueOf(fact.known(platform.name(), RuleFact.ANY_SCOPE).toUpperCase(Locale.ROOT))));
    return models;
  }

  /**
   * Checks a funding model for a creator's kind of organisation, listing every reason it is refused: the platform
   * does not offer it, or offers it only to the organisations it names (READYFOR: keep-it-all "All-In" funding only
   * for public bodies, universities, certified NPOs and listed companies).
   *
   * @param model the funding model, not null
   * @param organisation the creator's kind of organisation ({@link OrganisationKind#OTHER} for a person), not null
   * @return the reasons, empty when the model is allowed
   */
  public List<Reason> checkFundingModel(FundingModel model, OrganisationKind organisation) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(organisation, "organisation");
    List<Reason> reasons = new ArrayList<>();
    Set<FundingModel> offered = fundingModels();
    if (!offered.contains(model)) {
      reasons.add(new Reason(Reason.Code.FUNDING_MODEL_NOT_OFFERED, platform.name() + " does not offer " + model
          + " funding on " + launchDate + "; it offers " + offered + "."));
    }
    if (model == FundingModel.KEEP_IT_ALL) {
      platform.fact(Rule.KEEP_IT_ALL_ORGANISATIONS, currency.getCode(), launchDate).flatMap(RuleFact::value)
          .map(list -> Arrays.stream(list.split("\\|")).map(OrganisationKind::parse).collect(Collectors.toSet()))
          .filter(allowed -> !allowed.contains(organisation))
          .ifPresent(allowed -> reasons.add(new Reason(Reason.Code.FUNDING_MODEL_NOT_FOR_ORGANISATION,
              platform.name() + " offers " + model + " funding only to " + allowed.stream().sorted()
                  .map(OrganisationKind::toString).collect(Collectors.joining(", ")) + "; a creator of kind "
                  + organisation + " is not one of them.")));
    }
    return reasons;
  }

  /** Returns the platform, country, currency and launch date. */
  @Override
  public String toString() {
    return platform.name() + " rules for " + market.map(Market::describe).orElse("a project") + " in " + currency
        + " launched on " + launchDate;
  }
}
