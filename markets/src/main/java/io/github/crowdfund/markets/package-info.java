/**
 * Where and under which rules a campaign may run: markets through time, creator eligibility, and real platforms'
 * rules and fees, all as dated data bundled with the library.
 *
 * <ul>
 *   <li>{@link io.github.crowdfund.markets.MarketCatalog#kickstarter()}: Kickstarter's 25 markets with the days they
 *       were announced, opened for drafting and opened to creators, their currencies and pledge limits;
 *       {@code openOn(date)}, {@code statusOn(country, date)} and {@code upcoming(date)}.</li>
 *   <li>{@link io.github.crowdfund.markets.Eligibility}: checks a {@link io.github.crowdfund.markets.CreatorProfile}
 *       against a market on a launch date and lists every {@link io.github.crowdfund.markets.Reason} that applies,
 *       with EU membership as dated data ({@link io.github.crowdfund.markets.EuMembership}).</li>
 *   <li>{@link io.github.crowdfund.markets.Platform}: Kickstarter, Indiegogo, Ulule, KissKissBankBank, CAMPFIRE,
 *       READYFOR, Makuake and GoFundMe, each fact with its dates, confidence and source;
 *       {@link io.github.crowdfund.markets.PlatformRules} is core's {@code CampaignRules} and {@code FeeSchedule}
 *       for one campaign.</li>
 * </ul>
 *
 * <p>Example:
 * <pre>{@code
 * Country japan = Country.of("JP");
 * Individual tokyoCreator = Individual.builder()
 *     .birthDate(LocalDate.of(1985, 3, 14))
 *     .residence(japan)
 *     .addIdCountries(japan)
 *     .bankAccount(BankAccount.of(japan, "JPY"))
 *     .hasCard(true)
 *     .build();
 * EligibilityDecision march = Eligibility.kickstarter().check(tokyoCreator, japan, LocalDate.of(2017, 3, 1));
 * // not eligible: "Japan (JP) is not open to creators on 2017-03-01; it opens to creators on 2017-09-13."
 * }</pre>
 *
 * <p>Nothing here reads the clock: every date is passed in. Unknown facts stay unknown: asking for one throws
 * {@link io.github.crowdfund.markets.UnknownRuleException} (or, in a settlement, core's
 * {@code UnknownFeeException}) until the application supplies it.
 */
package io.github.crowdfund.markets;
