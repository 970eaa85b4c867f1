package io.github.crowdfund.json.jackson2;

import io.github.crowdfund.json.JsonContractTest;
import io.github.crowdfund.json.JsonEngine;

/** crowdfund's JSON contract, through Jackson 2. */
class Jackson2ContractTest extends JsonContractTest {

  private final JsonEngine engine = new Jackson2Engine();

  @Override
  protected JsonEngine engine() {
    return engine;
  }
}
