/**
 * Bounds on the texts the crowdfund modules parse (number lengths, line lengths, quoting in messages), shared by the
 * parsers of every module. Exported only to the crowdfund modules; not an API for applications.
 */
package io.github.crowdfund.text;
