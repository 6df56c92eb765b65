/** Arquillian tests that run inside Payara, in the EAR's WAR, against the real services, JPA and Flyway schema. */
package io.parley.it.incontainer;
