package io.github.crowdfund.core;

/**
 * Thrown when bytes are not a valid {@link CampaignSnapshot} of the format this library reads: wrong magic bytes, an
 * unknown format version, a checksum mismatch, truncation, trailing bytes or an impossible value. The message names
 * the reason and, where known, the byte offset at which it was found. A store receiving it should drop the snapshot
 * and replay the campaign's event log instead.
 *
 * <p>Instances are immutable once thrown and may be shared between threads.
 */
public final class InvalidSnapshotException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The byte offset of the problem, or -1 when it has no single place. */
  private final int offset;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong; not null
   * @param offset the byte offset where it was found, or -1 when it has no single place
   */
  InvalidSnapshotException(String reason, int offset) {
    super("invalid campaign snapshot" + (offset >= 0 ? " at byte " + offset : "") + ": " + reason);
    this.offset = offset;
  }

  /**
   * Creates the exception for a value the format can hold but a campaign cannot.
   *
   * @param reason what is wrong; not null
   * @param offset the byte offset where it was found
   * @param cause the error the value caused
   */
  InvalidSnapshotException(String reason, int offset, RuntimeException cause) {
    this(reason, offset);
    initCause(cause);
  }

  /**
   * Returns the byte offset at which the problem was found.
   *
   * @return the offset from the first byte of the snapshot, or -1 when the problem has no single place (a checksum
   *     mismatch spans the whole snapshot)
   */
  public int offset() {
    return offset;
  }
}
