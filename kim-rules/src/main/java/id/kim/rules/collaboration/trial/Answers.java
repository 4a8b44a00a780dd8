package id.kim.rules.collaboration.trial;

import io.vavr.control.Option;

/** Orders yes/no answers by caution: "yes" &lt; "not stated" &lt; "no", so that "no" prevails on a tie. */
final class Answers {
  private Answers() {}

  static int caution(Option<Boolean> answer) {
    return answer.map(yes -> yes ? 0 : 2).getOrElse(1);
  }
}
