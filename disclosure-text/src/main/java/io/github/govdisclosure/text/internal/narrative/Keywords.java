package io.github.govdisclosure.text.internal.narrative;

import io.github.govdisclosure.model.Quantity;
import java.util.List;

/**
 * The words that say which table quantity a number restates.
 *
 * <p>Before the number ({@code “予以公开”17件}) the keyword nearest the number wins, and of two
 * ending at the same place the longer ({@code 予以公开及部分公开} over {@code 部分公开}); so {@code
 * 不予公开} is never read as {@code 予以公开} (they differ anyway: the shared part is only {@code
 * 予公开}). After the number ({@code 1件结转下年度继续办理}) the first keyword wins.
 */
final class Keywords {

  /** Where a keyword was found in a context string. */
  record Match(Quantity quantity, int start, int end) {}

  /** A keyword and its {@linkplain #mask(String) mask}. */
  private record Word(String text, Quantity quantity, long mask) {}

  private static final List<Word> WORDS =
      List.of(
          w("予以公开及部分公开", Quantity.DISCLOSED_OR_PARTIALLY),
          w("予以公开和部分公开", Quantity.DISCLOSED_OR_PARTIALLY),
          w("予以公开或部分公开", Quantity.DISCLOSED_OR_PARTIALLY),
          w("予以公开、部分公开", Quantity.DISCLOSED_OR_PARTIALLY),
          w("公开及部分公开", Quantity.DISCLOSED_OR_PARTIALLY),
          w("公开和部分公开", Quantity.DISCLOSED_OR_PARTIALLY),
          w("不予公开", Quantity.WITHHELD),
          w("予以公开", Quantity.DISCLOSED),
          w("同意公开", Quantity.DISCLOSED),
          w("全部公开", Quantity.DISCLOSED),
          w("部分公开", Quantity.PARTIALLY_DISCLOSED),
          w("无法提供", Quantity.UNAVAILABLE),
          w("不予处理", Quantity.NOT_PROCESSED),
          w("其他处理", Quantity.OTHER),
          w("其它处理", Quantity.OTHER),
          w("结转下年", Quantity.CARRIED_TO_NEXT_YEAR),
          w("结转下一年", Quantity.CARRIED_TO_NEXT_YEAR),
          w("结转至下", Quantity.CARRIED_TO_NEXT_YEAR),
          w("结转到下", Quantity.CARRIED_TO_NEXT_YEAR),
          w("转入下年", Quantity.CARRIED_TO_NEXT_YEAR),
          w("转入下一年", Quantity.CARRIED_TO_NEXT_YEAR),
          w("下年度继续办理", Quantity.CARRIED_TO_NEXT_YEAR),
          w("顺延到下", Quantity.CARRIED_TO_NEXT_YEAR),
          w("顺延至下", Quantity.CARRIED_TO_NEXT_YEAR),
          w("下一年度继续办理", Quantity.CARRIED_TO_NEXT_YEAR),
          w("上年结转", Quantity.CARRIED_FROM_LAST_YEAR),
          w("上年度结转", Quantity.CARRIED_FROM_LAST_YEAR),
          w("上一年结转", Quantity.CARRIED_FROM_LAST_YEAR),
          w("上一年度结转", Quantity.CARRIED_FROM_LAST_YEAR),
          w("结转上年", Quantity.CARRIED_FROM_LAST_YEAR),
          w("办结", Quantity.HANDLED),
          w("已答复", Quantity.HANDLED),
          w("答复", Quantity.HANDLED),
          w("行政复议", Quantity.REVIEW),
          w("行政诉讼", Quantity.LITIGATION));

  /** Verbs that, with {@code 申请}, say applications were received. */
  private static final List<String> RECEIVE = List.of("收到", "新收", "受理", "接收", "接到", "收悉");
  /** The {@linkplain #mask(String) mask} of each of {@link #RECEIVE}. */
  private static final long[] RECEIVE_MASKS = RECEIVE.stream().mapToLong(Keywords::mask).toArray();

  /** Words between a keyword and its number that make the number something else (a change). */
  private static final List<String> NOT_A_COUNT =
      List.of("增加", "减少", "增长", "下降", "上升", "提高", "同比", "历年", "率");

  /** How far a keyword may be from its number. */
  static final int MAX_GAP = 12;

  private Keywords() {}

  private static Word w(String text, Quantity quantity) {
    return new Word(text, quantity, mask(text));
  }

