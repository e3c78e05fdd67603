-- Areas: gemeente -> wijk (or dorp) -> buurt, keyed by CBS codes.
create table area (
    code          varchar(10) primary key,
    level         varchar(8)  not null check (level in ('GEMEENTE', 'WIJK', 'BUURT')),
    name          text        not null,
    parent_code   varchar(10) references area (code),
    gemeente_code varchar(6)  not null,
    -- GeoJSON geometry (Polygon or MultiPolygon, WGS84); null when no shape is known
    geometry      jsonb,
    updated_at    timestamptz not null default now(),
    check ((level = 'GEMEENTE') = (parent_code is null))
);
create index area_parent_idx on area (parent_code);
create index area_gemeente_idx on area (gemeente_code, level);

-- CBS Kerncijfers wijken en buurten, one row per area, year and variable. value null = onbekend.
create table area_figure (
    area_code varchar(10) not null references area (code),
    year      int         not null check (year between 1990 and 2100),
    variable  varchar(40) not null,
    value     numeric,
    primary key (area_code, year, variable)
);
create index area_figure_year_idx on area_figure (year, variable);

-- Every import that was stored, for the record.
create table area_import (
    id            bigserial primary key,
    kind          varchar(10) not null check (kind in ('KWB', 'GEOJSON')),
    gemeente_code varchar(6),
    year          int,
    file_name     text        not null,
    area_count    int         not null,
    value_count   int         not null,
    imported_by   text,
    imported_at   timestamptz not null default now()
);
