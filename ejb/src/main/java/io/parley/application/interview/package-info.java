/**
 * Use cases of interviews and their agendas: plan, edit and cancel an interview (recruiters, hr-admins), see
 * one's interviews, and edit, propose, approve or question the agenda. Interviews a caller may not see are
 * reported as not found ({@code interview.notFound}), pages and API alike.
 */
package io.parley.application.interview;
