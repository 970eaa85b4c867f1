package io.github.crowdfund.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crowdfund.json.GoldenSamples;
import io.github.crowdfund.json.JsonContractTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The module registered on a mapper an application builds itself gives every type its crowdfund JSON form. */
class CrowdfundJackson3ModuleTest {

  @Test
  void aMapperOfTheApplicationsOwnWritesAndReadsEveryGoldenSample() {
    JsonMapper mapper = JsonMapper.builder().addModule(new CrowdfundJackson3Module()).build();

    for (GoldenSamples.Sample sample : GoldenSamples.all()) {
      String json = JsonContractTest.golden(sample.name());
      assertThat(mapper.writeValueAsString(sample.value())).as(sample.name()).isEqualTo(json);
      assertThat(mapper.readValue(json, sample.type())).as(sample.name()).isEqualTo(sample.value());
    }
  }
}
