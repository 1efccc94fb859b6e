package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.model.FeeStatement;
import io.github.govdisclosure.text.internal.NormalForm;
import io.github.govdisclosure.text.internal.shared.LineIndex;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the text says about the information-processing fee (信息处理费).
 *
 * <p>A clause mentioning {@code 处理费} (or {@code 收费} next to {@code 信息公开}) says no fee was
 * charged when a negation precedes the fee word ({@code 未收取}, {@code 无收取}, {@code 没有产生},
 * {@code 未发生}, …) or the amount is zero; it says a fee was charged when it has {@code 收取} and
 * an amount in 元 above zero. Mentions inside a title ({@code 《…信息处理费管理办法》}), the table 3
 * row {@code 逾期未按收费通知要求缴纳费用} and table 2's {@code 行政事业性收费} are not statements.
 */
final class Fees {

  private static final String CLAUSE = "。;,!?\n|()";
  private static final int REACH = 40;
  private static final List<String> NEGATIONS =
      List.of(
          "未收取", "无收取", "没有收取", "不收取", "未曾收取", "未收", "未产生", "没有产生", "未发生", "没有发生",
          "免收", "免除", "无需缴纳", "不存在收取");

  private Fees() {}

  static Optional<FeeStatement> read(NormalForm text, LineIndex spans) {
    for (int k = 0; k + 1 < text.length(); k++) {
      char first = text.at(k);
      if (first != '处' && first != '收') {
        continue; // neither fee word starts here: most of the text
      }
      boolean processing = text.startsWith("处理费", k);
      if (!processing && !text.startsWith("收费", k)) {
        continue;
      }
      if (inTitle(text, k)) {
        continue;
      }
      int start = k;
      while (start > 0 && k - start < REACH && CLAUSE.indexOf(text.at(start - 1)) < 0) {
        start--;
      }
      int end = k;
      while (end < text.length() && end - k < REACH && CLAUSE.indexOf(text.at(end)) < 0) {
        end++;
      }
      String clause = text.substring(start, end);
      if (clause.contains("通知") || clause.contains("行政事业性") || clause.contains("标准")) {
        continue;
      }
      if (!processing && !clause.contains("信息公开") && !clause.contains("依申请")) {
        continue;
      }
      String before = text.substring(start, k);
      Boolean charged = null;
      for (String negation : NEGATIONS) {
        if (before.contains(negation)) {
          charged = false;
          break;
        }
      }
      if (charged == null && clause.contains("收取")) {
        int amount = amount(clause);
        if (amount > 0) {
          charged = true;
        } else if (amount == 0) {
          charged = false;
        }
      }
      if (charged != null) {
        return Optional.of(
            new FeeStatement.Builder()
                .charged(charged)
                .phrase(text.written(start, end).strip())
                .span(FigureReader.spans(text, spans, start, end))
                .build());
      }
    }
    return Optional.empty();
  }

  /** 1 if the clause states a positive amount in 元, 0 if a zero amount, -1 if none. */
  private static int amount(String clause) {
    int n = clause.length();
    for (int i = 0; i < n; i++) {
      if (!NormalForm.isDigit(clause.charAt(i)) || (i > 0 && NormalForm.isDigit(clause.charAt(i - 1)))) {
        continue;
      }
      int j = i;
      boolean positive = false;
      while (j < n && (NormalForm.isDigit(clause.charAt(j)) || clause.charAt(j) == '.')) {
        positive |= clause.charAt(j) >= '1' && clause.charAt(j) <= '9';
        j++;
      }
      if (clause.startsWith("元", j) || clause.startsWith("万元", j)) {
        return positive ? 1 : 0;
      }
    }
    return -1;
  }

  /** Whether position {@code k} is inside a title {@code 《…》} opened on the same stretch. */
  private static boolean inTitle(NormalForm text, int k) {
    for (int i = k - 1; i >= 0 && k - i <= 80; i--) {
      char c = text.at(i);
      if (c == '》' || c == '。') {
        return false;
      }
      if (c == '《') {
        return true;
      }
    }
    return false;
  }
}
