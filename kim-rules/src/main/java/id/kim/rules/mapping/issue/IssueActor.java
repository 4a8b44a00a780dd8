package id.kim.rules.mapping.issue;

import id.kim.core.contact.PersonName;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or body in an issue (ISSUE-ASPECT-2) with, for the administration of the issue, its
 * capacity and whether it still has to be involved — "catat siapa saja terlibat atau yang harus
 * dilibatkan berserta kapasitas masing-masing" (ISSUE-ASPECT-4). A person's name is personal data
 * and prints masked; a body (agency, organisation, medium) prints as written.
 */
@Value.Immutable
public abstract class IssueActor implements WithIssueActor {

  /** @return the person, when the actor is a person */
  public abstract Optional<PersonName> person();

  /** @return the body's name, when the actor is an agency or organisation */
  public abstract Optional<String> organisation();

  /** @return involved, expert or reference */
  public abstract ActorRole role();

  /** @return its capacity on the issue, e.g. {@code "pengelola pasar"} (ISSUE-ASPECT-4) */
  public abstract Optional<String> capacity();

  /** @return true if it is not yet involved but has to be ("yang harus dilibatkan") */
  @Value.Default
  public boolean toBeInvolved() {
    return false;
  }

  /**
   * @param name the person's name
   * @param role the role
   * @return the actor
   */
  public static IssueActor person(PersonName name, ActorRole role) {
    return ImmutableIssueActor.builder().person(name).role(role).build();
  }

  /**
   * @param name the body's name, e.g. {@code "Dinas Kesehatan"}
   * @param role the role
   * @return the actor
   */
  public static IssueActor organisation(String name, ActorRole role) {
    return ImmutableIssueActor.builder().organisation(name).role(role).build();
  }

  /** @return the name to show: masked for a person */
  public String label() {
    return person().map(PersonName::masked).orElseGet(() -> organisation().orElse("-"));
  }

  /** Exactly one of person and body, and no blank body name. */
  @Value.Check
  protected void check() {
    if (person().isPresent() == organisation().isPresent()) {
      throw new IllegalArgumentException(
          "IssueActor needs exactly one of 'person' and 'organisation' (ISSUE-ASPECT-2)");
    }
    if (organisation().filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("IssueActor.organisation must not be blank (ISSUE-ASPECT-2)");
    }
  }

  @Override
  public String toString() {
    return "IssueActor[" + label() + ", " + role() + capacity().map(c -> ", " + c).orElse("") + "]";
  }
}
