package io.github.crowdfund.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Hadoop's local file system under the scheme {@value #SCHEME}, standing in for a cluster file system
 * ({@code hdfs:}, {@code s3a:}) that the engine reads through Hadoop rather than as a local path. Found by Hadoop
 * through {@code META-INF/services}; public with a public constructor for that.
 */
public class LocalTestFileSystem extends RawLocalFileSystem {

  /** The URI scheme of this file system. */
  static final String SCHEME = "localtest";

  /** Creates the file system; Hadoop initialises it. */
  public LocalTestFileSystem() {
    super();
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  /** Returns the URI of a local file on this file system. */
  static String uriOf(java.nio.file.Path file) {
    return SCHEME + "://" + file.toAbsolutePath();
  }
}
