/** The Faces pages' backing beans, one sub-package per area; thin {@code @ViewScoped} beans over the services. */
package io.parley.interfaces.web;
