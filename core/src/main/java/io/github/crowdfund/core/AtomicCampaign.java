package io.github.crowdfund.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One live campaign shared by many threads: each command is decided against the current value and published by
 * compare-and-set, retrying on conflict, so no accepted event is lost or applied twice.
 *
 * <p>The accepted events are kept in order, as one log with the campaign value they produce; a reader always sees
 * a campaign and a log that belong together. A rejected command publishes nothing.
 *
 * <p>This class is thread-safe.
 */
public final class AtomicCampaign {

  private final CampaignRules rules;
  private final AtomicReference<Snapshot> current;

  /** A campaign together with the log of events that made it (newest first, linked to older ones). */
  private record Snapshot(Campaign campaign, Log log) {}

  /** An immutable, newest-first linked log; {@code previous} is null at the oldest event. */
  private record Log(CampaignEvent event, Log previous, int size) {}

  private AtomicCampaign(Campaign campaign, List<? extends CampaignEvent> history, CampaignRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    Log log = null;
    for (CampaignEvent event : history) {
      log = append(log, event);
    }
    this.current = new AtomicReference<>(new Snapshot(Objects.requireNonNull(campaign, "campaign"), log));
  }

  /**
   * Shares {@code campaign}; the log starts empty and records the events accepted from now on. Pass
   * {@link Campaign#initial()} and submit a {@link CampaignCommand.Create} first to keep a whole history, from its
   * {@link CampaignEvent.Created} event, that {@link Campaign#replay} rebuilds; to continue a stored history use
   * {@link #replaying}.
   *
   * @param campaign the campaign to share
   * @param rules the rules every command is decided against
   * @return the shared campaign
   */
  public static AtomicCampaign of(Campaign campaign, CampaignRules rules) {
    return new AtomicCampaign(campaign, List.of(), rules);
  }

  /**
   * Shares the campaign a history rebuilds; the log starts with that history.
   *
   * @param history the events, starting with {@link CampaignEvent.Created}
   * @param rules the rules every command is decided against
   * @return the shared campaign
   * @throws IllegalArgumentException if the history does not start with a Created event
   */
  public static AtomicCampaign replaying(List<? extends CampaignEvent> history, CampaignRules rules) {
    return new AtomicCampaign(Campaign.replay(history), history, rules);
  }

  /**
   * Decides {@code command} against the current campaign and, if accepted, publishes the result; on a concurrent
   * change it decides again against the newer value.
   *
   * @param command the command
   * @return the decision that took effect (accepted and published, or rejected with nothing changed)
   */
  public Decision submit(CampaignCommand command) {
    Objects.requireNonNull(command, "command");
    while (true) {
      Snapshot before = current.get();
      Decision decision = before.campaign().decide(command, rules);
      if (!decision.isAccepted()) {
        return decision;
      }
      Log log = before.log();
      for (CampaignEvent event : decision.events()) {
        log = append(log, event);
      }
      Snapshot after = new Snapshot(before.campaign().evolve(decision.events()), log);
      if (current.compareAndSet(before, after)) {
        return decision;
      }
    }
  }

  /**
   * Returns the current campaign.
   *
   * @return the latest published value
   */
  public Campaign get() {
    return current.get().campaign();
  }

  /**
   * Returns the accepted events in the order they took effect (the history given at construction first). O(n).
   *
   * @return an unmodifiable list
   */
  public List<CampaignEvent> events() {
    Log log = current.get().log();
    if (log == null) {
      return List.of();
    }
    CampaignEvent[] events = new CampaignEvent[log.size()];
    for (Log at = log; at != null; at = at.previous()) {
      events[at.size() - 1] = at.event();
    }
    return List.copyOf(Arrays.asList(events));
  }

  private static Log append(Log log, CampaignEvent event) {
    return new Log(event, log, log == null ? 1 : log.size() + 1);
  }

  @Override
  public String toString() {
    return "AtomicCampaign[" + get() + "]";
  }
}
