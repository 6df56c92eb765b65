/** The profile page: the signed-in user's API tokens, and for hr-admins the ATS's tokens. */
package io.parley.interfaces.web.profile;
