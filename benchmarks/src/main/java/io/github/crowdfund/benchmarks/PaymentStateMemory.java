package io.github.crowdfund.benchmarks;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.FundingOutcome;
import io.github.crowdfund.core.PaymentState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures with JOL what payment states cost per pledge: the retained size of a campaign with n pledges when live,
 * and after its deadline once charged with 2% of the charges declined and the retry window closed (those pledges
 * dropped), both rebuilt by replay; the difference divided by n.
 *
 * <p>Run: {@code java -Djol.magicFieldOffset=true -cp benchmarks/target/benchmarks.jar
 * io.github.crowdfund.benchmarks.PaymentStateMemory [n]} (the flag lets JOL read record fields on JDK 17+).
 */
public final class PaymentStateMemory {

  private PaymentStateMemory() {}

  /**
   * Prints bytes per pledge before and after collection.
   *
   * @param args optionally n (default 1,000,000)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    List<CampaignEvent> history = new ArrayList<>(CampaignScale.history(n));
    Campaign live = Campaign.replay(history);
    long liveSize = GraphLayout.parseInstance(live).totalSize();

    Set<BackerId> declined = new HashSet<>();
    for (int backer = 0; backer < n; backer += 50) {
      declined.add(BackerId.of(backer));
    }
    history.add(new CampaignEvent.Ended(CampaignScale.DEADLINE, FundingOutcome.SUCCESSFUL));
    history.add(new CampaignEvent.PledgesCharged(CampaignScale.DEADLINE, declined,
        Optional.of(CampaignScale.DEADLINE.plus(Duration.ofDays(7)))));
    history.add(new CampaignEvent.RetryWindowClosed(CampaignScale.DEADLINE.plus(Duration.ofDays(7)), Set.of(),
        declined));
    Campaign settled = Campaign.replay(history);
    long settledSize = GraphLayout.parseInstance(settled).totalSize();

    System.out.printf("live campaign, %,d pledges: %,d bytes = %.2f bytes per pledge%n", n, liveSize,
        liveSize / (double) n);
    System.out.printf("after charge, %,d declined and dropped: %,d bytes = %.2f bytes per pledge (%s for backer 0)%n",
        declined.size(), settledSize, settledSize / (double) n,
        settled.paymentStateOf(BackerId.of(0)).orElse(PaymentState.PLEDGED));
    System.out.printf("difference: %+,d bytes = %+.4f bytes per pledge%n", settledSize - liveSize,
        (settledSize - liveSize) / (double) n);
  }
}
