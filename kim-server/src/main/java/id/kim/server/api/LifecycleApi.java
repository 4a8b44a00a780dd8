package id.kim.server.api;

import id.kim.rules.lifecycle.AuditTrail;
import id.kim.rules.lifecycle.Lifecycle;
import id.kim.rules.lifecycle.LifecycleEvent;
import id.kim.rules.lifecycle.LifecyclePolicy;
import id.kim.rules.lifecycle.LifecycleState;
import id.kim.rules.lifecycle.Rejection;
import id.kim.server.problem.ProblemError;
import id.kim.server.problem.Problems;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code POST /v1/lifecycle/apply}: one step in the life of a KIM towards its Dinas (siklus hidup KIM,
 * RULES.md §3, T1–T9). The body holds the KIM's audit trail ({@code trail}), optionally the current
 * {@code state} and the lifecycle {@code policy}, the {@code event} and the day {@code asOf} it is judged.
 *
 * <p>The trail is the source of truth: kim-json replays it ({@link AuditTrail#of}); a trail that does
 * not replay is refused (422 at the breaking entry), and a given {@code state} that is not what the
 * replay yields is refused (422 at {@code /state}). An accepted event answers the transition, the new
 * state and the longer trail; a refused one answers 200 with {@code refused} (the contract's
 * {@link Rejection}, naming its step and rules) and the state and trail exactly as they were.
 */
public final class LifecycleApi implements Endpoint {

  @Override
  public Answer handle(Request request) throws IOException {
    JsonRequest body = JsonRequest.of(request, "trail", "state", "policy", "event", "asOf");
    Optional<AuditTrail> trail = body.value("trail", AuditTrail.class);
    Optional<LifecycleState> state = body.has("state") ? body.value("state", LifecycleState.class) : Optional.empty();
    Optional<LifecyclePolicy> policy = body.has("policy") ? body.value("policy", LifecyclePolicy.class)
        : Optional.of(LifecyclePolicy.standard());
    Optional<LifecycleEvent> event = body.value("event", LifecycleEvent.class);
    Optional<LocalDate> asOf = body.date("asOf");
    body.done();
    Either<Rejection, LifecycleState> replayed = trail.orElseThrow().state();
    if (replayed.isLeft()) {
      Rejection broken = replayed.getLeft();
      body.refuse(new ProblemError("/trail/entries/" + (broken.entry().getOrElse(1) - 1),
          Problems.text("server.error.trailBroken", request.lang(), broken.explain(request.lang())),
          broken.rules().headOption().map(r -> r.value()).toJavaOptional()));
    } else if (state.isPresent() && !state.get().equals(replayed.get())) {
      body.refuse(Problems.error(request.lang(), "/state", "server.error.stateNotReplay"));
    }
    body.done();
    Lifecycle lifecycle = Lifecycle.of(policy.orElseThrow());
    Either<Rejection, AuditTrail> recorded = trail.get().record(lifecycle, event.orElseThrow(), asOf.orElseThrow());
    AuditTrail after = recorded.getOrElse(trail.get());
    try (JsonAnswer j = new JsonAnswer(request.lang())) {
      j.startObject().field("accepted", recorded.isRight());
      if (recorded.isRight()) {
        j.value("step", after.entries().last().step()).value("rules", after.entries().last().rules().toJavaList());
      } else {
        j.value("refused", recorded.getLeft());
      }
      j.value("state", after.state().get()).value("trail", after).endObject();
      return j.answer();
    }
  }
}
