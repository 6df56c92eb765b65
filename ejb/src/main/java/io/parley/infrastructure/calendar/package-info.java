/** Calendar invites: an interview as an RFC 5545 event (ical4j), with the panel as attendees and no ratings. */
package io.parley.infrastructure.calendar;
