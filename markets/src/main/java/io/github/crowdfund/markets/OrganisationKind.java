package io.github.crowdfund.markets;

import java.util.Locale;

/**
 * Kinds of organisation some platforms name in their rules (READYFOR offers All-In funding only to some of them).
 */
public enum OrganisationKind {
  /** A national or local government body. */
  PUBLIC_BODY,
  /** A university or similar academic institution. */
  UNIVERSITY,
  /** A certified nonprofit (in Japan, a certified NPO) or a similar body. */
  CERTIFIED_NPO,
  /** A company listed on a stock exchange. */
  LISTED_COMPANY,
  /** Any other company, association or person. */
  OTHER;

  /**
   * Parses the lower-case spelling used in data files, e.g. {@code certified_npo}.
   *
   * @param text the spelling, not null
   * @return the kind
   * @throws IllegalArgumentException quoting {@code text} and listing the valid spellings when it is none of them
   */
  public static OrganisationKind parse(String text) {
    return DataFile.parseChoice(text, OrganisationKind.class);
  }

  /** Returns the lower-case spelling used in data files. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
