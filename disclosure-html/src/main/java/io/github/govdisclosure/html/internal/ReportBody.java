package io.github.govdisclosure.html.internal;

import io.github.govdisclosure.model.Section;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the report inside a page's site chrome: the smallest element holding the section headings
 * ({@code 一、总体情况} … {@code 六、其他需要报告的事项}, recognised by numeral and content words), and
 * the report's title line just before it. Not API.
 */
final class ReportBody {
  private static final Pattern HEADING =
      Pattern.compile("^[一二三四五六七八][、.．，,]\\s*(.{0,30})");

  private static final Map<Section, List<String>> WORDS = Map.of(
      Section.OVERVIEW, List.of("总体情况", "概述", "基本情况"),
      Section.ACTIVE_DISCLOSURE, List.of("主动公开"),
      Section.APPLICATIONS, List.of("收到和处理", "依申请"),
      Section.REVIEW_LITIGATION, List.of("行政复议", "行政诉讼"),
      Section.PROBLEMS, List.of("存在的主要问题", "存在问题", "改进情况", "整改"),
      Section.OTHER_MATTERS, List.of("其他需要报告", "其他事项"));

  private ReportBody() {}

  /** The section a heading line names, if the line is one. */
  static Optional<Section> heading(String line) {
    Matcher m = HEADING.matcher(line);
    if (!m.find() || line.indexOf('\t') >= 0) {
      return Optional.empty();
    }
    String words = m.group(1);
    for (Section section : Section.values()) {
      for (String word : WORDS.get(section)) {
        if (words.contains(word)) {
          return Optional.of(section);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The smallest element holding every section heading found, when at least two different
   * sections are found; empty otherwise.
   */
  static Optional<Element> find(Rendering page) {
    Set<Section> sections = EnumSet.noneOf(Section.class);
    List<Element> anchors = new ArrayList<>();
    for (Rendering.Line line : page.lines()) {
      Optional<Section> section = heading(page.lineText(line));
      if (section.isPresent()) {
        sections.add(section.get());
        anchors.add(line.anchor());
      }
    }
    if (sections.size() < 2) {
      return Optional.empty();
    }
    Element common = anchors.get(0);
    for (Element anchor : anchors) {
      while (common != null && anchor != common && !isAncestor(common, anchor)) {
        common = common.parent();
      }
    }
    return Optional.ofNullable(common);
  }

  /**
   * The last line before the container that names an annual report ({@code …年度报告}) and is not
   * a table row: the page's heading above the report text.
   */
  static Optional<Rendering.Line> titleBefore(Rendering page, Element container) {
    Rendering.Line title = null;
    for (Rendering.Line line : page.lines()) {
      if (line.anchor() == container || isAncestor(container, line.anchor())) {
        break;
      }
      String text = page.lineText(line);
      if (!line.tableRow() && text.contains("年度报告") && text.length() <= 100) {
        title = line;
      }
    }
    return Optional.ofNullable(title);
  }

  private static boolean isAncestor(Element ancestor, Element node) {
    for (Element e = node.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
