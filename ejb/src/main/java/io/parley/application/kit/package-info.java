/** Use cases of the kit builder: create, revise, publish, version, archive, export and import kits. */
package io.parley.application.kit;
