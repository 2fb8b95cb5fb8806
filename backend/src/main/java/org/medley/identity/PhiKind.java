package org.medley.identity;

/**
 * The kinds of patient identifier the {@link MinimumNecessary} filter removes from ticket text (the
 * HIPAA Safe Harbor identifiers that turn up in IT tickets), each with the placeholder that stands
 * in for it. Counts per kind are what an outbound payload logs; the values never are.
 */
public enum PhiKind {
  /** A name on the hospital's list, or one introduced as a patient's ("pt. Smith, John"). */
  NAME("[name]"),
  /** A medical record number, enterprise or chart id, with its label. */
  MRN("[MRN]"),
  SSN("[SSN]"),
  /** A date of birth (with its label), or a full date too old to be an outage date. */
  DATE_OF_BIRTH("[date of birth]"),
  /** A date of admission, discharge, visit, appointment, procedure or death. */
  PATIENT_DATE("[date]"),
  /** An age over 89 (HIPAA lets younger ages stand). */
  AGE("[age]"),
  /** A phone, fax or pager number (a four- or five-digit internal extension stays). */
  PHONE("[phone]"),
  EMAIL("[e-mail]"),
  /** A street address, post-office box or ZIP code. */
  ADDRESS("[address]"),
  /** A health-plan member, subscriber, policy or Medicaid number. */
  HEALTH_PLAN("[health plan number]"),
  /** A hospital account, encounter (FIN, CSN, HAR), guarantor or claim number. */
  ACCOUNT("[account number]"),
  /** A Medicare beneficiary identifier (MBI) or legacy claim number (HICN). */
  MEDICARE("[Medicare number]"),
  /** A device serial number, UDI or IMEI. */
  DEVICE_SERIAL("[serial number]"),
  /** A public IP address (a hospital device's private address stays). */
  IP_ADDRESS("[IP address]"),
  /** A URL that carries a patient's identifier (a plain link to an application stays). */
  URL("[URL]"),
  /** Any other long number (accession, order, specimen, or seven digits or more unexplained). */
  OTHER_NUMBER("[number]");

  private final String placeholder;

  PhiKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /** What the masked text shows instead of the identifier. */
  public String placeholder() {
    return placeholder;
  }
}
