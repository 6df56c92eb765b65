/**
 * Candidate data under the company's privacy rules (issue 21), driven by the ATS: erasure of everything Parley holds
 * about a candidate (GDPR Art. 17) and the export of it (Art. 15), for the ATS or an hr-admin only. Anonymizing one
 * interview is {@link io.parley.application.privacy.InterviewAnonymizer}'s, used by erasure and by retention.
 */
package io.parley.application.privacy;
