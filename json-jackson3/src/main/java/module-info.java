/**
 * A Jackson 3 module for crowdfund's values and events:
 * {@link io.github.crowdfund.json.jackson3.CrowdfundJackson3Module}.
 */
// "module": javac advises against a module name ending in digits; here the digit is the Jackson major version, as in
// the artifact's name, and the clearest name for it.
@SuppressWarnings("module")
module io.github.crowdfund.json.jackson3 {
  requires transitive io.github.crowdfund.json;
  requires transitive tools.jackson.databind;

  exports io.github.crowdfund.json.jackson3;
}
