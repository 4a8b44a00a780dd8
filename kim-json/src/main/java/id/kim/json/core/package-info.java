/** Codecs of the kim-core values: regions, contacts, profile (PROFILE-a..t), documents, organisation, assessments, records. */
package id.kim.json.core;
