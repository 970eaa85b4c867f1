package io.github.crowdfund.json.jackson3;

import tools.jackson.databind.json.JsonMapper;

/**
 * A ready Jackson 3 mapper with {@link CrowdfundJackson3Module}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CrowdfundJackson3 {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CrowdfundJackson3Module()).build();

  private CrowdfundJackson3() {}

  /**
   * Returns a mapper with {@link CrowdfundJackson3Module} and Jackson's defaults otherwise; share it freely (Jackson
   * mappers are thread-safe), or derive another with {@code mapper().rebuild()}.
   *
   * @return the mapper, not null
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
