/** The people who use Parley and the roles that say what each may do. */
package io.parley.domain.model.user;
