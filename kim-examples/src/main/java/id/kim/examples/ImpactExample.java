package id.kim.examples;

import id.kim.core.agency.Dinas;
import id.kim.core.assessment.AssessedCriterion;
import id.kim.core.assessment.Assessment;
import id.kim.core.assessment.AssessmentResult;
import id.kim.core.community.KimRecord;
import id.kim.core.i18n.Lang;
import id.kim.core.organisation.Affiliation;
import id.kim.core.organisation.AffiliationKind;
import id.kim.core.organisation.AffiliationSubject;
import id.kim.core.organisation.Member;
import id.kim.core.region.RegencyCity;
import id.kim.json.KimJson;
import id.kim.rules.eligibility.EligibilityFacts;
import id.kim.rules.impact.Impact;
import id.kim.rules.impact.ImpactSummary;
import id.kim.rules.impact.Variant;
import id.kim.testkit.ContactSamplers;
import id.kim.testkit.Draw;
import id.kim.testkit.RecordSamplers;
import id.kim.testkit.RegionSamplers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a change to the rules would do to a register, before it is made: the four example variants
 * of {@code variants/} (kim-examples resources; docs/json.md "Variant"), each the PROPOSED
 * alternative of a gap the juknis leaves open (RULES.md §4), measured with {@link Impact} against the
 * juknis as the SDK reads it on 120 generated KIM of three regencies/cities.
 *
 * <table>
 *   <caption>The shipped variants</caption>
 *   <tr><th>File</th><th>Differs</th><th>Rule that flips</th></tr>
 *   <tr><td>asn-anggota.json</td><td>ordinary members who are ASN also block partnership (GAP-03)</td>
 *       <td>PARTNER-ADMIN-1</td></tr>
 *   <tr><td>afiliasi-anggota.json</td><td>members' party/NGO affiliations count (GAP-04, GAP-46)</td>
 *       <td>PARTNER-ADMIN-3, -4</td></tr>
 *   <tr><td>gerbang-kualifikasi-longgar.json</td><td>QUAL-1..7 assessed while a legal or administrative
 *       requirement is only unknown (QUAL-ORDER)</td><td>QUAL-1..7</td></tr>
 *   <tr><td>tanda-tangan-semua-pengurus.json</td><td>every board member signs the statement letter
 *       (GAP-08)</td><td>PARTNER-ADMIN-DECL</td></tr>
 * </table>
 *
 * <p>What the reader learns: a variant is a JSON document read with {@link KimJson#read}; its name and
 * differences are in the rule-set version; {@link Impact#from(Variant)} compares partnership decisions
 * (juknis II.B.4–5) over a stream of records and answers how many KIM take each transition, where,
 * and because of which rule.
 *
 * <p>Run: {@code mvn -q -pl kim-examples -am compile exec:java -Dexec.mainClass=id.kim.examples.ImpactExample}
 */
public final class ImpactExample {
  /** The shipped variants, as classpath resources. */
  public static final List<String> VARIANTS = List.of("asn-anggota", "afiliasi-anggota", "gerbang-kualifikasi-longgar",
      "tanda-tangan-semua-pengurus");
  /** The day of the register. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private ImpactExample() {}

  /** @param args ignored */
  public static void main(String[] args) {
    System.out.print(run());
  }

  /**
   * @param name a shipped variant's name
   * @return the variant read from {@code /id/kim/examples/variants/NAME.json}
   */
  public static Variant variant(String name) {
    try (InputStream in = ImpactExample.class.getResourceAsStream("variants/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no shipped variant " + name + "; shipped: " + VARIANTS);
      }
      return KimJson.read(in, Variant.class).getOrElseThrow(p -> new IllegalStateException(p.describe(Lang.EN)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return 120 KIM of three regencies/cities, each with its Dinas; the same every time */
  public static List<EligibilityFacts> register() {
    Random random = new Random(2026);
    Draw d = Draw.from(random);
    List<RegencyCity> areas = RegionSamplers.regencyCities().subList(0, 3);
    List<EligibilityFacts> out = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      RegencyCity area = areas.get(i % 3);
      KimRecord r = RecordSamplers.eligibleRecord(AS_OF).sample(d);
      r = switch (i % 4) {
        case 1 -> r.withMembers(List.of(Member.builder().name(ContactSamplers.personName().sample(d))
            .civilServantSince(AS_OF.minusYears(3)).build()));
        case 2 -> r.withAffiliations(List.of(Affiliation.builder().organisation("Partai Contoh")
            .kind(AffiliationKind.POLITICAL_PARTY).subject(AffiliationSubject.MEMBER)
            .person(ContactSamplers.personName().sample(d)).build()));
        case 3 -> i % 8 == 3 ? withoutDeclarationNorReputation(r) : r;
        default -> r;
      };
      RegencyCity issuer = r.profile().communityNumber().map(n -> n.issuedBy()).orElse(area);
      out.add(EligibilityFacts.of(r, Dinas.regencyCity("Dinas Kominfo " + issuer.fullName(), issuer)));
    }
    return out;
  }

  /** No statement letter on file (PARTNER-ADMIN-* unknown) and a reputation assessed as not met (QUAL-3). */
  private static KimRecord withoutDeclarationNorReputation(KimRecord r) {
    return r.withoutDeclaration().withAssessments(r.assessments().stream()
        .map(a -> a.criterion() == AssessedCriterion.TRACK_RECORD_AND_REPUTATION
            ? Assessment.builder().from(a).result(AssessmentResult.NOT_MET).build() : a).toList());
  }

  /** @return what {@link #main} prints: per variant its version, its transitions and the rules responsible */
  public static String run() {
    List<EligibilityFacts> register = register();
    StringBuilder out = new StringBuilder();
    for (String name : VARIANTS) {
      ImpactSummary s = Impact.from(variant(name)).measure(register.stream(), AS_OF);
      out.append(name).append(" — ").append(s.variant()).append('\n');
      s.transitions().forEach((t, n) -> out.append("  ").append(t.label(Lang.ID)).append(": ").append(n).append('\n'));
      s.rulesByTransition().forEach((t, rules) -> out.append("  ").append(t.code()).append(" karena / because of ")
          .append(rules.map(r -> r._1.value() + " ×" + r._2).mkString(", ")).append('\n'));
    }
    return out.toString();
  }
}
