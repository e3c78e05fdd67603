-- The council's public values per gemeente (editable; the default five are added per gemeente on first use).
create table public_value (
    id            bigserial primary key,
    gemeente_code varchar(6)  not null references area (code),
    slug          varchar(60) not null,
    name          text        not null,
    description   text        not null default '',
    position      int         not null default 0,
    active        boolean     not null default true,
    unique (gemeente_code, slug)
);
