package id.kim.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A text that many KIM share, written once with the numbers of the KIM it applies to — e.g. the approach of
 * Tabel 3.3 for 27 KIM, or a termination ground the data cannot show for every partner.
 *
 * @param text the text
 * @param numbers the KIM's numbers, ascending
 */
record Fold(String text, List<Integer> numbers) {

  /** @return the numbers as a reader writes them, runs shortened: "1–3, 7, 9" */
  public String numbersText() {
    StringBuilder s = new StringBuilder();
    int i = 0;
    while (i < numbers.size()) {
      int j = i;
      while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
        j++;
      }
      s.append(s.length() == 0 ? "" : ", ").append(numbers.get(i));
      if (j > i) {
        s.append(j == i + 1 ? ", " : "–").append(numbers.get(j));
      }
      i = j + 1;
    }
    return s.toString();
  }

  /**
   * @param items the items, in any order
   * @param number the KIM's number of an item
   * @param texts the texts of an item
   * @param <T> the item
   * @return one fold per distinct text, in the order texts first appear, numbers ascending
   */
  static <T> List<Fold> of(List<T> items, Function<T, Integer> number, Function<T, List<String>> texts) {
    Map<String, List<Integer>> byText = new LinkedHashMap<>();
    items.stream().sorted((a, b) -> Integer.compare(number.apply(a), number.apply(b))).forEach(item -> {
      for (String text : texts.apply(item)) {
        List<Integer> numbers = byText.computeIfAbsent(text, k -> new ArrayList<>());
        if (!numbers.contains(number.apply(item))) {
          numbers.add(number.apply(item));
        }
      }
    });
    List<Fold> out = new ArrayList<>();
    byText.forEach((text, numbers) -> out.add(new Fold(text, List.copyOf(numbers))));
    return List.copyOf(out);
  }
}
