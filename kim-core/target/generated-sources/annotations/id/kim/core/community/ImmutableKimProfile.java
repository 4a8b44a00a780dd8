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
import id.kim.core.validation.IncompleteValueException;
import id.kim.core.validation.MissingValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link KimProfile}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new KimProfile.Builder()}.
 */
@Generated(from = "KimProfile", generator = "Immutables")
@SuppressWarnings({"all"})
final class ImmutableKimProfile extends KimProfile {
  private final String name;
  private final KimType type;
  private final CommunityNumber communityNumber;
  private final ContactPerson contactPerson;
  private final Address address;
  private final Village seat;
  private final PhoneNumber fixedLine;
  private final PhoneNumber whatsapp;
  private final EmailAddress email;
  private final TargetAudience targetAudience;
  private final List<KimMedium> media;
  private final Set<GovernmentAffair> fieldsOfActivity;
  private final List<ProfileIssue> publicIssues;
  private final Frequency frequency;
  private final Set<ContentType> contentTypes;
  private final List<PartnershipPeriod> partnershipPeriods;
  private final List<ReachObservation> reach;
  private final List<ResponseObservation> responses;

  private ImmutableKimProfile(
      String name,
      KimType type,
      CommunityNumber communityNumber,
      ContactPerson contactPerson,
      Address address,
      Village seat,
      PhoneNumber fixedLine,
      PhoneNumber whatsapp,
      EmailAddress email,
      TargetAudience targetAudience,
      List<KimMedium> media,
      Set<GovernmentAffair> fieldsOfActivity,
      List<ProfileIssue> publicIssues,
      Frequency frequency,
      Set<ContentType> contentTypes,
      List<PartnershipPeriod> partnershipPeriods,
      List<ReachObservation> reach,
      List<ResponseObservation> responses) {
    this.name = name;
    this.type = type;
    this.communityNumber = communityNumber;
    this.contactPerson = contactPerson;
    this.address = address;
    this.seat = seat;
    this.fixedLine = fixedLine;
    this.whatsapp = whatsapp;
    this.email = email;
    this.targetAudience = targetAudience;
    this.media = media;
    this.fieldsOfActivity = fieldsOfActivity;
    this.publicIssues = publicIssues;
    this.frequency = frequency;
    this.contentTypes = contentTypes;
    this.partnershipPeriods = partnershipPeriods;
    this.reach = reach;
    this.responses = responses;
  }

  /**
   * @return The value of the {@code name} attribute
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * @return The value of the {@code type} attribute
   */
  @Override
  public Optional<KimType> type() {
    return Optional.ofNullable(type);
  }

  /**
   * @return The value of the {@code communityNumber} attribute
   */
  @Override
  public Optional<CommunityNumber> communityNumber() {
    return Optional.ofNullable(communityNumber);
  }

  /**
   * @return The value of the {@code contactPerson} attribute
   */
  @Override
  public Optional<ContactPerson> contactPerson() {
    return Optional.ofNullable(contactPerson);
  }

  /**
   * @return The value of the {@code address} attribute
   */
  @Override
  public Optional<Address> address() {
    return Optional.ofNullable(address);
  }

  /**
   * @return The value of the {@code seat} attribute
   */
  @Override
  public Optional<Village> seat() {
    return Optional.ofNullable(seat);
  }

  /**
   * @return The value of the {@code fixedLine} attribute
   */
  @Override
  public Optional<PhoneNumber> fixedLine() {
    return Optional.ofNullable(fixedLine);
  }

  /**
   * @return The value of the {@code whatsapp} attribute
   */
  @Override
  public Optional<PhoneNumber> whatsapp() {
    return Optional.ofNullable(whatsapp);
  }

  /**
   * @return The value of the {@code email} attribute
   */
  @Override
  public Optional<EmailAddress> email() {
    return Optional.ofNullable(email);
  }

  /**
   * @return The value of the {@code targetAudience} attribute
   */
  @Override
  public Optional<TargetAudience> targetAudience() {
    return Optional.ofNullable(targetAudience);
  }

  /**
   * @return The value of the {@code media} attribute
   */
  @Override
  public List<KimMedium> media() {
    return media;
  }

  /**
   * @return The value of the {@code fieldsOfActivity} attribute
   */
  @Override
  public Set<GovernmentAffair> fieldsOfActivity() {
    return fieldsOfActivity;
  }

  /**
   * @return The value of the {@code publicIssues} attribute
   */
  @Override
  public List<ProfileIssue> publicIssues() {
    return publicIssues;
  }

  /**
   * @return The value of the {@code frequency} attribute
   */
  @Override
  public Optional<Frequency> frequency() {
    return Optional.ofNullable(frequency);
  }

  /**
   * @return The value of the {@code contentTypes} attribute
   */
  @Override
  public Set<ContentType> contentTypes() {
    return contentTypes;
  }

  /**
   * @return The value of the {@code partnershipPeriods} attribute
   */
  @Override
  public List<PartnershipPeriod> partnershipPeriods() {
    return partnershipPeriods;
  }

