/** The debrief packet as PDF (OpenPDF), for records requests. */
package io.parley.infrastructure.pdf;
