/**
 * The JSON form of crowdfund's values and events, free of any JSON library: {@link io.github.crowdfund.json.JsonCodecs}
 * holds a codec per type, and the Jackson 3 and Jackson 2 modules adapt their generators and parsers to
 * {@link io.github.crowdfund.json.JsonWriter} and {@link io.github.crowdfund.json.JsonReader}.
 */
module io.github.crowdfund.json {
  requires transitive io.github.crowdfund.core;

  exports io.github.crowdfund.json;
}
