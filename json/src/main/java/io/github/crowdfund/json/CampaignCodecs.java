package io.github.crowdfund.json;

import static io.github.crowdfund.json.ObjectCodec.field;
import static io.github.crowdfund.json.ObjectCodec.optional;
import static io.github.crowdfund.json.TaggedCodec.variant;

import io.github.crowdfund.core.AddOn;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.FundingModel;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.LateCharge;
import io.github.crowdfund.core.LateReward;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.StretchGoal;
import io.github.crowdfund.json.ObjectCodec.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * The JSON form of a campaign's definition, its commands and its events. Each command and event is written with its
 * stable type name and schema version first ({@link TaggedCodec}); instants are ISO-8601 texts
 * ({@code "2026-05-01T16:00:00Z"}), durations ISO-8601 durations ({@code "PT720H"}), amounts as {@link CurrencyCodecs}
 * writes them.
 */
final class CampaignCodecs {

  private CampaignCodecs() {}

  static final JsonCodec<Set<BackerId>> BACKERS = Containers.setOf(CoreCodecs.BACKER_ID, BackerId::value);
  static final JsonCodec<Set<Country>> COUNTRIES = Containers.setOf(CoreCodecs.COUNTRY, Country::code);

  // ---- goals -------------------------------------------------------------------------------------------------

  private static final Field<Goal.MoneyGoal, Money> TARGET =
      field("target", CurrencyCodecs.MONEY, Goal.MoneyGoal::target);
  private static final Field<Goal.MoneyGoal, FundingModel> MODEL =
      field("model", Scalars.enumeration(FundingModel.class), Goal.MoneyGoal::model);
  private static final Field<Goal.PreOrderGoal, Integer> ORDERS =
      field("orders", Scalars.INT, Goal.PreOrderGoal::orders);
  private static final Field<Goal.PreOrderGoal, Money> PRICE =
      field("price", CurrencyCodecs.MONEY, Goal.PreOrderGoal::price);

  static final TaggedCodec<Goal> GOAL = TaggedCodec.of("goal", Goal.class, List.of(
      variant("MoneyGoal", Goal.MoneyGoal.class, ObjectCodec.of("MoneyGoal", List.of(TARGET, MODEL),
          values -> new Goal.MoneyGoal(values.get(TARGET), values.get(MODEL)))),
      variant("PreOrderGoal", Goal.PreOrderGoal.class, ObjectCodec.of("PreOrderGoal", List.of(ORDERS, PRICE),
          values -> new Goal.PreOrderGoal(values.get(ORDERS), values.get(PRICE))))));

  // ---- stretch goals, reward tiers, add-ons ---------------------------------------------------------------------

  private static final Field<StretchGoal, Money> THRESHOLD =
      field("threshold", CurrencyCodecs.MONEY, StretchGoal::threshold);
  private static final Field<StretchGoal, String> DESCRIPTION =
      field("description", Scalars.STRING, StretchGoal::description);

  static final ObjectCodec<StretchGoal> STRETCH_GOAL = ObjectCodec.of("StretchGoal", List.of(THRESHOLD, DESCRIPTION),
      values -> StretchGoal.of(values.get(THRESHOLD), values.get(DESCRIPTION)));

  private static final Field<RewardTier, String> TIER_ID = field("id", Scalars.STRING, RewardTier::id);
  private static final Field<RewardTier, String> TIER_TITLE = field("title", Scalars.STRING, RewardTier::title);
  private static final Field<RewardTier, Money> TIER_PRICE = field("price", CurrencyCodecs.MONEY, RewardTier::price);
  private static final Field<RewardTier, Optional<Integer>> TIER_LIMIT =
      optional("limit", Scalars.INT, RewardTier::limit);
  private static final Field<RewardTier, Optional<Instant>> AVAILABLE_FROM =
      optional("availableFrom", Scalars.INSTANT, RewardTier::availableFrom);
  private static final Field<RewardTier, Optional<Instant>> AVAILABLE_UNTIL =
      optional("availableUntil", Scalars.INSTANT, RewardTier::availableUntil);
  private static final Field<RewardTier, Set<Country>> SHIPS_TO = field("shipsTo", COUNTRIES, RewardTier::shipsTo);
  private static final Field<RewardTier, YearMonth> DELIVERY =
      field("estimatedDelivery", Scalars.YEAR_MONTH, RewardTier::estimatedDelivery);

