package io.github.govdisclosure.rules.internal;

import io.github.govdisclosure.model.CellRef;
import io.github.govdisclosure.rules.Finding;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stable key of a finding ({@link Finding#getKey()}): {@code <rule>@<where>#<hash>}. Not API.
 *
 * <p>The hash covers what the finding compared and nothing of where it was read: every field is
 * written as {@code name=value} in a fixed order, numbers in plain form with their scale
 * normalised ({@code 1.50} as {@code 1.5}), the message's named values in name order, each field
 * ended by a NUL; SHA-256 of the UTF-8 bytes, the first 8 bytes in hex.
 */
public final class FindingKeys {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private FindingKeys() {}

  /** The key of a finding. */
  public static String of(Finding finding) {
    StringBuilder compared = new StringBuilder();
    field(compared, "rule", finding.getRuleId());
    for (CellRef cell : finding.getCells()) {
      field(compared, "cell", cell.toString());
    }
    field(compared, "location", finding.getLocation());
    field(compared, "year", finding.getYear().isPresent() ? Integer.toString(finding.getYear().getAsInt()) : null);
    field(compared, "expected", plain(finding.getExpected()));
    field(compared, "actual", plain(finding.getActual()));
    field(compared, "blanksReadAsZero", Boolean.toString(finding.isBlanksReadAsZero()));
    field(compared, "quantity", finding.getQuantity().map(Enum::name));
    field(compared, "phrase", finding.getPhrase());
    field(compared, "denominator", finding.getDenominator().map(Enum::name));
    field(compared, "denominatorValue", plain(finding.getDenominatorValue()));
    field(compared, "rounding", finding.getRounding().map(Enum::name));
    for (Map.Entry<String, String> argument : new TreeMap<>(finding.getArguments()).entrySet()) {
      field(compared, "argument." + argument.getKey(), argument.getValue());
    }
    String where = finding.getCells().isEmpty() ? finding.getLocation().orElse("report")
        : finding.getCells().get(0).toString();
    return finding.getRuleId() + "@" + where + "#" + hash(compared.toString());
  }

  private static void field(StringBuilder out, String name, Optional<String> value) {
    field(out, name, value.orElse(null));
  }

  private static void field(StringBuilder out, String name, String value) {
    if (value != null) {
      out.append(name).append('=').append(value).append('\0');
    }
  }

  private static Optional<String> plain(Optional<BigDecimal> value) {
    return value.map(v -> {
      BigDecimal normal = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
      return (normal.scale() < 0 ? normal.setScale(0) : normal).toPlainString();
    });
  }

  private static String hash(String text) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    char[] hex = new char[16];
    for (int i = 0; i < 8; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(hex);
  }
}
