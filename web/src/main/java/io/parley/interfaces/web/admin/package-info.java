/** hr-admin pages beyond the kit builder: the ATS's webhook endpoints and their delivery log. */
package io.parley.interfaces.web.admin;
