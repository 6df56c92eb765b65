/** Backing beans of the interview pages: my interviews, planning an interview, the interview and its agenda. */
package io.parley.interfaces.web.interview;