  /**
   * @return The value of the {@code reach} attribute
   */
  @Override
  public List<ReachObservation> reach() {
    return reach;
  }

  /**
   * @return The value of the {@code responses} attribute
   */
  @Override
  public List<ResponseObservation> responses() {
    return responses;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link KimProfile#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableKimProfile withName(String value) {
    String newValue = ImmutableKimProfile.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return new ImmutableKimProfile(
        newValue,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#type() type} attribute.
   * @param value The value for type
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withType(KimType value) {
    KimType newValue = ImmutableKimProfile.requireNonNull(value, "type");
    if (this.type == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        newValue,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#type() type} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for type
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withType(Optional<? extends KimType> optional) {
    KimType value = optional.orElse(null);
    if (this.type == value) return this;
    return new ImmutableKimProfile(
        this.name,
        value,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#communityNumber() communityNumber} attribute.
   * @param value The value for communityNumber
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withCommunityNumber(CommunityNumber value) {
    CommunityNumber newValue = ImmutableKimProfile.requireNonNull(value, "communityNumber");
    if (this.communityNumber == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        newValue,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#communityNumber() communityNumber} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for communityNumber
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withCommunityNumber(Optional<? extends CommunityNumber> optional) {
    CommunityNumber value = optional.orElse(null);
    if (this.communityNumber == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        value,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#contactPerson() contactPerson} attribute.
   * @param value The value for contactPerson
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withContactPerson(ContactPerson value) {
    ContactPerson newValue = ImmutableKimProfile.requireNonNull(value, "contactPerson");
    if (this.contactPerson == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        newValue,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#contactPerson() contactPerson} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for contactPerson
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withContactPerson(Optional<? extends ContactPerson> optional) {
    ContactPerson value = optional.orElse(null);
    if (this.contactPerson == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        value,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#address() address} attribute.
   * @param value The value for address
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withAddress(Address value) {
    Address newValue = ImmutableKimProfile.requireNonNull(value, "address");
    if (this.address == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        newValue,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#address() address} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for address
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withAddress(Optional<? extends Address> optional) {
    Address value = optional.orElse(null);
    if (this.address == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        value,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#seat() seat} attribute.
   * @param value The value for seat
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withSeat(Village value) {
    Village newValue = ImmutableKimProfile.requireNonNull(value, "seat");
    if (this.seat == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        newValue,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#seat() seat} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for seat
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withSeat(Optional<? extends Village> optional) {
    Village value = optional.orElse(null);
    if (this.seat == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        value,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#fixedLine() fixedLine} attribute.
   * @param value The value for fixedLine
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withFixedLine(PhoneNumber value) {
    PhoneNumber newValue = ImmutableKimProfile.requireNonNull(value, "fixedLine");
    if (this.fixedLine == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        newValue,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#fixedLine() fixedLine} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for fixedLine
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withFixedLine(Optional<? extends PhoneNumber> optional) {
    PhoneNumber value = optional.orElse(null);
    if (this.fixedLine == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        value,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#whatsapp() whatsapp} attribute.
   * @param value The value for whatsapp
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withWhatsapp(PhoneNumber value) {
    PhoneNumber newValue = ImmutableKimProfile.requireNonNull(value, "whatsapp");
    if (this.whatsapp == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        newValue,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#whatsapp() whatsapp} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for whatsapp
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withWhatsapp(Optional<? extends PhoneNumber> optional) {
    PhoneNumber value = optional.orElse(null);
    if (this.whatsapp == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        value,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#email() email} attribute.
   * @param value The value for email
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withEmail(EmailAddress value) {
    EmailAddress newValue = ImmutableKimProfile.requireNonNull(value, "email");
    if (this.email == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        newValue,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#email() email} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for email
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withEmail(Optional<? extends EmailAddress> optional) {
    EmailAddress value = optional.orElse(null);
    if (this.email == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        value,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#targetAudience() targetAudience} attribute.
   * @param value The value for targetAudience
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withTargetAudience(TargetAudience value) {
    TargetAudience newValue = ImmutableKimProfile.requireNonNull(value, "targetAudience");
    if (this.targetAudience == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        newValue,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#targetAudience() targetAudience} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for targetAudience
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withTargetAudience(Optional<? extends TargetAudience> optional) {
    TargetAudience value = optional.orElse(null);
    if (this.targetAudience == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        value,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#media() media}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimProfile withMedia(KimMedium... elements) {
    List<KimMedium> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        newValue,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#media() media}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of media elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withMedia(Iterable<? extends KimMedium> elements) {
    if (this.media == elements) return this;
    List<KimMedium> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        newValue,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#fieldsOfActivity() fieldsOfActivity}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimProfile withFieldsOfActivity(GovernmentAffair... elements) {
    Set<GovernmentAffair> newValue = createUnmodifiableEnumSet(Arrays.asList(elements));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        newValue,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#fieldsOfActivity() fieldsOfActivity}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of fieldsOfActivity elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withFieldsOfActivity(Iterable<GovernmentAffair> elements) {
    if (this.fieldsOfActivity == elements) return this;
    Set<GovernmentAffair> newValue = createUnmodifiableEnumSet(elements);
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        newValue,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#publicIssues() publicIssues}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimProfile withPublicIssues(ProfileIssue... elements) {
    List<ProfileIssue> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        newValue,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#publicIssues() publicIssues}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of publicIssues elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withPublicIssues(Iterable<? extends ProfileIssue> elements) {
    if (this.publicIssues == elements) return this;
    List<ProfileIssue> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        newValue,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link KimProfile#frequency() frequency} attribute.
   * @param value The value for frequency
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withFrequency(Frequency value) {
    Frequency newValue = ImmutableKimProfile.requireNonNull(value, "frequency");
    if (this.frequency == newValue) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        newValue,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link KimProfile#frequency() frequency} attribute.
   * A shallow reference equality check is used on unboxed optional value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for frequency
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableKimProfile withFrequency(Optional<? extends Frequency> optional) {
    Frequency value = optional.orElse(null);
    if (this.frequency == value) return this;
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        value,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#contentTypes() contentTypes}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimProfile withContentTypes(ContentType... elements) {
    Set<ContentType> newValue = createUnmodifiableEnumSet(Arrays.asList(elements));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        newValue,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#contentTypes() contentTypes}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of contentTypes elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withContentTypes(Iterable<ContentType> elements) {
    if (this.contentTypes == elements) return this;
    Set<ContentType> newValue = createUnmodifiableEnumSet(elements);
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        newValue,
        this.partnershipPeriods,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#partnershipPeriods() partnershipPeriods}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimProfile withPartnershipPeriods(PartnershipPeriod... elements) {
    List<PartnershipPeriod> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        newValue,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#partnershipPeriods() partnershipPeriods}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of partnershipPeriods elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withPartnershipPeriods(Iterable<? extends PartnershipPeriod> elements) {
    if (this.partnershipPeriods == elements) return this;
    List<PartnershipPeriod> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        newValue,
        this.reach,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#reach() reach}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimProfile withReach(ReachObservation... elements) {
    List<ReachObservation> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        newValue,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#reach() reach}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of reach elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withReach(Iterable<? extends ReachObservation> elements) {
    if (this.reach == elements) return this;
    List<ReachObservation> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        newValue,
        this.responses);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#responses() responses}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableKimProfile withResponses(ResponseObservation... elements) {
    List<ResponseObservation> newValue = createUnmodifiableList(false, createSafeList(Arrays.asList(elements), true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        newValue);
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link KimProfile#responses() responses}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of responses elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableKimProfile withResponses(Iterable<? extends ResponseObservation> elements) {
    if (this.responses == elements) return this;
    List<ResponseObservation> newValue = createUnmodifiableList(false, createSafeList(elements, true, false));
    return new ImmutableKimProfile(
        this.name,
        this.type,
        this.communityNumber,
        this.contactPerson,
        this.address,
        this.seat,
        this.fixedLine,
        this.whatsapp,
        this.email,
        this.targetAudience,
        this.media,
        this.fieldsOfActivity,
        this.publicIssues,
        this.frequency,
        this.contentTypes,
        this.partnershipPeriods,
        this.reach,
        newValue);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableKimProfile} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableKimProfile
        && equalsByValue((ImmutableKimProfile) another);
  }

  private boolean equalsByValue(ImmutableKimProfile another) {
    return name.equals(another.name)
        && Objects.equals(type, another.type)
        && Objects.equals(communityNumber, another.communityNumber)
        && Objects.equals(contactPerson, another.contactPerson)
        && Objects.equals(address, another.address)
        && Objects.equals(seat, another.seat)
        && Objects.equals(fixedLine, another.fixedLine)
        && Objects.equals(whatsapp, another.whatsapp)
        && Objects.equals(email, another.email)
        && Objects.equals(targetAudience, another.targetAudience)
        && media.equals(another.media)
        && fieldsOfActivity.equals(another.fieldsOfActivity)
        && publicIssues.equals(another.publicIssues)
        && Objects.equals(frequency, another.frequency)
        && contentTypes.equals(another.contentTypes)
        && partnershipPeriods.equals(another.partnershipPeriods)
        && reach.equals(another.reach)
        && responses.equals(another.responses);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code type}, {@code communityNumber}, {@code contactPerson}, {@code address}, {@code seat}, {@code fixedLine}, {@code whatsapp}, {@code email}, {@code targetAudience}, {@code media}, {@code fieldsOfActivity}, {@code publicIssues}, {@code frequency}, {@code contentTypes}, {@code partnershipPeriods}, {@code reach}, {@code responses}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + Objects.hashCode(type);
    h += (h << 5) + Objects.hashCode(communityNumber);
    h += (h << 5) + Objects.hashCode(contactPerson);
    h += (h << 5) + Objects.hashCode(address);
    h += (h << 5) + Objects.hashCode(seat);
    h += (h << 5) + Objects.hashCode(fixedLine);
    h += (h << 5) + Objects.hashCode(whatsapp);
    h += (h << 5) + Objects.hashCode(email);
    h += (h << 5) + Objects.hashCode(targetAudience);
    h += (h << 5) + media.hashCode();
    h += (h << 5) + fieldsOfActivity.hashCode();
    h += (h << 5) + publicIssues.hashCode();
    h += (h << 5) + Objects.hashCode(frequency);
    h += (h << 5) + contentTypes.hashCode();
    h += (h << 5) + partnershipPeriods.hashCode();
    h += (h << 5) + reach.hashCode();
    h += (h << 5) + responses.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code KimProfile} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    StringBuilder builder = new StringBuilder("KimProfile{");
    builder.append("name=").append(name);
    if (type != null) {
      builder.append(", ");
      builder.append("type=").append(type);
    }
    if (communityNumber != null) {
      builder.append(", ");
      builder.append("communityNumber=").append(communityNumber);
    }
    if (contactPerson != null) {
      builder.append(", ");
      builder.append("contactPerson=").append(contactPerson);
    }
    if (address != null) {
      builder.append(", ");
      builder.append("address=").append(address);
    }
    if (seat != null) {
      builder.append(", ");
      builder.append("seat=").append(seat);
    }
    if (fixedLine != null) {
      builder.append(", ");
      builder.append("fixedLine=").append(fixedLine);
    }
    if (whatsapp != null) {
      builder.append(", ");
      builder.append("whatsapp=").append(whatsapp);
    }
    if (email != null) {
      builder.append(", ");
      builder.append("email=").append(email);
    }
    if (targetAudience != null) {
      builder.append(", ");
      builder.append("targetAudience=").append(targetAudience);
    }
    builder.append(", ");
    builder.append("media=").append(media);
    builder.append(", ");
    builder.append("fieldsOfActivity=").append(fieldsOfActivity);
    builder.append(", ");
    builder.append("publicIssues=").append(publicIssues);
    if (frequency != null) {
      builder.append(", ");
      builder.append("frequency=").append(frequency);
    }
    builder.append(", ");
    builder.append("contentTypes=").append(contentTypes);
    builder.append(", ");
    builder.append("partnershipPeriods=").append(partnershipPeriods);
    builder.append(", ");
    builder.append("reach=").append(reach);
    builder.append(", ");
    builder.append("responses=").append(responses);
    return builder.append("}").toString();
  }

  /**
   * Creates an immutable copy of a {@link KimProfile} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable KimProfile instance
   */
  public static KimProfile copyOf(KimProfile instance) {
    if (instance instanceof ImmutableKimProfile) {
      return (ImmutableKimProfile) instance;
    }
    return new KimProfile.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link KimProfile KimProfile}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "KimProfile", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private long initBits = 0x1L;

    private String name;
    private KimType type;
    private CommunityNumber communityNumber;
    private ContactPerson contactPerson;
    private Address address;
    private Village seat;
    private PhoneNumber fixedLine;
    private PhoneNumber whatsapp;
    private EmailAddress email;
    private TargetAudience targetAudience;
    private List<KimMedium> media = new ArrayList<KimMedium>();
    private EnumSet<GovernmentAffair> fieldsOfActivity = EnumSet.noneOf(GovernmentAffair.class);
    private List<ProfileIssue> publicIssues = new ArrayList<ProfileIssue>();
    private Frequency frequency;
    private EnumSet<ContentType> contentTypes = EnumSet.noneOf(ContentType.class);
    private List<PartnershipPeriod> partnershipPeriods = new ArrayList<PartnershipPeriod>();
    private List<ReachObservation> reach = new ArrayList<ReachObservation>();
    private List<ResponseObservation> responses = new ArrayList<ResponseObservation>();

    /**
     * Creates a builder for {@link KimProfile KimProfile} instances.
     * <pre>
     * new KimProfile.Builder()
     *    .name(String) // required {@link KimProfile#name() name}
     *    .type(Optional&lt;id.kim.core.community.KimType&gt;) // optional {@link KimProfile#type() type}
     *    .communityNumber(Optional&lt;id.kim.core.community.CommunityNumber&gt;) // optional {@link KimProfile#communityNumber() communityNumber}
     *    .contactPerson(Optional&lt;id.kim.core.contact.ContactPerson&gt;) // optional {@link KimProfile#contactPerson() contactPerson}
     *    .address(Optional&lt;id.kim.core.region.Address&gt;) // optional {@link KimProfile#address() address}
     *    .seat(Optional&lt;id.kim.core.region.Village&gt;) // optional {@link KimProfile#seat() seat}
     *    .fixedLine(Optional&lt;id.kim.core.contact.PhoneNumber&gt;) // optional {@link KimProfile#fixedLine() fixedLine}
     *    .whatsapp(Optional&lt;id.kim.core.contact.PhoneNumber&gt;) // optional {@link KimProfile#whatsapp() whatsapp}
     *    .email(Optional&lt;id.kim.core.contact.EmailAddress&gt;) // optional {@link KimProfile#email() email}
     *    .targetAudience(Optional&lt;id.kim.core.community.TargetAudience&gt;) // optional {@link KimProfile#targetAudience() targetAudience}
     *    .addMedia|addAllMedia(id.kim.core.media.KimMedium) // {@link KimProfile#media() media} elements
     *    .addFieldsOfActivity|addAllFieldsOfActivity(id.kim.core.community.GovernmentAffair) // {@link KimProfile#fieldsOfActivity() fieldsOfActivity} elements
     *    .addPublicIssue|addAllPublicIssues(id.kim.core.community.ProfileIssue) // {@link KimProfile#publicIssues() publicIssues} elements
     *    .frequency(Optional&lt;id.kim.core.community.Frequency&gt;) // optional {@link KimProfile#frequency() frequency}
     *    .addContentType|addAllContentTypes(id.kim.core.media.ContentType) // {@link KimProfile#contentTypes() contentTypes} elements
     *    .addPartnershipPeriod|addAllPartnershipPeriods(id.kim.core.community.PartnershipPeriod) // {@link KimProfile#partnershipPeriods() partnershipPeriods} elements
     *    .addReach|addAllReach(id.kim.core.metric.ReachObservation) // {@link KimProfile#reach() reach} elements
     *    .addResponse|addAllResponses(id.kim.core.metric.ResponseObservation) // {@link KimProfile#responses() responses} elements
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof KimProfile.Builder)) {
        throw new UnsupportedOperationException("Use: new KimProfile.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code KimProfile} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder from(KimProfile instance) {
      ImmutableKimProfile.requireNonNull(instance, "instance");
      this.name(instance.name());
      Optional<KimType> typeOptional = instance.type();
      if (typeOptional.isPresent()) {
        type(typeOptional);
      }
      Optional<CommunityNumber> communityNumberOptional = instance.communityNumber();
      if (communityNumberOptional.isPresent()) {
        communityNumber(communityNumberOptional);
      }
      Optional<ContactPerson> contactPersonOptional = instance.contactPerson();
      if (contactPersonOptional.isPresent()) {
        contactPerson(contactPersonOptional);
      }
      Optional<Address> addressOptional = instance.address();
      if (addressOptional.isPresent()) {
        address(addressOptional);
      }
      Optional<Village> seatOptional = instance.seat();
      if (seatOptional.isPresent()) {
        seat(seatOptional);
      }
      Optional<PhoneNumber> fixedLineOptional = instance.fixedLine();
      if (fixedLineOptional.isPresent()) {
        fixedLine(fixedLineOptional);
      }
      Optional<PhoneNumber> whatsappOptional = instance.whatsapp();
      if (whatsappOptional.isPresent()) {
        whatsapp(whatsappOptional);
      }
      Optional<EmailAddress> emailOptional = instance.email();
      if (emailOptional.isPresent()) {
        email(emailOptional);
      }
      Optional<TargetAudience> targetAudienceOptional = instance.targetAudience();
      if (targetAudienceOptional.isPresent()) {
        targetAudience(targetAudienceOptional);
      }
      addAllMedia(instance.media());
      addAllFieldsOfActivity(instance.fieldsOfActivity());
      addAllPublicIssues(instance.publicIssues());
      Optional<Frequency> frequencyOptional = instance.frequency();
      if (frequencyOptional.isPresent()) {
        frequency(frequencyOptional);
      }
      addAllContentTypes(instance.contentTypes());
      addAllPartnershipPeriods(instance.partnershipPeriods());
      addAllReach(instance.reach());
      addAllResponses(instance.responses());
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the value for the {@link KimProfile#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder name(String name) {
      this.name = ImmutableKimProfile.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#type() type} to type.
     * @param type The value for type
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder type(KimType type) {
      this.type = ImmutableKimProfile.requireNonNull(type, "type");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#type() type} to type.
     * @param type The value for type
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder type(Optional<? extends KimType> type) {
      this.type = type.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#communityNumber() communityNumber} to communityNumber.
     * @param communityNumber The value for communityNumber
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder communityNumber(CommunityNumber communityNumber) {
      this.communityNumber = ImmutableKimProfile.requireNonNull(communityNumber, "communityNumber");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#communityNumber() communityNumber} to communityNumber.
     * @param communityNumber The value for communityNumber
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder communityNumber(Optional<? extends CommunityNumber> communityNumber) {
      this.communityNumber = communityNumber.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#contactPerson() contactPerson} to contactPerson.
     * @param contactPerson The value for contactPerson
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder contactPerson(ContactPerson contactPerson) {
      this.contactPerson = ImmutableKimProfile.requireNonNull(contactPerson, "contactPerson");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#contactPerson() contactPerson} to contactPerson.
     * @param contactPerson The value for contactPerson
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder contactPerson(Optional<? extends ContactPerson> contactPerson) {
      this.contactPerson = contactPerson.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#address() address} to address.
     * @param address The value for address
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder address(Address address) {
      this.address = ImmutableKimProfile.requireNonNull(address, "address");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#address() address} to address.
     * @param address The value for address
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder address(Optional<? extends Address> address) {
      this.address = address.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#seat() seat} to seat.
     * @param seat The value for seat
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder seat(Village seat) {
      this.seat = ImmutableKimProfile.requireNonNull(seat, "seat");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#seat() seat} to seat.
     * @param seat The value for seat
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder seat(Optional<? extends Village> seat) {
      this.seat = seat.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#fixedLine() fixedLine} to fixedLine.
     * @param fixedLine The value for fixedLine
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder fixedLine(PhoneNumber fixedLine) {
      this.fixedLine = ImmutableKimProfile.requireNonNull(fixedLine, "fixedLine");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#fixedLine() fixedLine} to fixedLine.
     * @param fixedLine The value for fixedLine
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder fixedLine(Optional<? extends PhoneNumber> fixedLine) {
      this.fixedLine = fixedLine.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#whatsapp() whatsapp} to whatsapp.
     * @param whatsapp The value for whatsapp
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder whatsapp(PhoneNumber whatsapp) {
      this.whatsapp = ImmutableKimProfile.requireNonNull(whatsapp, "whatsapp");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#whatsapp() whatsapp} to whatsapp.
     * @param whatsapp The value for whatsapp
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder whatsapp(Optional<? extends PhoneNumber> whatsapp) {
      this.whatsapp = whatsapp.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#email() email} to email.
     * @param email The value for email
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder email(EmailAddress email) {
      this.email = ImmutableKimProfile.requireNonNull(email, "email");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#email() email} to email.
     * @param email The value for email
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder email(Optional<? extends EmailAddress> email) {
      this.email = email.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#targetAudience() targetAudience} to targetAudience.
     * @param targetAudience The value for targetAudience
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder targetAudience(TargetAudience targetAudience) {
      this.targetAudience = ImmutableKimProfile.requireNonNull(targetAudience, "targetAudience");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#targetAudience() targetAudience} to targetAudience.
     * @param targetAudience The value for targetAudience
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder targetAudience(Optional<? extends TargetAudience> targetAudience) {
      this.targetAudience = targetAudience.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Adds one element to {@link KimProfile#media() media} list.
     * @param element A media element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addMedia(KimMedium element) {
      this.media.add(ImmutableKimProfile.requireNonNull(element, "media element"));
      return (KimProfile.Builder) this;
    }

    /**
     * Adds elements to {@link KimProfile#media() media} list.
     * @param elements An array of media elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addMedia(KimMedium... elements) {
      for (KimMedium element : elements) {
        this.media.add(ImmutableKimProfile.requireNonNull(element, "media element"));
      }
      return (KimProfile.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimProfile#media() media} list.
     * @param elements An iterable of media elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder media(Iterable<? extends KimMedium> elements) {
      this.media.clear();
      return addAllMedia(elements);
    }

    /**
     * Adds elements to {@link KimProfile#media() media} list.
     * @param elements An iterable of media elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addAllMedia(Iterable<? extends KimMedium> elements) {
      for (KimMedium element : elements) {
        this.media.add(ImmutableKimProfile.requireNonNull(element, "media element"));
      }
      return (KimProfile.Builder) this;
    }

    /**
     * Adds one element to {@link KimProfile#fieldsOfActivity() fieldsOfActivity} set.
     * @param element A fieldsOfActivity element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addFieldsOfActivity(GovernmentAffair element) {
      this.fieldsOfActivity.add(ImmutableKimProfile.requireNonNull(element, "fieldsOfActivity element"));
      return (KimProfile.Builder) this;
    }

    /**
     * Adds elements to {@link KimProfile#fieldsOfActivity() fieldsOfActivity} set.
     * @param elements An array of fieldsOfActivity elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addFieldsOfActivity(GovernmentAffair... elements) {
      for (GovernmentAffair element : elements) {
        this.fieldsOfActivity.add(ImmutableKimProfile.requireNonNull(element, "fieldsOfActivity element"));
      }
      return (KimProfile.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimProfile#fieldsOfActivity() fieldsOfActivity} set.
     * @param elements An iterable of fieldsOfActivity elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder fieldsOfActivity(Iterable<GovernmentAffair> elements) {
      this.fieldsOfActivity.clear();
      return addAllFieldsOfActivity(elements);
    }

    /**
     * Adds elements to {@link KimProfile#fieldsOfActivity() fieldsOfActivity} set.
     * @param elements An iterable of fieldsOfActivity elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addAllFieldsOfActivity(Iterable<GovernmentAffair> elements) {
      for (GovernmentAffair element : elements) {
        this.fieldsOfActivity.add(ImmutableKimProfile.requireNonNull(element, "fieldsOfActivity element"));
      }
      return (KimProfile.Builder) this;
    }

    /**
     * Adds one element to {@link KimProfile#publicIssues() publicIssues} list.
     * @param element A publicIssues element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addPublicIssue(ProfileIssue element) {
      this.publicIssues.add(ImmutableKimProfile.requireNonNull(element, "publicIssues element"));
      return (KimProfile.Builder) this;
    }

    /**
     * Adds elements to {@link KimProfile#publicIssues() publicIssues} list.
     * @param elements An array of publicIssues elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addPublicIssues(ProfileIssue... elements) {
      for (ProfileIssue element : elements) {
        this.publicIssues.add(ImmutableKimProfile.requireNonNull(element, "publicIssues element"));
      }
      return (KimProfile.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimProfile#publicIssues() publicIssues} list.
     * @param elements An iterable of publicIssues elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder publicIssues(Iterable<? extends ProfileIssue> elements) {
      this.publicIssues.clear();
      return addAllPublicIssues(elements);
    }

    /**
     * Adds elements to {@link KimProfile#publicIssues() publicIssues} list.
     * @param elements An iterable of publicIssues elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addAllPublicIssues(Iterable<? extends ProfileIssue> elements) {
      for (ProfileIssue element : elements) {
        this.publicIssues.add(ImmutableKimProfile.requireNonNull(element, "publicIssues element"));
      }
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#frequency() frequency} to frequency.
     * @param frequency The value for frequency
     * @return {@code this} builder for chained invocation
     */
    public final KimProfile.Builder frequency(Frequency frequency) {
      this.frequency = ImmutableKimProfile.requireNonNull(frequency, "frequency");
      return (KimProfile.Builder) this;
    }

    /**
     * Initializes the optional value {@link KimProfile#frequency() frequency} to frequency.
     * @param frequency The value for frequency
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder frequency(Optional<? extends Frequency> frequency) {
      this.frequency = frequency.orElse(null);
      return (KimProfile.Builder) this;
    }

    /**
     * Adds one element to {@link KimProfile#contentTypes() contentTypes} set.
     * @param element A contentTypes element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addContentType(ContentType element) {
      this.contentTypes.add(ImmutableKimProfile.requireNonNull(element, "contentTypes element"));
      return (KimProfile.Builder) this;
    }

    /**
     * Adds elements to {@link KimProfile#contentTypes() contentTypes} set.
     * @param elements An array of contentTypes elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addContentTypes(ContentType... elements) {
      for (ContentType element : elements) {
        this.contentTypes.add(ImmutableKimProfile.requireNonNull(element, "contentTypes element"));
      }
      return (KimProfile.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimProfile#contentTypes() contentTypes} set.
     * @param elements An iterable of contentTypes elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder contentTypes(Iterable<ContentType> elements) {
      this.contentTypes.clear();
      return addAllContentTypes(elements);
    }

    /**
     * Adds elements to {@link KimProfile#contentTypes() contentTypes} set.
     * @param elements An iterable of contentTypes elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addAllContentTypes(Iterable<ContentType> elements) {
      for (ContentType element : elements) {
        this.contentTypes.add(ImmutableKimProfile.requireNonNull(element, "contentTypes element"));
      }
      return (KimProfile.Builder) this;
    }

    /**
     * Adds one element to {@link KimProfile#partnershipPeriods() partnershipPeriods} list.
     * @param element A partnershipPeriods element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addPartnershipPeriod(PartnershipPeriod element) {
      this.partnershipPeriods.add(ImmutableKimProfile.requireNonNull(element, "partnershipPeriods element"));
      return (KimProfile.Builder) this;
    }

    /**
     * Adds elements to {@link KimProfile#partnershipPeriods() partnershipPeriods} list.
     * @param elements An array of partnershipPeriods elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addPartnershipPeriods(PartnershipPeriod... elements) {
      for (PartnershipPeriod element : elements) {
        this.partnershipPeriods.add(ImmutableKimProfile.requireNonNull(element, "partnershipPeriods element"));
      }
      return (KimProfile.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimProfile#partnershipPeriods() partnershipPeriods} list.
     * @param elements An iterable of partnershipPeriods elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder partnershipPeriods(Iterable<? extends PartnershipPeriod> elements) {
      this.partnershipPeriods.clear();
      return addAllPartnershipPeriods(elements);
    }

    /**
     * Adds elements to {@link KimProfile#partnershipPeriods() partnershipPeriods} list.
     * @param elements An iterable of partnershipPeriods elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addAllPartnershipPeriods(Iterable<? extends PartnershipPeriod> elements) {
      for (PartnershipPeriod element : elements) {
        this.partnershipPeriods.add(ImmutableKimProfile.requireNonNull(element, "partnershipPeriods element"));
      }
      return (KimProfile.Builder) this;
    }

    /**
     * Adds one element to {@link KimProfile#reach() reach} list.
     * @param element A reach element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addReach(ReachObservation element) {
      this.reach.add(ImmutableKimProfile.requireNonNull(element, "reach element"));
      return (KimProfile.Builder) this;
    }

    /**
     * Adds elements to {@link KimProfile#reach() reach} list.
     * @param elements An array of reach elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addReach(ReachObservation... elements) {
      for (ReachObservation element : elements) {
        this.reach.add(ImmutableKimProfile.requireNonNull(element, "reach element"));
      }
      return (KimProfile.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimProfile#reach() reach} list.
     * @param elements An iterable of reach elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder reach(Iterable<? extends ReachObservation> elements) {
      this.reach.clear();
      return addAllReach(elements);
    }

    /**
     * Adds elements to {@link KimProfile#reach() reach} list.
     * @param elements An iterable of reach elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addAllReach(Iterable<? extends ReachObservation> elements) {
      for (ReachObservation element : elements) {
        this.reach.add(ImmutableKimProfile.requireNonNull(element, "reach element"));
      }
      return (KimProfile.Builder) this;
    }

    /**
     * Adds one element to {@link KimProfile#responses() responses} list.
     * @param element A responses element
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addResponse(ResponseObservation element) {
      this.responses.add(ImmutableKimProfile.requireNonNull(element, "responses element"));
      return (KimProfile.Builder) this;
    }

    /**
     * Adds elements to {@link KimProfile#responses() responses} list.
     * @param elements An array of responses elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addResponses(ResponseObservation... elements) {
      for (ResponseObservation element : elements) {
        this.responses.add(ImmutableKimProfile.requireNonNull(element, "responses element"));
      }
      return (KimProfile.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link KimProfile#responses() responses} list.
     * @param elements An iterable of responses elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder responses(Iterable<? extends ResponseObservation> elements) {
      this.responses.clear();
      return addAllResponses(elements);
    }

    /**
     * Adds elements to {@link KimProfile#responses() responses} list.
     * @param elements An iterable of responses elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final KimProfile.Builder addAllResponses(Iterable<? extends ResponseObservation> elements) {
      for (ResponseObservation element : elements) {
        this.responses.add(ImmutableKimProfile.requireNonNull(element, "responses element"));
      }
      return (KimProfile.Builder) this;
    }

    /**
     * Builds a new {@link KimProfile KimProfile}.
     * @return An immutable instance of KimProfile
     * @throws id.kim.core.validation.IncompleteValueException if any required attributes are missing
     */
    public KimProfile build() {
      checkRequiredAttributes();
      return new ImmutableKimProfile(
          name,
          type,
          communityNumber,
          contactPerson,
          address,
          seat,
          fixedLine,
          whatsapp,
          email,
          targetAudience,
          createUnmodifiableList(true, media),
          createUnmodifiableEnumSet(fieldsOfActivity),
          createUnmodifiableList(true, publicIssues),
          frequency,
          createUnmodifiableEnumSet(contentTypes),
          createUnmodifiableList(true, partnershipPeriods),
          createUnmodifiableList(true, reach),
          createUnmodifiableList(true, responses));
    }

    private boolean nameIsSet() {
      return (initBits & INIT_BIT_NAME) == 0;
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IncompleteValueException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!nameIsSet()) attributes.add("name");
      return "Cannot build KimProfile, some of required attributes are not set " + attributes;
    }
  }

  private static <T> T requireNonNull(T object, String message) {
    if (object == null) throw new MissingValueException(message);
    return object;
  }

  private static <T> List<T> createSafeList(Iterable<? extends T> iterable, boolean checkNulls, boolean skipNulls) {
    ArrayList<T> list;
    if (iterable instanceof Collection<?>) {
      int size = ((Collection<?>) iterable).size();
      if (size == 0) return Collections.emptyList();
      list = new ArrayList<>(size);
    } else {
      list = new ArrayList<>();
    }
    for (T element : iterable) {
      if (skipNulls && element == null) continue;
      if (checkNulls) ImmutableKimProfile.requireNonNull(element, "element");
      list.add(element);
    }
    return list;
  }

  private static <T> List<T> createUnmodifiableList(boolean clone, List<? extends T> list) {
    switch(list.size()) {
    case 0: return Collections.emptyList();
    case 1: return Collections.singletonList(list.get(0));
    default:
      if (clone) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      } else {
        if (list instanceof ArrayList<?>) {
          ((ArrayList<?>) list).trimToSize();
        }
        return Collections.unmodifiableList(list);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T extends Enum<T>> Set<T> createUnmodifiableEnumSet(Iterable<? extends T> iterable) {
    if (iterable instanceof EnumSet<?>) {
      return Collections.unmodifiableSet(EnumSet.copyOf((EnumSet<T>) iterable));
    }
    List<T> list = createSafeList(iterable, true, false);
    switch(list.size()) {
    case 0: return Collections.emptySet();
    case 1: return Collections.singleton(list.get(0));
    default: return Collections.unmodifiableSet(EnumSet.copyOf(list));
    }
  }
}
