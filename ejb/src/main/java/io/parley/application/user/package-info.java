/** Use cases about users: looking up who is signed in. */
package io.parley.application.user;
