/** Technical adapters: persistence, demo data, and later the ATS and mail. */
package io.parley.infrastructure;
