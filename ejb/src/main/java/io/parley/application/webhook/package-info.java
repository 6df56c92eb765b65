/** Webhook endpoints and their delivery log, for hr-admins (pages and the admin API). */
package io.parley.application.webhook;
