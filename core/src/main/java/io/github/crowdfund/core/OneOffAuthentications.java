package io.github.crowdfund.core;

import io.github.crowdfund.core.settlement.AuthenticationRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * The authentication requests (3-D Secure) of a campaign's one-off pledge charge: one per backer whose charge awaited
 * their authentication, dated at the charge, with the amount of their pledge. Kept after the backer authenticated or
 * was dropped, so that their statement shows it.
 *
 * <p>Stateless; its method is thread-safe.
 */
final class OneOffAuthentications {

  private OneOffAuthentications() {}

  /**
   * The requests of the campaign's pledge charge, for backers who still have a pledge; O(k log n) for k requests.
   *
   * @param campaign the campaign; not null
   * @return a new list, in no particular order
   */
  static List<AuthenticationRequest> of(Campaign campaign) {
    PaymentRun run = campaign.book().payments();
    List<AuthenticationRequest> all = new ArrayList<>(run.authenticationAsked().size());
    if (run.chargedAt().isEmpty()) {
      return all;
    }
    Instant at = run.chargedAt().get();
    for (BackerId backer : run.authenticationAsked()) {
      PledgeTrie.Entry entry = campaign.book().get(backer.value());
      if (entry != null) {
        all.add(AuthenticationRequest.ofPledge(at, backer, Money.ofMinor(campaign.currency(), entry.amountMinor())));
      }
    }
    return all;
  }
}
