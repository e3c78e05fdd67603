-- BuurtTop and wijktoekomstagenda. Budget lines and public values belong to kaders: we keep only their ids.
create table agenda_buurttop (
    id               bigserial primary key,
    wijk_code        varchar(10) not null references area (code),
    title            text        not null,
    organiser_name   text        not null,
    event_date       date        not null,
    venue            text        not null default '',
    capacity         int         not null check (capacity > 0),
    input_closes_at  timestamptz not null,
    comment_until    timestamptz,
    phase            varchar(30) not null default 'VOORBEREIDING',
    decided_by       text,
    decision_how     text,
    decision_recorded_by text,
    adopted_at       timestamptz,
    published_at     timestamptz,
    example          boolean     not null default false,
    created_by       text        not null,
    created_at       timestamptz not null default now()
);
create index agenda_buurttop_wijk on agenda_buurttop (wijk_code);

-- The organiser team (bewonersplatform members, volunteers, opbouwwerker): may manage the BuurtTop.
create table agenda_organiser (
    buurttop_id bigint not null references agenda_buurttop (id) on delete cascade,
    username    text   not null,
    primary key (buurttop_id, username)
);

create table agenda_task (
    id          bigserial primary key,
    buurttop_id bigint  not null references agenda_buurttop (id) on delete cascade,
    title       text    not null,
    owner       text    not null default '',
    due_date    date,
    done        boolean not null default false,
    position    int     not null default 0
);

create table agenda_invitation (
    id          bigserial primary key,
    buurttop_id bigint      not null references agenda_buurttop (id) on delete cascade,
    audience    varchar(30) not null,
    recipient   text        not null,
    channel     varchar(30) not null,
    created_at  timestamptz not null default now()
);

create table agenda_registration (
    id            bigserial primary key,
    buurttop_id   bigint      not null references agenda_buurttop (id) on delete cascade,
    name          text        not null,
    contact       text        not null default '',
    audience      varchar(30) not null,
    accessibility text        not null default '',
    language      text        not null default '',
    dietary       text        not null default '',
    childcare     boolean     not null default false,
    status        varchar(20) not null,
    username      text,
    entered_by    text        not null,
    dedupe_key    text        not null,
    created_at    timestamptz not null default now(),
    unique (buurttop_id, dedupe_key)
);

-- The wijk's own themes, next to the council's public values.
create table agenda_wijk_theme (
    id         bigserial primary key,
    wijk_code  varchar(10) not null references area (code),
    name       text        not null,
    created_by text        not null,
    unique (wijk_code, name)
);

create table agenda_input (
    id              bigserial primary key,
    buurttop_id     bigint      not null references agenda_buurttop (id) on delete cascade,
    public_value_id bigint,
    wijk_theme_id   bigint references agenda_wijk_theme (id),
    kind            varchar(20) not null,
    text            text        not null,
    channel         varchar(20) not null,
    table_number    int,
    people_count    int         not null default 1 check (people_count > 0),
    author_username text,
    entered_by      text        not null,
    created_at      timestamptz not null default now(),
    check ((public_value_id is null) <> (wijk_theme_id is null))
);
create index agenda_input_buurttop on agenda_input (buurttop_id);

create table agenda_ambition (
    id          bigserial primary key,
    buurttop_id bigint      not null references agenda_buurttop (id) on delete cascade,
    title       text        not null,
    description text        not null default '',
    horizon     int         not null check (horizon in (5, 10)),
    first_steps text        not null default '',
    position    int         not null default 0,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);

create table agenda_ambition_theme (
    ambition_id     bigint not null references agenda_ambition (id) on delete cascade,
    public_value_id bigint,
    wijk_theme_id   bigint references agenda_wijk_theme (id),
    check ((public_value_id is null) <> (wijk_theme_id is null))
);
create unique index agenda_ambition_theme_uq on agenda_ambition_theme (ambition_id, coalesce(public_value_id, -1), coalesce(wijk_theme_id, -1));

create table agenda_ambition_input (
    ambition_id bigint not null references agenda_ambition (id) on delete cascade,
    input_id    bigint not null references agenda_input (id) on delete cascade,
    primary key (ambition_id, input_id)
);

create table agenda_comment (
    id          bigserial primary key,
    buurttop_id bigint      not null references agenda_buurttop (id) on delete cascade,
    ambition_id bigint references agenda_ambition (id) on delete cascade,
    text        text        not null,
    author_username text    not null,
    created_at  timestamptz not null default now()
);

create table agenda_werkgroep (
    id          bigserial primary key,
    ambition_id bigint      not null references agenda_ambition (id),
    name        text        not null,
    purpose     text        not null default '',
    started_by  text        not null,
    created_at  timestamptz not null default now()
);

create table agenda_werkgroep_member (
    werkgroep_id bigint      not null references agenda_werkgroep (id) on delete cascade,
    username     text        not null,
    joined_at    timestamptz not null default now(),
    primary key (werkgroep_id, username)
);

create table agenda_werkgroep_entry (
    id           bigserial primary key,
    werkgroep_id bigint      not null references agenda_werkgroep (id) on delete cascade,
    kind         varchar(20) not null,
    entry_date   date        not null,
    text         text        not null,
    author       text        not null,
    created_at   timestamptz not null default now()
);

create table agenda_request (
    id                 bigserial primary key,
    ambition_id        bigint      not null references agenda_ambition (id),
    institution_name   text        not null,
    institution_kind   varchar(30) not null,
    responder_username text        not null,
    question           text        not null,
    status             varchar(20) not null default 'VERSTUURD',
    sent_at            timestamptz not null,
    last_response_at   timestamptz,
    sent_by            text        not null,
    version            int         not null default 0
);

create table agenda_request_response (
    id         bigserial primary key,
    request_id bigint      not null references agenda_request (id) on delete cascade,
    status     varchar(20) not null,
    text       text        not null,
    author     text        not null,
    created_at timestamptz not null default now()
);

create table agenda_projectgroep (
    id           bigserial primary key,
    ambition_id  bigint      not null unique references agenda_ambition (id),
    name         text        not null,
    mandate      text        not null,
    mandate_by   text        not null,
    created_by   text        not null,
    created_at   timestamptz not null default now()
);

create table agenda_projectgroep_member (
    id             bigserial primary key,
    projectgroep_id bigint     not null references agenda_projectgroep (id) on delete cascade,
    name           text        not null,
    side           varchar(20) not null,
    organisation   text        not null default ''
);

-- Links to kaders' wijkbudget lines by id only (no foreign key into another module's tables).
create table agenda_budget_link (
    ambition_id    bigint      not null references agenda_ambition (id) on delete cascade,
    budget_line_id bigint      not null,
    linked_by      text        not null,
    linked_at      timestamptz not null default now(),
    primary key (ambition_id, budget_line_id)
);
