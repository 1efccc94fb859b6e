package io.github.govdisclosure.model;

import java.util.List;

/**
 * A column of table 3, the applicant ({@code 申请人情况}). {@code 法人或其他组织} is only a group header over
 * the five organisation columns; there is no subtotal column.
 */
public enum Applicant {
  /** 自然人. */
  NATURAL_PERSON("自然人"),
  /** 商业企业. */
  COMMERCIAL_ENTERPRISE("商业企业"),
  /** 科研机构. */
  RESEARCH_INSTITUTION("科研机构"),
  /** 社会公益组织. */
  SOCIAL_WELFARE_ORGANIZATION("社会公益组织"),
  /** 法律服务机构. */
  LEGAL_SERVICE_INSTITUTION("法律服务机构"),
  /** 其他 (other organisations). */
  OTHER_ORGANIZATION("其他"),
  /** 总计: the sum of the six columns before it. */
  TOTAL("总计");

  /** The header over the seven columns, {@code 申请人情况}. */
  public static final String HEADER = "申请人情况";

  /** The header over the five organisation columns, {@code 法人或其他组织} (a header, not a column). */
  public static final String ORGANIZATIONS_HEADER = "法人或其他组织";

  private final String label;

  Applicant(String label) {
    this.label = label;
  }

  /** The official column label. */
  public String label() {
    return label;
  }

  /** Whether this column is one of the five under the {@code 法人或其他组织} header. */
  public boolean isOrganization() {
    return this != NATURAL_PERSON && this != TOTAL;
  }

  /** The six columns whose sum is {@link #TOTAL}. */
  public static List<Applicant> parts() {
    return List.of(NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION,
        SOCIAL_WELFARE_ORGANIZATION, LEGAL_SERVICE_INSTITUTION, OTHER_ORGANIZATION);
  }
}
