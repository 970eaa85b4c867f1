/**
 * Campaign event logs in a relational database, through JDBC only.
 *
 * <p>Two layers. {@link io.github.crowdfund.store.EventLog} keeps rows: a campaign id, the event's version in its
 * campaign, its global position, a type name, a schema version and the JSON text, and appends a batch only if the
 * campaign is still at the version the writer last saw. {@link io.github.crowdfund.store.CampaignStore} turns
 * {@link io.github.crowdfund.core.CampaignEvent}s into rows and back through an
 * {@link io.github.crowdfund.store.EventCodec} (the JSON modules provide one), checks every row it reads, and
 * replays campaigns.
 *
 * <p>Uses {@code core} and {@code java.sql}; knows no JSON library and no JDBC driver at compile time.
 */
package io.github.crowdfund.store;
