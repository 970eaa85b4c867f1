package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crowdfund.core.AtomicCampaign;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.settlement.Settlement;
import io.github.crowdfund.markets.Platform;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ShopTest {

  @Test
  void aCampaignUnderKickstarterRulesIsCreatedPledgedEndedAndSettled() {
    Settlement<BackerId> settlement = Shop.settle(Shop.runCampaign().get());

    // Kickstarter US: 5% of 550.00 = 27.50; processing 3% + 0.20 per pledge: 12.20 + 4.70 = 16.90
    assertEquals(FundingOutcome.SUCCESSFUL, settlement.outcome());
    assertEquals(Money.parse("USD 550.00"), settlement.collected());
    assertEquals(Money.parse("USD 27.50"), settlement.platformFee());
    assertEquals(Money.parse("USD 16.90"), settlement.processingFees());
    assertEquals(Money.parse("USD 505.60"), settlement.payout());
  }

  @Test
  void itsEventLogStoredAsJsonReplaysToTheSameCampaign() {
    AtomicCampaign campaign = Shop.runCampaign();
    List<String> lines = Shop.store(campaign.events());

    assertTrue(lines.get(0).startsWith("{\"type\":\"Created\",\"version\":2,"), lines.get(0));
    assertEquals(campaign.get(), Shop.replay(lines));
  }

  @Test
  void theLibraryRunsWhereTheApplicationDoes() {
    boolean modulePath = Boolean.parseBoolean(System.getProperty("shop.expectsModulePath"));
    assertEquals(modulePath, Shop.class.getModule().isNamed());
    assertEquals(modulePath ? "io.github.crowdfund.markets" : null, Platform.class.getModule().getName());
    // Nothing but the library's own dependencies is needed at run time: no annotations, no logging.
    assertEquals(false, ModuleLayer.boot().findModule("org.immutables.value.annotations").isPresent());
    assertEquals(false, ModuleLayer.boot().findModule("org.slf4j").isPresent());
  }
}
