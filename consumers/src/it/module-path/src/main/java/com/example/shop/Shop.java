package com.example.shop;

import io.github.crowdfund.core.AtomicCampaign;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.CreatorId;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.Settlement;
import io.github.crowdfund.markets.Platform;
import io.github.crowdfund.markets.PlatformRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Runs one campaign from creation to settlement under Kickstarter's rules for the United States. */
public final class Shop {

  private Shop() {}

  /**
   * Creates, launches, pledges to, ends and settles a campaign.
   *
   * @return the settlement of the campaign
   */
  public static Settlement<BackerId> runCampaign() {
    Instant launch = Instant.parse("2026-05-01T16:00:00Z");
    PlatformRules rules = Platform.kickstarter().rules("US", CurrencyUnit.USD, LocalDate.of(2026, 5, 1));
    Decision created = Campaign.create(CampaignCommand.Create.of(launch.minus(Duration.ofDays(1)),
        CampaignId.of("desk-lamp"), CreatorId.of("lamp-works"), "Desk lamp",
        Goal.allOrNothing(Money.parse("USD 500.00")), Duration.ofDays(30)), rules);
    AtomicCampaign campaign = AtomicCampaign.replaying(created.events(), rules);
    Instant deadline = launch.plus(Duration.ofDays(30));
    for (CampaignCommand command : List.of(
        new CampaignCommand.Submit(launch.minusSeconds(60)),
        new CampaignCommand.Launch(launch),
        new CampaignCommand.PlacePledge(
            Pledge.of(BackerId.of(1), Money.parse("USD 400.00"), launch.plus(Duration.ofDays(1)))),
        new CampaignCommand.PlacePledge(
            Pledge.of(BackerId.of(2), Money.parse("USD 150.00"), launch.plus(Duration.ofDays(2)))),
        new CampaignCommand.End(deadline),
        new CampaignCommand.ChargePledges(deadline, Set.of()),
        new CampaignCommand.CloseRetryWindow(deadline.plus(Duration.ofDays(7)), Set.of()))) {
      Decision decision = campaign.submit(command);
      if (!decision.isAccepted()) {
        throw new IllegalStateException(command + " was refused: " + decision.violations());
      }
    }
    return Settlement.of(campaign.get(), rules);
  }
}
