/**
 * Campaigns as event-sourced values: the values users touch. {@link io.github.crowdfund.core.Campaign} holds a
 * campaign's state, applies events ({@code evolve}) and answers queries; {@code CampaignDecider} (package-private)
 * is where every rule is decided; {@code PledgeBook} (package-private, beside {@code PledgeTrie}) is where pledges,
 * running totals, tier counts and payment states are stored. Commands ({@link io.github.crowdfund.core.CampaignCommand})
 * and events ({@link io.github.crowdfund.core.CampaignEvent}) are sealed records dispatched exhaustively through their
 * {@code Handler}s; a {@link io.github.crowdfund.core.CampaignDefinition} is shared by the create command and the
 * created event. Rules a campaign is decided against are {@link io.github.crowdfund.core.CampaignRules}.
 * {@link io.github.crowdfund.core.CampaignSnapshot} writes a campaign's whole state as checked bytes and reads it
 * back, so that a store can load a snapshot and the events after it instead of the whole log.
 * {@link io.github.crowdfund.core.Country} is the country type of every crowdfund module: where a reward ships, a
 * market is, a creator lives.
 *
 * <p>Machinery lives below: {@link io.github.crowdfund.core.fees} (fee schedules and their parts) and
 * {@link io.github.crowdfund.core.settlement} (what a campaign pays out after its deadline). This package uses
 * {@code io.github.crowdfund.currency} and Joda-Money, nothing else of the project.
 */
package io.github.crowdfund.core;
