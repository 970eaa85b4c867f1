package io.github.crowdfund.core;

import static io.github.crowdfund.core.Fixtures.day;
import static io.github.crowdfund.core.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AtomicCampaignTest {

  private static final int THREADS = 8;
  private static final int PLEDGES_PER_THREAD = 50_000;

  @Test
  void eightThreadsPlacingFiftyThousandPledgesEachLoseAndDoubleCountNothing() throws Exception {
    Campaign live = Fixtures.live(Goal.allOrNothing(usd(1_000_000)), List.of(), List.of());
    AtomicCampaign shared = AtomicCampaign.of(live, Fixtures.RULES);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          int accepted = 0;
          for (int i = 0; i < PLEDGES_PER_THREAD; i++) {
            long backer = (long) thread * PLEDGES_PER_THREAD + i;
            if (shared.submit(Fixtures.pledge(backer, 1 + backer % 5, day(1))).isAccepted()) {
              accepted++;
            }
          }
          return accepted;
        }));
      }
      int accepted = 0;
      for (Future<Integer> result : results) {
        accepted += result.get(10, TimeUnit.MINUTES);
      }
      int n = THREADS * PLEDGES_PER_THREAD;
      long expectedDollars = 0;
      for (long backer = 0; backer < n; backer++) {
        expectedDollars += 1 + backer % 5;
      }
      Campaign end = shared.get();
      assertThat(accepted).isEqualTo(n);
      assertThat(end.backerCount()).isEqualTo(n);
      assertThat(end.totalPledged()).isEqualTo(usd(expectedDollars));
      List<CampaignEvent> log = shared.events();
      assertThat(log).hasSize(n);
      Set<Long> backers = new HashSet<>();
      log.forEach(e -> backers.add(((CampaignEvent.PledgePlaced) e).pledge().backer().value()));
      assertThat(backers).hasSize(n);
      assertThat(live.evolve(log)).isEqualTo(end);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRejectedCommandPublishesNothing() {
    AtomicCampaign shared = AtomicCampaign.replaying(List.of(Fixtures.created(Goal.allOrNothing(usd(100)), List.of(),
        List.of())), Fixtures.RULES);
    Campaign before = shared.get();
    Decision decision = shared.submit(Fixtures.pledge(1, 10, day(1)));
    assertThat(decision.isAccepted()).isFalse();
    assertThat(shared.get()).isSameAs(before);
    assertThat(shared.events()).hasSize(1);
  }

  @Test
  void theLogListsAcceptedEventsInTheOrderTheyTookEffect() {
    AtomicCampaign shared = AtomicCampaign.of(Fixtures.live(), Fixtures.RULES);
    shared.submit(Fixtures.pledge(1, 10, day(1)));
    shared.submit(Fixtures.pledge(2, 20, day(2)));
    shared.submit(Fixtures.cancel(1, day(3)));
    assertThat(shared.events()).extracting(CampaignEvent::at).containsExactly(day(1), day(2), day(3));
    assertThat(shared.get().totalPledged()).isEqualTo(usd(20));
  }
}
