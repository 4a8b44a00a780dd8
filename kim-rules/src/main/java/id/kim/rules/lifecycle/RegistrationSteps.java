package id.kim.rules.lifecycle;

import id.kim.core.community.CommunityNumber;
import id.kim.core.region.RegencyCity;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The register side of the machine: T1 (registration), T2 (mapping), T3/T3b/T3r (categorisation), T9 (deregistration). */
final class RegistrationSteps {
  private RegistrationSteps() {}

  /** T1: the number must be issued by the Dinas' own regency/city (PARTNER-LEGAL-2, INV-2), not after registration. */
  static Either<Rejection, Transition> register(Context<Register> c) {
    CommunityNumber number = c.event.communityNumber();
    Option<RegencyCity> own = Option.ofOptional(c.state.dinas().regencyCity());
    if (!own.contains(number.issuedBy())) {
      return c.reject(Step.T1, "guard.numberIssuer", number.value(), number.issuedBy().fullName(),
          own.map(RegencyCity::fullName).getOrElse("-"));
    }
    if (number.issuedOn().filter(d -> d.isAfter(c.event.on())).isPresent()) {
      return c.reject(Step.T1, "guard.numberIssuedLater", number.issuedOn().orElseThrow(), c.event.on());
    }
    return c.accept(Step.T1, c.next(Status.REGISTERED).communityNumber(Option.some(number)).build());
  }

  /** T2: the registered KIM enters the mapping (II.B.3, MAP-RULE-a). */
  static Either<Rejection, Transition> enterMapping(Context<EnterMapping> c) {
    return c.accept(Step.T2, c.next(Status.MAPPED).build());
  }

  /** T3 from MAPPED, T3b from CATEGORISED, T3r from TERMINATED — the last only with a written rationale (GAP-38). */
  static Either<Rejection, Transition> categorise(Context<Categorise> c) {
    Step step = c.state.status() == Status.MAPPED ? Step.T3 : c.state.status() == Status.CATEGORISED ? Step.T3B : Step.T3R;
    if (c.event.rationale().exists(String::isBlank)) {
      return c.reject(step, "guard.rationaleBlank");
    }
    if (step == Step.T3R && c.event.rationale().isEmpty()) {
      return c.reject(step, "guard.reentryRationale", c.state.termination().get().decidedOn());
    }
    return c.accept(step, c.next(Status.CATEGORISED).build());
  }

  /** T9: a non-partner leaves the register, on evidence of dissolution or relocation. */
  static Either<Rejection, Transition> deregister(Context<Deregister> c) {
    if (c.event.evidence().isEmpty() && c.event.documents().isEmpty()) {
      return c.reject(Step.T9, "guard.deregisterEvidence", c.event.reason().name());
    }
    return c.accept(Step.T9, c.next(Status.DEREGISTERED).deregistration(Option.some(c.event.reason())).build());
  }
}
