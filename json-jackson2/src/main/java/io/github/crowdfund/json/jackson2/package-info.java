/**
 * Jackson 2 ({@code com.fasterxml.jackson}) for crowdfund:
 * {@link io.github.crowdfund.json.jackson2.CrowdfundJackson2Module} registers a serializer and a deserializer for
 * every type of {@link io.github.crowdfund.json.JsonCodecs};
 * {@link io.github.crowdfund.json.jackson2.CrowdfundJackson2} gives ready mappers. The JSON is crowdfund-json's, byte
 * for byte the same as the Jackson 3 module's; this package only moves tokens between Jackson and the codecs.
 */
package io.github.crowdfund.json.jackson2;
