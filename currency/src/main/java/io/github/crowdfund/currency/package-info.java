/**
 * Exact multi-currency money on Joda-Money {@link org.joda.money.Money}.
 *
 * <ul>
 *   <li>{@link io.github.crowdfund.currency.MoneyBag}: a sum of amounts in several currencies, with a merging
 *       collector;</li>
 *   <li>{@link io.github.crowdfund.currency.CurrencyPair}, {@link io.github.crowdfund.currency.FxRate}
 *       ({@code 1 × base = rate × counter}), {@link io.github.crowdfund.currency.FxRateProvider} and the rate
 *       snapshot {@link io.github.crowdfund.currency.FxRateTable};</li>
 *   <li>{@link io.github.crowdfund.currency.Allocation}: splitting an amount into parts that add up to it;</li>
 *   <li>{@link io.github.crowdfund.currency.Percentage}: exact percentages applied with explicit rounding.</li>
 * </ul>
 *
 * <p>No method accepts or returns null. Every operation that can lose precision takes a
 * {@link java.math.RoundingMode}; amounts are never {@code double}.
 */
package io.github.crowdfund.currency;
