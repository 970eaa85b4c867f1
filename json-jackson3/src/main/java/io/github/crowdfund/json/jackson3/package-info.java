/**
 * Jackson 3 ({@code tools.jackson}) for crowdfund: {@link io.github.crowdfund.json.jackson3.CrowdfundJackson3Module}
 * registers a serializer and a deserializer for every type of {@link io.github.crowdfund.json.JsonCodecs};
 * {@link io.github.crowdfund.json.jackson3.CrowdfundJackson3} is a ready mapper. The JSON is crowdfund-json's, byte
 * for byte the same as the Jackson 2 module's; this package only moves tokens between Jackson and the codecs.
 */
package io.github.crowdfund.json.jackson3;
