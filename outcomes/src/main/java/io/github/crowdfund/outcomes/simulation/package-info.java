/**
 * Simulated campaigns: backers arrive under an {@link io.github.crowdfund.outcomes.simulation.ArrivalModel} and a
 * {@link io.github.crowdfund.outcomes.simulation.BackerModel}, pledge through core's decider, and each run ends as a
 * {@link io.github.crowdfund.outcomes.simulation.SimulatedCampaign}.
 *
 * <p>{@link io.github.crowdfund.outcomes.simulation.CampaignSimulator} runs one configuration
 * ({@link io.github.crowdfund.outcomes.simulation.SimulationConfig}) many times, reproducibly from a seed;
 * {@link io.github.crowdfund.outcomes.simulation.SuccessPredictor} turns runs into a
 * {@link io.github.crowdfund.outcomes.simulation.Prediction}.
 *
 * <p>This package uses core and the JDK only; summaries of many runs live in {@code statistics}.
 */
package io.github.crowdfund.outcomes.simulation;
