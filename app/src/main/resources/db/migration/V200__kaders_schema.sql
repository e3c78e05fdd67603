-- Kaders and meerjarige wijkbudgetten. Amounts in euro cents (bigint). Every change is also a row in kaders_decision.

-- Decisions log: every change to kaders, keys, budgets and balances, dated and attributed, publicly readable.
create table kaders_decision (
    id            bigserial primary key,
    gemeente_code varchar(6)  not null references area (code),
    wijk_code     varchar(10) references area (code),
    subject       varchar(40) not null,           -- e.g. PUBLIC_VALUE, FUNDING_SOURCE, ALLOCATION_KEY, BUDGET_LINE
    subject_id    bigint,
    summary       text        not null,
    reference     text        not null default '', -- raadsbesluit number, collegebesluit, mandaat
    decided_on    date        not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz not null default now(),
    example       boolean     not null default false
);
create index kaders_decision_gemeente on kaders_decision (gemeente_code, recorded_at desc);
create index kaders_decision_wijk on kaders_decision (wijk_code, recorded_at desc);

create table funding_source (
    id            bigserial primary key,
    gemeente_code varchar(6) not null references area (code),
    name          text       not null,
    legal_basis   text       not null,
    purpose       text       not null default '',
    yearly_cents  bigint     not null check (yearly_cents >= 0),
    start_year    int        not null,
    end_year      int        not null,
    example       boolean    not null default false,
    check (end_year >= start_year)
);

create table budget_period (
    id                     bigserial primary key,
    gemeente_code          varchar(6) not null references area (code),
    name                   text       not null,
    start_year             int        not null,
    end_year               int        not null,
    -- council's minimum share (percent) of each wijk's yearly budget for support of resident organisations
    min_resident_org_pct   numeric(5, 2) not null default 30 check (min_resident_org_pct between 0 and 100),
    adopted_key_id         bigint,
    example                boolean    not null default false,
    check (end_year >= start_year)
);

create table allocation_key (
    id            bigserial primary key,
    period_id     bigint      not null references budget_period (id),
    name          text        not null,
    base_cents    bigint      not null check (base_cents >= 0),
    figure_year   int         not null,
    rationale     text        not null check (length(trim(rationale)) > 0),
    status        varchar(20) not null default 'CONCEPT', -- CONCEPT, VASTGESTELD, VERVALLEN
    reference     text        not null default '',
    created_by    varchar(100) not null,
    created_at    timestamptz not null default now(),
    adopted_at    timestamptz
);
alter table budget_period add constraint budget_period_key foreign key (adopted_key_id) references allocation_key (id);

create table allocation_weight (
    key_id   bigint        not null references allocation_key (id) on delete cascade,
    variable varchar(40)   not null,
    weight   numeric(12, 4) not null check (weight > 0),
    primary key (key_id, variable)
);

-- The adopted yearly amount per wijk (what the key gave when it was adopted; stays when CBS figures change).
create table wijk_allocation (
    period_id    bigint      not null references budget_period (id),
    key_id       bigint      not null references allocation_key (id),
    wijk_code    varchar(10) not null references area (code),
    year         int         not null,
    amount_cents bigint      not null check (amount_cents >= 0),
    primary key (period_id, wijk_code, year)
);

create table budget_line (
    id              bigserial primary key,
    period_id       bigint      not null references budget_period (id),
    wijk_code       varchar(10) not null references area (code),
    year            int         not null,
    category        varchar(30) not null, -- BEWONERSORGANISATIE, INITIATIEVEN, PROFESSIONELE_ONDERSTEUNING, PLEKKEN, BEWONERSBEGROTING
    description     text        not null,
    planned_cents   bigint      not null check (planned_cents >= 0),
    committed_cents bigint      not null default 0 check (committed_cents >= 0),
    spent_cents     bigint      not null default 0 check (spent_cents >= 0),
    version         int         not null default 0,
    example         boolean     not null default false
);
create index budget_line_wijk on budget_line (wijk_code, year);

create table budget_comment (
    id         bigserial primary key,
    wijk_code  varchar(10)  not null references area (code),
    year       int          not null,
    author     varchar(100) not null,
    body       text         not null,
    created_at timestamptz  not null default now()
);

-- Ondergrenzen: minimum service levels per wijk in plain words, with a check strategy (by name) where data allow.
create table ondergrens (
    id            bigserial primary key,
    gemeente_code varchar(6)  not null references area (code),
    description   text        not null,
    check_type    varchar(40) not null default 'MANUAL',
    parameter     int,
    active        boolean     not null default true,
    example       boolean     not null default false
);

create table ondergrens_evaluation (
    id            bigserial primary key,
    ondergrens_id bigint       not null references ondergrens (id),
    wijk_code     varchar(10)  not null references area (code),
    met           boolean      not null,
    note          text         not null default '',
    evaluated_by  varchar(100) not null,
    evaluated_at  timestamptz  not null default now()
);
create index ondergrens_evaluation_latest on ondergrens_evaluation (ondergrens_id, wijk_code, evaluated_at desc);

-- Trekkingsrechten (drawing rights): an experiment, configurable per gemeente.
create table tr_scheme (
    id            bigserial primary key,
    gemeente_code varchar(6)  not null references area (code),
    name          text        not null,
    unit          varchar(10) not null check (unit in ('UREN', 'EUROS')),
    description   text        not null default '',
    experiment    boolean     not null default true,
    example       boolean     not null default false
);

-- Amounts in hundredths: hundredths of an hour for UREN, cents for EUROS.
create table tr_balance (
    id            bigserial primary key,
    scheme_id     bigint      not null references tr_scheme (id),
    wijk_code     varchar(10) not null references area (code),
    holder_name   text        not null,
    granted       bigint      not null check (granted >= 0),
    reserved      bigint      not null default 0 check (reserved >= 0),
    used          bigint      not null default 0 check (used >= 0),
    expired       bigint      not null default 0 check (expired >= 0),
    expires_on    date,
    example       boolean     not null default false,
    -- the database itself refuses an overdrawn balance, whatever the code does
    check (granted - reserved - used - expired >= 0)
);

create table tr_offer (
    id              bigserial primary key,
    scheme_id       bigint      not null references tr_scheme (id),
    provider_name   text        not null,
    provider_kind   varchar(20) not null check (provider_kind in ('WELZIJN', 'GEMEENTE', 'ZZP', 'ANDERS')),
    provider_user   varchar(100),
    title           text        not null,
    description     text        not null default '',
    price_per_hour  bigint, -- cents, for EUROS schemes
    active          boolean     not null default true,
    example         boolean     not null default false
);

create table tr_request (
    id            bigserial primary key,
    balance_id    bigint       not null references tr_balance (id),
    offer_id      bigint       not null references tr_offer (id),
    amount        bigint       not null check (amount > 0),
    delivered     bigint       not null default 0 check (delivered >= 0),
    question      text         not null default '',
    status        varchar(20)  not null default 'AANGEVRAAGD',
    requested_by  varchar(100) not null,
    requested_at  timestamptz  not null default now(),
    decided_by    varchar(100),
    decided_at    timestamptz,
    check (delivered <= amount)
);

create table tr_hour_log (
    id          bigserial primary key,
    request_id  bigint       not null references tr_request (id),
    amount      bigint       not null check (amount > 0),
    worked_on   date         not null,
    note        text         not null default '',
    logged_by   varchar(100) not null,
    logged_at   timestamptz  not null default now()
);
