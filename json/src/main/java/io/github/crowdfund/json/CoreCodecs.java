package io.github.crowdfund.json;

import io.github.crowdfund.core.BackerId;
import io.github.crowdfund.core.CampaignId;
import io.github.crowdfund.core.Country;
import io.github.crowdfund.core.CreatorId;

/**
 * The JSON form of the {@code core} module's values: ids as their value ({@code "solar-lantern"}, {@code 1001}), a
 * country as its ISO 3166-1 alpha-2 code ({@code "JP"}).
 */
final class CoreCodecs {

  static final JsonCodec<CampaignId> CAMPAIGN_ID =
      Scalars.text("a campaign id", CampaignId::value, CampaignId::of);

  static final JsonCodec<CreatorId> CREATOR_ID = Scalars.text("a creator id", CreatorId::value, CreatorId::of);

  static final JsonCodec<BackerId> BACKER_ID =
      Scalars.mapped(Scalars.LONG, "a backer id", BackerId::of, BackerId::value);

  /** A country the library knows, as its code: an unknown code is refused at its path, quoting it. */
  static final JsonCodec<Country> COUNTRY =
      Scalars.text("an ISO 3166-1 alpha-2 country code such as \"JP\"", Country::code, Country::of);

  private CoreCodecs() {}
}
