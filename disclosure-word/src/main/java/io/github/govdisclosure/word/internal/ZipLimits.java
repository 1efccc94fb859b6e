package io.github.govdisclosure.word.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a zip container before POI opens it: how many entries, how large each and all of them
 * unpack, and how much each expands (a zip bomb unpacks a thousandfold). Checked by streaming, so a
 * hostile file costs at most the limits. POI's own {@code ZipSecureFile} defaults (an inflation
 * ratio of at least 1 %) still apply when it reads; they are global settings of the application,
 * which this library leaves alone. Not API.
 */
final class ZipLimits {
  /** The most entries a Word document may hold. */
  static final int MAX_ENTRIES = 1_000;
  /** The most bytes one entry may unpack to. */
  static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
  /** The most bytes all entries may unpack to. */
  static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
  /** The most an entry of more than {@link #RATIO_FROM} bytes may expand. */
  static final int MAX_RATIO = 100;
  /** Entries smaller than this (bytes) may expand more: small XML compresses well. */
  static final long RATIO_FROM = 1024 * 1024;

  private ZipLimits() {}

  /**
   * What is wrong with the container, or null when it is within the limits.
   *
   * @throws IOException if it is not a readable zip
   */
  static String check(byte[] content) throws IOException {
    long total = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          return "it holds more than " + MAX_ENTRIES + " entries";
        }
        long size = 0;
        InputStream in = zip;
        int n;
        while ((n = in.read(buffer)) > 0) {
          size += n;
          total += n;
          if (size > MAX_ENTRY_BYTES) {
            return "entry " + entry.getName() + " unpacks to more than " + MAX_ENTRY_BYTES + " bytes";
          }
          if (total > MAX_TOTAL_BYTES) {
            return "its entries unpack to more than " + MAX_TOTAL_BYTES + " bytes";
          }
        }
        long packed = entry.getCompressedSize();
        if (size > RATIO_FROM && packed > 0 && size / packed > MAX_RATIO) {
          return "entry " + entry.getName() + " expands " + size / packed + " times (a zip bomb?)";
        }
      }
    }
    if (entries == 0) {
      throw new IOException("no zip entries");
    }
    return null;
  }
}
