package id.kim.testkit;

import static id.kim.testkit.BadText.defect;
import static id.kim.testkit.BadText.noRule;

import id.kim.core.contact.PersonName;
import id.kim.core.document.AdministrativeDeclaration;
import id.kim.core.document.DissolutionNotice;
import id.kim.core.document.DocumentRef;
import id.kim.core.document.VillageDecree;
import java.util.ArrayList;
import java.util.List;

/**
 * Single defects of the decree (MAP-ENTRY-3, GAP-09), the declaration (PARTNER-ADMIN-DECL) and the dissolution notice
 * (TERM-7).
 */
final class DocumentDefects {
  private DocumentDefects() {}

  static List<Defect<DocumentRef>> documentRef() {
    return BadText.textDefects("DocumentRef", "reference", 500, DocumentSamplers.documentRef(), (r, s) ->
        DocumentRef.of(s));
  }

  static List<Defect<VillageDecree>> villageDecree() {
    Sampler<VillageDecree> host = DocumentSamplers.villageDecree();
    List<Defect<VillageDecree>> out = new ArrayList<>(BadText.textDefects("VillageDecree", "number", 80, host,
        VillageDecree::withNumber));
    out.add(defect("VillageDecree", "validUntil", "expires before the day it was issued",
        "kim.decree.expiryBeforeIssue", d -> {
      VillageDecree decree = host.sample(d);
      return decree.withValidUntil(decree.issuedOn().minusDays(d.between(1, 1000)));
    }));
    out.add(defect("VillageDecree", "revokedOn", "revoked before the day it was issued",
        "kim.decree.revocationBeforeIssue", d -> {
      VillageDecree decree = host.sample(d);
      return decree.withRevokedOn(decree.issuedOn().minusDays(d.between(1, 1000)));
    }));
    out.addAll(Defect.allWithin(RegionDefects.village(), "VillageDecree", "issuerVillage", noRule(), host,
        VillageDecree::withIssuerVillage));
    out.addAll(Defect.allWithin(documentRef(), "VillageDecree", "document", noRule(), host,
        VillageDecree::withDocument));
    return List.copyOf(out);
  }

  static List<Defect<AdministrativeDeclaration>> declaration() {
    Sampler<AdministrativeDeclaration> host = DocumentSamplers.declaration();
    List<Defect<AdministrativeDeclaration>> out = new ArrayList<>(Defect.allWithin(ContactDefects.personName(),
        "AdministrativeDeclaration", "signatories[0]", noRule(), host, DocumentDefects::firstSignatory));
    out.addAll(Defect.allWithin(documentRef(), "AdministrativeDeclaration", "document", noRule(), host,
        (x, r) -> AdministrativeDeclaration.builder().from(x).document(r).build()));
    return List.copyOf(out);
  }

  static List<Defect<DissolutionNotice>> dissolutionNotice() {
    Sampler<DissolutionNotice> host = DocumentSamplers.dissolutionNotice();
    List<Defect<DissolutionNotice>> out = new ArrayList<>(BadText.textDefects("DissolutionNotice", "note", 2000, host,
        (n, s) -> DissolutionNotice.builder().from(n).note(s).build()));
    out.addAll(Defect.allWithin(documentRef(), "DissolutionNotice", "document", noRule(), host,
        (n, r) -> DissolutionNotice.builder().from(n).document(r).build()));
    return List.copyOf(out);
  }

  private static AdministrativeDeclaration firstSignatory(AdministrativeDeclaration x, PersonName name) {
    List<PersonName> signatories = new ArrayList<>(x.signatories());
    signatories.set(0, name);
    return AdministrativeDeclaration.builder().from(x).signatories(signatories).build();
  }
}
