/** MicroProfile Health checks served by Payara under /health. */
package io.parley.interfaces.health;
