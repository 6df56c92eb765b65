-- Idempotency-Key of POST /interviews: the same key from the same caller gives back the same interview.
create table idempotency_key (
    caller        varchar(64)  not null,
    key_value     varchar(200) not null,
    request_hash  varchar(64)  not null,
    interview_id  bigint       not null references interview (id) on delete cascade,
    created_at    timestamp with time zone not null,
    primary key (caller, key_value)
);
