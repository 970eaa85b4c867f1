package io.github.crowdfund.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.core.AddOn;
import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.Campaign;
import io.github.crowdfund.core.CampaignCommand;
import io.github.crowdfund.core.CampaignEvent;
import io.github.crowdfund.core.CampaignDefinition;
import io.github.crowdfund.core.CampaignRules;
import io.github.crowdfund.core.Decision;
import io.github.crowdfund.core.Goal;
import io.github.crowdfund.core.Pledge;
import io.github.crowdfund.core.RewardTier;
import io.github.crowdfund.core.StretchGoal;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Campaigns, events and fault injection shared by the store's tests. */
final class StoreFixtures {

  static final CampaignRules RULES = CampaignRules.defaults();
  static final EventCodec CODEC = EventCodec.json();
  static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
  static final Instant LAUNCH = T0.plus(Duration.ofDays(1));

  private StoreFixtures() {}

  static Money usd(long major) {
    return Money.ofMajor(CurrencyUnit.USD, major);
  }

  /** The events of a campaign created, submitted and launched under the default rules. */
  static List<CampaignEvent> liveHistory(String id) {
    List<CampaignEvent> events = new ArrayList<>(accepted(Campaign.initial(), new CampaignCommand.Create(T0,
        CampaignDefinition.builder().id(id).creator("maker").title("Campaign " + id)
            .goal(Goal.allOrNothing(usd(10_000))).duration(Duration.ofDays(30)).build())));
    Campaign campaign = Campaign.replay(events);
    events.addAll(accepted(campaign, new CampaignCommand.Submit(T0.plusSeconds(60))));
    campaign = Campaign.replay(events);
    events.addAll(accepted(campaign, new CampaignCommand.Launch(LAUNCH)));
    return List.copyOf(events);
  }

  /**
   * The events of a campaign with a stretch goal, a reward tier and an add-on, pledged (for the reward with add-ons,
   * and without reward), one pledge canceled, ended successfully and charged with one card declined, then fixed.
   */
  static List<CampaignEvent> fullHistory(String id) {
    RewardTier tier = RewardTier.builder().id("early").title("Early bird").price(usd(20)).limit(100)
        .estimatedDelivery(YearMonth.of(2026, 11)).build();
    AddOn strap = AddOn.builder().id("strap").title("Leather strap").price(usd(5)).perBackerMaximum(4).build();
    Instant deadline = LAUNCH.plus(Duration.ofDays(30));
    List<CampaignCommand> commands = List.of(
        new CampaignCommand.Create(T0, CampaignDefinition.builder().id(id).creator("maker").title("Campaign " + id)
            .goal(Goal.allOrNothing(usd(50))).duration(Duration.ofDays(30))
            .stretchGoal(StretchGoal.of(usd(80), "a second colour")).tier(tier).addOn(strap).build()),
        new CampaignCommand.Submit(T0.plusSeconds(60)),
        new CampaignCommand.Launch(LAUNCH),
        new CampaignCommand.PlacePledge(Pledge.forReward(BackerId.of(1), usd(30), "early", LAUNCH.plusSeconds(10))
            .withAddOns(Map.of("strap", 2))),
        new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(2), Money.parse("USD 12.34"), LAUNCH.plusSeconds(20))),
        new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(3), usd(40), LAUNCH.plusSeconds(30))),
        new CampaignCommand.CancelPledge(LAUNCH.plusSeconds(40), BackerId.of(3)),
        new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(4), usd(25), LAUNCH.plusSeconds(50))),
        new CampaignCommand.End(deadline),
        new CampaignCommand.ChargePledges(deadline.plusSeconds(60), Set.of(BackerId.of(2))),
        new CampaignCommand.FixPayment(deadline.plusSeconds(120), BackerId.of(2)));
    List<CampaignEvent> events = new ArrayList<>();
    Campaign campaign = Campaign.initial();
    for (CampaignCommand command : commands) {
      List<CampaignEvent> decided = accepted(campaign, command);
      events.addAll(decided);
      campaign = campaign.evolve(decided);
    }
    return List.copyOf(events);
  }

  static CampaignCommand.PlacePledge pledge(long backer, long usd) {
    return new CampaignCommand.PlacePledge(Pledge.of(BackerId.of(backer), usd(usd), LAUNCH.plusSeconds(backer)));
  }

  /** The events of pledges by backers {@code from} to {@code to} (inclusive), decided on {@code campaign}. */
  static List<CampaignEvent> pledges(Campaign campaign, long from, long to) {
    List<CampaignEvent> events = new ArrayList<>();
    Campaign state = campaign;
    for (long backer = from; backer <= to; backer++) {
      List<CampaignEvent> decided = accepted(state, pledge(backer, 10 + backer % 90));
      events.addAll(decided);
      state = state.evolve(decided);
    }
    return events;
  }

  static List<CampaignEvent> accepted(Campaign campaign, CampaignCommand command) {
    Decision decision = campaign.decide(command, RULES);
    assertThat(decision.violations()).as("violations of %s", command).isEmpty();
    return decision.events();
  }

  /** Something done to a writer's connection in the middle of its append. */
  @FunctionalInterface
  interface Fault {
    void strike(Connection writer) throws SQLException;
  }

  /**
   * Connections whose prepared statements strike a fault right after their {@code n}-th executed batch (counted
   * over all connections), once.
   */
  static EventLog.Connections faultAfterBatch(EventLog.Connections real, int n, Fault fault) {
    AtomicInteger batches = new AtomicInteger();
    return () -> {
      Connection connection = real.open();
      return (Connection) Proxy.newProxyInstance(StoreFixtures.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            Object result = invoke(method, connection, args);
            if (method.getName().equals("prepareStatement")) {
              PreparedStatement statement = (PreparedStatement) result;
              return Proxy.newProxyInstance(StoreFixtures.class.getClassLoader(),
                  new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                    Object r = invoke(m, statement, a);
                    if (m.getName().equals("executeBatch") && batches.incrementAndGet() == n) {
                      fault.strike(connection);
                    }
                    return r;
                  });
            }
            return result;
          });
    };
  }

  /**
   * A pool of connections for tests that open many: a closed connection goes back to the pool, rolled back, in
   * auto-commit and read-write mode, as pools do. {@link Pool#close} closes the idle ones.
   */
  static final class Pool implements EventLog.Connections, AutoCloseable {
    private final EventLog.Connections real;
    private final java.util.concurrent.BlockingQueue<Connection> idle =
        new java.util.concurrent.LinkedBlockingQueue<>();

    Pool(EventLog.Connections real) {
      this.real = real;
    }

    @Override
    public Connection open() throws SQLException {
      Connection polled = idle.poll();
      Connection physical = polled != null ? polled : real.open();
      java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
      return (Connection) Proxy.newProxyInstance(StoreFixtures.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("close")) {
              if (!closed.getAndSet(true)) {
                if (!physical.getAutoCommit()) {
                  physical.rollback();
                  physical.setAutoCommit(true);
                }
                physical.setReadOnly(false);
                idle.add(physical);
              }
              return null;
            }
            return invoke(method, physical, args);
          });
    }

    @Override
    public void close() throws SQLException {
      for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
        connection.close();
      }
    }
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
