package io.github.govdisclosure.model;

/** The three standard tables, named after the section that holds them. */
public enum Table {
  /** Table 2, section 二: active disclosure under article 20. */
  ACTIVE_DISCLOSURE(Section.ACTIVE_DISCLOSURE),
  /** Table 3, section 三: applications received and handled. */
  APPLICATIONS(Section.APPLICATIONS),
  /** Table 4, section 四: administrative review and litigation. */
  REVIEW_LITIGATION(Section.REVIEW_LITIGATION);

  private final Section section;

  Table(Section section) {
    this.section = section;
  }

  /** The section the table belongs to. */
  public Section section() {
    return section;
  }
}
