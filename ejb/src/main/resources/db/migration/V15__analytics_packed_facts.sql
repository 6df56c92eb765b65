-- Each interview's analytics ratings and scorecards packed into one value (PackedFacts): a figure over every kit
-- then reads one row per interview instead of one per rating (docs/analytics.md, "How it stays fast"). Filled by
-- migration 15.1 (AnalyticsPacking) for the interviews before, and with the other facts when a debrief opens.
alter table analytics_interview add column facts bytea;

-- the figures no longer read ratings or scorecards by kit, period or interviewer (only by interview, to pack them:
-- the primary keys serve that), so these indexes would only slow every debrief that opens
drop index analytics_rating_kit_ix;
drop index analytics_rating_starts_ix;
drop index analytics_rating_interviewer_ix;
drop index analytics_scorecard_kit_ix;
drop index analytics_scorecard_starts_ix;
drop index analytics_scorecard_interviewer_ix;
