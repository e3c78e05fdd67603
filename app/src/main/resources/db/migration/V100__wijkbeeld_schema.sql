-- Wijkbeeld: what a wijk has. One table for the item layers (common columns plus layer-specific attributes),
-- separate tables where the rules differ: sterkhouders (consent, visibility), status history, opening hours.
create table wb_item (
    id          bigserial primary key,
    wijk_code   varchar(10)  not null references area (code),
    buurt_code  varchar(10)  references area (code),
    layer       varchar(20)  not null check (layer in ('PLACE', 'INITIATIVE', 'PROFESSIONAL', 'INFORMAL', 'HISTORY')),
    name        varchar(200) not null,
    description text         not null default '',
    attrs       jsonb        not null default '{}',
    lat         numeric(9, 6) check (lat between -90 and 90),
    lon         numeric(9, 6) check (lon between -180 and 180),
    status      varchar(20),
    event_date  date,
    example     boolean      not null default false,
    version     int          not null default 0,
    created_by  varchar(100) not null,
    on_behalf_of varchar(200),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create index wb_item_wijk on wb_item (wijk_code, layer);

-- Opening hours of a place per weekday (1 = maandag .. 7 = zondag); a row means open that day.
create table wb_place_hours (
    item_id bigint   not null references wb_item (id) on delete cascade,
    weekday smallint not null check (weekday between 1 and 7),
    opens   time     not null,
    closes  time     not null,
    primary key (item_id, weekday)
);

-- Dated history of a place's status.
create table wb_status_change (
    id          bigserial primary key,
    item_id     bigint       not null references wb_item (id) on delete cascade,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    changed_on  date         not null,
    note        varchar(1000) not null default '',
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null default now()
);

-- Links between items (initiatives, organisations, professionals, places): the collaboration network.
create table wb_link (
    id          bigserial primary key,
    wijk_code   varchar(10)  not null references area (code),
    from_item   bigint       not null references wb_item (id) on delete cascade,
    to_item     bigint       not null references wb_item (id) on delete cascade,
    description varchar(1000) not null default '',
    works_well  boolean      not null default false,
    example     boolean      not null default false,
    created_by  varchar(100) not null,
    on_behalf_of varchar(200),
    created_at  timestamptz  not null default now(),
    check (from_item <> to_item)
);

-- Key people, only with recorded consent. Name and contact are shown only to the roles in wb_sterkhouder_access.
create table wb_sterkhouder (
    id              bigserial primary key,
    wijk_code       varchar(10)  not null references area (code),
    name            varchar(200) not null,
    contact         varchar(300) not null default '',
    carries         varchar(2000) not null default '',
    consent_given_by varchar(200) not null,
    consent_on      date         not null,
    consent_purpose varchar(1000) not null,
    example         boolean      not null default false,
    version         int          not null default 0,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null default now()
);

-- Which roles may see sterkhouders' names and contact in a wijk (set by the wijkcoördinator; coordinators always may).
create table wb_sterkhouder_access (
    wijk_code  varchar(10) not null references area (code),
    role       varchar(20) not null,
    set_by     varchar(100) not null,
    set_at     timestamptz not null default now(),
    primary key (wijk_code, role)
);

-- Generic change history for every wijkbeeld item type.
create table wb_change (
    id           bigserial primary key,
    wijk_code    varchar(10)  not null,
    item_type    varchar(20)  not null,
    item_id      bigint       not null,
    changed_by   varchar(100) not null,
    on_behalf_of varchar(200),
    changed_at   timestamptz  not null default now(),
    summary      text         not null
);
create index wb_change_item on wb_change (item_type, item_id);

-- Reports ("melden") on any item.
create table wb_report (
    id          bigserial primary key,
    wijk_code   varchar(10)  not null,
    item_type   varchar(20)  not null,
    item_id     bigint       not null,
    reason      varchar(1000) not null,
    reported_by varchar(100),
    status      varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'IN_BEHANDELING', 'AFGEHANDELD')),
    created_at  timestamptz  not null default now()
);
create index wb_report_item on wb_report (item_type, item_id);

-- Duiding: comment threads on a figure or an item. subject is e.g. 'figure:a_inw', 'nabijheid:afstand-huisarts', 'item:12'.
create table wb_comment (
    id         bigserial primary key,
    wijk_code  varchar(10)  not null references area (code),
    subject    varchar(100) not null,
    body       varchar(2000) not null,
    author     varchar(100) not null,
    example    boolean      not null default false,
    created_at timestamptz  not null default now()
);
create index wb_comment_wijk on wb_comment (wijk_code, subject);

-- Dated, attributed answers to the ecosystem questions; the newest per question is the current one.
create table wb_answer (
    id           bigserial primary key,
    wijk_code    varchar(10)  not null references area (code),
    question     varchar(40)  not null,
    answer       varchar(4000) not null,
    answered_by  varchar(100) not null,
    on_behalf_of varchar(200),
    example      boolean      not null default false,
    answered_at  timestamptz  not null default now()
);
create index wb_answer_wijk on wb_answer (wijk_code, question);

-- CBS "nabijheid voorzieningen": distance to the nearest facility per area (km), imported from the bundled file.
create table wb_nabijheid (
    area_code varchar(10) not null,
    year      int         not null,
    variable  varchar(60) not null,
    label     text        not null,
    value     numeric(8, 2),
    primary key (area_code, year, variable)
);
