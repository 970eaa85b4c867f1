/**
 * Campaign event logs in a relational database, through JDBC only.
 *
 * <p>Two layers. {@link io.github.crowdfund.store.EventLog} keeps rows: a campaign id, the event's version in its
 * campaign, its global position, a type name, a schema version and the JSON text, and appends a batch only if the
 * campaign is still at the version the writer last saw. {@link io.github.crowdfund.store.CampaignStore} turns
 * {@link io.github.crowdfund.core.CampaignEvent}s into rows and back through an
 * {@link io.github.crowdfund.store.EventCodec} (by default {@link io.github.crowdfund.store.EventCodec#json()},
 * crowdfund's JSON form of events), checks every row it reads, and replays campaigns.
 *
 * <p>Uses {@code core}, {@code json} (crowdfund's JSON layouts, no JSON library) and {@code java.sql}; knows no JDBC
 * driver at compile time.
 */
package io.github.crowdfund.store;
