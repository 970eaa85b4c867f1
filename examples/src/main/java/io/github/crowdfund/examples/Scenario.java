package io.github.crowdfund.examples;

/**
 * One story of the demo: a short program that runs the library through a moment of crowdfunding history and tells
 * what happened.
 */
interface Scenario {

  /** The scenario's title, printed above its report. */
  String title();

  /** Runs the story; the result holds the figures a test checks and the text the demo prints. */
  Report run();

  /** What a scenario found, as readable text. */
  interface Report {
    /** The report as lines of text, each ending with a line break. */
    String text();
  }
}
