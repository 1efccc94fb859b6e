package io.github.govdisclosure.text.internal;

import java.util.Optional;

/** Reads the title, the report year and the agency. Not API. */
final class Meta {
  private static final String[] PERIOD = {"统计期限", "统计时限", "统计期间", "统计时间", "统计区间", "统计周期"};
  private static final String STOPS = "与向请和由至及的在为是对联系";

  private final String text;
  private final NormalForm norm;
  private final int from;
  private final int to;

  Meta(String text, NormalForm norm, int from, int to) {
    this.text = text;
    this.norm = norm;
    this.from = from;
    this.to = to;
  }

  /** The crawler's title, or a title line (or two) near the top that names the annual report. */
  Optional<String> title(String crawlerTitle) {
    if (crawlerTitle != null && !crawlerTitle.isEmpty()) {
      return Optional.of(crawlerTitle);
    }
    int at = from;
    String previous = null;
    int previousLength = 0;
    for (int line = 0; line < 8 && at < to; line++) {
      int end = text.indexOf('\n', at);
      if (end < 0 || end > to) {
        end = to;
      }
      // the line trimmed, without the marks of a Markdown heading (as String.trim() would cut it)
      int a = at;
      int b = end;
      while (a < b && text.charAt(a) <= ' ') {
        a++;
      }
      while (b > a && text.charAt(b - 1) <= ' ') {
        b--;
      }
      int hashes = 0;
      while (a + hashes < b && text.charAt(a + hashes) == '#') {
        hashes++;
      }
      if (hashes > 0 && a + hashes < b && text.charAt(a + hashes) == ' ') {
        a += hashes;
        while (a < b && text.charAt(a) <= ' ') {
          a++;
        }
      }
      at = end + 1;
      if (a >= b) {
        continue;
      }
      // a title is at most 60 normalised characters: longer lines are not made into strings
      int length = normalLength(a, b);
      String s = null;
      if (length <= 60) {
        s = text.substring(a, b);
        if (isTitle(s)) {
          return Optional.of(s);
        }
      }
      if (previous != null && previousLength + length <= 60 && isTitle(previous + s)) {
        return Optional.of(previous + s);
      }
      previous = s;
      previousLength = length;
    }
    return Optional.empty();
  }

  /** The number of characters of {@code text[a, b)} that normalisation keeps. */
  private int normalLength(int a, int b) {
    int n = 0;
    for (int i = a; i < b && n <= 60; i++) {
      if (NormalForm.labelChar(text.charAt(i)) != 0) {
        n++;
      }
    }
    return n;
  }

  private static boolean isTitle(String s) {
    String n = NormalForm.normalize(s);
    return n.length() <= 60 && n.contains("政府信息公开") && (n.contains("年度报告") || n.endsWith("年报"));
  }

  /** The year of the statistical period, else the year in the title. */
  Optional<Integer> year(String title) {
    int lo = norm.indexAtSource(from);
    int hi = norm.indexAtSource(to);
    for (String key : PERIOD) {
      int at = norm.indexOf(key, lo, hi);
      while (at >= 0 && at < hi) {
        int y = yearAt(norm, at + key.length(), Math.min(hi, at + key.length() + 20));
        if (y > 0) {
          return Optional.of(y);
        }
        at = norm.indexOf(key, at + 1, hi);
      }
    }
    if (title != null) {
      NormalForm t = NormalForm.labels(title, 0, title.length());
      int y = yearAt(t, 0, t.length());
      if (y > 0) {
        return Optional.of(y);
      }
    }
    return Optional.empty();
  }

  /** The first {@code YYYY年} between two normalised indexes, or -1. */
  private static int yearAt(NormalForm n, int lo, int hi) {
    for (int i = lo; i + 4 < hi + 1 && i + 4 < n.length(); i++) {
      if (isYear(n, i)) {
        return Integer.parseInt(n.substring(i, i + 4));
      }
    }
    return -1;
  }

  private static boolean isYear(NormalForm n, int i) {
    if (i + 4 >= n.length() || n.charAt(i + 4) != '年' || (i > 0 && isAsciiDigit(n.charAt(i - 1)))) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (!isAsciiDigit(n.charAt(i + k))) {
        return false;
      }
    }
    int y = Integer.parseInt(n.substring(i, i + 4));
    return y >= 1990 && y <= 2100;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The agency: the title's words around the year, else {@code X人民政府} of a contact line. */
  Optional<String> agency(String title) {
    if (title != null) {
      NormalForm t = NormalForm.labels(title, 0, title.length());
      String n = t.substring(0, t.length());
      for (int i = 0; i + 4 < n.length(); i++) {
        if (isYear(t, i)) {
          String before = strip(n.substring(0, i));
          if (!before.isEmpty()) {
            return Optional.of(before);
          }
          int after = i + 5;
          if (after < n.length() && n.charAt(after) == '度') {
            after++;
          }
          int end = n.indexOf("政府信息公开", after);
          if (end > after) {
            return Optional.of(n.substring(after, end));
          }
          break;
        }
      }
    }
    int lo = norm.indexAtSource(from);
    int hi = norm.indexAtSource(to);
    for (String office : new String[] {"人民政府办公室", "人民政府办公厅"}) {
      int at = norm.indexOf(office, lo, hi);
      if (at >= 0 && at < hi) {
        int start = at;
        while (start > lo && Character.isIdeographic(norm.charAt(start - 1))
            && STOPS.indexOf(norm.charAt(start - 1)) < 0 && at - start < 20) {
          start--;
        }
        if (start < at) {
          return Optional.of(norm.substring(start, at) + "人民政府");
        }
      }
    }
    return Optional.empty();
  }

  private static String strip(String s) {
    String t = s;
    for (String p : new String[] {"正文", "关于"}) {
      if (t.startsWith(p)) {
        t = t.substring(p.length());
      }
    }
    return t;
  }
}
