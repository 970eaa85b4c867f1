package io.github.crowdfund.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a campaign is before anyone pledges: its id, creator, title, goal, duration, stretch goals, reward tiers and
 * add-ons. The one value shared by the {@link CampaignCommand.Create} command and the {@link CampaignEvent.Created}
 * event; build it with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the campaign's id
 * @param creator who creates it
 * @param title the title, not blank
 * @param goal the goal; its currency is the campaign currency
 * @param duration how long the campaign runs from launch to deadline, positive
 * @param stretchGoals stretch goals, by increasing threshold
 * @param tiers reward tiers, in the order they were added
 * @param addOns add-ons, in the order they were added
 */
public record CampaignDefinition(CampaignId id, CreatorId creator, String title, Goal goal, Duration duration,
    List<StretchGoal> stretchGoals, List<RewardTier> tiers, List<AddOn> addOns) {

  /**
   * Validates the arguments and copies the lists.
   *
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the title is blank or the duration not positive, quoting it
   */
  public CampaignDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(creator, "creator");
    Objects.requireNonNull(goal, "goal");
    Definitions.requireTitle(title);
    Definitions.requirePositive(duration);
    stretchGoals = List.copyOf(Objects.requireNonNull(stretchGoals, "stretchGoals"));
    tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
    addOns = List.copyOf(Objects.requireNonNull(addOns, "addOns"));
  }

  /**
   * Returns a builder with no stretch goals, tiers or add-ons.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this definition with another goal.
   *
   * @param newGoal the goal
   * @return the changed definition
   */
  public CampaignDefinition withGoal(Goal newGoal) {
    return new CampaignDefinition(id, creator, title, newGoal, duration, stretchGoals, tiers, addOns);
  }

  /**
   * Returns this definition with another duration.
   *
   * @param newDuration the duration, positive
   * @return the changed definition
   */
  public CampaignDefinition withDuration(Duration newDuration) {
    return new CampaignDefinition(id, creator, title, goal, newDuration, stretchGoals, tiers, addOns);
  }

  /**
   * Returns this definition with a reward tier added, or replacing the one with the same id in place.
   *
   * @param tier the tier
   * @return the changed definition
   */
  public CampaignDefinition withTier(RewardTier tier) {
    return new CampaignDefinition(id, creator, title, goal, duration, stretchGoals,
        replaceOrAppend(tiers, tierIndex(tier.id()), tier), addOns);
  }

  /**
   * Returns this definition with an add-on added, or replacing the one with the same id in place.
   *
   * @param addOn the add-on
   * @return the changed definition
   */
  public CampaignDefinition withAddOn(AddOn addOn) {
    return new CampaignDefinition(id, creator, title, goal, duration, stretchGoals, tiers,
        replaceOrAppend(addOns, addOnIndex(addOn.id()), addOn));
  }

  /** Index of the tier with that id, or -1. */
  int tierIndex(String tierId) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).id().equals(tierId)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the add-on with that id, or -1. */
  int addOnIndex(String addOnId) {
    for (int i = 0; i < addOns.size(); i++) {
      if (addOns.get(i).id().equals(addOnId)) {
        return i;
      }
    }
    return -1;
  }

  private static <T> List<T> replaceOrAppend(List<T> list, int index, T element) {
    Objects.requireNonNull(element, "element");
    List<T> copy = new ArrayList<>(list);
    if (index >= 0) {
      copy.set(index, element);
    } else {
      copy.add(element);
    }
    return copy;
  }

  /**
   * Builds a {@link CampaignDefinition}. Not thread-safe; each {@code build()} returns an immutable value.
   */
  public static final class Builder {
    private CampaignId id;
    private CreatorId creator;
    private String title;
    private Goal goal;
    private Duration duration;
    private final List<StretchGoal> stretchGoals = new ArrayList<>();
    private final List<RewardTier> tiers = new ArrayList<>();
    private final List<AddOn> addOns = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the campaign's id.
     *
     * @param value the id
     * @return this builder
     */
    public Builder id(CampaignId value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets the campaign's id.
     *
     * @param value the id, see {@link CampaignId#of(String)}
     * @return this builder
     */
    public Builder id(String value) {
      return id(CampaignId.of(value));
    }

    /**
     * Sets the creator.
     *
     * @param value the creator
     * @return this builder
     */
    public Builder creator(CreatorId value) {
      this.creator = Objects.requireNonNull(value, "creator");
      return this;
    }

    /**
     * Sets the creator.
     *
     * @param value the creator, see {@link CreatorId#of(String)}
     * @return this builder
     */
    public Builder creator(String value) {
      return creator(CreatorId.of(value));
    }

    /**
     * Sets the title.
     *
     * @param value the title, not blank
     * @return this builder
     */
    public Builder title(String value) {
      this.title = Objects.requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the goal.
     *
     * @param value the goal
     * @return this builder
     */
    public Builder goal(Goal value) {
      this.goal = Objects.requireNonNull(value, "goal");
      return this;
    }

    /**
     * Sets the duration from launch to deadline.
     *
     * @param value the duration, positive
     * @return this builder
     */
    public Builder duration(Duration value) {
      this.duration = Objects.requireNonNull(value, "duration");
      return this;
    }

    /**
     * Adds a stretch goal (thresholds must ascend).
     *
     * @param value the stretch goal
     * @return this builder
     */
    public Builder stretchGoal(StretchGoal value) {
      stretchGoals.add(Objects.requireNonNull(value, "stretchGoal"));
      return this;
    }

    /**
     * Adds stretch goals.
     *
     * @param values the stretch goals
     * @return this builder
     */
    public Builder stretchGoals(List<StretchGoal> values) {
      values.forEach(this::stretchGoal);
      return this;
    }

    /**
     * Adds a reward tier.
     *
     * @param value the tier
     * @return this builder
     */
    public Builder tier(RewardTier value) {
      tiers.add(Objects.requireNonNull(value, "tier"));
      return this;
    }

    /**
     * Adds reward tiers.
     *
     * @param values the tiers
     * @return this builder
     */
    public Builder tiers(List<RewardTier> values) {
      values.forEach(this::tier);
      return this;
    }

    /**
     * Adds an add-on.
     *
     * @param value the add-on
     * @return this builder
     */
    public Builder addOn(AddOn value) {
      addOns.add(Objects.requireNonNull(value, "addOn"));
      return this;
    }

    /**
     * Adds add-ons.
     *
     * @param values the add-ons
     * @return this builder
     */
    public Builder addOns(List<AddOn> values) {
      values.forEach(this::addOn);
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition
     * @throws NullPointerException if the id, creator, title, goal or duration was not set, naming it
     * @throws IllegalArgumentException if the title is blank or the duration not positive
     */
    public CampaignDefinition build() {
      return new CampaignDefinition(id, creator, title, goal, duration, stretchGoals, tiers, addOns);
    }
  }
}
