package io.github.crowdfund.json.jackson3;

import io.github.crowdfund.json.JsonContractTest;
import io.github.crowdfund.json.JsonEngine;

/** crowdfund's JSON contract, through Jackson 3. */
class Jackson3ContractTest extends JsonContractTest {

  private final JsonEngine engine = new Jackson3Engine();

  @Override
  protected JsonEngine engine() {
    return engine;
  }
}
