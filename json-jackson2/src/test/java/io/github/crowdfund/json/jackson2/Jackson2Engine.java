package io.github.crowdfund.json.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.crowdfund.json.JsonEngine;
import java.io.UncheckedIOException;

/** crowdfund's codecs through Jackson 2's {@link CrowdfundJackson2#mapper()}. */
final class Jackson2Engine implements JsonEngine {

  private final JsonMapper mapper = CrowdfundJackson2.mapper();

  @Override
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