  static final ObjectCodec<RewardTier> REWARD_TIER = ObjectCodec.of("RewardTier",
      List.of(TIER_ID, TIER_TITLE, TIER_PRICE, TIER_LIMIT, AVAILABLE_FROM, AVAILABLE_UNTIL, SHIPS_TO, DELIVERY),
      values -> RewardTier.builder().id(values.get(TIER_ID)).title(values.get(TIER_TITLE))
          .price(values.get(TIER_PRICE)).limit(values.get(TIER_LIMIT)).availableFrom(values.get(AVAILABLE_FROM))
          .availableUntil(values.get(AVAILABLE_UNTIL)).addAllShipsTo(values.get(SHIPS_TO))
          .estimatedDelivery(values.get(DELIVERY)).build());

  // ---- late pledges --------------------------------------------------------------------------------------------

  private static final Field<LateReward, RewardTier> LATE_TIER = field("tier", REWARD_TIER, LateReward::tier);
  private static final Field<LateReward, Money> LATE_PRICE =
      field("latePrice", CurrencyCodecs.MONEY, LateReward::latePrice);
  private static final Field<LateReward, Optional<Instant>> LATE_ENDS_AT =
      optional("endsAt", Scalars.INSTANT, LateReward::endsAt);

  static final ObjectCodec<LateReward> LATE_REWARD = ObjectCodec.of("LateReward",
      List.of(LATE_TIER, LATE_PRICE, LATE_ENDS_AT),
      values -> new LateReward(values.get(LATE_TIER), values.get(LATE_PRICE), values.get(LATE_ENDS_AT)));

  static final JsonCodec<LateCharge> LATE_CHARGE = Scalars.enumeration(LateCharge.class);

  private static final Field<AddOn, String> ADD_ON_ID = field("id", Scalars.STRING, AddOn::id);
  private static final Field<AddOn, String> ADD_ON_TITLE = field("title", Scalars.STRING, AddOn::title);
  private static final Field<AddOn, Money> ADD_ON_PRICE = field("price", CurrencyCodecs.MONEY, AddOn::price);
  private static final Field<AddOn, Optional<Integer>> ADD_ON_LIMIT = optional("limit", Scalars.INT, AddOn::limit);
  private static final Field<AddOn, Integer> PER_BACKER =
      field("perBackerMaximum", Scalars.INT, AddOn::perBackerMaximum);

  static final ObjectCodec<AddOn> ADD_ON = ObjectCodec.of("AddOn",
      List.of(ADD_ON_ID, ADD_ON_TITLE, ADD_ON_PRICE, ADD_ON_LIMIT, PER_BACKER),
      values -> AddOn.builder().id(values.get(ADD_ON_ID)).title(values.get(ADD_ON_TITLE))
          .price(values.get(ADD_ON_PRICE)).limit(values.get(ADD_ON_LIMIT))
          .perBackerMaximum(values.get(PER_BACKER)).build());

  // ---- pledges and the definition -------------------------------------------------------------------------------

  private static final Field<Pledge, BackerId> BACKER = field("backer", CoreCodecs.BACKER_ID, Pledge::backer);
  private static final Field<Pledge, Money> AMOUNT = field("amount", CurrencyCodecs.MONEY, Pledge::amount);
  private static final Field<Pledge, Optional<String>> TIER = optional("tier", Scalars.STRING, Pledge::tierId);
  private static final Field<Pledge, Map<String, Integer>> ADD_ONS =
      field("addOns", Containers.mapOf(Scalars.INT), Pledge::addOns);
  private static final Field<Pledge, Optional<Country>> SHIPPING =
      optional("shippingCountry", CoreCodecs.COUNTRY, Pledge::shippingCountry);
  private static final Field<Pledge, Instant> PLACED_AT = field("placedAt", Scalars.INSTANT, Pledge::placedAt);

