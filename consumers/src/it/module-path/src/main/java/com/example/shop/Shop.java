package com.example.shop;

import io.github.crowdfund.core.AtomicCampaign;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.json.jackson3.CrowdfundJackson3;
import io.github.crowdfund.markets.Platform;
import io.github.crowdfund.markets.PlatformRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Runs one campaign from creation to settlement under Kickstarter's rules for the United States. */
public final class Shop {

  private Shop() {}

  /** Kickstarter's rules for a US project launched in May 2026. */
  public static PlatformRules rules() {
    return Platform.kickstarter().rules(Country.of("US"), CurrencyUnit.USD, LocalDate.of(2026, 5, 1));
  }

  /**
   * Creates, launches, pledges to and ends a campaign, then charges the pledges and closes the payment retry window.
   *
   * @return the campaign, with every event from its creation on
   */
  public static AtomicCampaign runCampaign() {
    Instant launch = Instant.parse("2026-05-01T16:00:00Z");
    Instant deadline = launch.plus(Duration.ofDays(30));
    AtomicCampaign lamp = AtomicCampaign.of(Campaign.initial(), rules());
    lamp.submit(new CampaignCommand.Create(launch.minus(Duration.ofDays(1)), CampaignDefinition.builder()
        .id("desk-lamp").creator("lamp-works").title("Desk lamp").goal(Goal.allOrNothing(Money.parse("USD 500.00")))
        .duration(Duration.ofDays(30)).build())).orElseThrow();
    lamp.submit(new CampaignCommand.Submit(launch.minusSeconds(60))).orElseThrow();
    lamp.submit(new CampaignCommand.Launch(launch)).orElseThrow();
    lamp.submit(new CampaignCommand.PlacePledge(
        Pledge.of(BackerId.of(1), Money.parse("USD 400.00"), launch.plus(Duration.ofDays(1))))).orElseThrow();
    lamp.submit(new CampaignCommand.PlacePledge(
        Pledge.of(BackerId.of(2), Money.parse("USD 150.00"), launch.plus(Duration.ofDays(2))))).orElseThrow();
    lamp.submit(new CampaignCommand.End(deadline)).orElseThrow();
    lamp.submit(new CampaignCommand.ChargePledges(deadline, Set.of())).orElseThrow();
    lamp.submit(new CampaignCommand.CloseRetryWindow(deadline.plus(Duration.ofDays(7)), Set.of())).orElseThrow();
    return lamp;
  }

  /**
   * Settles a campaign whose payments are final.
   *
   * @param campaign the campaign
   * @return where its money went
   */
  public static Settlement<BackerId> settle(Campaign campaign) {
    return Settlement.of(campaign, rules());
  }

  /**
   * Stores an event log as JSON, one event per line, as an application would.
   *
   * @param events the log
   * @return its lines
   */
  public static List<String> store(List<CampaignEvent> events) {
    List<String> lines = new ArrayList<>();
    for (CampaignEvent event : events) {
      lines.add(CrowdfundJackson3.mapper().writeValueAsString(event));
    }
    return lines;
  }

  /**
   * Reads a stored log back and replays it.
   *
   * @param lines the lines {@link #store(List)} wrote
   * @return the campaign they rebuild
   */
  public static Campaign replay(List<String> lines) {
    List<CampaignEvent> events = new ArrayList<>();
    for (String line : lines) {
      events.add(CrowdfundJackson3.mapper().readValue(line, CampaignEvent.class));
    }
    return Campaign.replay(events);
  }
}
