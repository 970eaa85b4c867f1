package io.github.crowdfund.json.jackson2;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Ready Jackson 2 mappers with {@link CrowdfundJackson2Module}.
 *
 * <p>This class is thread-safe.
 */
public final class CrowdfundJackson2 {

  private CrowdfundJackson2() {}

  /**
   * Returns a new mapper with {@link CrowdfundJackson2Module}, refusing trailing tokens after a value (as Jackson 3
   * does), and Jackson's defaults otherwise. A Jackson 2 mapper can be reconfigured, so each call builds a new one:
   * build it once and share it (it is thread-safe once configured).
   *
   * @return a new mapper, not null
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder().addModule(new CrowdfundJackson2Module())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
