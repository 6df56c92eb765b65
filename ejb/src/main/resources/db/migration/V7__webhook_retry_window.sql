-- How long a delivery is retried is its own column, so a redelivery opens a new window without rewriting when the
-- delivery was created (the log keeps its order and its creation time).
alter table webhook_delivery add column retry_until timestamp with time zone;
update webhook_delivery set retry_until = created_at + interval '48' hour;
alter table webhook_delivery alter column retry_until set not null;
