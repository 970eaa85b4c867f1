package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden shapes of the persisted contract: every event's record components (name and generic type), and the
 * definition a {@link CampaignEvent.Created} event holds. A failure here means a shape changed: make it deliberate
 * (and readable by old logs) before updating the golden text.
 */
class EventShapesGoldenTest {

  private static final String DEFINITION = "id: io.github.crowdfund.core.CampaignId, "
      + "creator: io.github.crowdfund.core.CreatorId, title: java.lang.String, goal: io.github.crowdfund.core.Goal, "
      + "duration: java.time.Duration, stretchGoals: java.util.List<io.github.crowdfund.core.StretchGoal>, "
      + "tiers: java.util.List<io.github.crowdfund.core.RewardTier>, "
      + "addOns: java.util.List<io.github.crowdfund.core.AddOn>";

  private static final Map<String, String> EVENTS = new LinkedHashMap<>();

  static {
    String at = "at: java.time.Instant";
    String backer = "backer: io.github.crowdfund.core.BackerId";
    String backers = "java.util.Set<io.github.crowdfund.core.BackerId>";
    EVENTS.put("Created", at + ", definition: io.github.crowdfund.core.CampaignDefinition");
    EVENTS.put("Submitted", at);
    EVENTS.put("Launched", at + ", deadline: java.time.Instant");
    EVENTS.put("FundraiserLaunched", at);
    EVENTS.put("DonationCharged", "donation: io.github.crowdfund.core.Pledge, tip: org.joda.money.Money, "
        + "charge: io.github.crowdfund.core.LateCharge");
    EVENTS.put("GoalChanged", at + ", goal: io.github.crowdfund.core.Goal");
    EVENTS.put("DurationChanged", at + ", duration: java.time.Duration");
    EVENTS.put("RewardTierPut", at + ", tier: io.github.crowdfund.core.RewardTier");
    EVENTS.put("AddOnPut", at + ", addOn: io.github.crowdfund.core.AddOn");
    EVENTS.put("PledgePlaced", "pledge: io.github.crowdfund.core.Pledge");
    EVENTS.put("PledgeCanceled", at + ", " + backer);
    EVENTS.put("Canceled", at);
    EVENTS.put("Suspended", at + ", reason: java.lang.String");
    EVENTS.put("Ended", at + ", outcome: io.github.crowdfund.core.FundingOutcome");
    EVENTS.put("PledgesCharged", at + ", declined: " + backers + ", awaitingAuthentication: " + backers
        + ", retryUntil: java.util.Optional<java.time.Instant>");
    EVENTS.put("PaymentFixed", at + ", " + backer);
    EVENTS.put("PaymentAuthenticated", at + ", " + backer);
    EVENTS.put("RetryWindowClosed", at + ", recovered: " + backers + ", dropped: " + backers);
    EVENTS.put("PledgeRefunded", at + ", " + backer + ", reason: java.lang.String");
    String rewards = "rewards: java.util.List<io.github.crowdfund.core.LateReward>";
    EVENTS.put("LatePledgesEnabled", at + ", " + rewards + ", plannedEnd: java.util.Optional<java.time.Instant>");
    EVENTS.put("LateRewardPut", at + ", reward: io.github.crowdfund.core.LateReward");
    EVENTS.put("LatePledgeCharged", "pledge: io.github.crowdfund.core.Pledge, "
        + "charge: io.github.crowdfund.core.LateCharge");
    EVENTS.put("LatePledgesEnded", at + ", rewardId: java.util.Optional<java.lang.String>");
    EVENTS.put("PaymentPlansEnabled", at + ", shape: io.github.crowdfund.core.installments.PaymentPlanShape");
    EVENTS.put("PaymentPlanChosen", at + ", " + backer + ", payments: int");
    EVENTS.put("InstallmentCharged", at + ", " + backer + ", number: int, "
        + "charge: io.github.crowdfund.core.installments.InstallmentCharge");
    EVENTS.put("PaymentPlanStopped", at + ", " + backer);
    String money = "amount: org.joda.money.Money";
    EVENTS.put("BackerRefunded", at + ", " + backer + ", " + money
        + ", reason: io.github.crowdfund.core.settlement.RefundReason, "
        + "kind: io.github.crowdfund.core.settlement.RefundKind");
    EVENTS.put("ChargeDisputed", at + ", " + backer + ", " + money);
    EVENTS.put("DisputeResolved", at + ", " + backer + ", outcome: io.github.crowdfund.core.settlement.DisputeOutcome");
  }

  @Test
  void everyEventHasItsPinnedShape() {
    Map<String, String> actual = new LinkedHashMap<>();
    for (Class<?> kind : CampaignEvent.class.getPermittedSubclasses()) {
      actual.put(kind.getSimpleName(), shape(kind));
    }
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(EVENTS);
  }

  @Test
  void aLateRewardHasItsPinnedShape() {
    assertThat(shape(LateReward.class)).isEqualTo("tier: io.github.crowdfund.core.RewardTier, "
        + "latePrice: org.joda.money.Money, endsAt: java.util.Optional<java.time.Instant>");
  }

  @Test
  void aPaymentPlanShapeHasItsPinnedShape() {
    assertThat(shape(io.github.crowdfund.core.installments.PaymentPlanShape.class)).isEqualTo("id: java.lang.String, "
        + "minPayments: int, maxPayments: int, interval: java.time.Period, firstPaymentAfter: java.time.Duration, "
        + "minimums: java.util.Map<org.joda.money.CurrencyUnit, org.joda.money.Money>, attempts: int, "
        + "attemptSpacing: java.time.Duration, firstWindow: java.time.Duration, laterWindow: java.time.Duration, "
        + "editable: boolean, keepsPaidOnStop: boolean");
  }

  @Test
  void theDefinitionSharedByCreateAndCreatedHasItsPinnedShape() {
    assertThat(shape(CampaignDefinition.class)).isEqualTo(DEFINITION);
    assertThat(shape(CampaignCommand.Create.class)).isEqualTo(shape(CampaignEvent.Created.class));
  }

  private static String shape(Class<?> record) {
    RecordComponent[] components = record.getRecordComponents();
    return Arrays.stream(components).map(c -> c.getName() + ": " + c.getGenericType().getTypeName())
        .collect(Collectors.joining(", "));
  }
}
