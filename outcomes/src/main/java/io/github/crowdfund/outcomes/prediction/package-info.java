/**
 * Predicting a project's success at launch, from what is known before the first backer: goal in US dollars,
 * duration, category, country, currency, launch month and year, name length. Never backers, pledged amounts or the
 * state.
 *
 * <p>{@link io.github.crowdfund.outcomes.prediction.LaunchModel} is a fitted logistic model that scores a project
 * and saves itself as a small documented JSON file; fitting it is the job of a
 * {@link io.github.crowdfund.outcomes.prediction.LaunchModelFitter} (the {@code crowdfund-tribuo} module supplies
 * one built on Oracle's Tribuo), so this package needs no machine-learning library.
 * {@link io.github.crowdfund.outcomes.prediction.LaunchEvaluation} gives accuracy, AUC, Brier score, log loss and
 * calibration by decile; {@link io.github.crowdfund.outcomes.prediction.LaunchValidation} evaluates a fitter on
 * projects it never saw (k-fold cross-validation, a split on launch date).
 *
 * <p>Uses {@code dataset} (the records) and the JDK only.
 */
package io.github.crowdfund.outcomes.prediction;
