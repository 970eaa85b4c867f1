/**
 * A shop that runs crowdfunding campaigns under Kickstarter's rules and stores their events as JSON. (This
 * descriptor has a source directory of its own so that the class-path project can compile the same code without it.)
 */
module com.example.shop {
  requires io.github.crowdfund.markets;
  requires io.github.crowdfund.outcomes;
  requires io.github.crowdfund.json.jackson3;
}