  static final ObjectCodec<Pledge> PLEDGE = ObjectCodec.of("Pledge",
      List.of(BACKER, AMOUNT, TIER, ADD_ONS, SHIPPING, PLACED_AT),
      values -> new Pledge(values.get(BACKER), values.get(AMOUNT), values.get(TIER), values.get(ADD_ONS),
          values.get(SHIPPING), values.get(PLACED_AT)));

  private static final Field<CampaignDefinition, CampaignId> ID =
      field("id", CoreCodecs.CAMPAIGN_ID, CampaignDefinition::id);
  private static final Field<CampaignDefinition, CreatorId> CREATOR =
      field("creator", CoreCodecs.CREATOR_ID, CampaignDefinition::creator);
  private static final Field<CampaignDefinition, String> TITLE =
      field("title", Scalars.STRING, CampaignDefinition::title);
  private static final Field<CampaignDefinition, Goal> DEFINITION_GOAL =
      field("goal", GOAL, CampaignDefinition::goal);
  private static final Field<CampaignDefinition, Duration> DEFINITION_DURATION =
      field("duration", Scalars.DURATION, CampaignDefinition::duration);
  private static final Field<CampaignDefinition, List<StretchGoal>> STRETCH_GOALS =
      field("stretchGoals", Containers.listOf(STRETCH_GOAL), CampaignDefinition::stretchGoals);
  private static final Field<CampaignDefinition, List<RewardTier>> TIERS =
      field("tiers", Containers.listOf(REWARD_TIER), CampaignDefinition::tiers);
  private static final Field<CampaignDefinition, List<AddOn>> ADD_ON_LIST =
      field("addOns", Containers.listOf(ADD_ON), CampaignDefinition::addOns);

  static final ObjectCodec<CampaignDefinition> DEFINITION = ObjectCodec.of("CampaignDefinition",
      List.of(ID, CREATOR, TITLE, DEFINITION_GOAL, DEFINITION_DURATION, STRETCH_GOALS, TIERS, ADD_ON_LIST),
      values -> new CampaignDefinition(values.get(ID), values.get(CREATOR), values.get(TITLE),
          values.get(DEFINITION_GOAL), values.get(DEFINITION_DURATION), values.get(STRETCH_GOALS),
          values.get(TIERS), values.get(ADD_ON_LIST)));

  /**
   * The layout of {@code Created} version 1, the shape of the first releases: the instant and the definition's
   * fields side by side. Read only: it upgrades old JSON into today's {@code Created}.
   */
  static ObjectCodec<CampaignEvent.Created> createdVersion1() {
    Function<CampaignEvent.Created, CampaignDefinition> of = CampaignEvent.Created::definition;
    Field<CampaignEvent.Created, Instant> at = field("at", Scalars.INSTANT, CampaignEvent.Created::at);
    Field<CampaignEvent.Created, CampaignId> id = ID.from(of);
    Field<CampaignEvent.Created, CreatorId> creator = CREATOR.from(of);
    Field<CampaignEvent.Created, String> title = TITLE.from(of);
    Field<CampaignEvent.Created, Goal> goal = DEFINITION_GOAL.from(of);
    Field<CampaignEvent.Created, Duration> duration = DEFINITION_DURATION.from(of);
    Field<CampaignEvent.Created, List<StretchGoal>> stretchGoals = STRETCH_GOALS.from(of);
    Field<CampaignEvent.Created, List<RewardTier>> tiers = TIERS.from(of);
    Field<CampaignEvent.Created, List<AddOn>> addOns = ADD_ON_LIST.from(of);
    return ObjectCodec.of("Created",
        List.of(at, id, creator, title, goal, duration, stretchGoals, tiers, addOns),
        values -> new CampaignEvent.Created(values.get(at), new CampaignDefinition(values.get(id),
            values.get(creator), values.get(title), values.get(goal), values.get(duration),
            values.get(stretchGoals), values.get(tiers), values.get(addOns))));
  }
}
