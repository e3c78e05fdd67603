create table account (
    id              bigserial primary key,
    username        varchar(100) not null unique,
    display_name    text         not null,
    email           text,
    -- null for accounts that only sign in through an external OpenID Connect provider
    password_hash   text,
    enabled         boolean      not null default true,
    failed_attempts int          not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    last_login_at   timestamptz,
    check (username = lower(username))
);

-- A role, for the whole gemeente (wijk_code null) or for one wijk.
create table account_role (
    id         bigserial primary key,
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null check (role in ('BEWONER', 'INITIATIEFNEMER', 'PROFESSIONAL', 'COORDINATOR',
                                                     'AMBTENAAR', 'RAADSLID', 'BEHEERDER')),
    wijk_code  varchar(10) references area (code)
);
create unique index account_role_unique on account_role (account_id, role, coalesce(wijk_code, '*'));

-- Security events (login, failed login, lockout, role change ...), readable by beheerders.
create table security_event (
    id             bigserial primary key,
    occurred_at    timestamptz not null default now(),
    username       text,
    event_type     varchar(40) not null,
    detail         text,
    actor          text,
    remote_address text
);
create index security_event_time_idx on security_event (occurred_at desc);
