package id.kim.core.community;

import id.kim.core.contact.ContactPerson;
import id.kim.core.contact.EmailAddress;
import id.kim.core.contact.PhoneNumber;
import id.kim.core.media.ContentType;
import id.kim.core.media.KimMedium;
import id.kim.core.metric.ReachObservation;
import id.kim.core.metric.ResponseObservation;
import id.kim.core.region.Address;
import id.kim.core.region.Village;
import java.util.Optional;
import org.immutables.value.Generated;

@Generated(from = "KimProfile", generator = "Immutables")
@SuppressWarnings({"all"})
interface WithKimProfile {

  /**
   * Copy the current immutable object by setting a value for the {@link KimProfile#name() name} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy of the {@code this} object
   */
  KimProfile withName(String value);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#type() type} attribute.
   * @param value The value for type
   * @return A modified copy of {@code this} object
   */
  KimProfile withType(KimType value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#type() type} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for type
   * @return A modified copy of {@code this} object
   */
  KimProfile withType(Optional<? extends KimType> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#communityNumber() communityNumber} attribute.
   * @param value The value for communityNumber
   * @return A modified copy of {@code this} object
   */
  KimProfile withCommunityNumber(CommunityNumber value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#communityNumber() communityNumber} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for communityNumber
   * @return A modified copy of {@code this} object
   */
  KimProfile withCommunityNumber(Optional<? extends CommunityNumber> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#contactPerson() contactPerson} attribute.
   * @param value The value for contactPerson
   * @return A modified copy of {@code this} object
   */
  KimProfile withContactPerson(ContactPerson value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#contactPerson() contactPerson} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for contactPerson
   * @return A modified copy of {@code this} object
   */
  KimProfile withContactPerson(Optional<? extends ContactPerson> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#address() address} attribute.
   * @param value The value for address
   * @return A modified copy of {@code this} object
   */
  KimProfile withAddress(Address value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#address() address} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for address
   * @return A modified copy of {@code this} object
   */
  KimProfile withAddress(Optional<? extends Address> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#seat() seat} attribute.
   * @param value The value for seat
   * @return A modified copy of {@code this} object
   */
  KimProfile withSeat(Village value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#seat() seat} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for seat
   * @return A modified copy of {@code this} object
   */
  KimProfile withSeat(Optional<? extends Village> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#fixedLine() fixedLine} attribute.
   * @param value The value for fixedLine
   * @return A modified copy of {@code this} object
   */
  KimProfile withFixedLine(PhoneNumber value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#fixedLine() fixedLine} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for fixedLine
   * @return A modified copy of {@code this} object
   */
  KimProfile withFixedLine(Optional<? extends PhoneNumber> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#whatsapp() whatsapp} attribute.
   * @param value The value for whatsapp
   * @return A modified copy of {@code this} object
   */
  KimProfile withWhatsapp(PhoneNumber value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#whatsapp() whatsapp} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for whatsapp
   * @return A modified copy of {@code this} object
   */
  KimProfile withWhatsapp(Optional<? extends PhoneNumber> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#email() email} attribute.
   * @param value The value for email
   * @return A modified copy of {@code this} object
   */
  KimProfile withEmail(EmailAddress value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#email() email} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for email
   * @return A modified copy of {@code this} object
   */
  KimProfile withEmail(Optional<? extends EmailAddress> optional);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#targetAudience() targetAudience} attribute.
   * @param value The value for targetAudience
   * @return A modified copy of {@code this} object
   */
  KimProfile withTargetAudience(TargetAudience value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#targetAudience() targetAudience} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for targetAudience
   * @return A modified copy of {@code this} object
   */
  KimProfile withTargetAudience(Optional<? extends TargetAudience> optional);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#media() media}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withMedia(KimMedium... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#media() media}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of media elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withMedia(Iterable<? extends KimMedium> elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#fieldsOfActivity() fieldsOfActivity}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withFieldsOfActivity(GovernmentAffair... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#fieldsOfActivity() fieldsOfActivity}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of fieldsOfActivity elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withFieldsOfActivity(Iterable<GovernmentAffair> elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#publicIssues() publicIssues}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withPublicIssues(ProfileIssue... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#publicIssues() publicIssues}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of publicIssues elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withPublicIssues(Iterable<? extends ProfileIssue> elements);

  /**
   * Copy the current immutable object by setting a <i>present</i> value for the optional {@link KimProfile#frequency() frequency} attribute.
   * @param value The value for frequency
   * @return A modified copy of {@code this} object
   */
  KimProfile withFrequency(Frequency value);

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#frequency() frequency} attribute.
   * A shallow reference equality check on the optional value is used to prevent copying of the same value by returning {@code this}.
   * @param optional A value for frequency
   * @return A modified copy of {@code this} object
   */
  KimProfile withFrequency(Optional<? extends Frequency> optional);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#contentTypes() contentTypes}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withContentTypes(ContentType... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#contentTypes() contentTypes}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of contentTypes elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withContentTypes(Iterable<ContentType> elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#partnershipPeriods() partnershipPeriods}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withPartnershipPeriods(PartnershipPeriod... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#partnershipPeriods() partnershipPeriods}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of partnershipPeriods elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withPartnershipPeriods(Iterable<? extends PartnershipPeriod> elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#reach() reach}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withReach(ReachObservation... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#reach() reach}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of reach elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withReach(Iterable<? extends ReachObservation> elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#responses() responses}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withResponses(ResponseObservation... elements);

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#responses() responses}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of responses elements to set
   * @return A modified copy of {@code this} object
   */
  KimProfile withResponses(Iterable<? extends ResponseObservation> elements);
}
