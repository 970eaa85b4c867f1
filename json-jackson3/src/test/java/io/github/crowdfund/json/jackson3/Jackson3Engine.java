package io.github.crowdfund.json.jackson3;

import io.github.crowdfund.json.JsonEngine;
import tools.jackson.databind.json.JsonMapper;

/** crowdfund's codecs through Jackson 3's {@link CrowdfundJackson3#mapper()}. */
public final class Jackson3Engine implements JsonEngine {

  private final JsonMapper mapper = CrowdfundJackson3.mapper();

  @Override
  public String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }
}
