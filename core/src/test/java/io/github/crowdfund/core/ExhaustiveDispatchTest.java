package io.github.crowdfund.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every permitted command and event has its own handler method, and each record dispatches to it: adding a kind
 * without handling it fails the build (the records' {@code accept}) or this test (a handler method missing).
 */
class ExhaustiveDispatchTest {

  @Test
  void everyCommandHasAHandlerMethodAndDispatchesToIt() {
    assertEveryKindHandled(CampaignCommand.class, CampaignCommand.Handler.class);
  }

  @Test
  void everyEventHasAHandlerMethodAndDispatchesToIt() {
    assertEveryKindHandled(CampaignEvent.class, CampaignEvent.Handler.class);
  }

  @Test
  void theHandlersHaveNoMethodForAKindThatIsNotPermitted() {
    assertThat(CampaignCommand.Handler.class.getDeclaredMethods())
        .hasSize(CampaignCommand.class.getPermittedSubclasses().length);
    assertThat(CampaignEvent.Handler.class.getDeclaredMethods())
        .hasSize(CampaignEvent.class.getPermittedSubclasses().length);
  }

  private static void assertEveryKindHandled(Class<?> sealed, Class<?> handler) {
    List<Class<?>> kinds = Arrays.asList(sealed.getPermittedSubclasses());
    assertThat(kinds).as("permitted kinds of %s", sealed.getSimpleName()).hasSizeGreaterThanOrEqualTo(16);
    for (Class<?> kind : kinds) {
      assertThat(kind.isRecord()).as("%s is a record", kind).isTrue();
      assertThat(method(handler, "on", kind)).as("%s.on(%s)", handler.getSimpleName(), kind.getSimpleName())
          .isNotNull();
      assertThat(method(kind, "accept", handler)).as("%s overrides accept", kind.getSimpleName()).isNotNull();
    }
  }

  private static Method method(Class<?> owner, String name, Class<?> parameter) {
    try {
      Method method = owner.getDeclaredMethod(name, parameter);
      return method;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
