/**
 * The scorecard pages: a member's own scorecard (autosaved draft, submit, amendment) with the kit's anchors beside
 * each rating, and the panel's submitted scorecards as the blind rule allows.
 */
package io.parley.interfaces.web.scorecard;
