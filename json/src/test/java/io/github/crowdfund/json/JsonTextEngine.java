package io.github.crowdfund.json;

/** crowdfund's codecs through {@link JsonText}, with no JSON library. */
public final class JsonTextEngine implements JsonEngine {

  @Override
  public String write(Object value) {
    for (JsonCodecs.Entry<?> entry : JsonCodecs.all()) {
      if (entry.type().isInstance(value)) {
        return write(entry, value);
      }
    }
    throw new IllegalArgumentException("no JSON form for " + value.getClass());
  }

  private static <T> String write(JsonCodecs.Entry<T> entry, Object value) {
    return JsonText.write(entry.codec(), entry.type().cast(value));
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return JsonText.read(JsonCodecs.codec(type), json);
  }

  @Override
  public boolean bindsApplicationTypes() {
    return false;
  }
}
