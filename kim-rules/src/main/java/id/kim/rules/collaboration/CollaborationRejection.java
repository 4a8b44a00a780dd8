package id.kim.rules.collaboration;

import static id.kim.core.validation.MissingValueException.requireNonNull;

import id.kim.core.i18n.Lang;
import id.kim.rules.explain.Citation;
import id.kim.rules.explain.Evidence;
import id.kim.rules.explain.Finding;
import id.kim.rules.explain.Message;
import id.kim.rules.explain.Outcome;
import id.kim.rules.explain.RuleId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * A refused step — of a dissemination campaign or of the model's trial and validation — as a value:
 * the reason, the rule and its juknis citation, the evidence and a message in Indonesian and English.
 * Nothing was recorded; the campaign or checklist the step was offered to is unchanged.
 */
@Value.Immutable
public abstract class CollaborationRejection {

  /** @return why the step was refused */
  public abstract RejectionReason reason();

  /** @return the rule the step would break */
  public abstract RuleId ruleId();

  /** @return where the rule comes from */
  public abstract Citation citation();

  /** @return the facts that led to the refusal (masked where personal) */
  @Value.Default
  public Seq<Evidence> evidence() {
    return List.empty();
  }

  /** @return the explanation, rendered in Indonesian or English */
  public abstract Message message();

  /**
   * @param reason why
   * @param ruleId the rule
   * @param citation its citation
   * @param args the arguments of the reason's message, after the rule ID (which is always {@code {0}})
   * @return the rejection
   */
  public static CollaborationRejection of(RejectionReason reason, RuleId ruleId, Citation citation, Object... args) {
    requireNonNull(reason, "reason");
    requireNonNull(citation, "citation");
    Object[] all = new Object[requireNonNull(args, "args").length + 1];
    all[0] = requireNonNull(ruleId, "ruleId").value();
    System.arraycopy(args, 0, all, 1, args.length);
    return ImmutableCollaborationRejection.builder().reason(reason).ruleId(ruleId).citation(citation)
        .message(CollaborationMessages.of(reason.messageKey(), all)).build();
  }

  /**
   * @param more facts to add
   * @return this rejection with the evidence added
   */
  public CollaborationRejection withEvidence(Evidence... more) {
    return ImmutableCollaborationRejection.builder().from(this).evidence(evidence().appendAll(List.of(more))).build();
  }

  /**
   * @param lang the language
   * @return e.g. {@code "MODEL-A-STAGE-2: Tahap 3 ... belum dapat dicatat ..."}
   */
  public String explain(Lang lang) {
    return ruleId() + ": " + message().render(lang);
  }

  /** @return the refusal as a NOT_SATISFIED requirement finding, for reports that read findings */
  public Finding toFinding() {
    return Finding.builder().ruleId(ruleId()).citation(citation()).outcome(Outcome.NOT_SATISFIED)
        .evidence(evidence()).message(message()).build();
  }

  @Override
  public String toString() {
    return "CollaborationRejection[" + reason() + ", " + explain(Lang.EN) + "]";
  }
}
