-- Which years have figures, per gemeente: read on every area page, so kept small instead of scanning area_figure.
create table area_figure_year (
    gemeente_code varchar(6) not null,
    year          int        not null,
    primary key (gemeente_code, year)
);
insert into area_figure_year (gemeente_code, year)
select distinct a.gemeente_code, f.year from area_figure f join area a on a.code = f.area_code;
