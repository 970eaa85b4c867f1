/**
 * A Jackson 2 module for crowdfund's values and events:
 * {@link io.github.crowdfund.json.jackson2.CrowdfundJackson2Module}.
 */
// "module": javac advises against a module name ending in digits; here the digit is the Jackson major version, as in
// the artifact's name, and the clearest name for it.
@SuppressWarnings("module")
module io.github.crowdfund.json.jackson2 {
  requires transitive io.github.crowdfund.json;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.crowdfund.json.jackson2;
}
