/** Everything a user or a client talks to: Faces pages, health checks and (later) the REST API. */
package io.parley.interfaces;
