package id.kim.core.document;

import id.kim.core.region.Village;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "VillageDecree", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithVillageDecree {

  /**
   * Copy the current immutable object by setting a value for the {@link VillageDecree#number() number} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for number
   * @return A modified copy of the {@code this} object
   */
  VillageDecree withNumber(String value);

  /**
   * Copy the current immutable object by setting a value for the {@link VillageDecree#issuerTitle() issuerTitle} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for issuerTitle
   * @return A modified copy of the {@code this} object
   */
  VillageDecree withIssuerTitle(IssuerTitle value);

  /**
   * Copy the current immutable object by setting a value for the {@link VillageDecree#issuerVillage() issuerVillage} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for issuerVillage
   * @return A modified copy of the {@code this} object
   */
  VillageDecree withIssuerVillage(Village value);

  /**
   * Copy the current immutable object by setting a value for the {@link VillageDecree#issuedOn() issuedOn} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for issuedOn
   * @return A modified copy of the {@code this} object
   */
  VillageDecree withIssuedOn(LocalDate value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link VillageDecree#validUntil() validUntil} attribute.
   * @param value The value for validUntil
   * @return A modified copy of {@code this} object
   */
  VillageDecree withValidUntil(LocalDate value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link VillageDecree#validUntil() validUntil} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for validUntil
   * @return A modified copy of {@code this} object
   */
  VillageDecree withValidUntil(Optional<? extends LocalDate> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link VillageDecree#revokedOn() revokedOn} attribute.
   * @param value The value for revokedOn
   * @return A modified copy of {@code this} object
   */
  VillageDecree withRevokedOn(LocalDate value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link VillageDecree#revokedOn() revokedOn} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for revokedOn
   * @return A modified copy of {@code this} object
   */
  VillageDecree withRevokedOn(Optional<? extends LocalDate> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link VillageDecree#document() document} attribute.
   * @param value The value for document
   * @return A modified copy of {@code this} object
   */
  VillageDecree withDocument(DocumentRef value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link VillageDecree#document() document} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for document
   * @return A modified copy of {@code this} object
   */
  VillageDecree withDocument(Optional<? extends DocumentRef> optional);
}