  /**
   * The characters of a text as a 64-bit mask, a bit per character's lowest six bits: a word whose
   * mask has a bit the text's lacks is not in the text, so most of the keywords are ruled out
   * without a search of the text (a context holds a few dozen characters).
   */
  private static long mask(String text) {
    long mask = 0;
    for (int i = 0; i < text.length(); i++) {
      mask |= 1L << text.charAt(i);
    }
    return mask;
  }

  /** Whether a text of mask {@code text} may hold a word of mask {@code word}. */
  private static boolean mayHold(long text, long word) {
    return (word & ~text) == 0;
  }

  /**
   * The quantity named in {@code left}, the text just before a number; {@code right} is the text
   * just after its unit. Null if none.
   */
  static Match before(String left, String right) {
    Match best = null;
    long mask = mask(left);
    for (Word word : WORDS) {
      int at = mayHold(mask, word.mask()) ? left.lastIndexOf(word.text()) : -1;
      if (at >= 0) {
        best = better(best, new Match(word.quantity(), at, at + word.text().length()));
      }
    }
    Match received = received(left, mask, right);
    if (received != null) {
      best = better(best, received);
    }
    if (best == null || left.length() - best.end() > MAX_GAP) {
      return null;
    }
    String gap = left.substring(best.end());
    if (best.quantity() == Quantity.HANDLED && gap.chars().anyMatch(Character::isDigit)) {
      // 答复33件，另有8件申请人主动撤销: the verb names the number after it, not a later one
      return null;
    }
    for (String word : NOT_A_COUNT) {
      if (gap.contains(word)) {
        return null;
      }
    }
    if (left.contains("历年")) {
      return null;
    }
    return best;
  }

  /** The quantity named right after a number ({@code 1件结转下年度继续办理}); null if none. */
  static Match after(String left, String right) {
    Match best = null;
    long mask = mask(right);
    for (Word word : WORDS) {
      int at = mayHold(mask, word.mask()) ? right.indexOf(word.text()) : -1;
      boolean near = word.quantity() == Quantity.REVIEW || word.quantity() == Quantity.LITIGATION;
      if (at >= 0 && (near || at <= 2) && (best == null || at < best.start())) {
        best = new Match(word.quantity(), at, at + word.text().length());
      }
    }
    int application = right.indexOf("申请");
    if (application >= 0 && application <= 8 && verb(left, mask(left)) >= 0 && !right.startsWith("中")
        && (best == null || application < best.start())) {
      String between = right.substring(0, application);
      if (!between.contains("复议") && !between.contains("诉讼")) {
        best = new Match(Quantity.RECEIVED, application, application + 2);
      }
    }
    if (best != null && (left.contains("历年") || containsAny(right.substring(0, best.start())))) {
      return null;
    }
    return best;
  }

  /** A word that turns a percent into a rate, not a share ({@code 办结率100%}). */
  static boolean isRate(String gap) {
    return gap.contains("率");
  }

  private static boolean containsAny(String text) {
    for (String word : NOT_A_COUNT) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Applications received, named by a verb in {@code left} (of mask {@code mask}); null if none. */
  private static Match received(String left, long mask, String right) {
    int verb = verb(left, mask);
    if (verb < 0) {
      return null;
    }
    int application = left.lastIndexOf("申请");
    if (application > verb) {
      String between = left.substring(verb, application);
      if (between.contains("复议") || between.contains("诉讼")) {
        return null;
      }
      return new Match(Quantity.RECEIVED, verb, application + 2);
    }
    if (right.startsWith("申请") || right.startsWith("政府信息公开申请") || right.startsWith("信息公开申请")) {
      return new Match(Quantity.RECEIVED, verb, left.length());
    }
    return null;
  }

  /** The last of the {@link #RECEIVE} verbs in {@code left}, of mask {@code mask}, or -1. */
  private static int verb(String left, long mask) {
    int best = -1;
    for (int k = 0; k < RECEIVE.size(); k++) {
      if (mayHold(mask, RECEIVE_MASKS[k])) {
        best = Math.max(best, left.lastIndexOf(RECEIVE.get(k)));
      }
    }
    return best;
  }

  private static Match better(Match best, Match candidate) {
    if (best == null) {
      return candidate;
    }
    if (candidate.end() != best.end()) {
      return candidate.end() > best.end() ? candidate : best;
    }
    return candidate.start() < best.start() ? candidate : best;
  }
}
