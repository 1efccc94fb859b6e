package io.github.govdisclosure.text.internal;

/**
 * The header a crawler writes before a report's text ({@code 标题:…}, {@code 发布时间:…}, … up to
 * {@code ==== 正文 ====}): where the body starts, and the title it gives.
 *
 * @param bodyStart where the report's own text starts (0 when there is no header)
 * @param title the header's title, or null
 */
record CrawlerHeader(int bodyStart, String title) {

  /** Skips the header of at most 15 lines after {@code 标题:}; keeps its title. */
  static CrawlerHeader of(String text) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (!text.startsWith("标题:", i) && !text.startsWith("标题：", i)) {
      return new CrawlerHeader(0, null);
    }
    int lineEnd = text.indexOf('\n', i);
    String title = text.substring(i + 3, lineEnd < 0 ? text.length() : lineEnd).trim();
    int at = lineEnd < 0 ? text.length() : lineEnd + 1;
    for (int line = 0; line < 15 && at < text.length(); line++) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      String s = text.substring(at, end);
      if (s.contains("正文") && s.contains("====")) {
        return new CrawlerHeader(Math.min(text.length(), end + 1), title);
      }
      at = end + 1;
    }
    return new CrawlerHeader(0, title);
  }
}
