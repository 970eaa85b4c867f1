/**
 * The JSON form of crowdfund's values and events, written once for every JSON library.
 *
 * <ul>
 *   <li>{@link io.github.crowdfund.json.JsonCodecs}: the codec of each type ({@code Money}, {@code FxRate}, the ids,
 *       the campaign definition, every command and event, decisions, settlements), each a fixed field layout; the
 *       type name and schema version of each event;</li>
 *   <li>{@link io.github.crowdfund.json.JsonWriter} and {@link io.github.crowdfund.json.JsonReader}: the tokens a
 *       codec writes and reads, implemented over a JSON library's generator and parser by the
 *       {@code crowdfund-jackson3} and {@code crowdfund-jackson2} modules;</li>
 *   <li>{@link io.github.crowdfund.json.JsonFormatException}: bad JSON, naming its JSON path and the bad value.</li>
 * </ul>
 *
 * <p>The field layouts, value checks and error messages live here only (package-private machinery:
 * {@code ObjectCodec} for field layouts, {@code TaggedCodec} for sealed types with type names, schema versions and
 * the readers of older versions, {@code Scalars} and {@code Containers}); an adapter only moves tokens. This
 * package uses {@code currency} and {@code core}, and no JSON library.
 */
package io.github.crowdfund.json;
